# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `auth` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().auth` and
`AsyncPlinto().auth` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol

from ...models.auth_session import AuthSession
from ...models.auth_user import AuthUser
from ...models.change_password_request import ChangePasswordRequest
from ...models.email_request import EmailRequest
from ...models.email_signin_request import EmailSigninRequest
from ...models.error import Error
from ...models.magic_link_request import MagicLinkRequest
from ...models.message import Message
from ...models.mfa_challenge import MfaChallenge
from ...models.mfa_signin_request import MfaSigninRequest
from ...models.o_auth_provider_list import OAuthProviderList
from ...models.refresh_request import RefreshRequest
from ...models.reset_password_request import ResetPasswordRequest
from ...models.signup_request import SignupRequest
from ...models.token_pair import TokenPair
from ...models.token_request import TokenRequest
from ...models.username_signin_request import UsernameSigninRequest

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `auth` operations on `Plinto`."""

    def resend_verification_email(
        self,
    ) -> Message:
        """Send the verification email again (`POST /api/v1/auth/email/resend-verification`)."""
        ...

    def verify_email(
        self,
        *,
        body: TokenRequest,
    ) -> Message:
        """Verify the email address (`POST /api/v1/auth/email/verify`)."""
        ...

    def send_magic_link(
        self,
        *,
        body: MagicLinkRequest,
    ) -> Message:
        """Email a sign-in link (`POST /api/v1/auth/magic-link`)."""
        ...

    def verify_magic_link(
        self,
        *,
        body: TokenRequest,
    ) -> AuthSession | MfaChallenge:
        """Sign in with a magic-link token (`POST /api/v1/auth/magic-link/verify`)."""
        ...

    def get_current_user(
        self,
    ) -> AuthUser:
        """The signed-in user (`GET /api/v1/auth/me`)."""
        ...

    def list_oauth_providers(
        self,
    ) -> OAuthProviderList:
        """List OAuth providers (`GET /api/v1/auth/oauth/providers`)."""
        ...

    def change_password(
        self,
        *,
        body: ChangePasswordRequest,
    ) -> Message:
        """Change the password (`POST /api/v1/auth/password/change`)."""
        ...

    def forgot_password(
        self,
        *,
        body: EmailRequest,
    ) -> Message:
        """Request a password reset email (`POST /api/v1/auth/password/forgot`)."""
        ...

    def reset_password(
        self,
        *,
        body: ResetPasswordRequest,
    ) -> Message:
        """Reset the password with an emailed token (`POST /api/v1/auth/password/reset`)."""
        ...

    def refresh_tokens(
        self,
        *,
        body: RefreshRequest,
    ) -> TokenPair:
        """Rotate the token pair (`POST /api/v1/auth/refresh`)."""
        ...

    def signin(
        self,
        *,
        body: EmailSigninRequest | UsernameSigninRequest,
    ) -> AuthSession | MfaChallenge:
        """Sign in with a password (`POST /api/v1/auth/signin`)."""
        ...

    def complete_mfa_signin(
        self,
        *,
        body: MfaSigninRequest,
    ) -> AuthSession:
        """Complete an MFA sign-in (`POST /api/v1/auth/signin/mfa`)."""
        ...

    def signout(
        self,
    ) -> Message:
        """Sign out (`POST /api/v1/auth/signout`)."""
        ...

    def signup(
        self,
        *,
        body: SignupRequest,
    ) -> AuthSession:
        """Create an account (`POST /api/v1/auth/signup`)."""
        ...


class AsyncOperations(Protocol):
    """The `auth` operations on `AsyncPlinto`."""

    async def resend_verification_email(
        self,
    ) -> Message:
        """Send the verification email again (`POST /api/v1/auth/email/resend-verification`)."""
        ...

    async def verify_email(
        self,
        *,
        body: TokenRequest,
    ) -> Message:
        """Verify the email address (`POST /api/v1/auth/email/verify`)."""
        ...

    async def send_magic_link(
        self,
        *,
        body: MagicLinkRequest,
    ) -> Message:
        """Email a sign-in link (`POST /api/v1/auth/magic-link`)."""
        ...

    async def verify_magic_link(
        self,
        *,
        body: TokenRequest,
    ) -> AuthSession | MfaChallenge:
        """Sign in with a magic-link token (`POST /api/v1/auth/magic-link/verify`)."""
        ...

    async def get_current_user(
        self,
    ) -> AuthUser:
        """The signed-in user (`GET /api/v1/auth/me`)."""
        ...

    async def list_oauth_providers(
        self,
    ) -> OAuthProviderList:
        """List OAuth providers (`GET /api/v1/auth/oauth/providers`)."""
        ...

    async def change_password(
        self,
        *,
        body: ChangePasswordRequest,
    ) -> Message:
        """Change the password (`POST /api/v1/auth/password/change`)."""
        ...

    async def forgot_password(
        self,
        *,
        body: EmailRequest,
    ) -> Message:
        """Request a password reset email (`POST /api/v1/auth/password/forgot`)."""
        ...

    async def reset_password(
        self,
        *,
        body: ResetPasswordRequest,
    ) -> Message:
        """Reset the password with an emailed token (`POST /api/v1/auth/password/reset`)."""
        ...

    async def refresh_tokens(
        self,
        *,
        body: RefreshRequest,
    ) -> TokenPair:
        """Rotate the token pair (`POST /api/v1/auth/refresh`)."""
        ...

    async def signin(
        self,
        *,
        body: EmailSigninRequest | UsernameSigninRequest,
    ) -> AuthSession | MfaChallenge:
        """Sign in with a password (`POST /api/v1/auth/signin`)."""
        ...

    async def complete_mfa_signin(
        self,
        *,
        body: MfaSigninRequest,
    ) -> AuthSession:
        """Complete an MFA sign-in (`POST /api/v1/auth/signin/mfa`)."""
        ...

    async def signout(
        self,
    ) -> Message:
        """Sign out (`POST /api/v1/auth/signout`)."""
        ...

    async def signup(
        self,
        *,
        body: SignupRequest,
    ) -> AuthSession:
        """Create an account (`POST /api/v1/auth/signup`)."""
        ...
