"""httpx transports: the in-process mock, and a polite wrapper that bounds and paces requests.

- :class:`InProcessTransport` sends an httpx request to an ASGI app in this process (through
  Starlette's test client), so the SDK and our probes need no server or port.
- :class:`ObservingTransport` reads each response and shows it to observers (the coverage tally,
  the ledger, the protocol checks) before the caller sees it; unlike httpx event hooks it also
  works under the SDK, which builds its own client around the transport it is given.
- :class:`PoliteTransport` is what every client of the suite goes through: at most ``concurrency``
  requests in flight (a :class:`Gate` shared by the whole run), and a 429 is honoured by sleeping
  ``Retry-After`` seconds and retrying, when that wait is within the configured bound. A longer wait
  is not slept: the 429 is returned, and the rate-limit group is remembered as closed until then.
"""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx
from starlette.testclient import TestClient

__all__ = [
    "Gate",
    "InProcessTransport",
    "ObservingTransport",
    "PoliteTransport",
    "retry_after_seconds",
]

RETRY_AFTER = "Retry-After"
MAX_ATTEMPTS = 3  # one request plus two waits: enough for a window edge, never a loop


def retry_after_seconds(headers: Any) -> float | None:
    """The delay a 429 asks for, in seconds (only the delta-seconds form is understood)."""
    raw = headers.get(RETRY_AFTER)
    if raw is None:
        return None
    try:
        return max(float(raw), 0.0)
    except ValueError:
        return None


class Gate:
    """Bounds requests in flight and decides how long a 429 may make us wait."""

    def __init__(
        self,
        *,
        concurrency: int,
        max_wait_seconds: float,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._slots = threading.BoundedSemaphore(max(concurrency, 1))
        self.max_wait_seconds = max_wait_seconds
        self._sleep = sleep
        self.waited_seconds = 0.0
        self.refused = 0  # 429s we did not wait out

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._slots:
            yield

    def send(
        self,
        attempt: Callable[[], Any],
        status: Callable[[Any], int],
        headers: Callable[[Any], Any],
    ) -> Any:
        """Run ``attempt`` under the gate, waiting out short 429s; returns the last response."""
        response = None
        for _ in range(MAX_ATTEMPTS):
            with self.slot():
                response = attempt()
            if status(response) != 429:
                return response
            wait = retry_after_seconds(headers(response))
            if wait is None or wait > self.max_wait_seconds:
                self.refused += 1
                return response
            self.waited_seconds += wait
            self._sleep(wait)
        return response


class PoliteTransport(httpx.BaseTransport):
    """Wraps a transport with the run's :class:`Gate` (bounded concurrency, 429 handling)."""

    def __init__(self, inner: httpx.BaseTransport, gate: Gate, *, wait_on_429: bool = True) -> None:
        self.inner = inner
        self.gate = gate
        self.wait_on_429 = wait_on_429

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.wait_on_429:
            with self.gate.slot():
                return self.inner.handle_request(request)

        def attempt() -> httpx.Response:
            response = self.inner.handle_request(request)
            if response.status_code == 429:
                response.read()  # so a retried attempt does not leak the first stream
            return response

        result: httpx.Response = self.gate.send(
            attempt, lambda r: r.status_code, lambda r: r.headers
        )
        return result

    def close(self) -> None:
        self.inner.close()


class InProcessTransport(httpx.BaseTransport):
    """Sends httpx requests to an ASGI app in this process; server errors come back as responses."""

    def __init__(self, app: Any, base_url: str) -> None:
        self._client = TestClient(app, base_url=base_url, raise_server_exceptions=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._client.request(
            request.method,
            str(request.url),
            headers=list(request.headers.multi_items()),
            content=request.read(),
            follow_redirects=False,
        )
        return httpx.Response(
            answer.status_code,
            headers=list(answer.headers.multi_items()),
            content=answer.content,
            request=request,
        )

    def close(self) -> None:
        self._client.close()


class ObservingTransport(httpx.BaseTransport):
    """Shows every response, body read, to ``observers`` in order; an observer may raise."""

    def __init__(
        self, inner: httpx.BaseTransport, observers: Sequence[Callable[[httpx.Response], None]]
    ) -> None:
        self.inner = inner
        self.observers = tuple(observers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        response = self.inner.handle_request(request)
        response.read()
        # The client sets `elapsed` only after we return; the checks (latency budget) need it now.
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        response.request = request  # likewise: httpx.HTTPTransport leaves it unset until then
        for observer in self.observers:
            observer(response)
        return response

    def close(self) -> None:
        self.inner.close()
