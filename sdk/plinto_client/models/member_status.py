# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

MemberStatus = Literal["active"]

MEMBER_STATUS_VALUES: set[MemberStatus] = {
    "active",
}


def check_member_status(value: str) -> MemberStatus:
    if value in MEMBER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_STATUS_VALUES!r}")
