# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.passkey_registration_request_credential_response import (
        PasskeyRegistrationRequestCredentialResponse,
    )


T = TypeVar("T", bound="PasskeyRegistrationRequestCredential")


@_attrs_define
class PasskeyRegistrationRequestCredential:
    """The PublicKeyCredential from `navigator.credentials.create()`, binary fields base64url-encoded.

    Attributes:
        id (str):
        raw_id (str):
        response (PasskeyRegistrationRequestCredentialResponse):
        type_ (Literal['public-key']):
    """

    id: str
    raw_id: str
    response: PasskeyRegistrationRequestCredentialResponse
    type_: Literal["public-key"]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        raw_id = self.raw_id

        response = self.response.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "rawId": raw_id,
                "response": response,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.passkey_registration_request_credential_response import (
            PasskeyRegistrationRequestCredentialResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        raw_id = d.pop("rawId")

        response = PasskeyRegistrationRequestCredentialResponse.from_dict(d.pop("response"))

        type_ = cast(Literal["public-key"], d.pop("type"))
        if type_ != "public-key":
            raise ValueError(f"type must match const 'public-key', got '{type_}'")

        _passkey_registration_request_credential = cls(
            id=id,
            raw_id=raw_id,
            response=response,
            type_=type_,
        )

        return _passkey_registration_request_credential
