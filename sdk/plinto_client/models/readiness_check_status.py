# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

ReadinessCheckStatus = Literal["degraded", "ok"]

READINESS_CHECK_STATUS_VALUES: set[ReadinessCheckStatus] = {
    "degraded",
    "ok",
}


def check_readiness_check_status(value: str) -> ReadinessCheckStatus:
    if value in READINESS_CHECK_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READINESS_CHECK_STATUS_VALUES!r}"
    )
