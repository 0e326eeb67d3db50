# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_profile_request_user_metadata import UpdateProfileRequestUserMetadata


T = TypeVar("T", bound="UpdateProfileRequest")


@_attrs_define
class UpdateProfileRequest:
    """
    Attributes:
        bio (str | Unset):
        display_name (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        locale (str | Unset):
        phone_number (str | Unset):
        timezone (str | Unset):
        user_metadata (UpdateProfileRequestUserMetadata | Unset):
    """

    bio: str | Unset = UNSET
    display_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    locale: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    timezone: str | Unset = UNSET
    user_metadata: UpdateProfileRequestUserMetadata | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bio = self.bio

        display_name = self.display_name

        first_name = self.first_name

        last_name = self.last_name

        locale = self.locale

        phone_number = self.phone_number

        timezone = self.timezone

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bio is not UNSET:
            field_dict["bio"] = bio
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if locale is not UNSET:
            field_dict["locale"] = locale
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_profile_request_user_metadata import UpdateProfileRequestUserMetadata  # noqa: PLC0415

        d = dict(src_dict)
        bio = d.pop("bio", UNSET)

        display_name = d.pop("display_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        locale = d.pop("locale", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        timezone = d.pop("timezone", UNSET)

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: UpdateProfileRequestUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = UpdateProfileRequestUserMetadata.from_dict(_user_metadata)

        _update_profile_request = cls(
            bio=bio,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            locale=locale,
            phone_number=phone_number,
            timezone=timezone,
            user_metadata=user_metadata,
        )

        return _update_profile_request
