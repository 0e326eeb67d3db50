# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.organization_settings import OrganizationSettings


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """
    Attributes:
        billing_email (None | str):
        created_at (datetime.datetime):
        description (None | str):
        id (UUID):
        logo_url (None | str):
        member_count (int):
        name (str):
        owner_id (UUID):
        settings (OrganizationSettings):
        slug (str):
        updated_at (datetime.datetime):
    """

    billing_email: None | str
    created_at: datetime.datetime
    description: None | str
    id: UUID
    logo_url: None | str
    member_count: int
    name: str
    owner_id: UUID
    settings: OrganizationSettings
    slug: str
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        billing_email: None | str
        billing_email = self.billing_email

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        id = str(self.id)

        logo_url: None | str
        logo_url = self.logo_url

        member_count = self.member_count

        name = self.name

        owner_id = str(self.owner_id)

        settings = self.settings.to_dict()

        slug = self.slug

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "billing_email": billing_email,
                "created_at": created_at,
                "description": description,
                "id": id,
                "logo_url": logo_url,
                "member_count": member_count,
                "name": name,
                "owner_id": owner_id,
                "settings": settings,
                "slug": slug,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_settings import OrganizationSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_billing_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        billing_email = _parse_billing_email(d.pop("billing_email"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = UUID(d.pop("id"))

        def _parse_logo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_url = _parse_logo_url(d.pop("logo_url"))

        member_count = d.pop("member_count")

        name = d.pop("name")

        owner_id = UUID(d.pop("owner_id"))

        settings = OrganizationSettings.from_dict(d.pop("settings"))

        slug = d.pop("slug")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _organization = cls(
            billing_email=billing_email,
            created_at=created_at,
            description=description,
            id=id,
            logo_url=logo_url,
            member_count=member_count,
            name=name,
            owner_id=owner_id,
            settings=settings,
            slug=slug,
            updated_at=updated_at,
        )

        return _organization
