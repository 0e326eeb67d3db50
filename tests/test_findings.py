from __future__ import annotations

import dataclasses
import json

import pytest

from plinto_contract.findings import Evidence, Finding, Severity
from plinto_contract.redact import REDACTED

TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"


def test_severity_is_ordered_from_info_to_critical():
    assert Severity.INFO < Severity.LOW < Severity.MEDIUM < Severity.HIGH < Severity.CRITICAL
    assert max([Severity.LOW, Severity.CRITICAL, Severity.MEDIUM]) is Severity.CRITICAL
    assert sorted(Severity, reverse=True) == list(Severity)


def test_severity_does_not_compare_with_other_types():
    with pytest.raises(TypeError):
        _ = Severity.LOW < 3


def test_evidence_is_redacted_on_construction():
    evidence = Evidence(
        method="POST",
        url="https://api.plinto.dev/api/v1/auth/email/verify?token=vrf_abc123",
        status=500,
        request_id="req-1",
        body_excerpt='{"password": "Hunter2-Secret!"}',
        curl=f"curl -H 'Authorization: Bearer {TOKEN}' https://api.plinto.dev/api/v1/auth/me",
    )
    assert "vrf_abc123" not in evidence.url
    assert "Hunter2-Secret!" not in (evidence.body_excerpt or "")
    assert TOKEN not in (evidence.curl or "")
    assert evidence.request_id == "req-1"


def test_finding_is_frozen_data_with_a_json_form():
    finding = Finding(
        check="not_a_server_error",
        operation_id="signup",
        severity=Severity.CRITICAL,
        title="Server error",
        message=f"500 after sending token {TOKEN}",
        evidence=Evidence(
            method="POST", url="https://api.plinto.dev/api/v1/auth/signup", status=500
        ),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.severity = Severity.LOW  # type: ignore[misc]
    assert TOKEN not in finding.message
    data = json.loads(json.dumps(finding.to_dict()))
    assert data["severity"] == "critical"
    assert data["evidence"]["status"] == 500
    assert data["operation_id"] == "signup"
    assert REDACTED in data["message"]
