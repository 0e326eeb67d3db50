"""Beta readiness: check a Plinto deployment and decide GO / NO-GO, with evidence.

    from plinto_contract.readiness import Options, assess, run
    events = list(run(Options(base_url="http://127.0.0.1:8000")))
    assessment = assess(events, ...)

`run()` streams events (progress, measured calls, check outcomes); `assess()` folds them into an
`Assessment` with the verdict; `EmbeddedMock` serves the mock on a free loopback port.
"""

from __future__ import annotations

from plinto_contract.readiness.embedded import EmbeddedMock, TLSFiles
from plinto_contract.readiness.events import (
    CallMeasured,
    CheckOutcome,
    Event,
    PhaseStarted,
    RunFinished,
    StepDone,
)
from plinto_contract.readiness.run import Options, Profile, run
from plinto_contract.readiness.verdict import (
    AREAS,
    RULES,
    AreaReport,
    AreaStatus,
    Assessment,
    Rule,
    Verdict,
    assess,
)

__all__ = [
    "AREAS",
    "RULES",
    "AreaReport",
    "AreaStatus",
    "Assessment",
    "CallMeasured",
    "CheckOutcome",
    "EmbeddedMock",
    "Event",
    "Options",
    "PhaseStarted",
    "Profile",
    "Rule",
    "RunFinished",
    "StepDone",
    "TLSFiles",
    "Verdict",
    "assess",
    "run",
]
