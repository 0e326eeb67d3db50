# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

UserProfileStatus = Literal["active", "suspended"]

USER_PROFILE_STATUS_VALUES: set[UserProfileStatus] = {
    "active",
    "suspended",
}


def check_user_profile_status(value: str) -> UserProfileStatus:
    if value in USER_PROFILE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_PROFILE_STATUS_VALUES!r}")
