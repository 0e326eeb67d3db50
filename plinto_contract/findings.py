"""A finding is data, not a string: what was checked, where, how bad, and the evidence.

Report writers consume these; nothing here does I/O. Evidence and messages are redacted on
construction, so a Finding can never carry a token or password to a report.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from plinto_contract.redact import redact

__all__ = ["Evidence", "Finding", "Severity"]


@functools.total_ordering
class Severity(Enum):
    """How bad a finding is; ordered, so `max(severities)` is the worst one."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for INFO up to 4 for CRITICAL."""
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANKS = {severity: rank for rank, severity in enumerate(reversed(Severity))}


@dataclass(frozen=True)
class Evidence:
    """The exchange that shows a finding; every text field is redacted on construction."""

    method: str
    url: str
    status: int | None = None
    request_id: str | None = None
    body_excerpt: str | None = None
    curl: str | None = None

    def __post_init__(self) -> None:
        for name in ("url", "body_excerpt", "curl"):
            value = getattr(self, name)
            if value is not None:
                # Frozen dataclass: assign through object to keep the redacted value.
                object.__setattr__(self, name, redact(value))


@dataclass(frozen=True)
class Finding:
    """One failed (or noted) property of the API, tied to an operation when there is one."""

    check: str
    operation_id: str | None
    severity: Severity
    title: str
    message: str
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", redact(self.message))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (severity as its string value)."""
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["severity"] = self.severity.value
        if self.evidence is not None:
            data["evidence"] = {f.name: getattr(self.evidence, f.name) for f in fields(Evidence)}
        return data
