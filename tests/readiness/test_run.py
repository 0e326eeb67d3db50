"""The readiness check against the embedded mock, healthy and with each fault switched on."""

from __future__ import annotations

from contract_tests.coverage import TALLY
from plinto_contract.findings import Severity
from plinto_contract.readiness import AreaStatus, EmbeddedMock, Verdict
from plinto_contract.spec import load_spec

from .conftest import CheckMock, assessment_of

AUTH_PREFIX = "/api/v1/auth/"


def _by_check(assessment, check: str):
    return [f for f in assessment.findings if f.check == check]


def test_the_healthy_mock_is_go_with_every_assessed_area_green(check_mock: CheckMock):
    result = check_mock()
    assert result.verdict is Verdict.GO
    assert result.findings == ()
    statuses = {a.area.key: a.status for a in result.areas}
    assert statuses.pop("tls") is AreaStatus.NOT_ASSESSED  # http target
    assert statuses.pop("contract") is AreaStatus.NOT_ASSESSED  # quick profile
    assert set(statuses.values()) == {AreaStatus.GREEN}
    # Every documented operation answered its documented success at least once.
    succeeded = {
        o.operation_id
        for a in result.areas
        for o in a.outcomes
        if o.check == "operation_succeeds" and o.passed
    }
    assert succeeded == set(load_spec().operations) - {"get_readiness"}
    assert {s.operation_id for s in result.latency} == set(load_spec().operations)


def test_auth_500_names_every_auth_operation_critical_with_500_evidence(check_mock: CheckMock):
    result = check_mock("auth-500")
    assert result.verdict is Verdict.NO_GO
    spec = load_spec()
    auth_operations = {op.operation_id for op in spec.operations.values()
                       if op.path.startswith(AUTH_PREFIX)}  # fmt: skip
    critical_500 = {
        f.operation_id
        for f in result.findings
        if f.severity is Severity.CRITICAL and f.evidence is not None and f.evidence.status == 500
    }
    assert auth_operations <= critical_500
    # The seed: liveness and readiness look fine (ready says 503, which agrees with auth).
    assert result.area("availability").status is AreaStatus.GREEN
    assert "ready 503" in result.area("availability").note
    assert result.area("auth").status is AreaStatus.RED
    assert _by_check(result, "journey_sign_in_out")[0].severity is Severity.CRITICAL


def test_ready_lies_while_auth_is_down_is_critical_in_availability(check_mock: CheckMock):
    result = check_mock("auth-500", "ready-lies")
    [lie] = _by_check(result, "readiness_reflects_auth")
    assert lie.severity is Severity.CRITICAL
    assert lie.evidence is not None
    assert lie.evidence.status == 200
    assert result.area("availability").status is AreaStatus.RED


def test_slow_responses_over_the_budget_are_high_in_latency(check_mock: CheckMock):
    result = check_mock("slow=60", budget_ms=40.0)
    assert result.verdict is Verdict.NO_GO
    slow = _by_check(result, "latency_p95_within_budget")
    assert {f.severity for f in slow} == {Severity.HIGH}
    assert len(slow) == len(load_spec().operations)  # every operation pays the delay
    assert result.area("performance").status is AreaStatus.RED
    assert result.area("operations").status is AreaStatus.GREEN


def test_missing_security_headers_are_high_in_security(check_mock: CheckMock):
    result = check_mock("no-security-headers")
    assert result.verdict is Verdict.NO_GO
    missing = _by_check(result, "security_headers_present")
    assert missing
    assert {f.severity for f in missing} == {Severity.HIGH}
    assert "Strict-Transport-Security" in missing[0].message
    assert result.area("security").status is AreaStatus.RED
    assert result.area("auth").status is AreaStatus.GREEN


def test_a_dropped_user_field_is_a_high_schema_finding_in_operations(check_mock: CheckMock):
    result = check_mock("drop-field")
    assert result.verdict is Verdict.NO_GO
    broken = _by_check(result, "response_schema_conformance")
    assert {f.severity for f in broken} == {Severity.HIGH}
    assert {"signup", "get_current_user", "get_my_profile"} <= {f.operation_id for f in broken}
    assert "email" in broken[0].message
    assert result.area("operations").status is AreaStatus.RED
    assert result.area("security").status is AreaStatus.GREEN


def test_a_signout_that_revokes_nothing_breaks_the_auth_journey(check_mock: CheckMock):
    result = check_mock("signout-noop")
    [journey] = _by_check(result, "journey_sign_in_out")
    assert journey.severity is Severity.CRITICAL
    assert "still accepts the token" in journey.title
    # Auth answers, so /ready saying "ready" is no lie.
    assert result.area("availability").status is AreaStatus.GREEN


def test_a_readiness_run_never_counts_toward_the_contract_suites_coverage():
    # The contract suite's "every operation succeeded" verdict reads the session-wide TALLY; a
    # readiness run in the same process (these tests) must not fill it with its own 2xx answers.
    before = TALLY.calls()
    with EmbeddedMock(()) as mock:
        assert assessment_of(mock.base_url).verdict is Verdict.GO
    assert TALLY.calls() == before
