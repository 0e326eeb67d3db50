# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

MfaChallengeMethodsItem = Literal["backup_code", "totp"]

MFA_CHALLENGE_METHODS_ITEM_VALUES: set[MfaChallengeMethodsItem] = {
    "backup_code",
    "totp",
}


def check_mfa_challenge_methods_item(value: str) -> MfaChallengeMethodsItem:
    if value in MFA_CHALLENGE_METHODS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_CHALLENGE_METHODS_ITEM_VALUES!r}"
    )
