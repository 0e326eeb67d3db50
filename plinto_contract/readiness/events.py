"""What a readiness run streams: progress, measured calls, check outcomes, and the end.

`run()` yields these; the terminal display and `verdict.assess()` consume them. They are plain
values so a consumer never has to call back into the run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from plinto_contract.findings import Finding

__all__ = ["CallMeasured", "CheckOutcome", "Event", "PhaseStarted", "RunFinished", "StepDone"]


@dataclass(frozen=True)
class PhaseStarted:
    """A phase begins; `total` steps will follow (0 when unknown)."""

    phase: str
    total: int


@dataclass(frozen=True)
class StepDone:
    """One step of the current phase finished (an operation called, a host checked...)."""

    phase: str
    label: str


@dataclass(frozen=True)
class CallMeasured:
    """One HTTP exchange with the target: how long it took and how it ended."""

    operation_id: str
    method: str
    path: str
    status: int | None
    elapsed_ms: float
    error: str | None = None  # the transport failure, when there was no response

    @property
    def failed(self) -> bool:
        """Counts toward the error rate: a 5xx or no response at all."""
        return self.error is not None or (self.status is not None and self.status >= 500)


@dataclass(frozen=True)
class CheckOutcome:
    """A check ran once; `finding` is None when it passed."""

    check: str
    operation_id: str | None = None
    finding: Finding | None = None

    @property
    def passed(self) -> bool:
        return self.finding is None


@dataclass(frozen=True)
class RunFinished:
    """The run is over; `area_notes` explains areas that were skipped or limited."""

    duration_s: float
    area_notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


Event = PhaseStarted | StepDone | CallMeasured | CheckOutcome | RunFinished
