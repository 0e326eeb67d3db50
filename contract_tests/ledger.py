"""The ledger of what the suite created on the target, and the cleanup that deletes it.

The ledger learns from every exchange (:meth:`Ledger.observe`): a signup adds an account with its
password; a sign-in or refresh maps the new tokens to their account; a create whose 2xx links
to a DELETE operation (``create_organization`` -> ``DeleteOrganization``) adds a resource with the
link's parameters and the account whose token created it; a successful delete forgets it. So
which resources need deleting, and how, is read from the spec's links, not restated.

:meth:`Ledger.cleanup` deletes resources newest first, then the throwaway accounts, each with its
owner's token (signing in again when the token died). It only touches what the ledger recorded,
never an existing test account.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pyotp

from plinto_contract.redact import redact
from plinto_contract.spec import Operation, Spec

__all__ = ["ACCOUNT_OPERATIONS", "Account", "Ledger", "Resource", "bearer_of"]

# The account lifecycle: the one small named set the spec's links cannot express.
ACCOUNT_OPERATIONS = {
    "create": "signup",
    "signin": "signin",
    "mfa": "complete_mfa_signin",
    "delete": "delete_my_account",
}
_POINTER = re.compile(r"^\$response\.body#(?P<pointer>/.*)$")


@dataclass
class Account:
    """An account the suite may use; ``throwaway`` ones are deleted at the end."""

    email: str
    password: str = field(repr=False)
    throwaway: bool = True
    user_id: str | None = None
    access_token: str | None = field(default=None, repr=False)
    totp_secret: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Resource:
    """Something created through an operation whose 2xx links to a DELETE operation."""

    delete_operation: str
    path_params: tuple[tuple[str, str], ...]
    owner: str  # account email

    @property
    def label(self) -> str:
        return f"{self.delete_operation}({', '.join(f'{k}={v}' for k, v in self.path_params)})"


def bearer_of(headers: Mapping[str, Any] | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, if any."""
    for name, value in (headers or {}).items():
        if name.lower() == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


def _pointer(document: Any, pointer: str) -> Any:
    for part in pointer.lstrip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(document, Mapping) and part in document:
            document = document[part]
        else:
            return None
    return document


class Ledger:
    """Accounts and resources the suite created; thread-safe."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._lock = threading.RLock()
        self.accounts: dict[str, Account] = {}
        self.resources: dict[Resource, None] = {}  # insertion-ordered set
        self._owner_by_token: dict[str, str] = {}
        self._deleters = self._deleting_links()

    def _deleting_links(self) -> dict[str, list[tuple[str, dict[str, str]]]]:
        """creating operation -> [(delete operation, {path param: $response.body#/…})]."""
        found: dict[str, list[tuple[str, dict[str, str]]]] = {}
        for operation in self.spec.operations.values():
            for status, response in operation.responses.items():
                if not status.startswith("2"):
                    continue
                for link in response.links.values():
                    target = self.spec.operations.get(str(link.get("operationId")))
                    if target is None or target.method != "DELETE":
                        continue
                    params = {
                        str(k).removeprefix("path."): str(v)
                        for k, v in (link.get("parameters") or {}).items()
                    }
                    found.setdefault(operation.operation_id, []).append(
                        (target.operation_id, params)
                    )
        return found

    # -- recording ------------------------------------------------------------------------------

    def add_account(self, email: str, password: str, *, throwaway: bool = True) -> Account:
        with self._lock:
            account = self.accounts.get(email.casefold())
            if account is None:
                account = Account(email=email, password=password, throwaway=throwaway)
                self.accounts[email.casefold()] = account
            return account

    def account(self, email: str) -> Account | None:
        with self._lock:
            return self.accounts.get(email.casefold())

    def owner_of(self, token: str | None) -> Account | None:
        with self._lock:
            email = self._owner_by_token.get(token or "")
            return self.accounts.get(email) if email else None

    def note_session(self, account: Account, body: Any) -> str | None:
        """Note an AuthSession / TokenPair body's tokens for ``account``; return the access one."""
        if not isinstance(body, Mapping):
            return None
        tokens = body.get("tokens", body)
        user = body.get("user")
        if not isinstance(tokens, Mapping) or "access_token" not in tokens:
            return None
        with self._lock:
            if isinstance(user, Mapping) and isinstance(user.get("id"), str):
                account.user_id = user["id"]
            account.access_token = str(tokens["access_token"])
            for key in ("access_token", "refresh_token"):
                if isinstance(tokens.get(key), str):
                    self._owner_by_token[tokens[key]] = account.email.casefold()
        return account.access_token

    def clear(self) -> None:
        """Forget everything (the target was reset, so nothing of ours is left on it)."""
        with self._lock:
            self.accounts.clear()
            self.resources.clear()
            self._owner_by_token.clear()

    def forget_account(self, account: Account) -> None:
        with self._lock:
            self.accounts.pop(account.email.casefold(), None)

    def observe(
        self,
        operation: Operation,
        *,
        path_params: Mapping[str, Any] | None,
        request_headers: Mapping[str, Any] | None,
        request_body: Any,
        status: int,
        response_body: Any,
    ) -> None:
        """Learn from one exchange: new accounts, tokens, created and deleted resources."""
        if not 200 <= status < 300:
            return
        if operation.method == "DELETE":
            self.note_deleted(operation.operation_id, path_params or {})
        op_id = operation.operation_id
        caller = self.owner_of(bearer_of(request_headers))
        body = request_body if isinstance(request_body, Mapping) else {}
        if op_id == ACCOUNT_OPERATIONS["create"] and isinstance(body.get("email"), str):
            account = self.add_account(body["email"], str(body.get("password", "")))
            self.note_session(account, response_body)
            return
        if op_id == ACCOUNT_OPERATIONS["delete"] and caller is not None:
            self.forget_account(caller)
            return
        if isinstance(body.get("refresh_token"), str):
            caller = caller or self.owner_of(body["refresh_token"])
        if caller is None and isinstance(body.get("email"), str):
            caller = self.account(body["email"])
        user = response_body.get("user") if isinstance(response_body, Mapping) else None
        if caller is None and isinstance(user, Mapping) and isinstance(user.get("email"), str):
            caller = self.account(user["email"])  # a sign-in by emailed token (magic link)
        if caller is not None and isinstance(response_body, Mapping):
            self.note_session(caller, response_body)
        for delete_op, params in self._deleters.get(op_id, []):
            values = {
                name: _pointer(response_body, match["pointer"])
                for name, expr in params.items()
                if (match := _POINTER.match(expr))
            }
            if caller is not None and all(isinstance(v, str) for v in values.values()):
                resource = Resource(delete_op, tuple(sorted(values.items())), caller.email)
                with self._lock:
                    self.resources[resource] = None

    def note_deleted(self, operation_id: str, path_params: Mapping[str, str]) -> None:
        """Forget a resource the suite deleted itself (by its delete operation and path)."""
        key = tuple(sorted((k, str(v)) for k, v in path_params.items()))
        with self._lock:
            for resource in list(self.resources):
                if resource.delete_operation == operation_id and resource.path_params == key:
                    del self.resources[resource]

    # -- cleanup --------------------------------------------------------------------------------

    def token_for(self, client: httpx.Client, account: Account) -> str | None:
        """A live access token for ``account``: its last one, else a new sign-in (MFA included)."""
        if account.access_token and self._token_works(client, account.access_token):
            return account.access_token
        signin = self.spec.operations[ACCOUNT_OPERATIONS["signin"]]
        response = client.post(
            signin.path, json={"email": account.email, "password": account.password}
        )
        body = response.json() if response.status_code == 200 else None
        if isinstance(body, Mapping) and body.get("mfa_token") and account.totp_secret:
            mfa = self.spec.operations[ACCOUNT_OPERATIONS["mfa"]]
            code = pyotp.TOTP(account.totp_secret).now()
            response = client.post(mfa.path, json={"mfa_token": body["mfa_token"], "code": code})
            body = response.json() if response.status_code == 200 else None
        return self.note_session(account, body)

    def _token_works(self, client: httpx.Client, token: str) -> bool:
        # Any cheap secured GET without parameters tells a live token from a dead one.
        probe = next(
            op
            for op in self.spec.operations.values()
            if op.secured and op.method == "GET" and not op.parameters
        )
        return (
            client.get(probe.path, headers={"Authorization": f"Bearer {token}"}).status_code != 401
        )

    def cleanup(self, client: httpx.Client) -> list[str]:
        """Delete every recorded resource (newest first) and throwaway account; returns problems."""
        problems: list[str] = []
        with self._lock:
            resources = list(reversed(self.resources))
            accounts = [a for a in self.accounts.values() if a.throwaway]
        for resource in resources:
            owner = self.account(resource.owner)
            token = self.token_for(client, owner) if owner else None
            operation = self.spec.operations[resource.delete_operation]
            path = operation.path.format(**dict(resource.path_params))
            response = client.delete(
                path, headers={"Authorization": f"Bearer {token}"} if token else {}
            )
            # 404: already gone (deleted with its parent, or by a test).
            if response.status_code not in (*_successes(operation), 404):
                problems.append(
                    f"{resource.label}: {response.status_code} {redact(response.text[:200])}"
                )
            with self._lock:
                self.resources.pop(resource, None)
        delete = self.spec.operations[ACCOUNT_OPERATIONS["delete"]]
        for account in accounts:
            token = self.token_for(client, account)
            if token is None:
                problems.append(
                    f"{delete.operation_id}({account.email}): cannot sign in to delete it"
                )
                continue
            response = client.request(
                delete.method,
                delete.path,
                json={"password": account.password},
                headers={"Authorization": f"Bearer {token}"},
            )
            if response.status_code not in _successes(delete):
                problems.append(
                    f"{delete.operation_id}({account.email}): {response.status_code} "
                    f"{redact(response.text[:200])}"
                )
            else:
                self.forget_account(account)
        return problems


def _successes(operation: Operation) -> tuple[int, ...]:
    return tuple(int(s) for s in operation.responses if s.startswith("2") and s.isdigit())
