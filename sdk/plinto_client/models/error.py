# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.error_code import ErrorCode, check_error_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The one error envelope, used for every 4xx and 5xx response.

    Attributes:
        error (str): The HTTP reason phrase, e.g. "Not Found".
        error_code (ErrorCode): `AUTH_REQUIRED` 401 (no bearer token) · `INVALID_TOKEN` 401 for a bearer or refresh
            token, 400 for an
            emailed or MFA token · `ACCESS_DENIED` 403 · `RESOURCE_NOT_FOUND` 404 · `RESOURCE_CONFLICT` 409 ·
            `VALIDATION_FAILED` 422 · `INVALID_REQUEST` 400 · `UNSUPPORTED_MEDIA_TYPE` 415 · `METHOD_NOT_ALLOWED` 405 ·
            `RATE_LIMIT_EXCEEDED` 429 · `INTERNAL_ERROR` 500 · `SERVICE_UNAVAILABLE` 503.
        message (str): Human-readable explanation.
        path (str): The request path.
        request_id (str): Equals the `X-Request-ID` response header.
        status_code (int): Equals the HTTP status.
        timestamp (datetime.datetime): When the error happened (ISO 8601, UTC).
        details (list[ErrorDetail] | Unset): Per-field problems (422, and 503 from `/ready`).
    """

    error: str
    error_code: ErrorCode
    message: str
    path: str
    request_id: str
    status_code: int
    timestamp: datetime.datetime
    details: list[ErrorDetail] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_code: str = self.error_code

        message = self.message

        path = self.path

        request_id = self.request_id

        status_code = self.status_code

        timestamp = self.timestamp.isoformat()

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
                "error_code": error_code,
                "message": message,
                "path": path,
                "request_id": request_id,
                "status_code": status_code,
                "timestamp": timestamp,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error")

        error_code = check_error_code(d.pop("error_code"))

        message = d.pop("message")

        path = d.pop("path")

        request_id = d.pop("request_id")

        status_code = d.pop("status_code")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        _details = d.pop("details", UNSET)
        details: list[ErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        _error = cls(
            error=error,
            error_code=error_code,
            message=message,
            path=path,
            request_id=request_id,
            status_code=status_code,
            timestamp=timestamp,
            details=details,
        )

        return _error
