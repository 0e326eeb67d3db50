"""Handlers for the `auth` tag: accounts, sign-in (with MFA), tokens, passwords, email links."""

from __future__ import annotations

from typing import Any

from mock_server.context import Call
from mock_server.errors import BadRequest, Conflict, Unauthorized
from mock_server.handlers._common import (
    consume_email_token,
    issue_email_token,
    second_factor_ok,
    signin_result,
    start_session,
)
from mock_server.security import InvalidToken, IssuedTokens
from mock_server.state import User, now

__all__ = [
    "change_password",
    "complete_mfa_signin",
    "forgot_password",
    "get_current_user",
    "list_oauth_providers",
    "refresh_tokens",
    "resend_verification_email",
    "reset_password",
    "send_magic_link",
    "signin",
    "signout",
    "signup",
    "verify_email",
    "verify_magic_link",
]


def signup(call: Call) -> dict[str, Any]:
    body = call.body
    # Hash outside the lock: argon2 is slow on purpose, and other requests should not wait on it.
    password_hash = call.security.hash_password(str(body.get("password", "")))
    email = str(body.get("email", ""))
    username = body.get("username")
    with call.store.lock:
        if call.store.user_by_email(email):
            raise Conflict("Email already registered")
        if username and call.store.user_by_username(str(username)):
            raise Conflict("Username already taken")
        user = User(
            email=email,
            password_hash=password_hash,
            username=str(username) if username else None,
            first_name=body.get("first_name"),
            last_name=body.get("last_name"),
        )
        call.store.add_user(user)
    issue_email_token(call, user, "verification")
    return start_session(call, user)


def _check_password(call: Call, user: User | None, password: str) -> bool:
    if user is None:
        # Spend the same effort for unknown accounts, so timing does not reveal which emails exist.
        call.security.verify_password(call.security.dummy_hash, password)
        return False
    return call.security.verify_password(user.password_hash, password)


def signin(call: Call) -> dict[str, Any]:
    body = call.body
    with call.store.lock:
        if body.get("email"):
            user = call.store.user_by_email(str(body["email"]))
        else:
            user = call.store.user_by_username(str(body.get("username", "")))
    if not _check_password(call, user, str(body.get("password", ""))) or user is None:
        raise BadRequest("Invalid credentials")
    return signin_result(call, user)


def complete_mfa_signin(call: Call) -> dict[str, Any]:
    body = call.body
    store = call.store
    with store.lock:
        challenge = store.mfa_challenges.get(str(body.get("mfa_token", "")))
        user = store.users.get(challenge.user_id) if challenge else None
        if challenge is None or challenge.used or challenge.expires_at <= now() or user is None:
            raise BadRequest("Invalid or expired MFA token", error_code="INVALID_TOKEN")
    if not second_factor_ok(call, user, str(body.get("code", ""))):
        raise BadRequest("Invalid verification code")
    with store.lock:
        if challenge.used:  # a concurrent request spent it first
            raise BadRequest("Invalid or expired MFA token", error_code="INVALID_TOKEN")
        challenge.used = True
        user.mfa.last_used_at = now()
    return start_session(call, user)


def refresh_tokens(call: Call) -> IssuedTokens:
    try:
        claims = call.security.decode(str(call.body.get("refresh_token", "")), "refresh")
    except InvalidToken:
        raise Unauthorized("Invalid or expired refresh token", invalid_token=True) from None
    store = call.store
    with store.lock:
        session = store.sessions.get(claims.session_id)
        if session is None or session.revoked or session.expires_at <= now():
            raise Unauthorized("Invalid or expired refresh token", invalid_token=True)
        if claims.jti != session.refresh_jti:
            # An already-rotated refresh token came back: assume theft, end the whole family.
            session.revoked = True
            raise Unauthorized("Refresh token reuse detected; session revoked", invalid_token=True)
        tokens = call.security.issue(session.user_id, session.id)
        session.refresh_jti = tokens.refresh_jti
        session.last_activity_at = now()
    return tokens


def signout(call: Call) -> dict[str, str]:
    if not call.services.settings.faults.active("signout-noop"):
        with call.store.lock:
            call.session.revoked = True
    return {"message": "Successfully signed out"}


def get_current_user(call: Call) -> User:
    return call.user


def forgot_password(call: Call) -> dict[str, str]:
    with call.store.lock:
        user = call.store.user_by_email(str(call.body.get("email", "")))
    if user is not None:
        issue_email_token(call, user, "password_reset")
    return {"message": "If the email exists, a password reset link has been sent"}


def _revoke_sessions(call: Call, user: User, *, keep: str | None = None) -> int:
    count = 0
    with call.store.lock:
        for session in call.store.sessions.values():
            if session.user_id == user.id and not session.revoked and session.id != keep:
                session.revoked = True
                count += 1
    return count


def reset_password(call: Call) -> dict[str, str]:
    password_hash = call.security.hash_password(str(call.body.get("new_password", "")))
    user = consume_email_token(call, str(call.body.get("token", "")), "password_reset")
    with call.store.lock:
        user.password_hash = password_hash
        user.updated_at = now()
    _revoke_sessions(call, user)
    return {"message": "Password successfully reset"}


def change_password(call: Call) -> dict[str, str]:
    user = call.user
    if not call.security.verify_password(
        user.password_hash, str(call.body.get("current_password", ""))
    ):
        raise BadRequest("Current password is incorrect")
    password_hash = call.security.hash_password(str(call.body.get("new_password", "")))
    with call.store.lock:
        user.password_hash = password_hash
        user.updated_at = now()
    return {"message": "Password successfully changed"}


def verify_email(call: Call) -> dict[str, str]:
    user = consume_email_token(call, str(call.body.get("token", "")), "verification")
    with call.store.lock:
        user.email_verified = True
        user.updated_at = now()
    return {"message": "Email successfully verified"}


def resend_verification_email(call: Call) -> dict[str, str]:
    user = call.user
    if user.email_verified:
        raise BadRequest("Email already verified")
    issue_email_token(call, user, "verification")
    return {"message": "Verification email sent"}


def send_magic_link(call: Call) -> dict[str, str]:
    with call.store.lock:
        user = call.store.user_by_email(str(call.body.get("email", "")))
    if user is not None:
        redirect = call.body.get("redirect_url")
        extra = {"redirect_url": str(redirect)} if redirect else {}
        issue_email_token(call, user, "magic_link", **extra)
    return {"message": "If the email exists, a magic link has been sent"}


def verify_magic_link(call: Call) -> dict[str, Any]:
    user = consume_email_token(call, str(call.body.get("token", "")), "magic_link")
    with call.store.lock:
        user.email_verified = True
    return signin_result(call, user)


def list_oauth_providers(call: Call) -> dict[str, Any]:
    # The mock has no OAuth client credentials, so no provider is configured.
    return {"providers": []}
