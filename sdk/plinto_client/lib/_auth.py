"""Bearer tokens with one refresh on 401, as httpx auth flows (httpx `_auth.py` style).

The flow adds `Authorization: Bearer <access token>` to operations that need it. When the answer
is 401 it exchanges the refresh token for a new pair (the generated `refresh_tokens` operation)
and sends the request once more. Concurrent callers that hit 401 with the same stale token share
one refresh: the first takes the lock and refreshes; the others wait, see that the stored token
changed, and use it. Refresh rotates the pair, so two refreshes with one refresh token would
revoke the whole token family.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

from ..models.auth_session import AuthSession
from ..models.token_pair import TokenPair
from ._exceptions import AuthenticationError, NotSignedInError
from ._tokens import TokenStore

__all__ = ["AsyncBearerAuth", "BearerAuth", "TokenKeeper"]

Exchange = Callable[[str], TokenPair]
AsyncExchange = Callable[[str], Awaitable[TokenPair]]


class TokenKeeper:
    """The tokens of one client and of its `with_options` copies, and the refresh locks."""

    def __init__(self, store: TokenStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._async_lock = asyncio.Lock()

    def remember(self, result: object) -> None:
        """Keep the tokens an operation returned (sign-up, sign-in, MFA, magic link, refresh)."""
        if isinstance(result, AuthSession):
            self.store.save(result.tokens)
        elif isinstance(result, TokenPair):
            self.store.save(result)

    def refresh(self, exchange: Exchange, *, stale: TokenPair | None = None) -> TokenPair:
        """A new token pair. With `stale` (the pair a 401 refused), a pair that another caller
        stored meanwhile is reused instead of refreshing again."""
        with self._lock:
            current = self._load()
            if stale is not None and current.access_token != stale.access_token:
                return current
            try:
                fresh = exchange(current.refresh_token)
            except AuthenticationError:
                # The refresh token is dead (expired, revoked or reused): the pair is useless.
                self.store.clear()
                raise
            self.store.save(fresh)
            return fresh

    async def arefresh(
        self, exchange: AsyncExchange, *, stale: TokenPair | None = None
    ) -> TokenPair:
        """The asyncio twin of `refresh`."""
        async with self._async_lock:
            current = self._load()
            if stale is not None and current.access_token != stale.access_token:
                return current
            try:
                fresh = await exchange(current.refresh_token)
            except AuthenticationError:
                self.store.clear()
                raise
            self.store.save(fresh)
            return fresh

    def _load(self) -> TokenPair:
        current = self.store.load()
        if current is None:
            raise NotSignedInError("not signed in: there is no refresh token to use")
        return current


def _authorize(request: httpx.Request, tokens: TokenPair) -> None:
    request.headers["Authorization"] = f"Bearer {tokens.access_token}"


class BearerAuth(httpx.Auth):
    """Sync flow: the bearer token; on 401 one refresh (shared by concurrent callers), one retry."""

    def __init__(self, keeper: TokenKeeper, exchange: Exchange) -> None:
        self._keeper = keeper
        self._exchange = exchange

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        tokens = self._keeper.store.load()
        if tokens is None:
            yield request  # the API answers 401, which surfaces as AuthenticationError
            return
        _authorize(request, tokens)
        response = yield request
        if response.status_code != 401:
            return
        try:
            fresh = self._keeper.refresh(self._exchange, stale=tokens)
        except (AuthenticationError, NotSignedInError):
            return  # nothing to refresh with: the original 401 stands
        _authorize(request, fresh)
        yield request


class AsyncBearerAuth(httpx.Auth):
    """The asyncio twin of BearerAuth."""

    def __init__(self, keeper: TokenKeeper, exchange: AsyncExchange) -> None:
        self._keeper = keeper
        self._exchange = exchange

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        tokens = self._keeper.store.load()
        if tokens is None:
            yield request
            return
        _authorize(request, tokens)
        response = yield request
        if response.status_code != 401:
            return
        try:
            fresh = await self._keeper.arefresh(self._exchange, stale=tokens)
        except (AuthenticationError, NotSignedInError):
            return
        _authorize(request, fresh)
        yield request
