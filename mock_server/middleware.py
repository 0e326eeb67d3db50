"""ASGI middleware: request id and security headers on every response, latency fault, CORS.

Order, outside in: :class:`RequestContextMiddleware` > :class:`LatencyMiddleware` (only with the
`slow`
fault) > :class:`CORSMiddleware` > the router. The outermost one also turns any exception that
escapes
the app into the 500 envelope, so even that response carries the request id and security headers.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mock_server.errors import Forbidden, MockError, error_response
from plinto_contract.spec import HeaderSpec, Spec

__all__ = [
    "CORSMiddleware",
    "LatencyMiddleware",
    "RequestContextMiddleware",
    "security_headers",
]

log = logging.getLogger("mock_server")

# CONTRACT.md §9 names these; the values are the real service's (facts §6). Where the spec pins a
# value (`const`/`enum` in the header's schema) the spec's value is used instead.
SECURITY_HEADER_DEFAULTS: Mapping[str, str] = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
    ),
    "Permissions-Policy": "geolocation=(), microphone=(), camera=()",
}
REQUEST_ID_HEADER = "X-Request-ID"
# Headers a browser script may read on a cross-origin response (CONTRACT §9).
EXPOSED_HEADERS = (
    REQUEST_ID_HEADER,
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "Retry-After",
)
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]+$")


def documented_headers(spec: Spec) -> dict[str, HeaderSpec]:
    """Every response header the spec documents, by name (the first documentation found)."""
    found: dict[str, HeaderSpec] = {}
    for operation in spec.operations.values():
        for response in operation.responses.values():
            for name, header in response.headers.items():
                found.setdefault(name, header)
    return found


def _pinned_value(schema: Mapping[str, Any]) -> str | None:
    if "const" in schema:
        return str(schema["const"])
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return str(enum[0])
    return None


def security_headers(spec: Spec) -> dict[str, str]:
    """The security headers to send, with the spec's pinned values winning over the defaults."""
    documented = documented_headers(spec)
    values = {}
    for name, default in SECURITY_HEADER_DEFAULTS.items():
        header = documented.get(name)
        pinned = _pinned_value(header.schema) if header else None
        values[name] = pinned if pinned is not None else default
    return values


class RequestContextMiddleware:
    """X-Request-ID (a sane incoming one echoed, else a uuid4), security headers, 500 envelope."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        spec: Spec,
        send_security_headers: bool = True,
    ) -> None:
        self.app = app
        self.security_headers = security_headers(spec) if send_security_headers else {}
        header = documented_headers(spec).get(REQUEST_ID_HEADER)
        self._request_id_validator = spec.validator(header.schema) if header else None

    def _request_id(self, scope: Scope) -> str:
        incoming = Headers(scope=scope).get(REQUEST_ID_HEADER)
        if (
            incoming
            and _SANE_REQUEST_ID.match(incoming)
            and (
                self._request_id_validator is None or self._request_id_validator.is_valid(incoming)
            )
        ):
            return incoming
        return str(uuid.uuid4())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self._request_id(scope)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        # Headers set while handling (rate limits) that must reach the response, even an error's.
        extra: dict[str, str] = state.setdefault("response_headers", {})
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    headers[name] = value
                for name, value in self.security_headers.items():
                    if name not in headers:  # a route may set its own (the relaxed CSP of /docs)
                        headers[name] = value
                headers[REQUEST_ID_HEADER] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except MockError as exc:
            if started:
                raise
            await error_response(scope, exc)(scope, receive, send_with_headers)
        except Exception:
            # Logged with the traceback for the operator; the client gets the envelope only.
            log.exception("unhandled error (request id %s)", request_id)
            if started:
                raise
            await error_response(scope, MockError())(scope, receive, send_with_headers)


class LatencyMiddleware:
    """The `slow` fault: wait before handling every request."""

    def __init__(self, app: ASGIApp, *, millis: float) -> None:
        self.app = app
        self.seconds = millis / 1000

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await asyncio.sleep(self.seconds)
        await self.app(scope, receive, send)


class CORSMiddleware:
    """CORS for the configured origins; preflights answer 204 without reaching the router."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        origins: Sequence[str],
        methods: Sequence[str],
        max_age: int = 600,
    ) -> None:
        self.app = app
        self.origins = set(origins)
        self.methods = ", ".join(methods)
        self.max_age = str(max_age)

    def _allowed(self, origin: str) -> bool:
        return "*" in self.origins or origin in self.origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        is_preflight = scope["method"] == "OPTIONS" and "access-control-request-method" in headers
        if is_preflight:
            if not self._allowed(origin):
                await error_response(scope, Forbidden("CORS origin not allowed"))(
                    scope, receive, send
                )
                return
            response = Response(status_code=204, headers=self._preflight_headers(origin, headers))
            await response(scope, receive, send)
            return
        if not self._allowed(origin):
            await self.app(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                out["Access-Control-Allow-Origin"] = origin
                out["Access-Control-Allow-Credentials"] = "true"
                out["Access-Control-Expose-Headers"] = ", ".join(EXPOSED_HEADERS)
                out.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def _preflight_headers(self, origin: str, request: Headers) -> dict[str, str]:
        out = {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": self.methods,
            "Access-Control-Max-Age": self.max_age,
            "Access-Control-Expose-Headers": ", ".join(EXPOSED_HEADERS),
            "Vary": "Origin",
        }
        requested = request.get("access-control-request-headers")
        if requested:
            out["Access-Control-Allow-Headers"] = requested
        return out
