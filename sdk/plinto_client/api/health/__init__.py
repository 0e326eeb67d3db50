# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `health` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().health` and
`AsyncPlinto().health` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol

from ...models.error import Error
from ...models.health_status import HealthStatus
from ...models.jwks import JWKS
from ...models.open_id_configuration import OpenIDConfiguration
from ...models.readiness_status import ReadinessStatus

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `health` operations on `Plinto`."""

    def get_jwks(
        self,
    ) -> JWKS:
        """JSON Web Key Set (`GET /.well-known/jwks.json`)."""
        ...

    def get_openid_configuration(
        self,
    ) -> OpenIDConfiguration:
        """OpenID Connect discovery document (`GET /.well-known/openid-configuration`)."""
        ...

    def get_health(
        self,
    ) -> HealthStatus:
        """Liveness probe (`GET /health`)."""
        ...

    def get_readiness(
        self,
    ) -> ReadinessStatus:
        """Readiness probe (`GET /ready`)."""
        ...


class AsyncOperations(Protocol):
    """The `health` operations on `AsyncPlinto`."""

    async def get_jwks(
        self,
    ) -> JWKS:
        """JSON Web Key Set (`GET /.well-known/jwks.json`)."""
        ...

    async def get_openid_configuration(
        self,
    ) -> OpenIDConfiguration:
        """OpenID Connect discovery document (`GET /.well-known/openid-configuration`)."""
        ...

    async def get_health(
        self,
    ) -> HealthStatus:
        """Liveness probe (`GET /health`)."""
        ...

    async def get_readiness(
        self,
    ) -> ReadinessStatus:
        """Readiness probe (`GET /ready`)."""
        ...
