# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `mfa` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().mfa` and
`AsyncPlinto().mfa` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol

from ...models.backup_codes import BackupCodes
from ...models.disable_mfa_request import DisableMfaRequest
from ...models.error import Error
from ...models.message import Message
from ...models.mfa_enrollment import MfaEnrollment
from ...models.mfa_methods import MfaMethods
from ...models.mfa_status import MfaStatus
from ...models.password_confirmation import PasswordConfirmation
from ...models.totp_code_request import TotpCodeRequest

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `mfa` operations on `Plinto`."""

    def disable_mfa(
        self,
        *,
        body: DisableMfaRequest,
    ) -> Message:
        """Turn MFA off (`POST /api/v1/mfa/disable`)."""
        ...

    def enable_mfa(
        self,
        *,
        body: PasswordConfirmation,
    ) -> MfaEnrollment:
        """Start TOTP enrolment (`POST /api/v1/mfa/enable`)."""
        ...

    def regenerate_backup_codes(
        self,
        *,
        body: PasswordConfirmation,
    ) -> BackupCodes:
        """Replace the backup codes (`POST /api/v1/mfa/regenerate-backup-codes`)."""
        ...

    def get_mfa_status(
        self,
    ) -> MfaStatus:
        """MFA status (`GET /api/v1/mfa/status`)."""
        ...

    def list_mfa_methods(
        self,
    ) -> MfaMethods:
        """Supported MFA methods (`GET /api/v1/mfa/supported-methods`)."""
        ...

    def verify_mfa(
        self,
        *,
        body: TotpCodeRequest,
    ) -> Message:
        """Confirm TOTP enrolment (`POST /api/v1/mfa/verify`)."""
        ...


class AsyncOperations(Protocol):
    """The `mfa` operations on `AsyncPlinto`."""

    async def disable_mfa(
        self,
        *,
        body: DisableMfaRequest,
    ) -> Message:
        """Turn MFA off (`POST /api/v1/mfa/disable`)."""
        ...

    async def enable_mfa(
        self,
        *,
        body: PasswordConfirmation,
    ) -> MfaEnrollment:
        """Start TOTP enrolment (`POST /api/v1/mfa/enable`)."""
        ...

    async def regenerate_backup_codes(
        self,
        *,
        body: PasswordConfirmation,
    ) -> BackupCodes:
        """Replace the backup codes (`POST /api/v1/mfa/regenerate-backup-codes`)."""
        ...

    async def get_mfa_status(
        self,
    ) -> MfaStatus:
        """MFA status (`GET /api/v1/mfa/status`)."""
        ...

    async def list_mfa_methods(
        self,
    ) -> MfaMethods:
        """Supported MFA methods (`GET /api/v1/mfa/supported-methods`)."""
        ...

    async def verify_mfa(
        self,
        *,
        body: TotpCodeRequest,
    ) -> Message:
        """Confirm TOTP enrolment (`POST /api/v1/mfa/verify`)."""
        ...
