# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.passkey_registration_request_credential import (
        PasskeyRegistrationRequestCredential,
    )


T = TypeVar("T", bound="PasskeyRegistrationRequest")


@_attrs_define
class PasskeyRegistrationRequest:
    """
    Attributes:
        credential (PasskeyRegistrationRequestCredential): The PublicKeyCredential from
            `navigator.credentials.create()`, binary fields base64url-encoded.
        name (str | Unset):
    """

    credential: PasskeyRegistrationRequestCredential
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        credential = self.credential.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credential": credential,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.passkey_registration_request_credential import (
            PasskeyRegistrationRequestCredential,  # noqa: PLC0415
        )

        d = dict(src_dict)
        credential = PasskeyRegistrationRequestCredential.from_dict(d.pop("credential"))

        name = d.pop("name", UNSET)

        _passkey_registration_request = cls(
            credential=credential,
            name=name,
        )

        return _passkey_registration_request
