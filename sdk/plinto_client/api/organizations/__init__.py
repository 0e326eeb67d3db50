# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `organizations` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().organizations` and
`AsyncPlinto().organizations` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from ...models.add_member_request import AddMemberRequest
from ...models.change_role_request import ChangeRoleRequest
from ...models.create_invitation_request import CreateInvitationRequest
from ...models.create_organization_request import CreateOrganizationRequest
from ...models.error import Error
from ...models.invitation import Invitation
from ...models.member import Member
from ...models.member_list import MemberList
from ...models.organization import Organization
from ...models.organization_list import OrganizationList
from ...models.token_request import TokenRequest
from ...models.update_organization_request import UpdateOrganizationRequest
from ...types import UNSET, Unset

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `organizations` operations on `Plinto`."""

    def list_organizations(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> OrganizationList:
        """List your organizations (`GET /api/v1/organizations`)."""
        ...

    def create_organization(
        self,
        *,
        body: CreateOrganizationRequest,
    ) -> Organization:
        """Create an organization (`POST /api/v1/organizations`)."""
        ...

    def get_organization_by_slug(
        self,
        slug: str,
    ) -> Organization:
        """Get an organization by slug (`GET /api/v1/organizations/slug/{slug}`)."""
        ...

    def get_organization(
        self,
        organization_id: UUID,
    ) -> Organization:
        """Get an organization (`GET /api/v1/organizations/{organization_id}`)."""
        ...

    def delete_organization(
        self,
        organization_id: UUID,
    ) -> None:
        """Delete an organization (`DELETE /api/v1/organizations/{organization_id}`)."""
        ...

    def update_organization(
        self,
        organization_id: UUID,
        *,
        body: UpdateOrganizationRequest,
    ) -> Organization:
        """Update an organization (`PATCH /api/v1/organizations/{organization_id}`)."""
        ...

    def list_members(
        self,
        organization_id: UUID,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> MemberList:
        """List members (`GET /api/v1/organizations/{organization_id}/members`)."""
        ...

    def add_member(
        self,
        organization_id: UUID,
        *,
        body: AddMemberRequest,
    ) -> Member:
        """Add an existing user as a member (`POST /api/v1/organizations/{organization_id}/members/add`)."""
        ...

    def create_invitation(
        self,
        organization_id: UUID,
        *,
        body: CreateInvitationRequest,
    ) -> Invitation:
        """Invite someone by email (`POST /api/v1/organizations/{organization_id}/members/invitations`)."""
        ...

    def accept_invitation(
        self,
        organization_id: UUID,
        *,
        body: TokenRequest,
    ) -> Member:
        """Accept an invitation (`POST /api/v1/organizations/{organization_id}/members/invitations/accept`)."""
        ...

    def remove_member(
        self,
        organization_id: UUID,
        user_id: UUID,
    ) -> None:
        """Remove a member (`DELETE /api/v1/organizations/{organization_id}/members/{user_id}`)."""
        ...

    def change_member_role(
        self,
        organization_id: UUID,
        user_id: UUID,
        *,
        body: ChangeRoleRequest,
    ) -> Member:
        """Change a member's role (`PATCH /api/v1/organizations/{organization_id}/members/{user_id}/role`)."""
        ...


class AsyncOperations(Protocol):
    """The `organizations` operations on `AsyncPlinto`."""

    async def list_organizations(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> OrganizationList:
        """List your organizations (`GET /api/v1/organizations`)."""
        ...

    async def create_organization(
        self,
        *,
        body: CreateOrganizationRequest,
    ) -> Organization:
        """Create an organization (`POST /api/v1/organizations`)."""
        ...

    async def get_organization_by_slug(
        self,
        slug: str,
    ) -> Organization:
        """Get an organization by slug (`GET /api/v1/organizations/slug/{slug}`)."""
        ...

    async def get_organization(
        self,
        organization_id: UUID,
    ) -> Organization:
        """Get an organization (`GET /api/v1/organizations/{organization_id}`)."""
        ...

    async def delete_organization(
        self,
        organization_id: UUID,
    ) -> None:
        """Delete an organization (`DELETE /api/v1/organizations/{organization_id}`)."""
        ...

    async def update_organization(
        self,
        organization_id: UUID,
        *,
        body: UpdateOrganizationRequest,
    ) -> Organization:
        """Update an organization (`PATCH /api/v1/organizations/{organization_id}`)."""
        ...

    async def list_members(
        self,
        organization_id: UUID,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> MemberList:
        """List members (`GET /api/v1/organizations/{organization_id}/members`)."""
        ...

    async def add_member(
        self,
        organization_id: UUID,
        *,
        body: AddMemberRequest,
    ) -> Member:
        """Add an existing user as a member (`POST /api/v1/organizations/{organization_id}/members/add`)."""
        ...

    async def create_invitation(
        self,
        organization_id: UUID,
        *,
        body: CreateInvitationRequest,
    ) -> Invitation:
        """Invite someone by email (`POST /api/v1/organizations/{organization_id}/members/invitations`)."""
        ...

    async def accept_invitation(
        self,
        organization_id: UUID,
        *,
        body: TokenRequest,
    ) -> Member:
        """Accept an invitation (`POST /api/v1/organizations/{organization_id}/members/invitations/accept`)."""
        ...

    async def remove_member(
        self,
        organization_id: UUID,
        user_id: UUID,
    ) -> None:
        """Remove a member (`DELETE /api/v1/organizations/{organization_id}/members/{user_id}`)."""
        ...

    async def change_member_role(
        self,
        organization_id: UUID,
        user_id: UUID,
        *,
        body: ChangeRoleRequest,
    ) -> Member:
        """Change a member's role (`PATCH /api/v1/organizations/{organization_id}/members/{user_id}/role`)."""
        ...
