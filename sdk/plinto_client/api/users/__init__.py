# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `users` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().users` and
`AsyncPlinto().users` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from ...models.error import Error
from ...models.password_confirmation import PasswordConfirmation
from ...models.update_profile_request import UpdateProfileRequest
from ...models.user_list import UserList
from ...models.user_profile import UserProfile
from ...types import UNSET, Unset

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `users` operations on `Plinto`."""

    def list_users(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
    ) -> UserList:
        """List the users you can see (`GET /api/v1/users`)."""
        ...

    def get_my_profile(
        self,
    ) -> UserProfile:
        """The signed-in user's full profile (`GET /api/v1/users/me`)."""
        ...

    def delete_my_account(
        self,
        *,
        body: PasswordConfirmation,
    ) -> None:
        """Delete the signed-in user's account (`DELETE /api/v1/users/me`)."""
        ...

    def update_my_profile(
        self,
        *,
        body: UpdateProfileRequest,
    ) -> UserProfile:
        """Update the signed-in user's profile (`PATCH /api/v1/users/me`)."""
        ...

    def get_user(
        self,
        user_id: UUID,
    ) -> UserProfile:
        """Get a user (`GET /api/v1/users/{user_id}`)."""
        ...


class AsyncOperations(Protocol):
    """The `users` operations on `AsyncPlinto`."""

    async def list_users(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
    ) -> UserList:
        """List the users you can see (`GET /api/v1/users`)."""
        ...

    async def get_my_profile(
        self,
    ) -> UserProfile:
        """The signed-in user's full profile (`GET /api/v1/users/me`)."""
        ...

    async def delete_my_account(
        self,
        *,
        body: PasswordConfirmation,
    ) -> None:
        """Delete the signed-in user's account (`DELETE /api/v1/users/me`)."""
        ...

    async def update_my_profile(
        self,
        *,
        body: UpdateProfileRequest,
    ) -> UserProfile:
        """Update the signed-in user's profile (`PATCH /api/v1/users/me`)."""
        ...

    async def get_user(
        self,
        user_id: UUID,
    ) -> UserProfile:
        """Get a user (`GET /api/v1/users/{user_id}`)."""
        ...
