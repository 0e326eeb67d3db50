"""Run one generated operation: build the request, send it, and turn the answer into a result or
an exception.

The generated module supplies both halves of its own `sync_detailed`: `_get_kwargs` builds the
request and `_build_response` parses the answer. Between them the runner sends the request itself,
so that it can attach the bearer flow to operations that need it (`REQUIRES_AUTH`), tell a transport
failure from a parse failure, and keep the whole `httpx.Response` (status, headers, request id) for
the exception.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, cast

import httpx

from ..api.auth import refresh_tokens
from ..client import AuthenticatedClient
from ..errors import UnexpectedStatus
from ..models.error import Error
from ..models.refresh_request import RefreshRequest
from ..models.token_pair import TokenPair
from ._auth import AsyncBearerAuth, BearerAuth, TokenKeeper
from ._conformance import ConformanceError, check_parsed
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    UnexpectedResponseError,
    make_status_error,
)

__all__ = ["AsyncRunner", "SyncRunner", "interpret"]

# What a generated parser raises on a body it cannot read (JSONDecodeError is a ValueError).
_PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError)


def interpret(module: ModuleType, response: httpx.Response, parser: AuthenticatedClient) -> Any:
    """The parsed success body of `response`, or the exception it stands for."""
    operation = module.OPERATION_ID
    status = response.status_code
    try:
        parsed = module._build_response(client=parser, response=response).parsed
        check_parsed(parsed)
    except UnexpectedStatus:
        raise UnexpectedResponseError(
            f"{operation} answered {status}, a status the spec does not document for it", response
        ) from None
    except ConformanceError as exc:
        raise UnexpectedResponseError(
            f"{operation} answered {status} with a body that breaks its schema: {exc}", response
        ) from exc
    except _PARSE_ERRORS as exc:
        raise UnexpectedResponseError(
            f"{operation} answered {status} with a body that does not parse: "
            f"{type(exc).__name__}: {exc}",
            response,
        ) from exc
    if response.is_success:
        return parsed
    if isinstance(parsed, Error):
        raise make_status_error(parsed, response)
    raise UnexpectedResponseError(
        f"{operation} answered {status} without the Error envelope", response
    )


def _connection_error(operation: str, exc: httpx.RequestError) -> APIConnectionError:
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # raised before a request existed
        request = None
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation}: no response in time ({exc!r})", request=request)
    return APIConnectionError(f"{operation}: no response ({exc!r})", request=request)


class SyncRunner:
    """Runs operations over one httpx.Client; keeps the tokens that results carry."""

    def __init__(
        self, http: httpx.Client, keeper: TokenKeeper, parser: AuthenticatedClient
    ) -> None:
        self._http = http
        self._keeper = keeper
        self._parser = parser
        self._bearer = BearerAuth(keeper, self.exchange)

    def __call__(self, module: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        """Run the operation of `module`; keep any tokens its result carries."""
        result = self._run(module, *args, **kwargs)
        self._keeper.remember(result)
        return result

    def exchange(self, refresh_token: str) -> TokenPair:
        """Trade a refresh token for a new pair (the generated `refresh_tokens` operation);
        the token keeper stores it."""
        body = RefreshRequest(refresh_token=refresh_token)
        return cast(TokenPair, self._run(refresh_tokens, body=body))

    def _run(self, module: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        request = module._get_kwargs(*args, **kwargs)
        auth = self._bearer if module.REQUIRES_AUTH else None
        try:
            response = self._http.request(**request, auth=auth)
        except httpx.RequestError as exc:
            raise _connection_error(module.OPERATION_ID, exc) from exc
        return interpret(module, response, self._parser)


class AsyncRunner:
    """The asyncio twin of SyncRunner."""

    def __init__(
        self, http: httpx.AsyncClient, keeper: TokenKeeper, parser: AuthenticatedClient
    ) -> None:
        self._http = http
        self._keeper = keeper
        self._parser = parser
        self._bearer = AsyncBearerAuth(keeper, self.exchange)

    async def __call__(self, module: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        """Run the operation of `module`; keep any tokens its result carries."""
        result = await self._run(module, *args, **kwargs)
        self._keeper.remember(result)
        return result

    async def exchange(self, refresh_token: str) -> TokenPair:
        """Trade a refresh token for a new pair; the token keeper stores it."""
        body = RefreshRequest(refresh_token=refresh_token)
        return cast(TokenPair, await self._run(refresh_tokens, body=body))

    async def _run(self, module: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        request = module._get_kwargs(*args, **kwargs)
        auth = self._bearer if module.REQUIRES_AUTH else None
        try:
            response = await self._http.request(**request, auth=auth)
        except httpx.RequestError as exc:
            raise _connection_error(module.OPERATION_ID, exc) from exc
        return interpret(module, response, self._parser)
