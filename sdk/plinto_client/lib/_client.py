"""`Plinto` and `AsyncPlinto`: the clients people use.

A client owns one connection pool (an httpx transport), wrapped per client by the retry transport,
and one token keeper. `with_options(...)` makes a copy with other timeouts, retries or headers that
shares both, so tokens refreshed through the copy are seen by the original.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ..api import health as health_api
from ..api import mfa as mfa_api
from ..api import organizations as organizations_api
from ..api import passkeys as passkeys_api
from ..api import sessions as sessions_api
from ..api import users as users_api
from ..api import webhooks as webhooks_api
from ..client import AuthenticatedClient
from ..types import UNSET, Unset
from ._auth import TokenKeeper
from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._discovery import tags
from ._resources import AsyncAuthResource, AsyncTagClient, AuthResource, SyncTagClient
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._runner import AsyncRunner, SyncRunner
from ._tokens import MemoryTokenStore, TokenStore
from ._version import USER_AGENT

if TYPE_CHECKING:
    from ._resources import AsyncTypedAuth, TypedAuth

__all__ = ["AsyncPlinto", "Plinto"]

# What a timeout can be given as: seconds for every phase, or an httpx.Timeout per phase.
TimeoutTypes = float | httpx.Timeout


def default_transport() -> httpx.BaseTransport:
    """The connection pool a `Plinto` gets when no `transport=` is given."""
    return httpx.HTTPTransport()


def default_async_transport() -> httpx.AsyncBaseTransport:
    """The connection pool an `AsyncPlinto` gets when no `transport=` is given."""
    return httpx.AsyncHTTPTransport()


@dataclass(frozen=True)
class ClientOptions:
    """Everything `with_options` can change."""

    base_url: str
    timeout: httpx.Timeout
    retry_policy: RetryPolicy
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        retry_idempotent_posts: bool,
        headers: Mapping[str, str] | None,
    ) -> ClientOptions:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        return cls(
            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            timeout=httpx.Timeout(timeout),
            retry_policy=RetryPolicy(max_retries, retry_idempotent_posts),
            headers={"User-Agent": USER_AGENT, **(headers or {})},
        )

    def changed(
        self,
        timeout: TimeoutTypes | Unset,
        max_retries: int | Unset,
        retry_idempotent_posts: bool | Unset,
        headers: Mapping[str, str] | Unset,
    ) -> ClientOptions:
        policy = self.retry_policy
        return ClientOptions.create(
            self.base_url,
            self.timeout if isinstance(timeout, Unset) else timeout,
            policy.max_retries if isinstance(max_retries, Unset) else max_retries,
            policy.retry_idempotent_posts
            if isinstance(retry_idempotent_posts, Unset)
            else retry_idempotent_posts,
            {**self.headers} if isinstance(headers, Unset) else {**self.headers, **headers},
        )

    def parser(self) -> AuthenticatedClient:
        # Only used to parse answers: an undocumented status must raise, not become None.
        return AuthenticatedClient(
            base_url=self.base_url, token="", raise_on_unexpected_status=True
        )


class Plinto:
    """Synchronous Plinto client.

    Args:
        base_url: API root; default `$PLINTO_BASE_URL`, else https://api.plinto.dev.
        timeout: seconds (or an httpx.Timeout) per attempt.
        max_retries: retries after a connection failure, 429, 502, 503 or 504 (idempotent
            requests only).
        retry_idempotent_posts: also retry POSTs that carry an `Idempotency-Key` header.
        token_store: where the tokens live (default: memory); the hook for persisting them.
        headers: extra headers for every request.
        transport: the httpx transport to send through (proxies, TLS settings, tests).
    """

    auth: TypedAuth
    health: health_api.SyncOperations
    mfa: mfa_api.SyncOperations
    organizations: organizations_api.SyncOperations
    passkeys: passkeys_api.SyncOperations
    sessions: sessions_api.SyncOperations
    users: users_api.SyncOperations
    webhooks: webhooks_api.SyncOperations

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_idempotent_posts: bool = False,
        token_store: TokenStore | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        options = ClientOptions.create(
            base_url, timeout, max_retries, retry_idempotent_posts, headers
        )
        keeper = TokenKeeper(token_store or MemoryTokenStore())
        self._build(options, transport or default_transport(), keeper, owns_transport=True)

    def _build(
        self,
        options: ClientOptions,
        transport: httpx.BaseTransport,
        keeper: TokenKeeper,
        *,
        owns_transport: bool,
    ) -> None:
        self._options = options
        self._transport = transport
        self._keeper = keeper
        self._http = httpx.Client(
            base_url=options.base_url,
            timeout=options.timeout,
            headers=dict(options.headers),
            transport=RetryTransport(
                transport, options.retry_policy, owns_transport=owns_transport
            ),
        )
        self._runner = SyncRunner(self._http, keeper, options.parser())
        # One sub-client per generated tag; the class annotations above give them their types.
        for tag in tags():
            resource = (
                AuthResource(self._runner, keeper)
                if tag == "auth"
                else SyncTagClient(tag, self._runner)
            )
            setattr(self, tag, resource)

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.retry_policy.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry_idempotent_posts: bool | Unset = UNSET,
        headers: Mapping[str, str] | Unset = UNSET,
    ) -> Plinto:
        """A copy with other settings for the calls made through it; it shares the connection
        pool and the tokens with this client: `client.with_options(max_retries=0).users...`."""
        copy = object.__new__(type(self))
        options = self._options.changed(timeout, max_retries, retry_idempotent_posts, headers)
        copy._build(options, self._transport, self._keeper, owns_transport=False)
        return copy

    def close(self) -> None:
        """Close the connections (the copies made by `with_options` included)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Plinto {self.base_url}>"


class AsyncPlinto:
    """Asynchronous Plinto client (asyncio); the same arguments as `Plinto`."""

    auth: AsyncTypedAuth
    health: health_api.AsyncOperations
    mfa: mfa_api.AsyncOperations
    organizations: organizations_api.AsyncOperations
    passkeys: passkeys_api.AsyncOperations
    sessions: sessions_api.AsyncOperations
    users: users_api.AsyncOperations
    webhooks: webhooks_api.AsyncOperations

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_idempotent_posts: bool = False,
        token_store: TokenStore | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        options = ClientOptions.create(
            base_url, timeout, max_retries, retry_idempotent_posts, headers
        )
        keeper = TokenKeeper(token_store or MemoryTokenStore())
        self._build(options, transport or default_async_transport(), keeper, owns_transport=True)

    def _build(
        self,
        options: ClientOptions,
        transport: httpx.AsyncBaseTransport,
        keeper: TokenKeeper,
        *,
        owns_transport: bool,
    ) -> None:
        self._options = options
        self._transport = transport
        self._keeper = keeper
        self._http = httpx.AsyncClient(
            base_url=options.base_url,
            timeout=options.timeout,
            headers=dict(options.headers),
            transport=AsyncRetryTransport(
                transport, options.retry_policy, owns_transport=owns_transport
            ),
        )
        self._runner = AsyncRunner(self._http, keeper, options.parser())
        for tag in tags():
            resource = (
                AsyncAuthResource(self._runner, keeper)
                if tag == "auth"
                else AsyncTagClient(tag, self._runner)
            )
            setattr(self, tag, resource)

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.retry_policy.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry_idempotent_posts: bool | Unset = UNSET,
        headers: Mapping[str, str] | Unset = UNSET,
    ) -> AsyncPlinto:
        """A copy with other settings that shares the connection pool and the tokens."""
        copy = object.__new__(type(self))
        options = self._options.changed(timeout, max_retries, retry_idempotent_posts, headers)
        copy._build(options, self._transport, self._keeper, owns_transport=False)
        return copy

    async def close(self) -> None:
        """Close the connections (the copies made by `with_options` included)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncPlinto {self.base_url}>"
