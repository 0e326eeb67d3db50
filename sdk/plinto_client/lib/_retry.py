"""Bounded retries as an httpx transport wrapper, so that generated code stays untouched.

What is retried: a connection failure or timeout, 429, 502, 503 and 504.
Which requests: idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS); a POST only when it carries an
`Idempotency-Key` header and the client allows such retries. Any other POST is sent exactly once.
How long to wait: the server's `Retry-After` wins (up to MAX_RETRY_AFTER; a longer wait is handed
back to the caller as the 429); otherwise exponential backoff from INITIAL_RETRY_DELAY, capped at
MAX_RETRY_DELAY, with jitter.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENT_METHODS,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUSES,
)

__all__ = [
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "apause",
    "backoff_delay",
    "jitter",
    "pause",
    "retry_after_seconds",
]

# Transport failures where trying again can help (not, say, an unsupported URL scheme).
RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """How often, and for which requests, a failed attempt is repeated."""

    max_retries: int = DEFAULT_MAX_RETRIES
    retry_idempotent_posts: bool = False

    def allows(self, request: httpx.Request) -> bool:
        """Whether `request` may be sent more than once."""
        if request.method in IDEMPOTENT_METHODS:
            return True
        return (
            self.retry_idempotent_posts
            and request.method == "POST"
            and IDEMPOTENCY_KEY_HEADER in request.headers
        )

    def delay_after(
        self, attempt: int, request: httpx.Request, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before repeating `request` after its failed attempt number `attempt`
        (0-based; `response` is None for a transport failure), or None to stop there."""
        if attempt >= self.max_retries or not self.allows(request):
            return None
        if response is None:
            return jitter(backoff_delay(attempt))
        if response.status_code not in RETRYABLE_STATUSES:
            return None
        hint = retry_after_seconds(response.headers)
        if hint is None:
            return jitter(backoff_delay(attempt))
        return hint if hint <= MAX_RETRY_AFTER else None


def backoff_delay(attempt: int) -> float:
    """Exponential backoff before retry number `attempt + 1`, capped."""
    return min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)


def jitter(delay: float) -> float:
    """Spread retries of many clients apart: up to 25% less than `delay`.

    Its own function so that tests can replace the randomness (stripe's `_add_jitter_time`)."""
    return delay * (1.0 - 0.25 * random.random())


def pause(seconds: float) -> None:
    """Wait before a retry (looked up at call time, so tests can skip the wait)."""
    time.sleep(seconds)


async def apause(seconds: float) -> None:
    """The asyncio twin of `pause`."""
    await asyncio.sleep(seconds)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """`Retry-After` in seconds (delta-seconds or an HTTP date); None if absent or unreadable."""
    raw = headers.get("Retry-After")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport; repeats an attempt as `policy` allows."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], None] | None = None,
        owns_transport: bool = True,
    ) -> None:
        self._transport = transport
        self.policy = policy
        self._sleep = sleep
        self._owns_transport = owns_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._transport.handle_request(request)
            except RETRYABLE_ERRORS:
                delay = self.policy.delay_after(attempt, request, None)
                if delay is None:
                    raise
            else:
                delay = self.policy.delay_after(attempt, request, response)
                if delay is None:
                    return response
                response.close()
            (self._sleep or pause)(delay)
            attempt += 1

    def close(self) -> None:
        # Copies made by `with_options` share the pool; only its owner closes it.
        if self._owns_transport:
            self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of RetryTransport."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        owns_transport: bool = True,
    ) -> None:
        self._transport = transport
        self.policy = policy
        self._sleep = sleep
        self._owns_transport = owns_transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self._transport.handle_async_request(request)
            except RETRYABLE_ERRORS:
                delay = self.policy.delay_after(attempt, request, None)
                if delay is None:
                    raise
            else:
                delay = self.policy.delay_after(attempt, request, response)
                if delay is None:
                    return response
                await response.aclose()
            await (self._sleep or apause)(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self._owns_transport:
            await self._transport.aclose()
