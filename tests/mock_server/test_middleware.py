"""Request ids, security headers, CORS and rate-limit headers, on successes and errors alike."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mock_server import Settings, create_app, services_of
from mock_server.middleware import SECURITY_HEADER_DEFAULTS, documented_headers, security_headers
from mock_server.ratelimit import RateLimit, RateLimiter
from plinto_contract.spec import Spec
from tests.mock_server.helpers import path

ORIGIN = "http://localhost:3000"


def test_security_header_values_satisfy_the_spec(spec: Spec) -> None:
    documented = documented_headers(spec)
    values = security_headers(spec)
    assert set(values) == set(SECURITY_HEADER_DEFAULTS)
    for name, value in values.items():
        assert spec.validator(documented[name].schema).is_valid(value), name


def test_pinned_header_values_come_from_the_spec(spec: Spec) -> None:
    documented = documented_headers(spec)
    for name, value in security_headers(spec).items():
        schema = documented[name].schema
        if "const" in schema:
            assert value == schema["const"]


@pytest.mark.parametrize(
    ("method", "target", "status"),
    [
        ("GET", "/health", 200),
        ("GET", "/nope", 404),
        ("DELETE", "/health", 405),
        ("GET", "/api/v1/auth/me", 401),
        ("POST", "/api/v1/auth/signin", 422),
    ],
)
def test_every_response_carries_request_id_and_security_headers(
    client: TestClient, spec: Spec, method: str, target: str, status: int
) -> None:
    response = client.request(method, target)
    assert response.status_code == status
    assert response.headers["x-request-id"]
    for name, value in security_headers(spec).items():
        assert response.headers[name] == value


def test_a_sane_incoming_request_id_is_echoed(client: TestClient) -> None:
    response = client.get("/health", headers={"X-Request-ID": "trace-123.abc"})
    assert response.headers["x-request-id"] == "trace-123.abc"


@pytest.mark.parametrize("incoming", ["has space", "x" * 300, "<script>", ""])
def test_an_insane_incoming_request_id_is_replaced(client: TestClient, incoming: str) -> None:
    response = client.get("/nope", headers={"X-Request-ID": incoming})
    assert response.headers["x-request-id"] != incoming
    assert response.json()["request_id"] == response.headers["x-request-id"]


def test_generated_request_ids_differ(client: TestClient) -> None:
    first, second = client.get("/health"), client.get("/health")
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


def test_cors_preflight_for_an_allowed_origin(client: TestClient, spec: Spec) -> None:
    response = client.options(
        path("signin"),
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, authorization",
        },
    )
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in response.headers["access-control-allow-methods"]
    assert response.headers["access-control-allow-headers"] == "content-type, authorization"
    for name in security_headers(spec):
        assert name in response.headers
    assert response.headers["x-request-id"]


def test_cors_preflight_for_another_origin_is_refused(client: TestClient) -> None:
    response = client.options(
        path("signin"),
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert response.status_code == 403
    assert "access-control-allow-origin" not in response.headers
    assert response.json()["error_code"] == "ACCESS_DENIED"


def test_cors_exposes_rate_limit_and_request_id_headers(client: TestClient) -> None:
    response = client.get("/health", headers={"Origin": ORIGIN})
    assert response.headers["access-control-allow-origin"] == ORIGIN
    exposed = {
        h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")
    }
    assert {
        "x-request-id",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
    } <= exposed
    assert "origin" in response.headers["vary"].lower()


def test_cors_origins_are_configurable(spec: Spec) -> None:
    app = create_app(spec, Settings(fast_hash=True, cors_origins=("https://app.example",)))
    with TestClient(app) as client:
        allowed = client.get("/health", headers={"Origin": "https://app.example"})
        other = client.get("/health", headers={"Origin": ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    assert "access-control-allow-origin" not in other.headers


def test_rate_limit_headers_follow_the_operations_extension(
    app: Starlette, client: TestClient, spec: Spec
) -> None:
    services_of(app).limiter.clock = lambda: 1_000_000.0
    limit = spec.operations["signin"].extensions["x-rate-limit"]
    first = client.post(path("signin"), json={})
    second = client.post(path("signin"), json={})
    assert first.status_code == 422  # errors carry the headers too
    assert first.headers["x-ratelimit-limit"] == str(limit["limit"])
    assert int(first.headers["x-ratelimit-remaining"]) == limit["limit"] - 1
    assert int(second.headers["x-ratelimit-remaining"]) == limit["limit"] - 2
    assert int(first.headers["x-ratelimit-reset"]) % limit["window_seconds"] == 0


def test_groups_are_counted_separately(app: Starlette, client: TestClient) -> None:
    services_of(app).limiter.clock = lambda: 1_000_000.0
    client.post(path("signin"), json={})
    health = client.get(path("get_health"))
    assert (
        int(health.headers["x-ratelimit-remaining"]) == int(health.headers["x-ratelimit-limit"]) - 1
    )


def test_without_enforcement_headers_stay_but_nothing_is_refused() -> None:
    limiter = RateLimiter(enforce=False, clock=lambda: 1000.0)
    rule = RateLimit(group="g", limit=2, window_seconds=60)
    seen = [limiter.hit(rule, "c") for _ in range(5)]
    assert [h["X-RateLimit-Remaining"] for h in seen] == ["1", "0", "0", "0", "0"]


def test_a_new_window_starts_a_new_count() -> None:
    now = [1000.0]
    limiter = RateLimiter(enforce=True, clock=lambda: now[0])
    rule = RateLimit(group="g", limit=1, window_seconds=60)
    limiter.hit(rule, "c")
    with pytest.raises(Exception, match="Rate limit"):
        limiter.hit(rule, "c")
    limiter.hit(rule, "other-client")
    now[0] += 60
    assert limiter.hit(rule, "c")["X-RateLimit-Remaining"] == "0"


def test_429_keeps_the_rate_limit_headers(spec: Spec) -> None:
    app = create_app(spec, Settings(fast_hash=True))
    services_of(app).limiter.clock = lambda: 1_000_000.0
    limit = spec.operations["forgot_password"].extensions["x-rate-limit"]["limit"]
    with TestClient(app) as client:
        for _ in range(limit):
            client.post(path("forgot_password"), json={"email": "a@example.com"})
        refused = client.post(path("forgot_password"), json={"email": "a@example.com"})
    assert refused.status_code == 429
    assert refused.headers["x-ratelimit-limit"] == str(limit)
    assert "x-ratelimit-reset" in refused.headers
