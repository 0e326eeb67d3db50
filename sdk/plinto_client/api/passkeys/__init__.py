# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `passkeys` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().passkeys` and
`AsyncPlinto().passkeys` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from ...models.error import Error
from ...models.passkey import Passkey
from ...models.passkey_availability import PasskeyAvailability
from ...models.passkey_list import PasskeyList
from ...models.passkey_options_request import PasskeyOptionsRequest
from ...models.passkey_registration_options import PasskeyRegistrationOptions
from ...models.passkey_registration_request import PasskeyRegistrationRequest
from ...models.password_confirmation import PasswordConfirmation
from ...models.rename_passkey_request import RenamePasskeyRequest
from ...types import UNSET, Unset

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `passkeys` operations on `Plinto`."""

    def list_passkeys(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> PasskeyList:
        """List your passkeys (`GET /api/v1/passkeys`)."""
        ...

    def get_passkey_availability(
        self,
    ) -> PasskeyAvailability:
        """Passkey availability (`GET /api/v1/passkeys/availability`)."""
        ...

    def create_passkey_registration_options(
        self,
        *,
        body: PasskeyOptionsRequest,
    ) -> PasskeyRegistrationOptions:
        """Start passkey registration (`POST /api/v1/passkeys/register/options`)."""
        ...

    def verify_passkey_registration(
        self,
        *,
        body: PasskeyRegistrationRequest,
    ) -> Passkey:
        """Finish passkey registration (`POST /api/v1/passkeys/register/verify`)."""
        ...

    def delete_passkey(
        self,
        passkey_id: UUID,
        *,
        body: PasswordConfirmation,
    ) -> None:
        """Delete a passkey (`DELETE /api/v1/passkeys/{passkey_id}`)."""
        ...

    def rename_passkey(
        self,
        passkey_id: UUID,
        *,
        body: RenamePasskeyRequest,
    ) -> Passkey:
        """Rename a passkey (`PATCH /api/v1/passkeys/{passkey_id}`)."""
        ...


class AsyncOperations(Protocol):
    """The `passkeys` operations on `AsyncPlinto`."""

    async def list_passkeys(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> PasskeyList:
        """List your passkeys (`GET /api/v1/passkeys`)."""
        ...

    async def get_passkey_availability(
        self,
    ) -> PasskeyAvailability:
        """Passkey availability (`GET /api/v1/passkeys/availability`)."""
        ...

    async def create_passkey_registration_options(
        self,
        *,
        body: PasskeyOptionsRequest,
    ) -> PasskeyRegistrationOptions:
        """Start passkey registration (`POST /api/v1/passkeys/register/options`)."""
        ...

    async def verify_passkey_registration(
        self,
        *,
        body: PasskeyRegistrationRequest,
    ) -> Passkey:
        """Finish passkey registration (`POST /api/v1/passkeys/register/verify`)."""
        ...

    async def delete_passkey(
        self,
        passkey_id: UUID,
        *,
        body: PasswordConfirmation,
    ) -> None:
        """Delete a passkey (`DELETE /api/v1/passkeys/{passkey_id}`)."""
        ...

    async def rename_passkey(
        self,
        passkey_id: UUID,
        *,
        body: RenamePasskeyRequest,
    ) -> Passkey:
        """Rename a passkey (`PATCH /api/v1/passkeys/{passkey_id}`)."""
        ...
