"""Handlers for the `users` tag: the caller's profile and the users they can see."""

from __future__ import annotations

from typing import Any

from mock_server.context import Call
from mock_server.errors import BadRequest, Forbidden, NotFound
from mock_server.handlers._common import owners, page, sort_by_created
from mock_server.state import User, now

__all__ = ["delete_my_account", "get_my_profile", "get_user", "list_users", "update_my_profile"]


def get_my_profile(call: Call) -> User:
    return call.user


def update_my_profile(call: Call) -> User:
    user = call.user
    with call.store.lock:
        for name, value in call.body.items():
            # The schema is closed, so only documented fields arrive; hasattr guards `accept-
            # invalid`.
            if hasattr(user, name) and name in _EDITABLE:
                setattr(user, name, value)
        user.updated_at = now()
    return user


_EDITABLE = frozenset(
    {
        "first_name",
        "last_name",
        "display_name",
        "bio",
        "phone_number",
        "timezone",
        "locale",
        "user_metadata",
    }
)


def delete_my_account(call: Call) -> None:
    user = call.user
    if not call.security.verify_password(user.password_hash, str(call.body.get("password", ""))):
        raise BadRequest("Invalid password")
    store = call.store
    with store.lock:
        for membership in store.memberships_of(user.id):
            sole_owner = (
                membership.role == "owner" and len(owners(store, membership.organization_id)) == 1
            )
            if sole_owner:
                name = store.organizations[membership.organization_id].name
                raise BadRequest(
                    f"Cannot delete account: you are the only owner of organization '{name}'"
                )
        for membership in store.memberships_of(user.id):
            del store.memberships[(membership.organization_id, user.id)]
        for session in store.sessions.values():
            if session.user_id == user.id:
                session.revoked = True
        for collection in (store.passkeys, store.webhooks):
            for key in [k for k, v in collection.items() if v.user_id == user.id]:
                del collection[key]
        store.pending_registrations.pop(user.id, None)
        store.remove_user(user)


def _visible_ids(call: Call) -> set[str]:
    """The caller and everyone who shares an organization with them."""
    store = call.store
    ids = {call.user.id}
    for membership in store.memberships_of(call.user.id):
        ids.update(m.user_id for m in store.members_of(membership.organization_id))
    return ids


def _matches(user: User, needle: str) -> bool:
    fields = (user.email, user.username, user.first_name, user.last_name, user.display_name)
    return any(needle in field.casefold() for field in fields if field)


def list_users(call: Call) -> dict[str, Any]:
    search = call.query.get("search")
    with call.store.lock:
        users = [call.store.users[i] for i in _visible_ids(call) if i in call.store.users]
    if search:
        users = [u for u in users if _matches(u, str(search).casefold())]
    return page(sort_by_created(users), call.query, "users")


def get_user(call: Call) -> User:
    user_id = str(call.path["user_id"])
    with call.store.lock:
        user = call.store.users.get(user_id)
        if user is None:
            raise NotFound("User not found")
        if user_id not in _visible_ids(call):
            raise Forbidden("Access denied")
    return user
