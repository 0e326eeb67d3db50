# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.o_auth_provider import OAuthProvider


T = TypeVar("T", bound="OAuthProviderList")


@_attrs_define
class OAuthProviderList:
    """
    Attributes:
        providers (list[OAuthProvider]):
    """

    providers: list[OAuthProvider]

    def to_dict(self) -> dict[str, Any]:
        providers = []
        for providers_item_data in self.providers:
            providers_item = providers_item_data.to_dict()
            providers.append(providers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "providers": providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.o_auth_provider import OAuthProvider  # noqa: PLC0415

        d = dict(src_dict)
        providers = []
        _providers = d.pop("providers")
        for providers_item_data in _providers:
            providers_item = OAuthProvider.from_dict(providers_item_data)

            providers.append(providers_item)

        _o_auth_provider_list = cls(
            providers=providers,
        )

        return _o_auth_provider_list
