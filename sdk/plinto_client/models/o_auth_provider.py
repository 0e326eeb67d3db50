# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.o_auth_provider_provider import OAuthProviderProvider, check_o_auth_provider_provider

T = TypeVar("T", bound="OAuthProvider")


@_attrs_define
class OAuthProvider:
    """
    Attributes:
        enabled (bool):
        name (str):
        provider (OAuthProviderProvider):
    """

    enabled: bool
    name: str
    provider: OAuthProviderProvider

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        name = self.name

        provider: str = self.provider

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
                "name": name,
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        name = d.pop("name")

        provider = check_o_auth_provider_provider(d.pop("provider"))

        _o_auth_provider = cls(
            enabled=enabled,
            name=name,
            provider=provider,
        )

        return _o_auth_provider
