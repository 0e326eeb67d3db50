"""Throwaway accounts and the schemathesis auth providers that hand their tokens to the fuzzer.

- :class:`Identities` signs up throwaway accounts (recorded in the ledger, so cleanup deletes them)
  under the configured email domain, or uses the existing test account from the environment.
- :func:`register_providers` puts two providers on a schemathesis schema: a cached one (one shared
  account's token) for the secured operations, and an uncached one (``refresh_interval=None``: a
  fresh token per case) for the operations that destroy their token. Those are the operations
  marked ``x-destroys-token: true`` in the spec, else the small named set below.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from contract_tests.ledger import ACCOUNT_OPERATIONS, Account, Ledger, bearer_of
from plinto_contract.errors import UsageError
from plinto_contract.spec import Spec

if TYPE_CHECKING:
    from schemathesis import AuthContext, Case
    from schemathesis.schemas import BaseSchema

    from contract_tests.coverage import Tally
    from contract_tests.targets import Target

__all__ = [
    "DESTROYS_TOKEN_EXTENSION",
    "FALLBACK_DESTROYS_TOKEN",
    "Identities",
    "IdentityUnavailable",
    "new_password",
    "register_providers",
    "token_destroying_operations",
]

DESTROYS_TOKEN_EXTENSION = "x-destroys-token"
# Until the spec carries the marker (requested in spec-feedback.md): the operations whose success
# revokes the token they were called with.
FALLBACK_DESTROYS_TOKEN = frozenset({"signout", "revoke_session", "delete_my_account"})
# Refresh a cached token this long before the server says it expires.
EXPIRY_MARGIN_SECONDS = 60.0
CACHE_SECONDS = 300


class IdentityUnavailable(UsageError):
    """No account can be had: signups refused (or not permitted) and no test account given."""


def token_destroying_operations(spec: Spec) -> frozenset[str]:
    marked = {
        op.operation_id
        for op in spec.operations.values()
        if op.extensions.get(DESTROYS_TOKEN_EXTENSION)
    }
    return frozenset(marked) if marked else FALLBACK_DESTROYS_TOKEN & set(spec.operations)


def new_password() -> str:
    """A random password that meets the strength rule (upper, lower, digit, symbol, 12+)."""
    return f"Pl-{secrets.token_urlsafe(12)}a1A!"


class Identities:
    """Accounts and tokens for the suite; thread-safe."""

    def __init__(self, target: Target, ledger: Ledger, tally: Tally) -> None:
        self.target = target
        self.ledger = ledger
        self.spec = target.spec
        self._client = target.client("setup", check=False, tally=tally)
        self._lock = threading.RLock()
        self._shared: Account | None = None
        self._shared_token: str | None = None
        self._shared_expires = 0.0

    def close(self) -> None:
        self._client.close()

    # -- accounts -------------------------------------------------------------------------------

    def throwaway_email(self, label: str) -> str:
        """A new address in the throwaway domain (``plinto-<label>-<random>@<domain>``)."""
        config = self.target.config
        if not config.signups_allowed:
            raise IdentityUnavailable(
                f"signing up throwaway accounts on {self.target.describe()} is not permitted: "
                "set PLINTO_TEST_EMAIL_DOMAIN to a domain you own"
            )
        return f"plinto-{label}-{uuid.uuid4().hex[:12]}@{config.throwaway_domain}"

    def new_account(self, label: str = "user") -> Account:
        """Sign up a throwaway account (in the ledger); its token is ``account.access_token``."""
        email = self.throwaway_email(label)
        password = new_password()
        signup = self.spec.operations[ACCOUNT_OPERATIONS["create"]]
        response = self._client.post(signup.path, json={"email": email, "password": password})
        if response.status_code != signup.success_status:
            raise IdentityUnavailable(
                f"signup of a throwaway account answered {response.status_code}"
            )
        account = self.ledger.add_account(email, password)
        self.ledger.note_session(account, response.json())
        return account

    def sign_in(self, account: Account) -> str:
        """A new session for ``account``; returns its access token."""
        signin = self.spec.operations[ACCOUNT_OPERATIONS["signin"]]
        response = self._client.post(
            signin.path, json={"email": account.email, "password": account.password}
        )
        token = (
            self.ledger.note_session(account, response.json())
            if response.status_code == 200
            else None
        )
        if token is None:
            raise IdentityUnavailable(f"sign-in of {account.email} answered {response.status_code}")
        return token

    def shared_account(self) -> Account:
        """The account the cached provider uses: the given test account, else a throwaway one."""
        with self._lock:
            if self._shared is None:
                config = self.target.config
                if config.test_email and config.test_password:
                    self._shared = self.ledger.add_account(
                        config.test_email, config.test_password, throwaway=False
                    )
                    self.sign_in(self._shared)
                else:
                    self._shared = self.new_account("shared")
                self._shared_token = self._shared.access_token
                self._shared_expires = time.monotonic() + self._lifetime()
            return self._shared

    def _lifetime(self) -> float:
        # expires_in is const in the spec's TokenPair schema; read it rather than restate it.
        schema = self.spec.resolve(self.spec.document["components"]["schemas"]["TokenPair"])
        expires_in = schema.get("properties", {}).get("expires_in", {}).get("const", CACHE_SECONDS)
        return max(float(expires_in) - EXPIRY_MARGIN_SECONDS, 1.0)

    def shared_token(self) -> str:
        with self._lock:
            account = self.shared_account()
            if self._shared_token is None or time.monotonic() >= self._shared_expires:
                self._shared_token = self.sign_in(account)
                self._shared_expires = time.monotonic() + self._lifetime()
            return self._shared_token

    def forget(self) -> None:
        """Drop the shared account (the target was reset)."""
        with self._lock:
            self._shared = None
            self._shared_token = None

    def invalidate(self, token: str | None) -> None:
        """Forget the shared token if it is ``token`` (it got a 401: revoked or expired)."""
        with self._lock:
            if token is not None and token == self._shared_token:
                self._shared_token = None

    def resolve(self, case: Case[Any]) -> None:
        """Swap a deferred bearer (see :func:`register_providers`) for a real token."""
        token = bearer_of(case.headers)
        if token is None or not token.startswith(DEFERRED_PREFIX):
            return
        kind = token.removeprefix(DEFERRED_PREFIX)
        _set_bearer(case, self.fresh_token() if kind == FRESH else self.shared_token())

    def fresh_token(self) -> str:
        """A token nobody else uses: a new throwaway account, else a new shared-account session."""
        if self.target.config.signups_allowed:
            token = self.new_account("fresh").access_token
            assert token is not None
            return token
        return self.sign_in(self.shared_account())


def _set_bearer(case: Case[Any], token: str) -> None:
    case.headers["Authorization"] = f"Bearer {token}"


DEFERRED_PREFIX = "plinto-deferred-"
SHARED, FRESH = "shared", "fresh"


def register_providers(schema: BaseSchema, spec: Spec) -> None:
    """Register the cached and the uncached bearer providers on ``schema``.

    Schemathesis's pytest integration applies auth while it *collects* tests (the coverage phase's
    cases are built then), long before the run's target and accounts exist, and a token minted
    then could be dead by the time its case is sent. So the providers hand out a deferred bearer
    (``Bearer plinto-deferred-shared`` / ``-fresh``) that :meth:`Identities.resolve` swaps for a
    real token right before the case is sent.
    """
    secured = [op.operation_id for op in spec.operations.values() if op.secured]
    destroying = [op for op in secured if op in token_destroying_operations(spec)]
    cached = [op for op in secured if op not in destroying]

    @schema.auth(refresh_interval=CACHE_SECONDS).apply_to(operation_id=cached)
    class SharedThrowawayBearer:
        """One throwaway account's token, cached, for every secured operation."""

        def get(self, case: Case[Any], ctx: AuthContext) -> str:
            return DEFERRED_PREFIX + SHARED

        def set(self, case: Case[Any], data: str, ctx: AuthContext) -> None:
            _set_bearer(case, data)

    @schema.auth(refresh_interval=None).apply_to(operation_id=destroying)
    class FreshBearer:
        """A new token per case, for operations that revoke the token they are called with."""

        def get(self, case: Case[Any], ctx: AuthContext) -> str:
            return DEFERRED_PREFIX + FRESH

        def set(self, case: Case[Any], data: str, ctx: AuthContext) -> None:
            _set_bearer(case, data)


def session_tokens(body: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The TokenPair inside an AuthSession body (or the body itself when it is a TokenPair)."""
    if not isinstance(body, Mapping):
        return None
    tokens = body.get("tokens", body)
    return tokens if isinstance(tokens, Mapping) and "access_token" in tokens else None
