# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey = Literal[
    "discouraged", "preferred", "required"
]

PASSKEY_REGISTRATION_OPTIONS_AUTHENTICATOR_SELECTION_RESIDENT_KEY_VALUES: set[
    PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey
] = {
    "discouraged",
    "preferred",
    "required",
}


def check_passkey_registration_options_authenticator_selection_resident_key(
    value: str,
) -> PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey:
    if value in PASSKEY_REGISTRATION_OPTIONS_AUTHENTICATOR_SELECTION_RESIDENT_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSKEY_REGISTRATION_OPTIONS_AUTHENTICATOR_SELECTION_RESIDENT_KEY_VALUES!r}"
    )
