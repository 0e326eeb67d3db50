"""Credentials: argon2 password hashes, RS256 JWTs with a published JWKS, TOTP and backup codes.

The signing key is generated when the app is built, so every mock instance has its own; clients
verify
tokens through ``/.well-known/jwks.json``. Lifetimes are CONTRACT.md §5: access 15 minutes, refresh
7 days.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import jwt
import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives.asymmetric import rsa

from mock_server.errors import MockError
from mock_server.settings import Settings

__all__ = [
    "ACCESS_TTL_SECONDS",
    "REFRESH_TTL_SECONDS",
    "AuthUnavailable",
    "Claims",
    "InvalidToken",
    "IssuedTokens",
    "Security",
]

ACCESS_TTL_SECONDS = 15 * 60
REFRESH_TTL_SECONDS = 7 * 24 * 3600
ALGORITHM = "RS256"
BACKUP_CODE_COUNT = 10
_BACKUP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are read off paper


class InvalidToken(Exception):
    """A JWT that is malformed, badly signed, expired, or of the wrong type."""


class AuthUnavailable(MockError):
    """The auth component is down (the `auth-500` fault)."""

    default_message = "An unexpected error occurred"


@dataclass(frozen=True)
class Claims:
    subject: str
    session_id: str
    jti: str
    token_type: str
    expires_at: int


@dataclass(frozen=True)
class IssuedTokens:
    """A token pair, with attribute names of the spec's token-pair fields."""

    access_token: str
    refresh_token: str
    refresh_jti: str
    token_type: str = "bearer"
    expires_in: int = ACCESS_TTL_SECONDS


def _b64url_uint(value: int) -> str:
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class Security:
    """One instance per app: the key pair, the password hasher and the auth self-check."""

    def __init__(self, settings: Settings) -> None:
        self.issuer = settings.issuer
        self.audience = settings.issuer
        self._broken = settings.faults.active("auth-500")
        # Library defaults unless asked to be fast (tests, benchmarks): argon2's minimums.
        self._hasher = (
            PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
            if settings.fast_hash
            else PasswordHasher()
        )
        self._private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        numbers = self._private_key.public_key().public_numbers()
        self._public_jwk = {
            "kty": "RSA",
            "n": _b64url_uint(numbers.n),
            "e": _b64url_uint(numbers.e),
        }
        self.kid = self._thumbprint()
        # Verified against when an account does not exist, so both paths cost the same.
        self.dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    # -- availability ----------------------------------------------------------------------------
    def ensure_available(self) -> None:
        """Raise if the auth component is down; every auth operation passes through here first."""
        if self._broken:
            raise AuthUnavailable()

    def self_check(self) -> None:
        """End-to-end: hash and verify a password, sign and verify a token. Raises on any
        failure."""
        self.ensure_available()
        probe = secrets.token_urlsafe(16)
        if not self.verify_password(self.hash_password(probe), probe):
            raise AuthUnavailable("password hashing self-check failed")
        token = self._encode({"sub": "self-check", "sid": "self-check", "type": "access"}, 60)
        self.decode(token, "access")

    # -- passwords -------------------------------------------------------------------------------
    def hash_password(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify_password(self, password_hash: str | None, password: str) -> bool:
        if password_hash is None:
            return False
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    # -- tokens ----------------------------------------------------------------------------------
    def _thumbprint(self) -> str:
        # RFC 7638: SHA-256 over the required members in lexicographic order.
        canonical = json.dumps(self._public_jwk, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(canonical.encode()).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def jwks(self) -> dict[str, Any]:
        key = {**self._public_jwk, "kid": self.kid, "use": "sig", "alg": ALGORITHM}
        return {"keys": [key]}

    def _encode(self, claims: dict[str, Any], ttl: int) -> str:
        issued = int(time.time())
        payload = {
            **claims,
            "iss": self.issuer,
            "aud": self.audience,
            "iat": issued,
            "exp": issued + ttl,
            "jti": claims.get("jti") or str(uuid.uuid4()),
        }
        return jwt.encode(
            payload, self._private_key, algorithm=ALGORITHM, headers={"kid": self.kid}
        )

    def issue(self, user_id: str, session_id: str) -> IssuedTokens:
        refresh_jti = str(uuid.uuid4())
        access = self._encode(
            {"sub": user_id, "sid": session_id, "type": "access"}, ACCESS_TTL_SECONDS
        )
        refresh = self._encode(
            {"sub": user_id, "sid": session_id, "type": "refresh", "jti": refresh_jti},
            REFRESH_TTL_SECONDS,
        )
        return IssuedTokens(access_token=access, refresh_token=refresh, refresh_jti=refresh_jti)

    def decode(self, token: str, expected_type: str) -> Claims:
        try:
            payload = jwt.decode(
                token,
                self._private_key.public_key(),
                algorithms=[ALGORITHM],
                issuer=self.issuer,
                audience=self.audience,
                options={"require": ["exp", "iat", "iss", "aud", "sub", "jti"]},
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken(str(exc)) from exc
        if payload.get("type") != expected_type or not isinstance(payload.get("sid"), str):
            raise InvalidToken(f"not an {expected_type} token")
        return Claims(
            subject=str(payload["sub"]),
            session_id=payload["sid"],
            jti=str(payload["jti"]),
            token_type=expected_type,
            expires_at=int(payload["exp"]),
        )

    # -- opaque tokens, TOTP, backup codes -------------------------------------------------------
    @staticmethod
    def opaque_token(prefix: str) -> str:
        return f"{prefix}_{secrets.token_urlsafe(24)}"

    @staticmethod
    def digest(value: str) -> str:
        """For values stored only to be compared (backup codes)."""
        return hashlib.sha256(value.encode()).hexdigest()

    @staticmethod
    def new_totp_secret() -> str:
        return pyotp.random_base32(length=32)

    @staticmethod
    def totp_uri(secret: str, account: str) -> str:
        return str(pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name="Plinto"))

    @staticmethod
    def totp_ok(secret: str, code: str) -> bool:
        # valid_window=1: the previous and next 30 s steps are accepted too (clock drift).
        return bool(pyotp.TOTP(secret).verify(code, valid_window=1))

    @staticmethod
    def new_backup_codes() -> list[str]:
        def code() -> str:
            chars = "".join(secrets.choice(_BACKUP_ALPHABET) for _ in range(8))
            return f"{chars[:4]}-{chars[4:]}"

        return [code() for _ in range(BACKUP_CODE_COUNT)]

    @staticmethod
    def webhook_secret() -> str:
        return secrets.token_hex(32)

    @staticmethod
    def constant_time_equal(a: str, b: str) -> bool:
        return hmac.compare_digest(a.encode(), b.encode())
