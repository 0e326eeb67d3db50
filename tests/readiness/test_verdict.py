from __future__ import annotations

from datetime import UTC, datetime

import pytest

from plinto_contract.findings import Evidence, Severity
from plinto_contract.readiness.events import CallMeasured, CheckOutcome, Event, RunFinished
from plinto_contract.readiness.probes import CHECK_NAMES
from plinto_contract.readiness.verdict import (
    AREAS,
    RULES,
    AreaStatus,
    Verdict,
    area_of,
    assess,
    finding,
)


def _assess(events: list[Event]):
    return assess(
        events,
        target="http://t",
        profile="quick",
        started_at=datetime.now(UTC),
        budget_ms=500,
        max_error_rate=0.01,
    )


def test_every_rule_names_a_known_area_once():
    keys = {area.key for area in AREAS}
    assert all(rule.area in keys for rule in RULES)
    checks = [rule.check for rule in RULES]
    assert len(checks) == len(set(checks))


def test_every_reused_check_has_a_rule():
    # The README's severity table is RULES: a reused check without a row would be judged by
    # whatever severity its library picked.
    documented = {rule.check for rule in RULES}
    assert set(CHECK_NAMES) <= documented


def test_a_5xx_is_critical_on_auth_operations_and_high_elsewhere():
    auth = finding("not_a_server_error", "t", "m", operation_id="signup", tag="auth")
    users = finding("not_a_server_error", "t", "m", operation_id="list_users", tag="users")
    assert auth.severity is Severity.CRITICAL
    assert users.severity is Severity.HIGH


def test_an_unknown_check_keeps_its_own_severity_and_lands_by_its_name():
    item = finding("cors_max_age_is_set", "t", "m", default=Severity.LOW)
    assert item.severity is Severity.LOW
    assert area_of("cors_max_age_is_set").key == "security"
    assert area_of("something_else").key == "operations"


@pytest.mark.parametrize(
    ("check", "severity"),
    [
        ("operation_succeeds", Severity.CRITICAL),
        ("readiness_reflects_auth", Severity.CRITICAL),
        ("tls_hostname_matches", Severity.CRITICAL),
        ("tls_chain_valid", Severity.CRITICAL),
        ("tls_not_expiring", Severity.MEDIUM),
        ("security_headers_present", Severity.HIGH),
        ("latency_p95_within_budget", Severity.HIGH),
        ("error_rate_within_max", Severity.HIGH),
    ],
)
def test_the_documented_severities(check: str, severity: Severity):
    assert finding(check, "t", "m").severity is severity


def test_go_with_warnings_and_no_go_with_a_high_finding():
    warning = CheckOutcome("tls_not_expiring", None, finding("tls_not_expiring", "t", "m"))
    go = _assess([CheckOutcome("spec_valid"), warning, RunFinished(1.0)])
    assert go.verdict is Verdict.GO
    assert go.area("tls").status is AreaStatus.AMBER
    assert go.area("spec").status is AreaStatus.GREEN
    assert go.area("operations").status is AreaStatus.NOT_ASSESSED

    high = CheckOutcome("hsts_present", None, finding("hsts_present", "t", "m"))
    no_go = _assess([CheckOutcome("spec_valid"), warning, high, RunFinished(1.0)])
    assert no_go.verdict is Verdict.NO_GO
    assert no_go.area("tls").status is AreaStatus.RED
    assert [f.check for f in no_go.findings] == ["hsts_present", "tls_not_expiring"]


def test_scores_error_rate_notes_and_actions():
    evidence = Evidence(method="GET", url="http://t/health", status=500)
    events: list[Event] = [
        CallMeasured("get_health", "GET", "/health", 200, 10.0),
        CallMeasured("get_health", "GET", "/health", 500, 12.0),
        CallMeasured("get_jwks", "GET", "/jwks", None, 0.0, error="reset"),
        CheckOutcome("not_a_server_error", "get_health"),
        CheckOutcome(
            "not_a_server_error",
            "get_health",
            finding("not_a_server_error", "Server error", "500", evidence=evidence,
                    operation_id="get_health"),
        ),
        RunFinished(2.5, {"tls": "http target"}),
    ]  # fmt: skip
    result = _assess(events)
    operations = result.area("operations")
    assert (operations.checks_run, operations.checks_passed, operations.score) == (2, 1, 50)
    assert result.calls == 3
    assert result.failed_calls == 2
    assert result.error_rate == pytest.approx(2 / 3)
    assert result.area("tls").note == "http target"
    assert result.duration_s == 2.5
    assert [s.operation_id for s in result.latency] == ["get_health"]  # no latency for a reset
    assert len(result.actions) == 1
    assert "get_health" in result.actions[0]
