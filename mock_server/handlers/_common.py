"""Steps several handlers share: starting a session, the sign-in result, paging, email, roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from mock_server.context import Call
from mock_server.errors import BadRequest, Forbidden, NotFound
from mock_server.security import REFRESH_TTL_SECONDS
from mock_server.state import (
    EmailToken,
    Membership,
    MfaChallenge,
    Organization,
    OutboxMessage,
    Session,
    Store,
    User,
    now,
)

__all__ = [
    "MFA_CHALLENGE_TTL",
    "consume_email_token",
    "issue_email_token",
    "membership_or_403",
    "organization_or_404",
    "page",
    "require_rank",
    "role_rank",
    "second_factor_ok",
    "signin_result",
    "start_session",
]

T = TypeVar("T")

MFA_CHALLENGE_TTL = timedelta(minutes=5)
EMAIL_TOKEN_TTL = {
    "verification": timedelta(hours=48),
    "password_reset": timedelta(hours=1),
    "magic_link": timedelta(minutes=15),
}
_EMAIL_PREFIX = {"verification": "vrf", "password_reset": "rst", "magic_link": "mgl"}
_EMAIL_SUBJECT = {
    "verification": "Verify your email address",
    "password_reset": "Reset your password",
    "magic_link": "Your sign-in link",
    "invitation": "You are invited to an organization",
}


def device_type(user_agent: str | None) -> str:
    agent = (user_agent or "").lower()
    if "ipad" in agent or "tablet" in agent:
        return "tablet"
    if "mobile" in agent or "android" in agent or "iphone" in agent:
        return "mobile"
    if any(word in agent for word in ("windows", "macintosh", "x11", "linux")):
        return "desktop"
    return "unknown"


def start_session(call: Call, user: User) -> dict[str, Any]:
    """A new session and token pair for ``user``: the ``{user, tokens}`` of a completed sign-in."""
    security = call.security
    security.ensure_available()
    created = now()
    session = Session(
        user_id=user.id,
        expires_at=created + timedelta(seconds=REFRESH_TTL_SECONDS),
        ip_address=call.client_ip,
        user_agent=call.user_agent,
        device_type=device_type(call.user_agent),
    )
    tokens = security.issue(user.id, session.id)
    session.refresh_jti = tokens.refresh_jti
    with call.store.lock:
        call.store.sessions[session.id] = session
        user.last_sign_in_at = created
    return {"user": user, "tokens": tokens}


def signin_result(call: Call, user: User) -> dict[str, Any]:
    """Tokens, or, for a user with MFA on, the challenge that ``complete_mfa_signin`` answers."""
    if not user.mfa.enabled:
        return start_session(call, user)
    challenge = MfaChallenge(
        token=call.security.opaque_token("mfa"),
        user_id=user.id,
        expires_at=now() + MFA_CHALLENGE_TTL,
        ip_address=call.client_ip,
        user_agent=call.user_agent,
    )
    with call.store.lock:
        call.store.mfa_challenges[challenge.token] = challenge
        methods = ["totp", "backup_code"] if user.mfa.backup_code_hashes else ["totp"]
    return {
        "mfa_required": True,
        "mfa_token": challenge.token,
        "methods": methods,
        "expires_in": int(MFA_CHALLENGE_TTL.total_seconds()),
    }


def second_factor_ok(call: Call, user: User, code: str) -> bool:
    """A current TOTP code, or an unused backup code (which is then spent)."""
    mfa = user.mfa
    if code.isdigit():
        return bool(mfa.secret) and call.security.totp_ok(str(mfa.secret), code)
    digest = call.security.digest(code.upper())
    with call.store.lock:
        if digest in mfa.backup_code_hashes:
            mfa.backup_code_hashes.discard(digest)
            return True
    return False


def send_email(store: Store, to: str, kind: str, token: str, **extra: str) -> None:
    """Put an email in the outbox instead of sending it."""
    with store.lock:
        store.outbox.append(
            OutboxMessage(to=to, kind=kind, subject=_EMAIL_SUBJECT[kind], token=token, extra=extra)
        )


def issue_email_token(call: Call, user: User, kind: str, **extra: str) -> str:
    token = call.security.opaque_token(_EMAIL_PREFIX[kind])
    with call.store.lock:
        call.store.email_tokens[token] = EmailToken(
            kind=kind, token=token, user_id=user.id, expires_at=now() + EMAIL_TOKEN_TTL[kind]
        )
    send_email(call.store, user.email, kind, token, **extra)
    return token


def consume_email_token(call: Call, token: str, kind: str) -> User:
    """The user a live, unused token of ``kind`` was sent to; the token is spent. 400 otherwise."""
    store = call.store
    with store.lock:
        found = store.email_tokens.get(token)
        user = store.users.get(found.user_id) if found else None
        if (
            found is None
            or found.kind != kind
            or found.used
            or found.expires_at <= now()
            or not user
        ):
            raise BadRequest("Invalid or expired token", error_code="INVALID_TOKEN")
        found.used = True
        return user


def page(items: Sequence[T], query: Mapping[str, Any], key: str) -> dict[str, Any]:
    """One page of ``items`` under ``key``, with the paging fields."""
    number = int(query.get("page", 1))
    size = int(query.get("per_page", 20))
    start = (number - 1) * size
    return {
        key: list(items[start : start + size]),
        "total": len(items),
        "page": number,
        "per_page": size,
    }


def sort_by_created(items: Sequence[T]) -> list[T]:
    created: list[tuple[datetime, int, T]] = [
        (getattr(item, "created_at", datetime.min), i, item) for i, item in enumerate(items)
    ]
    return [item for _, _, item in sorted(created, key=lambda entry: (entry[0], entry[1]))]


# -- organizations and roles ---------------------------------------------------------------------
def role_rank(call: Call, role: str) -> int:
    """0 for the strongest role. The order is the spec's Role enum, which lists the strongest
    first."""
    roles = _roles(call)
    return roles.index(role) if role in roles else len(roles)


def _roles(call: Call) -> list[str]:
    schema = call.spec.operations["change_member_role"].request_schema or {}
    role_schema = call.spec.resolve(schema["properties"]["new_role"])
    return list(role_schema["enum"])


def organization_or_404(call: Call, organization_id: str) -> Organization:
    organization = call.store.organizations.get(organization_id)
    if organization is None:
        raise NotFound("Organization not found")
    return organization


def membership_or_403(call: Call, organization: Organization) -> Membership:
    membership = call.store.memberships.get((organization.id, call.user.id))
    if membership is None:
        raise Forbidden("Not a member of this organization")
    return membership


def require_rank(call: Call, membership: Membership, at_least: str) -> None:
    if role_rank(call, membership.role) > role_rank(call, at_least):
        raise Forbidden(f"Requires role {at_least} or higher")


def member_count(store: Store, organization_id: str) -> int:
    return len(store.members_of(organization_id))


def owners(store: Store, organization_id: str) -> list[Membership]:
    return [m for m in store.members_of(organization_id) if m.role == "owner"]
