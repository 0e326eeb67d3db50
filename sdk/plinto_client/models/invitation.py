# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.invitation_status import InvitationStatus, check_invitation_status
from ..models.role import Role, check_role

T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
    """
    Attributes:
        created_at (datetime.datetime):
        email (str):
        expires_at (datetime.datetime):
        id (UUID):
        organization_id (UUID):
        role (Role): Organization roles, strongest first: owner > admin > member > viewer.
        status (InvitationStatus):
        token (str): A single-use token delivered by email (verification, password reset, magic link, invitation).
    """

    created_at: datetime.datetime
    email: str
    expires_at: datetime.datetime
    id: UUID
    organization_id: UUID
    role: Role
    status: InvitationStatus
    token: str

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        email = self.email

        expires_at = self.expires_at.isoformat()

        id = str(self.id)

        organization_id = str(self.organization_id)

        role: str = self.role

        status: str = self.status

        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "expires_at": expires_at,
                "id": id,
                "organization_id": organization_id,
                "role": role,
                "status": status,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        id = UUID(d.pop("id"))

        organization_id = UUID(d.pop("organization_id"))

        role = check_role(d.pop("role"))

        status = check_invitation_status(d.pop("status"))

        token = d.pop("token")

        _invitation = cls(
            created_at=created_at,
            email=email,
            expires_at=expires_at,
            id=id,
            organization_id=organization_id,
            role=role,
            status=status,
            token=token,
        )

        return _invitation
