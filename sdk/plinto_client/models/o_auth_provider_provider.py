# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

OAuthProviderProvider = Literal["apple", "github", "google", "microsoft"]

O_AUTH_PROVIDER_PROVIDER_VALUES: set[OAuthProviderProvider] = {
    "apple",
    "github",
    "google",
    "microsoft",
}


def check_o_auth_provider_provider(value: str) -> OAuthProviderProvider:
    if value in O_AUTH_PROVIDER_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {O_AUTH_PROVIDER_PROVIDER_VALUES!r}"
    )
