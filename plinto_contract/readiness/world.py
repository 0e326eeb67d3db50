"""The state a readiness run builds on the target: throwaway accounts and what they created.

Values are stored by name (`a.access`, `org.id`...). A value that could not be obtained is
recorded with the reason, so an operation that needs it is reported as "not verified because
<reason>" instead of failing for the wrong cause.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Account", "Missing", "World"]


def _password() -> str:
    # Upper, lower, digit and symbol in every password, whatever the random part holds.
    return f"Rd-{secrets.token_urlsafe(12)}-9a"


@dataclass
class Account:
    """A throwaway user: generated credentials, then the server's id and tokens for it."""

    email: str
    username: str
    password: str = field(default_factory=_password, repr=False)

    @classmethod
    def throwaway(cls, domain: str) -> Account:
        tag = secrets.token_hex(5)
        return cls(email=f"plinto-readiness+{tag}@{domain}", username=f"readiness_{tag}")

    def new_password(self) -> str:
        return _password()


@dataclass(frozen=True)
class Missing:
    """Why a value is missing; `environmental` when the target cannot give it (not a failure)."""

    reason: str
    environmental: bool = False


class World:
    """Named values the run obtained, and for the missing ones, why they are missing."""

    def __init__(self, *, domain: str) -> None:
        self.a = Account.throwaway(domain)
        self.b = Account.throwaway(domain)
        self._values: dict[str, Any] = {}
        self._missing: dict[str, Missing] = {}

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value
        self._missing.pop(key, None)

    def get(self, key: str) -> Any:
        return self._values[key]

    def has(self, key: str) -> bool:
        return key in self._values

    def drop(self, key: str) -> None:
        """Forget a value that is no longer valid (a deleted resource, a revoked token)."""
        self._values.pop(key, None)

    def fail(self, keys: Iterable[str], reason: str, *, environmental: bool = False) -> None:
        """Record that `keys` could not be obtained, and why (the first reason wins)."""
        for key in keys:
            if key not in self._values:
                self._missing.setdefault(key, Missing(reason, environmental))

    def missing(self, keys: Iterable[str]) -> Missing | None:
        """None when every key is present; else why the first missing one is missing."""
        for key in keys:
            if key not in self._values:
                return self._missing.get(key, Missing(f"{key} was never obtained"))
        return None
