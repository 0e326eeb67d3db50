"""One contract run: the target, its ledger and identities, and what every exchange teaches them.

Every response the suite sees goes through :meth:`ContractSession.learn` (schemathesis cases) or
the clients' response hook (httpx): the coverage tally counts it, the ledger records what it
created or deleted, and a 401 on the shared token makes the identities fetch a new one.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

from contract_tests.auth import Identities
from contract_tests.coverage import TALLY, Tally
from contract_tests.ledger import ACCOUNT_OPERATIONS, Ledger, bearer_of
from contract_tests.operations import operation_index
from contract_tests.targets import Target
from plinto_contract.spec import Operation

__all__ = ["DESTRUCTIVE_EXTENSION", "ContractSession"]

# Operations the spec marks as able to harm data that is not ours; never run on a shared server.
DESTRUCTIVE_EXTENSION = "x-destructive"
# Request fields whose values must be unique on the server (a second use is 409).
_EMAIL_KEY = "email"
_SLUG_KEY = "slug"


def _json(content: bytes | None) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


class ContractSession:
    """The run's shared state; built by the pytest plugin, one per pytest session."""

    def __init__(self, target: Target, *, tally: Tally = TALLY) -> None:
        self.target = target
        self.spec = target.spec
        self.tally = tally
        self.ledger = Ledger(self.spec)
        self.identities = Identities(target, self.ledger, tally)
        self.cases = 0
        self.stateful_steps = 0

    def close(self) -> None:
        self.identities.close()

    @property
    def can_reset(self) -> bool:
        """The target is our mock and wiping it harms nothing we were given (no test account)."""
        target = self.target
        if target.config.test_email is not None:
            return False
        return target.is_in_process or target.has_admin_routes

    def reset_target(self) -> bool:
        """Wipe the target's state if :attr:`can_reset`; the ledger and identities forget it too."""
        if not self.can_reset or not self.target.reset():
            return False
        self.ledger.clear()
        self.identities.forget()
        return True

    # -- safety ---------------------------------------------------------------------------------

    def skip_reason(self, operation: Operation) -> str | None:
        """Why ``operation`` must not be fuzzed on this target, or None."""
        if (
            operation.operation_id == ACCOUNT_OPERATIONS["create"]
            and not self.target.config.signups_allowed
        ):
            return f"signing up accounts on {self.target.describe()} is not permitted"
        if self.target.is_local:
            return None
        if operation.extensions.get(DESTRUCTIVE_EXTENSION):
            return (
                f"{operation.operation_id} is {DESTRUCTIVE_EXTENSION}: never run on a shared server"
            )
        return None

    def make_unique(self, operation: Operation, body: Any) -> None:
        """Give a create's unique fields (email, slug) fresh values, where the schema allows them.

        Without a reset between scenarios, a replayed scenario would meet its own earlier account or
        organization (409) and Hypothesis would see the walk change under it.
        """
        if not isinstance(body, dict) or operation.request_schema is None:
            return
        properties = self.spec.resolve(operation.request_schema).get("properties", {})
        config = self.target.config
        fresh = {
            _EMAIL_KEY: f"plinto-walk-{uuid.uuid4().hex[:12]}@{config.throwaway_domain}",
            _SLUG_KEY: f"plinto-walk-{uuid.uuid4().hex[:12]}",
        }
        for key, value in fresh.items():
            schema = properties.get(key)
            if (
                key in body
                and schema is not None
                and self.spec.validator(schema).is_valid(body[key])
            ) and self.spec.validator(schema).is_valid(value):
                body[key] = value

    def protect_mailboxes(self, body: Any) -> Any:
        """On a non-local target, every email in a body goes to the throwaway domain.

        Generated addresses (``0@A.com``) belong to real domains; the local part is kept, so the
        case stays what Hypothesis generated.
        """
        if self.target.is_local or not isinstance(body, dict):
            return body
        domain = self.target.config.throwaway_domain
        for key, value in body.items():
            if key == _EMAIL_KEY and isinstance(value, str) and "@" in value:
                body[key] = f"{value.rsplit('@', 1)[0] or 'x'}@{domain}"
        return body

    # -- learning -------------------------------------------------------------------------------

    def learn(
        self,
        operation: Operation,
        *,
        source: str,
        status: int,
        path_params: Mapping[str, Any] | None,
        request_headers: Mapping[str, Any] | None,
        request_body: Any,
        response_body: Any,
    ) -> None:
        self.tally.record(operation.operation_id, status, source)
        self.ledger.observe(
            operation,
            path_params=path_params,
            request_headers=request_headers,
            request_body=request_body,
            status=status,
            response_body=response_body,
        )
        if status == 401:
            self.identities.invalidate(bearer_of(request_headers))

    def learn_case(self, case: Any, response: Any, source: str) -> Operation | None:
        """Learn from a schemathesis case and its response."""
        operation = self.spec.operation(case.method, case.operation.path)
        if operation is not None:  # None for schemathesis's probes of undocumented methods
            self.learn(
                operation,
                source=source,
                status=response.status_code,
                path_params=case.path_parameters,
                request_headers=case.headers,
                request_body=case.body if isinstance(case.body, dict) else None,
                response_body=_json(response.content),
            )
        return operation

    def transport(
        self,
        source: str,
        *,
        check: bool = True,
        wait_on_429: bool = True,
        observers: Sequence[Callable[[httpx.Response], None]] = (),
    ) -> httpx.BaseTransport:
        """A transport to the target whose exchanges are tallied, learnt from and checked."""
        return self.target.transport(
            source,
            check=check,
            wait_on_429=wait_on_429,
            tally=self.tally,
            observers=[self.learn_httpx, *observers],
        )

    def client(
        self,
        source: str,
        *,
        check: bool = True,
        wait_on_429: bool = True,
        observers: Sequence[Callable[[httpx.Response], None]] = (),
    ) -> httpx.Client:
        """An httpx client over :meth:`transport`."""
        return self.target.client(
            source,
            check=check,
            wait_on_429=wait_on_429,
            tally=self.tally,
            observers=[self.learn_httpx, *observers],
        )

    def learn_httpx(self, response: httpx.Response) -> None:
        """Learn from an httpx exchange (the transport has tallied it already)."""
        request = response.request
        index = operation_index(self.spec)
        operation = index.match(request.method, str(request.url))
        if operation is None:
            return
        template = index.template(str(request.url)) or ""
        path_params = _path_params(template, request.url.path)
        self.ledger.observe(
            operation,
            path_params=path_params,
            request_headers=dict(request.headers),
            request_body=_json(request.content),
            status=response.status_code,
            response_body=_json(response.content),
        )
        if response.status_code == 401:
            self.identities.invalidate(bearer_of(dict(request.headers)))


def _path_params(template: str, path: str) -> dict[str, str]:
    params = {}
    for pattern, value in zip(
        template.strip("/").split("/"), path.strip("/").split("/"), strict=False
    ):
        if pattern.startswith("{") and pattern.endswith("}"):
            params[pattern[1:-1]] = value
    return params
