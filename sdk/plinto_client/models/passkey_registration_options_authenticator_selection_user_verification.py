# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification = Literal[
    "discouraged", "preferred", "required"
]

PASSKEY_REGISTRATION_OPTIONS_AUTHENTICATOR_SELECTION_USER_VERIFICATION_VALUES: set[
    PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification
] = {
    "discouraged",
    "preferred",
    "required",
}


def check_passkey_registration_options_authenticator_selection_user_verification(
    value: str,
) -> PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification:
    if value in PASSKEY_REGISTRATION_OPTIONS_AUTHENTICATOR_SELECTION_USER_VERIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSKEY_REGISTRATION_OPTIONS_AUTHENTICATOR_SELECTION_USER_VERIFICATION_VALUES!r}"
    )
