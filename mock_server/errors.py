"""Every error the mock can answer, and the one function that builds error bodies.

    MockError (500 INTERNAL_ERROR)
    ├── RequestInvalid        422 VALIDATION_FAILED   a parameter or body breaks the schema; details
    name fields
    ├── BadRequest            400 INVALID_REQUEST     well formed but refused (bad token, wrong
    password)
    ├── Unauthorized          401 AUTH_REQUIRED / INVALID_TOKEN, with WWW-Authenticate: Bearer
    ├── Forbidden             403 ACCESS_DENIED       authenticated, but not allowed
    ├── NotFound              404 RESOURCE_NOT_FOUND
    ├── MethodNotAllowed      405 METHOD_NOT_ALLOWED, with Allow
    ├── Conflict              409 RESOURCE_CONFLICT
    ├── UnsupportedMediaType  415 UNSUPPORTED_MEDIA_TYPE
    ├── RateLimited           429 RATE_LIMIT_EXCEEDED, with Retry-After
    └── ServiceUnavailable    503 SERVICE_UNAVAILABLE

The body is CONTRACT.md §7 (the spec's ``Error`` schema); :func:`envelope` is its only builder.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any, ClassVar

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

__all__ = [
    "ERROR_CLASSES",
    "BadRequest",
    "Conflict",
    "Detail",
    "Forbidden",
    "MethodNotAllowed",
    "MockError",
    "NotFound",
    "RateLimited",
    "RequestInvalid",
    "ServiceUnavailable",
    "Unauthorized",
    "UnsupportedMediaType",
    "envelope",
    "error_response",
    "exception_handlers",
]

log = logging.getLogger("mock_server")


@dataclass(frozen=True)
class Detail:
    """One entry of ``details``: which field, what is wrong, and a machine-readable code."""

    field: str
    message: str
    code: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message, "code": self.code}


class MockError(Exception):
    """Base of every error the mock answers; also the 500 for a failure we did not expect."""

    status: int = 500
    error_code: str = "INTERNAL_ERROR"
    default_message: ClassVar[str] = "An unexpected error occurred"

    def __init__(
        self,
        message: str | None = None,
        *,
        details: Sequence[Detail] | None = None,
        headers: Mapping[str, str] | None = None,
        error_code: str | None = None,
    ) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)
        self.details = tuple(details) if details is not None else None
        self.headers = dict(headers or {})
        if error_code is not None:
            self.error_code = error_code


class RequestInvalid(MockError):
    """A parameter or the body breaks the schema, or the body cannot be decoded."""

    status = 422
    error_code = "VALIDATION_FAILED"
    default_message = "Request validation failed"


class BadRequest(MockError):
    """A well-formed request that is refused: a bad token, a wrong password, a wrong state."""

    status = 400
    error_code = "INVALID_REQUEST"
    default_message = "The request was refused"


class Unauthorized(MockError):
    """No usable token: missing (AUTH_REQUIRED) or malformed/expired/revoked (INVALID_TOKEN)."""

    status = 401
    error_code = "AUTH_REQUIRED"
    default_message = "Authentication required"

    def __init__(self, message: str | None = None, *, invalid_token: bool = False) -> None:
        # RFC 6750 §3: name the scheme; add the error code when a token was sent but refused.
        challenge = 'Bearer error="invalid_token"' if invalid_token else "Bearer"
        super().__init__(
            message or ("Invalid or expired token" if invalid_token else None),
            headers={"WWW-Authenticate": challenge},
            error_code="INVALID_TOKEN" if invalid_token else None,
        )


class Forbidden(MockError):
    """A valid token without the right to do this."""

    status = 403
    error_code = "ACCESS_DENIED"
    default_message = "Access denied"


class NotFound(MockError):
    """No such path, or no such resource visible to the caller."""

    status = 404
    error_code = "RESOURCE_NOT_FOUND"
    default_message = "Resource not found"


class MethodNotAllowed(MockError):
    """The path exists but not with this method; ``Allow`` lists the path's methods."""

    status = 405
    error_code = "METHOD_NOT_ALLOWED"
    default_message = "Method not allowed"

    def __init__(self, allowed: Sequence[str]) -> None:
        super().__init__(headers={"Allow": ", ".join(allowed)})


class Conflict(MockError):
    """The resource already exists (duplicate email, slug, membership, invitation)."""

    status = 409
    error_code = "RESOURCE_CONFLICT"
    default_message = "Resource already exists"


class UnsupportedMediaType(MockError):
    """The body's Content-Type is not one the operation accepts."""

    status = 415
    error_code = "UNSUPPORTED_MEDIA_TYPE"
    default_message = "Unsupported media type"


class RateLimited(MockError):
    """The caller spent the operation group's budget for this window."""

    status = 429
    error_code = "RATE_LIMIT_EXCEEDED"
    default_message = "Rate limit exceeded"

    def __init__(self, retry_after: int, headers: Mapping[str, str]) -> None:
        super().__init__(
            f"Rate limit exceeded; retry in {retry_after} s",
            headers={**headers, "Retry-After": str(retry_after)},
        )


class ServiceUnavailable(MockError):
    """A critical dependency (or self-check) failed."""

    status = 503
    error_code = "SERVICE_UNAVAILABLE"
    default_message = "Service unavailable"


ERROR_CLASSES: tuple[type[MockError], ...] = (
    MockError,
    RequestInvalid,
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    UnsupportedMediaType,
    RateLimited,
    ServiceUnavailable,
)


def utc_timestamp() -> str:
    """ISO 8601 in UTC with a ``Z``, millisecond precision."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def envelope(
    *,
    status: int,
    error_code: str,
    message: str,
    path: str,
    request_id: str,
    details: Sequence[Detail] | None = None,
) -> dict[str, Any]:
    """The error body of CONTRACT.md §7. Nothing else in the mock writes one."""
    body: dict[str, Any] = {
        "error": HTTPStatus(status).phrase,
        "message": message,
        "status_code": status,
        "timestamp": utc_timestamp(),
        "path": path,
        "request_id": request_id,
        "error_code": error_code,
    }
    if details is not None:
        body["details"] = [d.as_dict() for d in details]
    return body


def request_id_of(scope: Mapping[str, Any]) -> str:
    state = scope.get("state") or {}
    return str(state.get("request_id", ""))


def error_response(scope: Mapping[str, Any], exc: MockError) -> Response:
    body = envelope(
        status=exc.status,
        error_code=exc.error_code,
        message=exc.message,
        path=str(scope.get("path", "")),
        request_id=request_id_of(scope),
        details=exc.details,
    )
    return JSONResponse(body, status_code=exc.status, headers=exc.headers)


def from_http_exception(exc: HTTPException) -> MockError:
    """Starlette's own errors (routing 404/405) become ours, keeping headers such as ``Allow``."""
    if exc.status_code == MethodNotAllowed.status:
        allow = (exc.headers or {}).get("Allow", "")
        return MethodNotAllowed([m.strip() for m in allow.split(",") if m.strip()])
    known = next((cls for cls in ERROR_CLASSES if cls.status == exc.status_code), None)
    error = MockError(
        known.default_message if known else HTTPStatus(exc.status_code).phrase,
        headers=exc.headers,
        error_code=known.error_code
        if known
        else BadRequest.error_code
        if exc.status_code < 500
        else None,
    )
    error.status = exc.status_code
    return error


async def _mock_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, MockError)
    return error_response(request.scope, exc)


async def _http_exception_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(request.scope, from_http_exception(exc))


def exception_handlers() -> dict[Any, Any]:
    """For ``Starlette(exception_handlers=...)``; the middleware catches unexpected ones."""
    return {MockError: _mock_error_handler, HTTPException: _http_exception_handler}
