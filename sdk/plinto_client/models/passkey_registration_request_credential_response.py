# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PasskeyRegistrationRequestCredentialResponse")


@_attrs_define
class PasskeyRegistrationRequestCredentialResponse:
    """
    Attributes:
        attestation_object (str):
        client_data_json (str):
    """

    attestation_object: str
    client_data_json: str

    def to_dict(self) -> dict[str, Any]:
        attestation_object = self.attestation_object

        client_data_json = self.client_data_json

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attestationObject": attestation_object,
                "clientDataJSON": client_data_json,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attestation_object = d.pop("attestationObject")

        client_data_json = d.pop("clientDataJSON")

        _passkey_registration_request_credential_response = cls(
            attestation_object=attestation_object,
            client_data_json=client_data_json,
        )

        return _passkey_registration_request_credential_response
