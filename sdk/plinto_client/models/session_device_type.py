# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

SessionDeviceType = Literal["desktop", "mobile", "tablet", "unknown"]

SESSION_DEVICE_TYPE_VALUES: set[SessionDeviceType] = {
    "desktop",
    "mobile",
    "tablet",
    "unknown",
}


def check_session_device_type(value: str) -> SessionDeviceType:
    if value in SESSION_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_DEVICE_TYPE_VALUES!r}")
