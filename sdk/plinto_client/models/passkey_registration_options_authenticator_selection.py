# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.authenticator_attachment import (
    AuthenticatorAttachment,
    check_authenticator_attachment,
)
from ..models.passkey_registration_options_authenticator_selection_resident_key import (
    PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey,
    check_passkey_registration_options_authenticator_selection_resident_key,
)
from ..models.passkey_registration_options_authenticator_selection_user_verification import (
    PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification,
    check_passkey_registration_options_authenticator_selection_user_verification,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PasskeyRegistrationOptionsAuthenticatorSelection")


@_attrs_define
class PasskeyRegistrationOptionsAuthenticatorSelection:
    """
    Attributes:
        authenticator_attachment (AuthenticatorAttachment | Unset):
        resident_key (PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey | Unset):
        user_verification (PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification | Unset):
    """

    authenticator_attachment: AuthenticatorAttachment | Unset = UNSET
    resident_key: PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey | Unset = UNSET
    user_verification: PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification | Unset = (
        UNSET
    )

    def to_dict(self) -> dict[str, Any]:
        authenticator_attachment: str | Unset = UNSET
        if not isinstance(self.authenticator_attachment, Unset):
            authenticator_attachment = self.authenticator_attachment

        resident_key: str | Unset = UNSET
        if not isinstance(self.resident_key, Unset):
            resident_key = self.resident_key

        user_verification: str | Unset = UNSET
        if not isinstance(self.user_verification, Unset):
            user_verification = self.user_verification

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if authenticator_attachment is not UNSET:
            field_dict["authenticatorAttachment"] = authenticator_attachment
        if resident_key is not UNSET:
            field_dict["residentKey"] = resident_key
        if user_verification is not UNSET:
            field_dict["userVerification"] = user_verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _authenticator_attachment = d.pop("authenticatorAttachment", UNSET)
        authenticator_attachment: AuthenticatorAttachment | Unset
        if isinstance(_authenticator_attachment, Unset):
            authenticator_attachment = UNSET
        else:
            authenticator_attachment = check_authenticator_attachment(_authenticator_attachment)

        _resident_key = d.pop("residentKey", UNSET)
        resident_key: PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey | Unset
        if isinstance(_resident_key, Unset):
            resident_key = UNSET
        else:
            resident_key = check_passkey_registration_options_authenticator_selection_resident_key(
                _resident_key
            )

        _user_verification = d.pop("userVerification", UNSET)
        user_verification: PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification | Unset
        if isinstance(_user_verification, Unset):
            user_verification = UNSET
        else:
            user_verification = (
                check_passkey_registration_options_authenticator_selection_user_verification(
                    _user_verification
                )
            )

        _passkey_registration_options_authenticator_selection = cls(
            authenticator_attachment=authenticator_attachment,
            resident_key=resident_key,
            user_verification=user_verification,
        )

        return _passkey_registration_options_authenticator_selection
