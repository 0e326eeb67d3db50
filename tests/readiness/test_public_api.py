"""The readiness and report packages export exactly what their __all__ says."""

from __future__ import annotations

import types

import pytest

import plinto_contract.readiness
import plinto_contract.report

PUBLIC = {
    plinto_contract.readiness: [
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
    ],
    plinto_contract.report: [
        "TerminalReporter",
        "assessment_to_dict",
        "render_json",
        "render_junit",
        "render_markdown",
        "write_reports",
    ],
}


@pytest.mark.parametrize("module", PUBLIC, ids=lambda module: module.__name__)
def test_all_is_the_public_surface(module: types.ModuleType):
    assert sorted(module.__all__) == sorted(PUBLIC[module])
    for name in module.__all__:
        assert hasattr(module, name)
