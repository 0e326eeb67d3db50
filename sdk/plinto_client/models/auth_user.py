# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthUser")


@_attrs_define
class AuthUser:
    """The account as the auth endpoints return it. Every key is always present; unset ones are null.

    Attributes:
        created_at (datetime.datetime):
        email (str):
        email_verified (bool):
        first_name (None | str):
        id (UUID):
        last_name (None | str):
        last_sign_in_at (datetime.datetime | None):
        profile_image_url (None | str):
        updated_at (datetime.datetime):
        username (None | str):
    """

    created_at: datetime.datetime
    email: str
    email_verified: bool
    first_name: None | str
    id: UUID
    last_name: None | str
    last_sign_in_at: datetime.datetime | None
    profile_image_url: None | str
    updated_at: datetime.datetime
    username: None | str

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

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

        profile_image_url: None | str
        profile_image_url = self.profile_image_url

        updated_at = self.updated_at.isoformat()

        username: None | str
        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "email_verified": email_verified,
                "first_name": first_name,
                "id": id,
                "last_name": last_name,
                "last_sign_in_at": last_sign_in_at,
                "profile_image_url": profile_image_url,
                "updated_at": updated_at,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        def _parse_profile_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_image_url = _parse_profile_image_url(d.pop("profile_image_url"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        _auth_user = cls(
            created_at=created_at,
            email=email,
            email_verified=email_verified,
            first_name=first_name,
            id=id,
            last_name=last_name,
            last_sign_in_at=last_sign_in_at,
            profile_image_url=profile_image_url,
            updated_at=updated_at,
            username=username,
        )

        return _auth_user
