# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.authenticator_attachment import (
    AuthenticatorAttachment,
    check_authenticator_attachment,
)

T = TypeVar("T", bound="Passkey")


@_attrs_define
class Passkey:
    """
    Attributes:
        authenticator_attachment (AuthenticatorAttachment | None):
        created_at (datetime.datetime):
        credential_id (str):
        id (UUID):
        last_used_at (datetime.datetime | None):
        name (str):
        sign_count (int):
    """

    authenticator_attachment: AuthenticatorAttachment | None
    created_at: datetime.datetime
    credential_id: str
    id: UUID
    last_used_at: datetime.datetime | None
    name: str
    sign_count: int

    def to_dict(self) -> dict[str, Any]:
        authenticator_attachment: None | str
        if isinstance(self.authenticator_attachment, str):
            authenticator_attachment = self.authenticator_attachment
        else:
            authenticator_attachment = self.authenticator_attachment

        created_at = self.created_at.isoformat()

        credential_id = self.credential_id

        id = str(self.id)

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        name = self.name

        sign_count = self.sign_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authenticator_attachment": authenticator_attachment,
                "created_at": created_at,
                "credential_id": credential_id,
                "id": id,
                "last_used_at": last_used_at,
                "name": name,
                "sign_count": sign_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authenticator_attachment(data: object) -> AuthenticatorAttachment | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticator_attachment_type_0 = check_authenticator_attachment(data)

                return authenticator_attachment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthenticatorAttachment | None, data)

        authenticator_attachment = _parse_authenticator_attachment(
            d.pop("authenticator_attachment")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        credential_id = d.pop("credential_id")

        id = UUID(d.pop("id"))

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        name = d.pop("name")

        sign_count = d.pop("sign_count")

        _passkey = cls(
            authenticator_attachment=authenticator_attachment,
            created_at=created_at,
            credential_id=credential_id,
            id=id,
            last_used_at=last_used_at,
            name=name,
            sign_count=sign_count,
        )

        return _passkey
