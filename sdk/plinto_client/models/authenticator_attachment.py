# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

AuthenticatorAttachment = Literal["cross-platform", "platform"]

AUTHENTICATOR_ATTACHMENT_VALUES: set[AuthenticatorAttachment] = {
    "cross-platform",
    "platform",
}


def check_authenticator_attachment(value: str) -> AuthenticatorAttachment:
    if value in AUTHENTICATOR_ATTACHMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHENTICATOR_ATTACHMENT_VALUES!r}"
    )
