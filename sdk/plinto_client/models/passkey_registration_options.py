# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.passkey_registration_options_authenticator_selection import (
        PasskeyRegistrationOptionsAuthenticatorSelection,
    )
    from ..models.passkey_registration_options_exclude_credentials_item import (
        PasskeyRegistrationOptionsExcludeCredentialsItem,
    )
    from ..models.passkey_registration_options_pub_key_cred_params_item import (
        PasskeyRegistrationOptionsPubKeyCredParamsItem,
    )
    from ..models.passkey_registration_options_rp import PasskeyRegistrationOptionsRp
    from ..models.passkey_registration_options_user import PasskeyRegistrationOptionsUser


T = TypeVar("T", bound="PasskeyRegistrationOptions")


@_attrs_define
class PasskeyRegistrationOptions:
    """WebAuthn PublicKeyCredentialCreationOptions (binary fields base64url-encoded).

    Attributes:
        attestation (Literal['none']):
        authenticator_selection (PasskeyRegistrationOptionsAuthenticatorSelection):
        challenge (str):
        exclude_credentials (list[PasskeyRegistrationOptionsExcludeCredentialsItem]):
        pub_key_cred_params (list[PasskeyRegistrationOptionsPubKeyCredParamsItem]):
        rp (PasskeyRegistrationOptionsRp):
        timeout (int):
        user (PasskeyRegistrationOptionsUser):
    """

    attestation: Literal["none"]
    authenticator_selection: PasskeyRegistrationOptionsAuthenticatorSelection
    challenge: str
    exclude_credentials: list[PasskeyRegistrationOptionsExcludeCredentialsItem]
    pub_key_cred_params: list[PasskeyRegistrationOptionsPubKeyCredParamsItem]
    rp: PasskeyRegistrationOptionsRp
    timeout: int
    user: PasskeyRegistrationOptionsUser

    def to_dict(self) -> dict[str, Any]:
        attestation = self.attestation

        authenticator_selection = self.authenticator_selection.to_dict()

        challenge = self.challenge

        exclude_credentials = []
        for exclude_credentials_item_data in self.exclude_credentials:
            exclude_credentials_item = exclude_credentials_item_data.to_dict()
            exclude_credentials.append(exclude_credentials_item)

        pub_key_cred_params = []
        for pub_key_cred_params_item_data in self.pub_key_cred_params:
            pub_key_cred_params_item = pub_key_cred_params_item_data.to_dict()
            pub_key_cred_params.append(pub_key_cred_params_item)

        rp = self.rp.to_dict()

        timeout = self.timeout

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attestation": attestation,
                "authenticatorSelection": authenticator_selection,
                "challenge": challenge,
                "excludeCredentials": exclude_credentials,
                "pubKeyCredParams": pub_key_cred_params,
                "rp": rp,
                "timeout": timeout,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.passkey_registration_options_authenticator_selection import (
            PasskeyRegistrationOptionsAuthenticatorSelection,  # noqa: PLC0415
        )
        from ..models.passkey_registration_options_exclude_credentials_item import (
            PasskeyRegistrationOptionsExcludeCredentialsItem,  # noqa: PLC0415
        )
        from ..models.passkey_registration_options_pub_key_cred_params_item import (
            PasskeyRegistrationOptionsPubKeyCredParamsItem,  # noqa: PLC0415
        )
        from ..models.passkey_registration_options_rp import PasskeyRegistrationOptionsRp  # noqa: PLC0415
        from ..models.passkey_registration_options_user import PasskeyRegistrationOptionsUser  # noqa: PLC0415

        d = dict(src_dict)
        attestation = cast(Literal["none"], d.pop("attestation"))
        if attestation != "none":
            raise ValueError(f"attestation must match const 'none', got '{attestation}'")

        authenticator_selection = PasskeyRegistrationOptionsAuthenticatorSelection.from_dict(
            d.pop("authenticatorSelection")
        )

        challenge = d.pop("challenge")

        exclude_credentials = []
        _exclude_credentials = d.pop("excludeCredentials")
        for exclude_credentials_item_data in _exclude_credentials:
            exclude_credentials_item = PasskeyRegistrationOptionsExcludeCredentialsItem.from_dict(
                exclude_credentials_item_data
            )

            exclude_credentials.append(exclude_credentials_item)

        pub_key_cred_params = []
        _pub_key_cred_params = d.pop("pubKeyCredParams")
        for pub_key_cred_params_item_data in _pub_key_cred_params:
            pub_key_cred_params_item = PasskeyRegistrationOptionsPubKeyCredParamsItem.from_dict(
                pub_key_cred_params_item_data
            )

            pub_key_cred_params.append(pub_key_cred_params_item)

        rp = PasskeyRegistrationOptionsRp.from_dict(d.pop("rp"))

        timeout = d.pop("timeout")

        user = PasskeyRegistrationOptionsUser.from_dict(d.pop("user"))

        _passkey_registration_options = cls(
            attestation=attestation,
            authenticator_selection=authenticator_selection,
            challenge=challenge,
            exclude_credentials=exclude_credentials,
            pub_key_cred_params=pub_key_cred_params,
            rp=rp,
            timeout=timeout,
            user=user,
        )

        return _passkey_registration_options
