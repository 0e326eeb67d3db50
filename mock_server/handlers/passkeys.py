"""Handlers for the `passkeys` tag: WebAuthn registration (attestation "none") and management.

Registration verification checks what a relying party must check without attestation: the base64url
``clientDataJSON`` is of type ``webauthn.create`` and carries the single-use challenge we issued.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from mock_server.context import Call
from mock_server.errors import BadRequest, NotFound
from mock_server.handlers._common import page, sort_by_created
from mock_server.state import Passkey, PendingRegistration, now

__all__ = [
    "create_passkey_registration_options",
    "delete_passkey",
    "get_passkey_availability",
    "list_passkeys",
    "rename_passkey",
    "verify_passkey_registration",
]

CHALLENGE_TTL = timedelta(minutes=5)
COSE_ES256, COSE_RS256 = -7, -257


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def get_passkey_availability(call: Call) -> dict[str, bool]:
    # Registration is offered; passkey sign-in has no operation in this API version.
    return {"available": True, "registration": True, "authentication": False}


def create_passkey_registration_options(call: Call) -> dict[str, Any]:
    user = call.user
    attachment = call.body.get("authenticator_attachment")
    challenge = b64url(secrets.token_bytes(32))
    with call.store.lock:
        call.store.pending_registrations[user.id] = PendingRegistration(
            challenge=challenge,
            expires_at=now() + CHALLENGE_TTL,
            authenticator_attachment=str(attachment) if attachment else None,
        )
        existing = [p for p in call.store.passkeys.values() if p.user_id == user.id]
    selection: dict[str, str] = {"residentKey": "preferred", "userVerification": "preferred"}
    if attachment:
        selection["authenticatorAttachment"] = str(attachment)
    display = user.display_name or " ".join(n for n in (user.first_name, user.last_name) if n)
    return {
        "challenge": challenge,
        "rp": {"id": urlsplit(call.security.issuer).hostname or "localhost", "name": "Plinto"},
        "user": {
            "id": b64url(user.id.encode()),
            "name": user.email,
            "displayName": display or user.email,
        },
        "pubKeyCredParams": [
            {"type": "public-key", "alg": alg} for alg in (COSE_ES256, COSE_RS256)
        ],
        "timeout": int(CHALLENGE_TTL.total_seconds() * 1000),
        "excludeCredentials": [{"type": "public-key", "id": p.credential_id} for p in existing],
        "authenticatorSelection": selection,
        "attestation": "none",
    }


def _client_data(encoded: str) -> dict[str, Any]:
    try:
        data = json.loads(b64url_decode(encoded).decode("utf-8"))
    except (binascii.Error, ValueError):
        raise BadRequest(
            "Registration verification failed: clientDataJSON is not base64url JSON"
        ) from None
    if not isinstance(data, dict):
        raise BadRequest("Registration verification failed: clientDataJSON is not an object")
    return data


def verify_passkey_registration(call: Call) -> Passkey:
    user = call.user
    credential = call.body.get("credential")
    credential = credential if isinstance(credential, dict) else {}
    response = credential.get("response")
    response = response if isinstance(response, dict) else {}
    with call.store.lock:
        # Single use: the challenge is spent by the first attempt, right or wrong.
        pending = call.store.pending_registrations.pop(user.id, None)
    if pending is None or pending.expires_at <= now():
        raise BadRequest("No registration in progress")
    client_data = _client_data(str(response.get("clientDataJSON", "")))
    if client_data.get("type") != "webauthn.create":
        raise BadRequest(
            "Registration verification failed: clientDataJSON type is not webauthn.create"
        )
    if not secrets.compare_digest(str(client_data.get("challenge", "")), pending.challenge):
        raise BadRequest("Registration verification failed: challenge does not match")
    credential_id = str(credential.get("id", ""))
    if credential.get("rawId") != credential_id:
        raise BadRequest("Registration verification failed: id and rawId differ")
    try:
        attestation = b64url_decode(str(response.get("attestationObject", "")))
    except binascii.Error:
        raise BadRequest(
            "Registration verification failed: attestationObject is not base64url"
        ) from None
    with call.store.lock:
        if any(p.credential_id == credential_id for p in call.store.passkeys.values()):
            raise BadRequest("This passkey is already registered")
        passkey = Passkey(
            user_id=user.id,
            name=str(call.body.get("name") or "Passkey"),
            credential_id=credential_id,
            authenticator_attachment=pending.authenticator_attachment,
            attestation_object=attestation,
        )
        call.store.passkeys[passkey.id] = passkey
    return passkey


def list_passkeys(call: Call) -> dict[str, Any]:
    with call.store.lock:
        mine = [p for p in call.store.passkeys.values() if p.user_id == call.user.id]
    return page(sort_by_created(mine), call.query, "passkeys")


def _own(call: Call) -> Passkey:
    passkey = call.store.passkeys.get(str(call.path["passkey_id"]))
    if passkey is None or passkey.user_id != call.user.id:
        raise NotFound("Passkey not found")
    return passkey


def rename_passkey(call: Call) -> Passkey:
    with call.store.lock:
        passkey = _own(call)
        passkey.name = str(call.body.get("name", passkey.name))
        return passkey


def delete_passkey(call: Call) -> None:
    with call.store.lock:
        passkey = _own(call)
    if not call.security.verify_password(
        call.user.password_hash, str(call.body.get("password", ""))
    ):
        raise BadRequest("Invalid password")
    with call.store.lock:
        call.store.passkeys.pop(passkey.id, None)
