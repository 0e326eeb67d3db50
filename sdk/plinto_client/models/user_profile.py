# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.user_profile_status import UserProfileStatus, check_user_profile_status

if TYPE_CHECKING:
    from ..models.user_profile_user_metadata import UserProfileUserMetadata


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """`AuthUser` plus the profile fields.

    Attributes:
        bio (None | str):
        created_at (datetime.datetime):
        display_name (None | str):
        email (str):
        email_verified (bool):
        first_name (None | str):
        id (UUID):
        last_name (None | str):
        last_sign_in_at (datetime.datetime | None):
        locale (None | str):
        phone_number (None | str):
        phone_verified (bool):
        profile_image_url (None | str):
        status (UserProfileStatus):
        timezone (None | str):
        updated_at (datetime.datetime):
        user_metadata (UserProfileUserMetadata):
        username (None | str):
    """

    bio: None | str
    created_at: datetime.datetime
    display_name: None | str
    email: str
    email_verified: bool
    first_name: None | str
    id: UUID
    last_name: None | str
    last_sign_in_at: datetime.datetime | None
    locale: None | str
    phone_number: None | str
    phone_verified: bool
    profile_image_url: None | str
    status: UserProfileStatus
    timezone: None | str
    updated_at: datetime.datetime
    user_metadata: UserProfileUserMetadata
    username: None | str

    def to_dict(self) -> dict[str, Any]:
        bio: None | str
        bio = self.bio

        created_at = self.created_at.isoformat()

        display_name: None | str
        display_name = self.display_name

        email = self.email

        email_verified = self.email_verified

        first_name: None | str
        first_name = self.first_name

        id = str(self.id)

        last_name: None | str
        last_name = self.last_name

        last_sign_in_at: None | str
        if isinstance(self.last_sign_in_at, datetime.datetime):
            last_sign_in_at = self.last_sign_in_at.isoformat()
        else:
            last_sign_in_at = self.last_sign_in_at

        locale: None | str
        locale = self.locale

        phone_number: None | str
        phone_number = self.phone_number

        phone_verified = self.phone_verified

        profile_image_url: None | str
        profile_image_url = self.profile_image_url

        status: str = self.status

        timezone: None | str
        timezone = self.timezone

        updated_at = self.updated_at.isoformat()

        user_metadata = self.user_metadata.to_dict()

        username: None | str
        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bio": bio,
                "created_at": created_at,
                "display_name": display_name,
                "email": email,
                "email_verified": email_verified,
                "first_name": first_name,
                "id": id,
                "last_name": last_name,
                "last_sign_in_at": last_sign_in_at,
                "locale": locale,
                "phone_number": phone_number,
                "phone_verified": phone_verified,
                "profile_image_url": profile_image_url,
                "status": status,
                "timezone": timezone,
                "updated_at": updated_at,
                "user_metadata": user_metadata,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_profile_user_metadata import UserProfileUserMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bio(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bio = _parse_bio(d.pop("bio"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("display_name"))

        email = d.pop("email")

        email_verified = d.pop("email_verified")

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        id = UUID(d.pop("id"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        def _parse_last_sign_in_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sign_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_sign_in_at = _parse_last_sign_in_at(d.pop("last_sign_in_at"))

        def _parse_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locale = _parse_locale(d.pop("locale"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        phone_verified = d.pop("phone_verified")

        def _parse_profile_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_image_url = _parse_profile_image_url(d.pop("profile_image_url"))

        status = check_user_profile_status(d.pop("status"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_metadata = UserProfileUserMetadata.from_dict(d.pop("user_metadata"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        _user_profile = cls(
            bio=bio,
            created_at=created_at,
            display_name=display_name,
            email=email,
            email_verified=email_verified,
            first_name=first_name,
            id=id,
            last_name=last_name,
            last_sign_in_at=last_sign_in_at,
            locale=locale,
            phone_number=phone_number,
            phone_verified=phone_verified,
            profile_image_url=profile_image_url,
            status=status,
            timezone=timezone,
            updated_at=updated_at,
            user_metadata=user_metadata,
            username=username,
        )

        return _user_profile
