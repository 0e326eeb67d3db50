"""Handlers for the `mfa` tag: TOTP enrolment (enable, then verify), backup codes, disabling."""

from __future__ import annotations

from typing import Any

from mock_server.context import Call
from mock_server.errors import BadRequest
from mock_server.handlers._common import second_factor_ok
from mock_server.state import User, now

__all__ = [
    "disable_mfa",
    "enable_mfa",
    "get_mfa_status",
    "list_mfa_methods",
    "regenerate_backup_codes",
    "verify_mfa",
]


def _require_password(call: Call, user: User, field: str = "password") -> None:
    if not call.security.verify_password(user.password_hash, str(call.body.get(field, ""))):
        raise BadRequest("Invalid password")


def get_mfa_status(call: Call) -> dict[str, Any]:
    mfa = call.user.mfa
    return {
        "enabled": mfa.enabled,
        "pending": mfa.pending_secret is not None,
        "backup_codes_remaining": len(mfa.backup_code_hashes) if mfa.enabled else 0,
        "last_used_at": mfa.last_used_at,
    }


def enable_mfa(call: Call) -> dict[str, Any]:
    user = call.user
    _require_password(call, user)
    secret = call.security.new_totp_secret()
    codes = call.security.new_backup_codes()
    with call.store.lock:
        if user.mfa.enabled:
            raise BadRequest("MFA is already enabled")
        # Only pending: MFA stays off until verify_mfa proves the authenticator has the secret.
        user.mfa.pending_secret = secret
        user.mfa.backup_code_hashes = {call.security.digest(c) for c in codes}
    return {
        "secret": secret,
        "provisioning_uri": call.security.totp_uri(secret, user.email),
        "backup_codes": codes,
    }


def verify_mfa(call: Call) -> dict[str, str]:
    user = call.user
    with call.store.lock:
        pending = user.mfa.pending_secret
        if pending is None:
            raise BadRequest("MFA setup not initiated")
        if not call.security.totp_ok(pending, str(call.body.get("code", ""))):
            raise BadRequest("Invalid verification code")
        user.mfa.secret = pending
        user.mfa.pending_secret = None
        user.mfa.enabled = True
    return {"message": "MFA successfully enabled"}


def disable_mfa(call: Call) -> dict[str, str]:
    user = call.user
    if not user.mfa.enabled:
        raise BadRequest("MFA is not enabled")
    _require_password(call, user)
    if not second_factor_ok(call, user, str(call.body.get("code", ""))):
        raise BadRequest("Invalid verification code")
    with call.store.lock:
        user.mfa.enabled = False
        user.mfa.secret = None
        user.mfa.pending_secret = None
        user.mfa.backup_code_hashes = set()
        user.mfa.last_used_at = now()
    return {"message": "MFA successfully disabled"}


def regenerate_backup_codes(call: Call) -> dict[str, Any]:
    user = call.user
    if not user.mfa.enabled:
        raise BadRequest("MFA is not enabled")
    _require_password(call, user)
    codes = call.security.new_backup_codes()
    with call.store.lock:
        user.mfa.backup_code_hashes = {call.security.digest(c) for c in codes}
    return {"backup_codes": codes, "generated_at": now()}


def list_mfa_methods(call: Call) -> dict[str, Any]:
    offered = {"totp": "Authenticator app", "backup_code": "Backup codes"}
    not_offered = {"sms": "Text message", "email": "Email code"}
    methods = [{"method": m, "name": n, "enabled": True} for m, n in offered.items()]
    methods += [{"method": m, "name": n, "enabled": False} for m, n in not_offered.items()]
    return {"methods": methods}
