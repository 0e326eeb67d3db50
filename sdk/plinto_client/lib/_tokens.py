"""Where a client keeps its tokens, and the hook for persisting them.

A `TokenStore` holds the current `TokenPair`. The default keeps it in memory; pass your own to
`Plinto(token_store=...)` to persist it (a file, a keyring, a session cookie). `TokenPair` has
`to_dict()`/`from_dict()` for that. The client calls `save` after every sign-in, MFA completion,
magic-link verification and refresh (refresh rotates both tokens: the old refresh token is dead),
and `clear` on sign-out or when the refresh token is refused.
"""

from __future__ import annotations

import threading
from typing import Protocol, runtime_checkable

from ..models.token_pair import TokenPair

__all__ = ["MemoryTokenStore", "TokenStore"]


@runtime_checkable
class TokenStore(Protocol):
    """Persistence hook for the signed-in user's tokens."""

    def load(self) -> TokenPair | None:
        """The current tokens, or None when signed out."""
        ...

    def save(self, tokens: TokenPair) -> None:
        """Replace the current tokens."""
        ...

    def clear(self) -> None:
        """Forget the tokens."""
        ...


class MemoryTokenStore:
    """The default store: the tokens live as long as the client object."""

    def __init__(self, tokens: TokenPair | None = None) -> None:
        self._lock = threading.Lock()
        self._tokens = tokens

    def load(self) -> TokenPair | None:
        with self._lock:
            return self._tokens

    def save(self, tokens: TokenPair) -> None:
        with self._lock:
            self._tokens = tokens

    def clear(self) -> None:
        with self._lock:
            self._tokens = None
