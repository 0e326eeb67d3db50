"""Retries against a scripted server that fails a set number of times; attempt counts asserted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from plinto_client import (
    DEFAULT_MAX_RETRIES,
    APIConnectionError,
    AsyncPlinto,
    Plinto,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from plinto_client.lib import _retry
from plinto_client.lib._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY
from plinto_client.models import Error, HealthStatus

from tests.sdk.conftest import BASE_URL, PASSWORD
from tests.sdk.transports import Call, Script, json_response

ALL_ATTEMPTS = 1 + DEFAULT_MAX_RETRIES


def healthy() -> httpx.Response:
    return json_response(
        200, HealthStatus(status="healthy", version="1.0.0", environment="mock").to_dict()
    )


def failed(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    body = Error(
        error="Error",
        message="scripted failure",
        status_code=status,
        timestamp=datetime(2026, 11, 27, tzinfo=UTC),
        path="/",
        request_id="req-scripted",
        error_code="RATE_LIMIT_EXCEEDED" if status == 429 else "INTERNAL_ERROR",
    )
    return json_response(status, body.to_dict(), headers)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between attempts, recorded instead of slept; jitter off so they are exact."""
    recorded: list[float] = []

    async def apause(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retry, "pause", recorded.append)
    monkeypatch.setattr(_retry, "apause", apause)
    monkeypatch.setattr(_retry, "jitter", lambda delay: delay)
    return recorded


def scripted(steps: list[Call], max_retries: int = DEFAULT_MAX_RETRIES) -> tuple[Plinto, Script]:
    script = Script(steps)
    return Plinto(BASE_URL, transport=script.transport(), max_retries=max_retries), script


def test_get_succeeds_after_transient_failures(waits: list[float]) -> None:
    client, script = scripted([failed(503), failed(502), healthy()])
    assert client.health.get_health().status == "healthy"
    assert script.attempts == 3
    assert waits == [INITIAL_RETRY_DELAY, 2 * INITIAL_RETRY_DELAY]  # exponential backoff


def test_get_gives_up_after_max_retries(waits: list[float]) -> None:
    client, script = scripted([failed(504)])
    with pytest.raises(UnexpectedResponseError):  # 504 is not documented for get_health
        client.health.get_health()
    assert script.attempts == ALL_ATTEMPTS
    assert len(waits) == DEFAULT_MAX_RETRIES


def test_connection_errors_are_retried_for_get(waits: list[float]) -> None:
    client, script = scripted([httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), healthy()])
    assert client.health.get_health().status == "healthy"
    assert script.attempts == 3


def test_retry_after_is_honoured(waits: list[float]) -> None:
    client, script = scripted(
        [failed(429, {"Retry-After": "2"}), failed(429, {"Retry-After": "3"}), healthy()]
    )
    client.health.get_health()
    assert script.attempts == 3
    assert waits == [2.0, 3.0]  # the server's hint, not the backoff


def test_retry_after_as_http_date() -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    seconds = _retry.retry_after_seconds(
        httpx.Headers({"Retry-After": format_datetime(when, usegmt=True)})
    )
    assert seconds is not None
    assert 25 < seconds <= 30


def test_a_long_retry_after_is_handed_back(waits: list[float]) -> None:
    client, script = scripted([failed(429, {"Retry-After": "3600"}), healthy()])
    with pytest.raises(RateLimitError) as raised:
        client.health.get_health()
    assert script.attempts == 1
    assert raised.value.retry_after == 3600


def test_post_without_idempotency_key_is_sent_once(waits: list[float]) -> None:
    client, script = scripted([failed(503), healthy()])
    with pytest.raises(UnexpectedResponseError):
        client.auth.sign_in("ada@example.com", PASSWORD)
    assert script.attempts == 1
    assert waits == []


def test_post_connection_error_is_not_retried(waits: list[float]) -> None:
    client, script = scripted([httpx.ConnectError("refused"), healthy()])
    with pytest.raises(APIConnectionError):
        client.auth.sign_in("ada@example.com", PASSWORD)
    assert script.attempts == 1


@pytest.mark.parametrize(
    ("retry_idempotent_posts", "headers", "attempts"),
    [
        (True, {"Idempotency-Key": "key-1"}, ALL_ATTEMPTS),
        (False, {"Idempotency-Key": "key-1"}, 1),  # allowed only when the client says so
        (True, {}, 1),  # and only for a POST that carries a key
    ],
)
def test_post_with_idempotency_key(
    waits: list[float], retry_idempotent_posts: bool, headers: dict[str, str], attempts: int
) -> None:
    client, script = scripted([failed(503)])
    keyed = client.with_options(retry_idempotent_posts=retry_idempotent_posts, headers=headers)
    with pytest.raises(UnexpectedResponseError):
        keyed.auth.sign_in("ada@example.com", PASSWORD)
    assert script.attempts == attempts
    assert {r.headers.get("Idempotency-Key") for r in script.requests} == {
        headers.get("Idempotency-Key")
    }


def test_max_retries_per_client_and_per_call(waits: list[float]) -> None:
    client, script = scripted([failed(503)], max_retries=4)
    with pytest.raises(UnexpectedResponseError):
        client.health.get_health()
    assert script.attempts == 5
    with pytest.raises(UnexpectedResponseError):
        client.with_options(max_retries=0).health.get_health()
    assert script.attempts == 5 + 1
    assert client.max_retries == 4  # the copy did not change the original


@pytest.mark.parametrize("status", [400, 401, 404, 422, 500])
def test_other_failures_are_not_retried(waits: list[float], status: int) -> None:
    client, script = scripted([failed(status)])
    # 500 is documented for get_health (ServerError); the others are not.
    with pytest.raises((ServerError, UnexpectedResponseError)):
        client.health.get_health()
    assert script.attempts == 1


def test_backoff_is_capped_and_jittered() -> None:
    assert _retry.backoff_delay(0) == INITIAL_RETRY_DELAY
    assert _retry.backoff_delay(30) == MAX_RETRY_DELAY
    for _ in range(100):
        assert 0.75 * 4.0 <= _retry.jitter(4.0) <= 4.0


@pytest.mark.anyio
async def test_async_retries(waits: list[float]) -> None:
    script = Script([failed(503), failed(429, {"Retry-After": "1"}), healthy()])
    async with AsyncPlinto(BASE_URL, transport=script.async_transport()) as client:
        assert (await client.health.get_health()).status == "healthy"
        assert script.attempts == 3
        assert waits == [INITIAL_RETRY_DELAY, 1.0]
        post = Script([failed(503)])
    async with AsyncPlinto(BASE_URL, transport=post.async_transport()) as client:
        with pytest.raises(UnexpectedResponseError):
            await client.auth.sign_in("ada@example.com", PASSWORD)
    assert post.attempts == 1
