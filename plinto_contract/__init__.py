"""Plinto contract suite: the spec layer, findings, redaction and the error tree.

Higher layers (mock server, contract tests, readiness, reports, CLI) live in their own
packages and modules; this root imports only the lowest layer.
"""

from __future__ import annotations

from plinto_contract.errors import (
    PlintoContractError,
    SpecError,
    TargetError,
    TargetTimeout,
    TargetUnreachable,
    TLSFailure,
    UsageError,
)
from plinto_contract.findings import Evidence, Finding, Severity
from plinto_contract.redact import redact, redact_mapping

__version__ = "0.1.0"

__all__ = [
    "Evidence",
    "Finding",
    "PlintoContractError",
    "Severity",
    "SpecError",
    "TLSFailure",
    "TargetError",
    "TargetTimeout",
    "TargetUnreachable",
    "UsageError",
    "__version__",
    "redact",
    "redact_mapping",
]

for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = __name__  # shown as plinto_contract.SpecError, like httpx does
