"""The one exception tree of plinto-client.

    PlintoError                      status_code, error_code, message, request_id, details
     +-- APIStatusError              the API answered with its Error envelope
     |    +-- BadRequestError        400  understood but refused (wrong password, used token)
     |    +-- AuthenticationError    401  missing, expired or revoked credentials
     |    +-- PermissionDeniedError  403
     |    +-- NotFoundError          404
     |    +-- ConflictError          409  already exists (email, slug, member)
     |    +-- ValidationError        422  body or parameters break the schema; `details` name fields
     |    +-- RateLimitError         429  `retry_after` seconds
     |    +-- ServerError            5xx
     +-- APIConnectionError          no response at all (DNS, refused, reset, TLS)
     |    +-- APITimeoutError        no response in time
     +-- UnexpectedResponseError     a response the spec does not describe: an undocumented status,
     |                               or a body that does not parse into the documented model
     +-- NotSignedInError            a call that needs the stored tokens when there are none

400 is not a ValidationError: in this API it means "understood, but refused" (CONTRACT §3), which a
caller handles differently from a form field error, so it has its own class beside it.
Any other documented error status (415, for instance) raises APIStatusError itself.
`make_status_error` is the one place that maps a status to a class.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ..models.error import Error
from ..models.error_detail import ErrorDetail
from ..types import Unset
from ._constants import REQUEST_ID_HEADER
from ._retry import retry_after_seconds

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "NotFoundError",
    "NotSignedInError",
    "PermissionDeniedError",
    "PlintoError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
    "make_status_error",
]


class PlintoError(Exception):
    """Base class of every error plinto-client raises."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_code: str | None = None,
        request_id: str | None = None,
        details: Sequence[ErrorDetail] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.error_code = error_code
        self.request_id = request_id
        self.details: tuple[ErrorDetail, ...] = tuple(details)

    def __str__(self) -> str:
        head = " ".join(
            str(part) for part in (self.status_code, self.error_code) if part is not None
        )
        text = f"{head}: {self.message}" if head else self.message
        for detail in self.details:
            text += f"\n  {detail.field or '(body)'}: {detail.message} [{detail.code}]"
        # Quote the request id: it is what Plinto support needs to find the call.
        return f"{text} (request_id: {self.request_id})" if self.request_id else text


class APIStatusError(PlintoError):
    """The API answered with a documented error status and its Error envelope (`body`)."""

    def __init__(self, body: Error, response: httpx.Response) -> None:
        super().__init__(
            body.message,
            status_code=response.status_code,
            error_code=body.error_code,
            request_id=body.request_id or response.headers.get(REQUEST_ID_HEADER),
            details=[] if isinstance(body.details, Unset) else body.details,
        )
        self.body = body
        self.response = response


class BadRequestError(APIStatusError):
    """400: understood but refused (wrong password or code, an invalid or used token)."""


class AuthenticationError(APIStatusError):
    """401: missing, malformed, expired or revoked credentials (after one refresh attempt)."""


class PermissionDeniedError(APIStatusError):
    """403: signed in, but without the right."""


class NotFoundError(APIStatusError):
    """404: no such resource, or not yours."""


class ConflictError(APIStatusError):
    """409: the resource already exists."""


class ValidationError(APIStatusError):
    """422: the body or parameters break the schema; `details` names each field."""


class RateLimitError(APIStatusError):
    """429: too many requests; wait `retry_after` seconds (None when the server gave no hint)."""

    def __init__(self, body: Error, response: httpx.Response) -> None:
        super().__init__(body, response)
        self.retry_after = retry_after_seconds(response.headers)


class ServerError(APIStatusError):
    """5xx: the API failed (after the retries the method allows)."""


class APIConnectionError(PlintoError):
    """No response: the connection failed or broke (after the retries the method allows)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""


class UnexpectedResponseError(PlintoError):
    """The response is not one the spec describes; nothing half-parsed is returned."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(
            message,
            status_code=response.status_code,
            request_id=response.headers.get(REQUEST_ID_HEADER),
        )
        self.response = response


class NotSignedInError(PlintoError):
    """The client holds no tokens for this (for example `auth.refresh()` before signing in)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def make_status_error(body: Error, response: httpx.Response) -> APIStatusError:
    """The exception for an Error envelope, chosen by the response status."""
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIStatusError)
    return cls(body, response)
