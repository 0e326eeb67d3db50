"""What a handler is given: the app's services, the checked request, and who is calling."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mock_server.errors import Unauthorized
from mock_server.ratelimit import RateLimiter
from mock_server.security import Claims, InvalidToken, Security
from mock_server.settings import Settings
from mock_server.state import Session, Store, User, now
from mock_server.validation import RequestData
from plinto_contract.spec import Operation, Spec

__all__ = ["Call", "Principal", "Services", "authenticate"]


@dataclass(frozen=True)
class Services:
    """Everything one app instance shares between requests."""

    spec: Spec
    settings: Settings
    store: Store
    security: Security
    limiter: RateLimiter

    def reset(self) -> None:
        self.store.reset()
        self.limiter.reset()


@dataclass(frozen=True)
class Principal:
    """The caller behind a valid access token."""

    user: User
    session: Session
    claims: Claims


@dataclass(frozen=True)
class Call:
    """One request, as a handler sees it."""

    operation: Operation
    services: Services
    data: RequestData
    principal: Principal | None
    client_ip: str | None
    user_agent: str | None

    @property
    def body(self) -> Mapping[str, Any]:
        body = self.data.body
        return body if isinstance(body, Mapping) else {}

    @property
    def path(self) -> Mapping[str, Any]:
        return self.data.path

    @property
    def query(self) -> Mapping[str, Any]:
        return self.data.query

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def security(self) -> Security:
        return self.services.security

    @property
    def spec(self) -> Spec:
        return self.services.spec

    @property
    def user(self) -> User:
        if self.principal is None:  # the dispatcher authenticates every secured operation
            raise Unauthorized()
        return self.principal.user

    @property
    def session(self) -> Session:
        if self.principal is None:
            raise Unauthorized()
        return self.principal.session


def authenticate(services: Services, authorization: str | None) -> Principal:
    """The caller of a bearer access token whose session is live; 401 otherwise."""
    if not authorization:
        raise Unauthorized()
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("Authorization must be 'Bearer <token>'", invalid_token=True)
    try:
        claims = services.security.decode(token, "access")
    except InvalidToken:
        raise Unauthorized(invalid_token=True) from None
    store = services.store
    with store.lock:
        session = store.sessions.get(claims.session_id)
        user = store.users.get(claims.subject)
        if (
            session is None
            or user is None
            or session.revoked
            or session.user_id != user.id
            or session.expires_at <= now()
        ):
            raise Unauthorized("Token revoked or session ended", invalid_token=True)
        session.last_activity_at = now()
    return Principal(user=user, session=session, claims=claims)
