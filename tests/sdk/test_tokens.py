"""Tokens: the persistence hook, sharing with copies, and one refresh for concurrent 401s."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from plinto_client import AsyncPlinto, AuthenticationError, MemoryTokenStore, Plinto, TokenStore
from plinto_client.models import TokenPair
from starlette.applications import Starlette

from plinto_contract.spec import Spec
from tests.sdk.conftest import BASE_URL, PASSWORD, new_email
from tests.sdk.transports import SyncASGITransport

CALLERS = 5


class RecordingStore(MemoryTokenStore):
    """A persistence hook that records what the client asked it to do."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def save(self, tokens: TokenPair) -> None:
        self.events.append("save")
        super().save(tokens)

    def clear(self) -> None:
        self.events.append("clear")
        super().clear()


def stale(tokens: TokenPair) -> TokenPair:
    """The same pair with an access token the API refuses (as an expired one would be)."""
    return TokenPair(
        access_token="expired-access-token",
        refresh_token=tokens.refresh_token,
        token_type=tokens.token_type,
        expires_in=tokens.expires_in,
    )


def test_store_is_the_persistence_hook(mock_transport: SyncASGITransport) -> None:
    store = RecordingStore()
    assert isinstance(store, TokenStore)
    with Plinto(BASE_URL, transport=mock_transport, token_store=store) as client:
        email = new_email()
        client.auth.sign_up(email, PASSWORD)
        client.auth.sign_in(email, PASSWORD)
        client.auth.refresh()
        client.auth.sign_out()
    assert store.events == ["save", "save", "save", "clear"]

    # A new client picks up persisted tokens without signing in.
    with Plinto(BASE_URL, transport=mock_transport) as first:
        first.auth.sign_up(new_email(), PASSWORD)
        saved = first.auth.tokens
        assert saved is not None
    persisted = MemoryTokenStore(TokenPair.from_dict(saved.to_dict()))
    with Plinto(BASE_URL, transport=mock_transport, token_store=persisted) as second:
        assert second.users.get_my_profile().email.startswith("sdk-")


def test_copies_share_tokens(client: Plinto) -> None:
    quick = client.with_options(timeout=5.0, max_retries=0)
    quick.auth.sign_up(new_email(), PASSWORD)
    assert client.auth.tokens == quick.auth.tokens
    assert client.auth.get_current_user().id == quick.auth.get_current_user().id


def test_sign_out_when_signed_out_sends_nothing(client: Plinto) -> None:
    client.auth.sign_out()  # no tokens: nothing to revoke, no 401
    assert client.auth.tokens is None


class GatedTransport(httpx.BaseTransport):
    """Counts requests per path, and holds each 401 until `parties` callers have one, so every
    caller is refused before anyone refreshes."""

    def __init__(self, inner: httpx.BaseTransport, parties: int) -> None:
        self._inner = inner
        self._barrier = threading.Barrier(parties, timeout=10)
        self.paths: Counter[str] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        self.paths[request.url.path] += 1
        if response.status_code == httpx.codes.UNAUTHORIZED:
            self._barrier.wait()
        return response


def test_concurrent_401s_share_one_refresh(mock_transport: SyncASGITransport, spec: Spec) -> None:
    gate = GatedTransport(mock_transport, CALLERS)
    store = MemoryTokenStore()
    with Plinto(BASE_URL, transport=gate, token_store=store) as client:
        signed_up = client.auth.sign_up(new_email(), PASSWORD).tokens
        store.save(stale(signed_up))

        with ThreadPoolExecutor(CALLERS) as pool:
            users = list(pool.map(lambda _: client.auth.get_current_user(), range(CALLERS)))

    assert len({user.id for user in users}) == 1
    # One refresh: a second one would present a rotated refresh token, and the mock would revoke
    # the whole session (reuse detection), failing the retries.
    assert gate.paths[spec.operations["refresh_tokens"].path] == 1
    assert gate.paths[spec.operations["get_current_user"].path] == 2 * CALLERS
    assert store.load() not in (None, signed_up)


class AsyncGatedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, parties: int) -> None:
        self._inner = inner
        self._barrier = asyncio.Barrier(parties)
        self.paths: Counter[str] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        self.paths[request.url.path] += 1
        if response.status_code == httpx.codes.UNAUTHORIZED:
            await asyncio.wait_for(self._barrier.wait(), timeout=10)
        return response


@pytest.mark.anyio
async def test_async_concurrent_401s_share_one_refresh(mock_app: Starlette, spec: Spec) -> None:
    gate = AsyncGatedTransport(httpx.ASGITransport(app=mock_app), CALLERS)
    store = MemoryTokenStore()
    async with AsyncPlinto(BASE_URL, transport=gate, token_store=store) as client:
        created = await client.auth.sign_up(new_email(), PASSWORD)
        store.save(stale(created.tokens))
        users = await asyncio.gather(*(client.auth.get_current_user() for _ in range(CALLERS)))
    assert len({user.id for user in users}) == 1
    assert gate.paths[spec.operations["refresh_tokens"].path] == 1
    assert gate.paths[spec.operations["get_current_user"].path] == 2 * CALLERS


def test_refused_refresh_forgets_the_tokens(mock_transport: SyncASGITransport) -> None:
    store = MemoryTokenStore()
    with Plinto(BASE_URL, transport=mock_transport, token_store=store) as client:
        created = client.auth.sign_up(new_email(), PASSWORD)
        client.auth.refresh()  # rotates: the sign-up refresh token is now dead
        store.save(stale(created.tokens))  # a refused access token, and the dead refresh token
        with pytest.raises(AuthenticationError):
            client.auth.get_current_user()
    assert store.load() is None
