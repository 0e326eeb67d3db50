"""Sub-clients: `client.<tag>.<operation_id>(...)`, found at run time, plus the auth helpers.

Every operation of a tag is an attribute of its sub-client, called with the generated function's
arguments minus `client=`. It returns the parsed success body (None when there is none) and raises
a PlintoError for anything else. The typed shape of each tag is generated next to its modules
(`plinto_client.api.<tag>.SyncOperations` / `AsyncOperations`); the methods come from `__getattr__`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..api import auth as auth_api
from ..models.auth_session import AuthSession
from ..models.email_signin_request import EmailSigninRequest
from ..models.mfa_challenge import MfaChallenge
from ..models.mfa_signin_request import MfaSigninRequest
from ..models.signup_request import SignupRequest
from ..models.token_pair import TokenPair
from ..types import UNSET, Unset
from ._auth import TokenKeeper
from ._discovery import operation_module, operation_names
from ._runner import AsyncRunner, SyncRunner

__all__ = ["AsyncAuthResource", "AsyncTagClient", "AuthResource", "SignInResult", "SyncTagClient"]

# What a password sign-in gives: signed in, or an MFA challenge to complete (a value, not an error).
SignInResult = AuthSession | MfaChallenge


class SyncTagClient:
    """The operations of one tag on `Plinto`."""

    def __init__(self, tag: str, runner: SyncRunner) -> None:
        self._tag = tag
        self._runner = runner

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        module = operation_module(self._tag, name)
        runner = self._runner

        def operation(*args: Any, **kwargs: Any) -> Any:
            return runner(module, *args, **kwargs)

        operation.__name__ = operation.__qualname__ = name
        operation.__doc__ = module.sync_detailed.__doc__
        setattr(self, name, operation)  # found directly from now on
        return operation

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *operation_names(self._tag)})

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self._tag!r}: {len(operation_names(self._tag))} operations>"
        )


class AsyncTagClient:
    """The operations of one tag on `AsyncPlinto` (each returns an awaitable)."""

    def __init__(self, tag: str, runner: AsyncRunner) -> None:
        self._tag = tag
        self._runner = runner

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        module = operation_module(self._tag, name)
        runner = self._runner

        async def operation(*args: Any, **kwargs: Any) -> Any:
            return await runner(module, *args, **kwargs)

        operation.__name__ = operation.__qualname__ = name
        operation.__doc__ = module.asyncio_detailed.__doc__
        setattr(self, name, operation)
        return operation

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *operation_names(self._tag)})

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self._tag!r}: {len(operation_names(self._tag))} operations>"
        )


class AuthResource(SyncTagClient):
    """The `auth` operations plus helpers that keep the tokens for you."""

    def __init__(self, runner: SyncRunner, keeper: TokenKeeper) -> None:
        super().__init__("auth", runner)
        self._keeper = keeper

    @property
    def _ops(self) -> auth_api.SyncOperations:
        return self

    @property
    def tokens(self) -> TokenPair | None:
        """The tokens in use, or None when signed out."""
        return self._keeper.store.load()

    def sign_up(
        self,
        email: str,
        password: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> AuthSession:
        """Create an account; the client is then signed in as it."""
        body = SignupRequest(
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            username=username,
        )
        return self._ops.signup(body=body)

    def sign_in(self, email: str, password: str) -> SignInResult:
        """Sign in. For a user with MFA the result is the `MfaChallenge` for `complete_mfa`."""
        return self._ops.signin(body=EmailSigninRequest(email=email, password=password))

    def complete_mfa(self, challenge: MfaChallenge | str, code: str) -> AuthSession:
        """Finish an MFA sign-in with a TOTP code or a backup code."""
        token = challenge.mfa_token if isinstance(challenge, MfaChallenge) else challenge
        return self._ops.complete_mfa_signin(body=MfaSigninRequest(mfa_token=token, code=code))

    def refresh(self) -> TokenPair:
        """Rotate the token pair now (the client also does this by itself on a 401)."""
        return self._keeper.refresh(self._runner.exchange)

    def sign_out(self) -> None:
        """End the session on the server and forget the tokens (even if the call fails)."""
        if self._keeper.store.load() is None:
            return
        try:
            self._ops.signout()
        finally:
            self._keeper.store.clear()


class AsyncAuthResource(AsyncTagClient):
    """The asyncio twin of AuthResource."""

    def __init__(self, runner: AsyncRunner, keeper: TokenKeeper) -> None:
        super().__init__("auth", runner)
        self._keeper = keeper

    @property
    def _ops(self) -> auth_api.AsyncOperations:
        return self

    @property
    def tokens(self) -> TokenPair | None:
        """The tokens in use, or None when signed out."""
        return self._keeper.store.load()

    async def sign_up(
        self,
        email: str,
        password: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> AuthSession:
        """Create an account; the client is then signed in as it."""
        body = SignupRequest(
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            username=username,
        )
        return await self._ops.signup(body=body)

    async def sign_in(self, email: str, password: str) -> SignInResult:
        """Sign in. For a user with MFA the result is the `MfaChallenge` for `complete_mfa`."""
        return await self._ops.signin(body=EmailSigninRequest(email=email, password=password))

    async def complete_mfa(self, challenge: MfaChallenge | str, code: str) -> AuthSession:
        """Finish an MFA sign-in with a TOTP code or a backup code."""
        token = challenge.mfa_token if isinstance(challenge, MfaChallenge) else challenge
        return await self._ops.complete_mfa_signin(
            body=MfaSigninRequest(mfa_token=token, code=code)
        )

    async def refresh(self) -> TokenPair:
        """Rotate the token pair now (the client also does this by itself on a 401)."""
        return await self._keeper.arefresh(self._runner.exchange)

    async def sign_out(self) -> None:
        """End the session on the server and forget the tokens (even if the call fails)."""
        if self._keeper.store.load() is None:
            return
        try:
            await self._ops.signout()
        finally:
            self._keeper.store.clear()


if TYPE_CHECKING:
    # For type checkers only: the auth sub-client has the hand-written helpers above and every
    # generated `auth` operation (instances are never made of these classes).
    class TypedAuth(AuthResource, auth_api.SyncOperations): ...

    class AsyncTypedAuth(AsyncAuthResource, auth_api.AsyncOperations): ...
