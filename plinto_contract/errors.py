"""The one exception tree of plinto_contract.

Our exception hierarchy:

* PlintoContractError
  + SpecError
  + UsageError
  + TargetError
    - TargetUnreachable
    - TLSFailure
    - TargetTimeout

Foreign exceptions (yaml, jsonschema-rs, httpx, ssl) are translated into this tree where they
enter (`raise ... from exc`), and the CLI renders any of them as one line.
"""

from __future__ import annotations

__all__ = [
    "PlintoContractError",
    "SpecError",
    "TLSFailure",
    "TargetError",
    "TargetTimeout",
    "TargetUnreachable",
    "UsageError",
]


class PlintoContractError(Exception):
    """Base class of every error this package raises on purpose."""


class SpecError(PlintoContractError):
    """The spec cannot be read, is not valid OpenAPI 3.1, or holds a $ref that dangles."""


class UsageError(PlintoContractError):
    """The caller asked for something that cannot be done (bad option, unknown name)."""


class TargetError(PlintoContractError):
    """The API under test could not be talked to."""


class TargetUnreachable(TargetError):
    """The target refused the connection, or its host name does not resolve."""


class TLSFailure(TargetError):
    """The TLS handshake with the target failed (bad certificate, protocol, or hostname)."""


class TargetTimeout(TargetError):
    """The target did not answer within the timeout."""
