# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationRequest")


@_attrs_define
class CreateOrganizationRequest:
    """
    Attributes:
        name (str):
        slug (str):
        billing_email (str | Unset):
        description (str | Unset):
    """

    name: str
    slug: str
    billing_email: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        billing_email = self.billing_email

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "slug": slug,
            }
        )
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        billing_email = d.pop("billing_email", UNSET)

        description = d.pop("description", UNSET)

        _create_organization_request = cls(
            name=name,
            slug=slug,
            billing_email=billing_email,
            description=description,
        )

        return _create_organization_request
