"""Handlers for the `organizations` tag: organizations, members and invitations.

Roles are ranked by the spec's Role enum (owner > admin > member > viewer). Nobody grants or
touches a
role above their own, and an organization always keeps at least one owner.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mock_server.context import Call
from mock_server.errors import BadRequest, Conflict, Forbidden, NotFound
from mock_server.handlers._common import (
    member_count,
    membership_or_403,
    organization_or_404,
    owners,
    page,
    require_rank,
    role_rank,
    send_email,
    sort_by_created,
)
from mock_server.state import Invitation, Membership, Organization, now
from mock_server.views import With

__all__ = [
    "accept_invitation",
    "add_member",
    "change_member_role",
    "create_invitation",
    "create_organization",
    "delete_organization",
    "get_organization",
    "get_organization_by_slug",
    "list_members",
    "list_organizations",
    "remove_member",
    "update_organization",
]


def _view(call: Call, organization: Organization) -> With:
    return With(organization, member_count=member_count(call.store, organization.id))


def create_organization(call: Call) -> With:
    body = call.body
    store = call.store
    with store.lock:
        if store.organization_by_slug(str(body.get("slug", ""))):
            raise Conflict("Organization slug already exists")
        organization = Organization(
            name=str(body.get("name", "")),
            slug=str(body.get("slug", "")),
            owner_id=call.user.id,
            description=body.get("description"),
            billing_email=body.get("billing_email"),
        )
        store.organizations[organization.id] = organization
        store.memberships[(organization.id, call.user.id)] = Membership(
            organization_id=organization.id,
            user_id=call.user.id,
            email=call.user.email,
            role="owner",
        )
        return _view(call, organization)


def list_organizations(call: Call) -> dict[str, Any]:
    store = call.store
    with store.lock:
        mine = [store.organizations[m.organization_id] for m in store.memberships_of(call.user.id)]
        result = page(sort_by_created(mine), call.query, "organizations")
        result["organizations"] = [_view(call, o) for o in result["organizations"]]
    return result


def get_organization_by_slug(call: Call) -> With:
    with call.store.lock:
        organization = call.store.organization_by_slug(str(call.path["slug"]))
        if organization is None:
            raise NotFound("Organization not found")
        membership_or_403(call, organization)
        return _view(call, organization)


def get_organization(call: Call) -> With:
    with call.store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        membership_or_403(call, organization)
        return _view(call, organization)


def update_organization(call: Call) -> With:
    with call.store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        require_rank(call, membership_or_403(call, organization), "admin")
        for name, value in call.body.items():
            if name in _EDITABLE:
                setattr(organization, name, value)
        organization.updated_at = now()
        return _view(call, organization)


_EDITABLE = frozenset({"name", "description", "logo_url", "billing_email", "settings"})


def delete_organization(call: Call) -> None:
    store = call.store
    with store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        require_rank(call, membership_or_403(call, organization), "owner")
        del store.organizations[organization.id]
        for key in [k for k in store.memberships if k[0] == organization.id]:
            del store.memberships[key]
        for token in [
            t for t, i in store.invitations.items() if i.organization_id == organization.id
        ]:
            del store.invitations[token]
        for hook in [k for k, w in store.webhooks.items() if w.organization_id == organization.id]:
            del store.webhooks[hook]


def list_members(call: Call) -> dict[str, Any]:
    with call.store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        membership_or_403(call, organization)
        members = sorted(call.store.members_of(organization.id), key=lambda m: m.joined_at)
    return page(members, call.query, "members")


def _grantable(call: Call, mine: Membership, role: str) -> None:
    if role_rank(call, role) < role_rank(call, mine.role):
        raise Forbidden("Cannot assign a role higher than your own")


def add_member(call: Call) -> Membership:
    store = call.store
    role = str(call.body.get("role", "member"))
    with store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        mine = membership_or_403(call, organization)
        require_rank(call, mine, "admin")
        _grantable(call, mine, role)
        user = store.users.get(str(call.body.get("user_id", "")))
        if user is None:
            raise NotFound("User not found")
        if (organization.id, user.id) in store.memberships:
            raise Conflict("User is already a member of this organization")
        membership = Membership(
            organization_id=organization.id, user_id=user.id, email=user.email, role=role
        )
        store.memberships[(organization.id, user.id)] = membership
        return membership


def create_invitation(call: Call) -> Invitation:
    store = call.store
    body = call.body
    email = str(body.get("email", ""))
    role = str(body.get("role", "member"))
    with store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        mine = membership_or_403(call, organization)
        require_rank(call, mine, "admin")
        _grantable(call, mine, role)
        if any(m.email.casefold() == email.casefold() for m in store.members_of(organization.id)):
            raise Conflict("This email is already a member")
        moment = now()
        for invitation in store.invitations.values():
            open_for_email = (
                invitation.organization_id == organization.id
                and invitation.email.casefold() == email.casefold()
                and invitation.status == "pending"
                and invitation.expires_at > moment
            )
            if open_for_email:
                raise Conflict("An invitation already exists for this email")
        invitation = Invitation(
            organization_id=organization.id,
            email=email,
            role=role,
            token=call.security.opaque_token("inv"),
            expires_at=moment + timedelta(days=int(body.get("expires_in_days", 7))),
            invited_by=call.user.id,
        )
        store.invitations[invitation.token] = invitation
    send_email(store, email, "invitation", invitation.token, organization_id=organization.id)
    return invitation


def accept_invitation(call: Call) -> Membership:
    store = call.store
    user = call.user
    with store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        invitation = store.invitations.get(str(call.body.get("token", "")))
        if invitation is None or invitation.organization_id != organization.id:
            raise BadRequest("Invalid or expired invitation", error_code="INVALID_TOKEN")
        if invitation.status != "pending":
            raise BadRequest("Invitation has already been used", error_code="INVALID_TOKEN")
        if invitation.expires_at <= now():
            invitation.status = "expired"
            raise BadRequest("Invitation has expired", error_code="INVALID_TOKEN")
        if invitation.email.casefold() != user.email.casefold():
            raise Forbidden("This invitation is for another email address")
        if (organization.id, user.id) in store.memberships:
            raise BadRequest("Already a member of this organization")
        invitation.status = "accepted"
        membership = Membership(
            organization_id=organization.id, user_id=user.id, email=user.email, role=invitation.role
        )
        store.memberships[(organization.id, user.id)] = membership
        return membership


def _target(call: Call, organization: Organization) -> Membership:
    target = call.store.memberships.get((organization.id, str(call.path["user_id"])))
    if target is None:
        raise NotFound("Member not found")
    return target


def remove_member(call: Call) -> None:
    store = call.store
    with store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        mine = membership_or_403(call, organization)
        target = _target(call, organization)
        if target.user_id != call.user.id:
            require_rank(call, mine, "admin")
            if role_rank(call, target.role) < role_rank(call, mine.role):
                raise Forbidden("Cannot remove a member with a role higher than your own")
        if target.role == "owner" and len(owners(store, organization.id)) == 1:
            raise BadRequest("Cannot remove the last owner")
        del store.memberships[(organization.id, target.user_id)]


def change_member_role(call: Call) -> Membership:
    store = call.store
    new_role = str(call.body.get("new_role", ""))
    with store.lock:
        organization = organization_or_404(call, str(call.path["organization_id"]))
        mine = membership_or_403(call, organization)
        require_rank(call, mine, "admin")
        target = _target(call, organization)
        _grantable(call, mine, new_role)
        if role_rank(call, target.role) < role_rank(call, mine.role):
            raise Forbidden("Cannot change the role of a member above you")
        demoting_last_owner = (
            target.role == "owner"
            and new_role != "owner"
            and len(owners(store, organization.id)) == 1
        )
        if demoting_last_owner:
            raise BadRequest("Cannot demote the last owner")
        target.role = new_role
        return target
