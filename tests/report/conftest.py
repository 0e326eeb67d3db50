from __future__ import annotations

from datetime import UTC, datetime

import pytest

from plinto_contract.findings import Evidence
from plinto_contract.readiness.events import CallMeasured, CheckOutcome, Event, RunFinished
from plinto_contract.readiness.verdict import Assessment, assess, finding

SECRET = "s3cr3t-Token-Value"
TARGET = f"https://api.example.test/?access_token={SECRET}"


def _server_error(operation_id: str, path: str) -> CheckOutcome:
    evidence = Evidence(
        method="POST",
        url=f"https://api.example.test{path}",
        status=500,
        request_id="req-1",
        body_excerpt='{"error":"Internal Server Error",\n"status_code":500}',
        curl=f'curl -X POST -d \'{{"password": "{SECRET}"}}\' https://api.example.test{path}',
    )
    return CheckOutcome(
        "not_a_server_error",
        operation_id,
        finding("not_a_server_error", "Server error", "500", operation_id=operation_id,
                tag="auth", evidence=evidence),
    )  # fmt: skip


def _events() -> list[Event]:
    return [
        CheckOutcome("spec_valid"),
        CallMeasured("signup", "POST", "/api/v1/auth/signup", 500, 12.5),
        CallMeasured("get_health", "GET", "/health", 200, 900.0),
        _server_error("signup", "/api/v1/auth/signup"),
        _server_error("signup", "/api/v1/auth/signup"),  # a second call, same failure
        _server_error("signin", "/api/v1/auth/signin"),
        CheckOutcome("health_is_up", "get_health"),
        CheckOutcome(
            "operation_verified",
            "list_users",
            finding("operation_verified", "not verified: signup answered 500", "m",
                    operation_id="list_users"),
        ),
        CheckOutcome(
            "operation_verified",
            "get_user",
            finding("operation_verified", "not verified: signup answered 500", "m",
                    operation_id="get_user"),
        ),
        CheckOutcome("tls_not_expiring", None, finding("tls_not_expiring", "expires soon", "m")),
        RunFinished(1.5, {"contract": "quick profile"}),
    ]  # fmt: skip


@pytest.fixture
def assessment() -> Assessment:
    return assess(
        _events(),
        target=TARGET,
        profile="quick",
        started_at=datetime(2026, 11, 27, 12, 0, tzinfo=UTC),
        budget_ms=500,
        max_error_rate=0.01,
    )


@pytest.fixture
def clean() -> Assessment:
    return assess(
        [CheckOutcome("spec_valid"), CallMeasured("get_health", "GET", "/health", 200, 5.0)],
        target="http://127.0.0.1:8000",
        profile="quick",
        started_at=datetime(2026, 11, 27, 12, 0, tzinfo=UTC),
        budget_ms=500,
        max_error_rate=0.01,
    )
