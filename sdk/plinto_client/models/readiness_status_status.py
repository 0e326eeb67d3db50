# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

ReadinessStatusStatus = Literal["degraded", "ready"]

READINESS_STATUS_STATUS_VALUES: set[ReadinessStatusStatus] = {
    "degraded",
    "ready",
}


def check_readiness_status_status(value: str) -> ReadinessStatusStatus:
    if value in READINESS_STATUS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READINESS_STATUS_STATUS_VALUES!r}"
    )
