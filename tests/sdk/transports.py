"""Transports for the SDK tests: the mock in-process, and a scripted server that fails on cue."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable

import httpx
from anyio.from_thread import BlockingPortal
from starlette.types import ASGIApp

__all__ = ["Call", "Script", "SyncASGITransport", "json_response"]


class SyncASGITransport(httpx.BaseTransport):
    """httpx.ASGITransport for a sync client: requests run on a blocking portal's event loop."""

    def __init__(self, app: ASGIApp, portal: BlockingPortal) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._portal = portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._portal.call(self._send, request)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)


# One scripted step: an httpx.Response to answer with, or an exception to raise.
Call = httpx.Response | Exception


class Script:
    """A server that answers from a script, one step per request, and records every request.

    Use `.transport()` (sync) or `.async_transport()`; the last step repeats once the script ends.
    """

    def __init__(self, steps: Iterable[Call]) -> None:
        self._steps = list(steps)
        self._lock = threading.Lock()
        self.requests: list[httpx.Request] = []

    @property
    def attempts(self) -> int:
        return len(self.requests)

    def _next(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            step = self._steps[min(len(self.requests), len(self._steps)) - 1]
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step.status_code, headers=step.headers, content=step.content)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._next)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            return self._next(request)

        return httpx.MockTransport(handler)


def json_response(
    status: int, body: object, headers: dict[str, str] | None = None
) -> httpx.Response:
    """A JSON answer with a request id, as the API sends them."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={
            "Content-Type": "application/json",
            "X-Request-ID": "req-scripted",
            **(headers or {}),
        },
    )
