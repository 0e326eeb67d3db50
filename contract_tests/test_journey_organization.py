"""Journey: create an organization, invite someone, who accepts and is listed; change their role,
add a member directly, remove the invitee, delete the organization; roles are enforced."""

from __future__ import annotations

import uuid

import pytest
from plinto_client.models import (
    AddMemberRequest,
    ChangeRoleRequest,
    CreateInvitationRequest,
    CreateOrganizationRequest,
    PasswordConfirmation,
    TokenRequest,
    UpdateOrganizationRequest,
)

from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey


def test_organization_lifecycle(journey: Journey) -> None:
    j = journey
    owner_account, owner = j.new_account("owner")
    invitee_account, invitee = j.new_account("invitee")
    _outsider_account, outsider = j.new_account("outsider")
    owner_id = owner.auth.get_current_user().id
    invitee_id = invitee.auth.get_current_user().id
    outsider_id = outsider.auth.get_current_user().id
    slug = f"plinto-{uuid.uuid4().hex[:12]}"

    with j.step("create_organization"):
        org = owner.organizations.create_organization(
            body=CreateOrganizationRequest.from_dict({"name": "Contract suite", "slug": slug})
        )
    j.expect(
        org.owner_id == owner_id and org.member_count == 1,
        operation="create_organization",
        rule="creator_is_sole_owner",
        message=f"owner_id={org.owner_id}, member_count={org.member_count}",
    )
    j.refused(
        lambda: owner.users.delete_my_account(
            body=PasswordConfirmation(password=owner_account.password)
        ),
        400,
        operation="delete_my_account",
        rule="sole_owner_cannot_delete_account",
    )

    with j.step("create_invitation"):
        invitation = owner.organizations.create_invitation(
            org.id,
            body=CreateInvitationRequest.from_dict(
                {"email": invitee_account.email, "role": "member"}
            ),
        )
    j.refused(
        lambda: outsider.organizations.accept_invitation(
            org.id, body=TokenRequest(token=invitation.token)
        ),
        403,
        operation="accept_invitation",
        rule="only_the_invited_email_may_accept",
    )
    with j.step("accept_invitation"):
        membership = invitee.organizations.accept_invitation(
            org.id, body=TokenRequest(token=invitation.token)
        )
    j.expect(
        membership.user_id == invitee_id and membership.role == invitation.role,
        operation="accept_invitation",
        rule="invitee_joins_with_invited_role",
        message=f"user {membership.user_id} joined as {membership.role}",
    )
    with j.step("list_members"):
        members = owner.organizations.list_members(org.id).members
    j.expect(
        invitee_id in {m.user_id for m in members},
        operation="list_members",
        rule="accepted_invitee_is_listed",
        message=f"members: {[str(m.user_id) for m in members]}",
    )
    with j.step("get_user"):
        seen = owner.users.get_user(invitee_id)
    j.expect(
        seen.email == invitee_account.email,
        operation="get_user",
        rule="members_see_each_other",
        message=f"got {seen.email!r}",
    )
    j.refused(
        lambda: outsider.users.get_user(owner_id),
        403,
        operation="get_user",
        rule="outsiders_see_nobody",
    )
    j.refused(
        lambda: invitee.organizations.update_organization(
            org.id, body=UpdateOrganizationRequest.from_dict({"description": "by a member"})
        ),
        403,
        operation="update_organization",
        rule="members_cannot_update",
    )

    with j.step("change_member_role"):
        promoted = owner.organizations.change_member_role(
            org.id, invitee_id, body=ChangeRoleRequest.from_dict({"new_role": "admin"})
        )
    j.expect(
        promoted.role == "admin",
        operation="change_member_role",
        rule="role_changes",
        message=f"role is {promoted.role}",
    )
    with j.step("update_organization"):
        updated = invitee.organizations.update_organization(
            org.id, body=UpdateOrganizationRequest.from_dict({"description": "by an admin"})
        )
    j.expect(
        updated.description == "by an admin",
        operation="update_organization",
        rule="admins_can_update",
        message=f"description is {updated.description!r}",
    )
    with j.step("add_member"):
        added = owner.organizations.add_member(
            org.id, body=AddMemberRequest.from_dict({"user_id": str(outsider_id), "role": "viewer"})
        )
    j.expect(
        added.user_id == outsider_id and added.role == "viewer",
        operation="add_member",
        rule="added_user_becomes_member",
        message=f"user {added.user_id} as {added.role}",
    )
    j.refused(
        lambda: invitee.organizations.delete_organization(org.id),
        403,
        operation="delete_organization",
        rule="only_the_owner_deletes",
    )

    with j.step("remove_member"):
        owner.organizations.remove_member(org.id, invitee_id)
    with j.step("list_members"):
        remaining = {m.user_id for m in owner.organizations.list_members(org.id).members}
    j.expect(
        invitee_id not in remaining and outsider_id in remaining,
        operation="remove_member",
        rule="removed_member_is_not_listed",
        message=f"members: {sorted(str(u) for u in remaining)}",
    )
    j.refused(
        lambda: invitee.organizations.get_organization(org.id),
        403,
        operation="get_organization",
        rule="removed_member_loses_access",
    )
    with j.step("get_organization_by_slug"):
        by_slug = owner.organizations.get_organization_by_slug(slug)
    j.expect(
        by_slug.id == org.id,
        operation="get_organization_by_slug",
        rule="slug_finds_the_organization",
        message=f"got {by_slug.id}",
    )
    with j.step("delete_organization"):
        owner.organizations.delete_organization(org.id)
    j.refused(
        lambda: owner.organizations.get_organization(org.id),
        404,
        operation="delete_organization",
        rule="deleted_organization_is_gone",
    )
