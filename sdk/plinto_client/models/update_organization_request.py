# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_organization_request_settings import UpdateOrganizationRequestSettings


T = TypeVar("T", bound="UpdateOrganizationRequest")


@_attrs_define
class UpdateOrganizationRequest:
    """
    Attributes:
        billing_email (str | Unset):
        description (str | Unset):
        logo_url (str | Unset):
        name (str | Unset):
        settings (UpdateOrganizationRequestSettings | Unset):
    """

    billing_email: str | Unset = UNSET
    description: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    name: str | Unset = UNSET
    settings: UpdateOrganizationRequestSettings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        billing_email = self.billing_email

        description = self.description

        logo_url = self.logo_url

        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_organization_request_settings import UpdateOrganizationRequestSettings  # noqa: PLC0415

        d = dict(src_dict)
        billing_email = d.pop("billing_email", UNSET)

        description = d.pop("description", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        name = d.pop("name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: UpdateOrganizationRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UpdateOrganizationRequestSettings.from_dict(_settings)

        _update_organization_request = cls(
            billing_email=billing_email,
            description=description,
            logo_url=logo_url,
            name=name,
            settings=settings,
        )

        return _update_organization_request
