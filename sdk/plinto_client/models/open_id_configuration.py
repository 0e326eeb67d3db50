# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="OpenIDConfiguration")


@_attrs_define
class OpenIDConfiguration:
    """
    Attributes:
        claims_supported (list[str]):
        id_token_signing_alg_values_supported (list[str]):
        issuer (str):
        jwks_uri (str):
        response_types_supported (list[str]):
        scopes_supported (list[str]):
        subject_types_supported (list[str]):
        userinfo_endpoint (str):
    """

    claims_supported: list[str]
    id_token_signing_alg_values_supported: list[str]
    issuer: str
    jwks_uri: str
    response_types_supported: list[str]
    scopes_supported: list[str]
    subject_types_supported: list[str]
    userinfo_endpoint: str

    def to_dict(self) -> dict[str, Any]:
        claims_supported = self.claims_supported

        id_token_signing_alg_values_supported = self.id_token_signing_alg_values_supported

        issuer = self.issuer

        jwks_uri = self.jwks_uri

        response_types_supported = self.response_types_supported

        scopes_supported = self.scopes_supported

        subject_types_supported = self.subject_types_supported

        userinfo_endpoint = self.userinfo_endpoint

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "claims_supported": claims_supported,
                "id_token_signing_alg_values_supported": id_token_signing_alg_values_supported,
                "issuer": issuer,
                "jwks_uri": jwks_uri,
                "response_types_supported": response_types_supported,
                "scopes_supported": scopes_supported,
                "subject_types_supported": subject_types_supported,
                "userinfo_endpoint": userinfo_endpoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claims_supported = cast(list[str], d.pop("claims_supported"))

        id_token_signing_alg_values_supported = cast(
            list[str], d.pop("id_token_signing_alg_values_supported")
        )

        issuer = d.pop("issuer")

        jwks_uri = d.pop("jwks_uri")

        response_types_supported = cast(list[str], d.pop("response_types_supported"))

        scopes_supported = cast(list[str], d.pop("scopes_supported"))

        subject_types_supported = cast(list[str], d.pop("subject_types_supported"))

        userinfo_endpoint = d.pop("userinfo_endpoint")

        _open_id_configuration = cls(
            claims_supported=claims_supported,
            id_token_signing_alg_values_supported=id_token_signing_alg_values_supported,
            issuer=issuer,
            jwks_uri=jwks_uri,
            response_types_supported=response_types_supported,
            scopes_supported=scopes_supported,
            subject_types_supported=subject_types_supported,
            userinfo_endpoint=userinfo_endpoint,
        )

        return _open_id_configuration
