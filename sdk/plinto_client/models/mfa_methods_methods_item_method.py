# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

MfaMethodsMethodsItemMethod = Literal["backup_code", "email", "sms", "totp"]

MFA_METHODS_METHODS_ITEM_METHOD_VALUES: set[MfaMethodsMethodsItemMethod] = {
    "backup_code",
    "email",
    "sms",
    "totp",
}


def check_mfa_methods_methods_item_method(value: str) -> MfaMethodsMethodsItemMethod:
    if value in MFA_METHODS_METHODS_ITEM_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_METHODS_METHODS_ITEM_METHOD_VALUES!r}"
    )
