# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MagicLinkRequest")


@_attrs_define
class MagicLinkRequest:
    """
    Attributes:
        email (str):
        redirect_url (str | Unset):
    """

    email: str
    redirect_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        redirect_url = d.pop("redirect_url", UNSET)

        _magic_link_request = cls(
            email=email,
            redirect_url=redirect_url,
        )

        return _magic_link_request
