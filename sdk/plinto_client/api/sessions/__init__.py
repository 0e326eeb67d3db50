# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `sessions` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().sessions` and
`AsyncPlinto().sessions` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from ...models.error import Error
from ...models.revoked_sessions import RevokedSessions
from ...models.session import Session
from ...models.session_list import SessionList
from ...types import UNSET, Unset

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `sessions` operations on `Plinto`."""

    def list_sessions(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> SessionList:
        """List your active sessions (`GET /api/v1/sessions`)."""
        ...

    def revoke_other_sessions(
        self,
    ) -> RevokedSessions:
        """Revoke every other session (`DELETE /api/v1/sessions`)."""
        ...

    def get_session(
        self,
        session_id: UUID,
    ) -> Session:
        """Get one of your sessions (`GET /api/v1/sessions/{session_id}`)."""
        ...

    def revoke_session(
        self,
        session_id: UUID,
    ) -> None:
        """Revoke one of your sessions (`DELETE /api/v1/sessions/{session_id}`)."""
        ...


class AsyncOperations(Protocol):
    """The `sessions` operations on `AsyncPlinto`."""

    async def list_sessions(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> SessionList:
        """List your active sessions (`GET /api/v1/sessions`)."""
        ...

    async def revoke_other_sessions(
        self,
    ) -> RevokedSessions:
        """Revoke every other session (`DELETE /api/v1/sessions`)."""
        ...

    async def get_session(
        self,
        session_id: UUID,
    ) -> Session:
        """Get one of your sessions (`GET /api/v1/sessions/{session_id}`)."""
        ...

    async def revoke_session(
        self,
        session_id: UUID,
    ) -> None:
        """Revoke one of your sessions (`DELETE /api/v1/sessions/{session_id}`)."""
        ...
