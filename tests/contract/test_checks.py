"""Each protocol check passes a good answer of the mock and names itself on a broken one."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from schemathesis.checks import CHECKS as SCHEMATHESIS_CHECKS

from contract_tests.checks import (
    CHECKS,
    ProtocolViolation,
    check_httpx_response,
    set_latency_budget,
)
from contract_tests.coverage import Tally
from contract_tests.targets import Target, TargetConfig


@pytest.fixture(scope="module")
def target() -> Target:
    return Target.in_process(TargetConfig())


@pytest.fixture
def client(target: Target) -> Iterator[httpx.Client]:
    with target.client("test", check=False, tally=Tally()) as client:  # not the run's tally
        yield client


def variant(
    response: httpx.Response,
    *,
    drop: tuple[str, ...] = (),
    headers: dict[str, str] | None = None,
    content: bytes | None = None,
) -> httpx.Response:
    """A copy of ``response`` with headers dropped or replaced, or another body."""
    replaced = {name.lower() for name in (*drop, *(headers or {}))}
    kept = {k: v for k, v in response.headers.items() if k.lower() not in replaced}
    kept.update(headers or {})
    body = response.content if content is None else content
    kept.pop("content-length", None)
    copy = httpx.Response(
        response.status_code, headers=kept, content=body, request=response.request
    )
    copy.read()
    copy.elapsed = response.elapsed
    return copy


def failed_checks(response: httpx.Response) -> list[str]:
    try:
        check_httpx_response(response)
    except ProtocolViolation as exc:
        return exc.checks
    return []


def test_ours_are_registered_with_schemathesis() -> None:
    assert set(CHECKS) <= set(SCHEMATHESIS_CHECKS.get_all_names())


def test_good_answers_pass(client: httpx.Client) -> None:
    assert failed_checks(client.get("/health")) == []
    assert failed_checks(client.get("/api/v1/auth/me")) == []  # a 401 envelope


@pytest.mark.parametrize(
    ("change", "check"),
    [
        ({"drop": ("X-Frame-Options",)}, "security_headers_present"),
        ({"headers": {"X-Frame-Options": "SAMEORIGIN"}}, "security_headers_present"),
        (
            {"headers": {"Strict-Transport-Security": "includeSubDomains"}},
            "security_headers_present",
        ),
        ({"drop": ("X-Request-ID",)}, "request_id_header_present"),
        ({"headers": {"Content-Type": "text/html"}}, "json_content_type"),
        ({"headers": {"X-RateLimit-Limit": "7"}}, "rate_limit_headers_present"),
        ({"drop": ("X-RateLimit-Reset",)}, "rate_limit_headers_present"),
    ],
)
def test_broken_health_answer_is_named(
    client: httpx.Client, change: dict[str, object], check: str
) -> None:
    assert check in failed_checks(variant(client.get("/health"), **change))  # type: ignore[arg-type]


def test_401_without_challenge_is_named(client: httpx.Client) -> None:
    response = client.get("/api/v1/auth/me")
    assert "www_authenticate_on_401" in failed_checks(variant(response, drop=("WWW-Authenticate",)))


def test_envelope_request_id_must_match_the_header(client: httpx.Client) -> None:
    response = client.get("/api/v1/auth/me")
    other = variant(response, headers={"X-Request-ID": "another-request"})
    assert "request_id_matches_header" in failed_checks(other)


def test_429_without_retry_after_is_named(client: httpx.Client) -> None:
    response = client.get("/api/v1/auth/me")
    limited = httpx.Response(
        429, headers=response.headers, content=response.content, request=response.request
    )
    limited.read()
    limited.elapsed = response.elapsed
    assert "rate_limit_headers_present" in failed_checks(variant(limited, drop=("Retry-After",)))


def test_latency_budget_is_off_unless_set(client: httpx.Client) -> None:
    response = client.get("/health")
    assert "latency_within_budget" not in failed_checks(response)
    set_latency_budget(0.0)
    try:
        assert "latency_within_budget" in failed_checks(response)
    finally:
        set_latency_budget(None)
