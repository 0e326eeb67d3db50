# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.member_status import MemberStatus, check_member_status
from ..models.role import Role, check_role

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """
    Attributes:
        email (str):
        id (UUID):
        joined_at (datetime.datetime):
        organization_id (UUID):
        role (Role): Organization roles, strongest first: owner > admin > member > viewer.
        status (MemberStatus):
        user_id (UUID):
    """

    email: str
    id: UUID
    joined_at: datetime.datetime
    organization_id: UUID
    role: Role
    status: MemberStatus
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = str(self.id)

        joined_at = self.joined_at.isoformat()

        organization_id = str(self.organization_id)

        role: str = self.role

        status: str = self.status

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "id": id,
                "joined_at": joined_at,
                "organization_id": organization_id,
                "role": role,
                "status": status,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        id = UUID(d.pop("id"))

        joined_at = datetime.datetime.fromisoformat(d.pop("joined_at"))

        organization_id = UUID(d.pop("organization_id"))

        role = check_role(d.pop("role"))

        status = check_member_status(d.pop("status"))

        user_id = UUID(d.pop("user_id"))

        _member = cls(
            email=email,
            id=id,
            joined_at=joined_at,
            organization_id=organization_id,
            role=role,
            status=status,
            user_id=user_id,
        )

        return _member
