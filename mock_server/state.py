"""The mock's in-memory state: plain records in dicts, behind one re-entrant lock.

Record attributes are named as the spec's response fields, so :mod:`mock_server.views` can project a
record onto a response schema without a field list in Python. Handlers hold ``store.lock`` for the
whole of a read-check-write sequence, so concurrent requests (uvicorn's thread pool) see no
torn state.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "EmailToken",
    "Invitation",
    "Membership",
    "MfaChallenge",
    "MfaState",
    "Organization",
    "OutboxMessage",
    "Passkey",
    "PendingRegistration",
    "Session",
    "Store",
    "User",
    "Webhook",
    "new_id",
    "now",
]


def now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class MfaState:
    enabled: bool = False
    secret: str | None = None
    pending_secret: str | None = None
    backup_code_hashes: set[str] = field(default_factory=set)
    last_used_at: datetime | None = None


@dataclass
class User:
    email: str
    password_hash: str | None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    id: str = field(default_factory=new_id)
    email_verified: bool = False
    profile_image_url: str | None = None
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    last_sign_in_at: datetime | None = None
    display_name: str | None = None
    bio: str | None = None
    phone_number: str | None = None
    phone_verified: bool = False
    timezone: str | None = None
    locale: str | None = None
    status: str = "active"
    user_metadata: dict[str, Any] = field(default_factory=dict)
    mfa: MfaState = field(default_factory=MfaState)


@dataclass
class Session:
    user_id: str
    expires_at: datetime
    ip_address: str | None = None
    user_agent: str | None = None
    device_type: str = "unknown"
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    last_activity_at: datetime = field(default_factory=now)
    revoked: bool = False
    # Only the newest refresh token of the family may be used; an older one means theft (reuse).
    refresh_jti: str = ""


@dataclass
class Organization:
    name: str
    slug: str
    owner_id: str
    description: str | None = None
    logo_url: str | None = None
    billing_email: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)


@dataclass
class Membership:
    organization_id: str
    user_id: str
    email: str
    role: str
    status: str = "active"
    id: str = field(default_factory=new_id)
    joined_at: datetime = field(default_factory=now)


@dataclass
class Invitation:
    organization_id: str
    email: str
    role: str
    token: str
    expires_at: datetime
    invited_by: str
    status: str = "pending"
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)


@dataclass
class Passkey:
    user_id: str
    name: str | None
    credential_id: str
    authenticator_attachment: str | None
    attestation_object: bytes
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    last_used_at: datetime | None = None
    sign_count: int = 0


@dataclass
class PendingRegistration:
    challenge: str
    expires_at: datetime
    authenticator_attachment: str | None


@dataclass
class Webhook:
    user_id: str
    url: str
    secret: str
    events: list[str]
    description: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    organization_id: str | None = None
    is_active: bool = True
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)


@dataclass
class EmailToken:
    """A single-use token that was emailed (verification, password reset, magic link)."""

    kind: str
    token: str
    user_id: str
    expires_at: datetime
    used: bool = False


@dataclass
class MfaChallenge:
    """A password sign-in waiting for its second factor."""

    token: str
    user_id: str
    expires_at: datetime
    ip_address: str | None
    user_agent: str | None
    used: bool = False


@dataclass
class OutboxMessage:
    """An email the mock would have sent; read it through ``GET /__mock__/outbox``."""

    to: str
    kind: str
    subject: str
    token: str
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    extra: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "to": self.to,
            "kind": self.kind,
            "subject": self.subject,
            "token": self.token,
            "created_at": self.created_at.isoformat().replace("+00:00", "Z"),
            **self.extra,
        }


class Store:
    """Everything the mock remembers. Take ``lock`` around any read-check-write sequence."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.users: dict[str, User] = {}
            self.user_ids_by_email: dict[str, str] = {}
            self.user_ids_by_username: dict[str, str] = {}
            self.sessions: dict[str, Session] = {}
            self.organizations: dict[str, Organization] = {}
            self.memberships: dict[tuple[str, str], Membership] = {}  # (organization_id, user_id)
            self.invitations: dict[str, Invitation] = {}  # by token
            self.passkeys: dict[str, Passkey] = {}
            self.pending_registrations: dict[str, PendingRegistration] = {}  # by user id
            self.webhooks: dict[str, Webhook] = {}
            self.email_tokens: dict[str, EmailToken] = {}  # by token
            self.mfa_challenges: dict[str, MfaChallenge] = {}  # by token
            self.outbox: list[OutboxMessage] = []

    # -- users ---------------------------------------------------------------------------------
    def user_by_email(self, email: str) -> User | None:
        user_id = self.user_ids_by_email.get(email.casefold())
        return self.users.get(user_id) if user_id else None

    def user_by_username(self, username: str) -> User | None:
        user_id = self.user_ids_by_username.get(username.casefold())
        return self.users.get(user_id) if user_id else None

    def add_user(self, user: User) -> None:
        self.users[user.id] = user
        self.user_ids_by_email[user.email.casefold()] = user.id
        if user.username:
            self.user_ids_by_username[user.username.casefold()] = user.id

    def remove_user(self, user: User) -> None:
        self.users.pop(user.id, None)
        self.user_ids_by_email.pop(user.email.casefold(), None)
        if user.username:
            self.user_ids_by_username.pop(user.username.casefold(), None)

    # -- organizations -------------------------------------------------------------------------
    def organization_by_slug(self, slug: str) -> Organization | None:
        return next((o for o in self.organizations.values() if o.slug == slug), None)

    def members_of(self, organization_id: str) -> list[Membership]:
        return [m for (org, _), m in self.memberships.items() if org == organization_id]

    def memberships_of(self, user_id: str) -> list[Membership]:
        return [m for (_, uid), m in self.memberships.items() if uid == user_id]
