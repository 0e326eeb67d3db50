"""Protocol checks that need requests of their own: CORS, the 401 challenge, unknown paths and
methods, and whether /ready tells the truth about sign-in.

Every response here also goes through all of ``contract_tests.checks.CHECKS`` (the session's
client runs them), so each test also proves security headers, X-Request-ID and the envelope.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from contract_tests.checks import (
    ProtocolViolation,
    cors_preflight_allowed,
    cors_preflight_refused,
    readiness_reflects_auth,
)
from contract_tests.session import ContractSession
from plinto_contract.redact import redact
from plinto_contract.spec import Operation, Spec


class LastExchange:
    """Remembers the last response, for the curl line of a failure."""

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def __call__(self, response: httpx.Response) -> None:
        self.response = response


LAST = LastExchange()


@pytest.fixture
def client(contract_session: ContractSession) -> Iterator[httpx.Client]:
    with contract_session.client("protocol", observers=[LAST]) as client:
        yield client


def public_get(spec: Spec) -> Operation:
    """A public GET without parameters: what a browser script would call first."""
    return next(
        op
        for op in spec.operations.values()
        if op.method == "GET" and not op.secured and not op.parameters
    )


def secured_get(spec: Spec) -> Operation:
    return next(
        op
        for op in spec.operations.values()
        if op.method == "GET" and op.secured and not op.parameters
    )


def fail_on(problems: list[str], check: str, operation: Operation) -> None:
    if problems:
        raise ProtocolViolation(
            redact(f"{check}: " + "; ".join(problems)),
            checks=[check],
            operation=operation.operation_id,
        )


def test_cors_preflight_allowed_origin(
    client: httpx.Client, contract_session: ContractSession
) -> None:
    operation = secured_get(contract_session.spec)
    origin = contract_session.target.config.cors_origin
    fail_on(cors_preflight_allowed(client, operation, origin), "cors_preflight_allowed", operation)


def test_cors_preflight_refused_origin(
    client: httpx.Client, contract_session: ContractSession
) -> None:
    operation = secured_get(contract_session.spec)
    origin = contract_session.target.config.refused_origin
    fail_on(cors_preflight_refused(client, operation, origin), "cors_preflight_refused", operation)


def test_missing_token_gets_bearer_challenge(
    client: httpx.Client, contract_session: ContractSession
) -> None:
    operation = secured_get(contract_session.spec)
    response = client.request(
        operation.method, operation.path
    )  # www_authenticate_on_401 runs on it
    assert response.status_code == 401, (
        f"{operation.operation_id} without a token answered {response.status_code}"
    )


def test_malformed_token_gets_bearer_challenge(
    client: httpx.Client, contract_session: ContractSession
) -> None:
    operation = secured_get(contract_session.spec)
    response = client.request(
        operation.method, operation.path, headers={"Authorization": "Bearer not-a-jwt"}
    )
    assert response.status_code == 401, (
        f"{operation.operation_id} with a junk token answered {response.status_code}"
    )


def test_unknown_path_gets_the_envelope(
    client: httpx.Client, contract_session: ContractSession
) -> None:
    path = public_get(contract_session.spec).path.rstrip("/") + "/no-such-thing"
    response = client.get(path)
    assert response.status_code == 404, f"GET {path} answered {response.status_code}"


def test_undocumented_method_gets_405_with_allow(
    client: httpx.Client, contract_session: ContractSession
) -> None:
    operation = public_get(contract_session.spec)
    documented = {
        op.method for op in contract_session.spec.operations.values() if op.path == operation.path
    }
    method = next(m for m in ("DELETE", "PUT", "PATCH", "POST") if m not in documented)
    response = client.request(method, operation.path)
    allowed = {m.strip() for m in response.headers.get("Allow", "").split(",") if m.strip()}
    assert response.status_code == 405, f"{method} {operation.path} answered {response.status_code}"
    assert documented <= allowed, f"Allow is {sorted(allowed)}, documented {sorted(documented)}"


def test_request_ids_are_unique(client: httpx.Client, contract_session: ContractSession) -> None:
    operation = public_get(contract_session.spec)
    first = client.request(operation.method, operation.path)
    second = client.request(operation.method, operation.path)
    assert first.headers.get("X-Request-ID") != second.headers.get("X-Request-ID"), (
        "X-Request-ID repeats"
    )


def test_readiness_reflects_auth(client: httpx.Client, contract_session: ContractSession) -> None:
    spec = contract_session.spec
    fail_on(
        readiness_reflects_auth(client, spec),
        "readiness_reflects_auth",
        spec.operations["get_readiness"],
    )
