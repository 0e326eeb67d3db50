# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

ErrorCode = Literal[
    "ACCESS_DENIED",
    "AUTH_REQUIRED",
    "INTERNAL_ERROR",
    "INVALID_REQUEST",
    "INVALID_TOKEN",
    "METHOD_NOT_ALLOWED",
    "RATE_LIMIT_EXCEEDED",
    "RESOURCE_CONFLICT",
    "RESOURCE_NOT_FOUND",
    "SERVICE_UNAVAILABLE",
    "UNSUPPORTED_MEDIA_TYPE",
    "VALIDATION_FAILED",
]

ERROR_CODE_VALUES: set[ErrorCode] = {
    "ACCESS_DENIED",
    "AUTH_REQUIRED",
    "INTERNAL_ERROR",
    "INVALID_REQUEST",
    "INVALID_TOKEN",
    "METHOD_NOT_ALLOWED",
    "RATE_LIMIT_EXCEEDED",
    "RESOURCE_CONFLICT",
    "RESOURCE_NOT_FOUND",
    "SERVICE_UNAVAILABLE",
    "UNSUPPORTED_MEDIA_TYPE",
    "VALIDATION_FAILED",
}


def check_error_code(value: str) -> ErrorCode:
    if value in ERROR_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_CODE_VALUES!r}")
