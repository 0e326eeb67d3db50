# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

InvitationStatus = Literal["accepted", "expired", "pending"]

INVITATION_STATUS_VALUES: set[InvitationStatus] = {
    "accepted",
    "expired",
    "pending",
}


def check_invitation_status(value: str) -> InvitationStatus:
    if value in INVITATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVITATION_STATUS_VALUES!r}")
