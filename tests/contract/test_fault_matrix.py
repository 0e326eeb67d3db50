"""The suite must catch every named fault of the mock, and say which operation and which check.

Each case runs the relevant part of the contract suite in a subprocess against the in-process mock
with the fault switched on (PLINTO_MOCK_FAULTS), and reads its JUnit report: the run must fail, and
one failure must name the operation and the check. A fault that goes undetected fails the build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.contract.suite import run_suite


@dataclass(frozen=True)
class Fault:
    faults: str  # PLINTO_MOCK_FAULTS
    args: tuple[str, ...]  # what part of the suite to run
    operation: str  # the operation the report must name
    check: str  # the check (or business rule) the report must name
    env: dict[str, str] = field(default_factory=dict)


def fuzz(*operations: str) -> dict[str, str]:
    return {"PLINTO_FUZZ_OPERATIONS": ",".join(operations)}


FUZZ = ("contract_tests/test_fuzz.py",)
MATRIX = {
    # A public operation of the auth tag: the fault takes the whole tag down (sign-up included,
    # so the fuzzer's throwaway accounts are not to be had).
    "auth-500": Fault(
        "auth-500", FUZZ, "list_oauth_providers", "not_a_server_error", fuzz("list_oauth_providers")
    ),
    "drop-field": Fault(
        "drop-field",
        FUZZ,
        "get_current_user",
        "response_schema_conformance",
        fuzz("get_current_user"),
    ),
    "no-security-headers": Fault(
        "no-security-headers", FUZZ, "get_health", "security_headers_present", fuzz("get_health")
    ),
    "accept-invalid": Fault(
        "accept-invalid",
        FUZZ,
        "forgot_password",
        "negative_data_rejection",
        fuzz("forgot_password"),
    ),
    "signout-noop": Fault(
        "signout-noop",
        ("contract_tests/test_journey_account.py",),
        "signout",
        "signout_revokes_the_token",
    ),
    # /ready can only lie when something it checks is broken: auth-500 breaks sign-in.
    "ready-lies": Fault(
        "auth-500,ready-lies",
        ("contract_tests/test_protocol.py::test_readiness_reflects_auth",),
        "get_readiness",
        "readiness_reflects_auth",
    ),
    "slow": Fault(
        "slow=300",
        (*FUZZ, "--latency-budget-ms=150"),
        "get_health",
        "latency_within_budget",
        fuzz("get_health"),
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(MATRIX))
def test_fault_is_detected(name: str, tmp_path: Path) -> None:
    fault = MATRIX[name]
    run = run_suite(fault.args, tmp_path, env={"PLINTO_MOCK_FAULTS": fault.faults, **fault.env})
    assert run.returncode == 1, f"fault {name!r} went undetected:\n{run.summary()}"
    found = run.failure_naming(fault.operation, fault.check)
    assert found is not None, (
        f"no failure names {fault.operation} and {fault.check}:\n{run.summary()}"
    )


@pytest.mark.slow
def test_ready_lies_is_what_fails_the_readiness_check(tmp_path: Path) -> None:
    """Control: with auth broken but /ready honest (503), the readiness check passes."""
    run = run_suite(MATRIX["ready-lies"].args, tmp_path, env={"PLINTO_MOCK_FAULTS": "auth-500"})
    assert run.returncode == 0, run.summary()
