# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

HealthStatusEnvironment = Literal["development", "mock", "production", "staging", "test"]

HEALTH_STATUS_ENVIRONMENT_VALUES: set[HealthStatusEnvironment] = {
    "development",
    "mock",
    "production",
    "staging",
    "test",
}


def check_health_status_environment(value: str) -> HealthStatusEnvironment:
    if value in HEALTH_STATUS_ENVIRONMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HEALTH_STATUS_ENVIRONMENT_VALUES!r}"
    )
