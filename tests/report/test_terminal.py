from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from plinto_contract.findings import Severity
from plinto_contract.readiness.events import CheckOutcome, PhaseStarted, StepDone
from plinto_contract.readiness.verdict import finding
from plinto_contract.report import TerminalReporter

from .conftest import SECRET


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=terminal, width=100, color_system=None), out


def test_the_summary_shows_verdict_areas_issues_and_report_paths(assessment):
    console, out = _console(terminal=False)
    TerminalReporter(console).summary(assessment, {"readiness.md": Path("r/readiness.md")})
    text = out.getvalue()
    assert "Verdict: NO-GO" in text
    assert "Documented operations" in text
    assert "CRITICAL signup (POST /api/v1/auth/signup) -> 500: Server error" in text
    assert "readiness.md: r/readiness.md" in text
    assert SECRET not in text
    assert "\x1b[" not in text


def test_blocking_findings_are_shown_live_once_and_only_on_a_terminal():
    item = finding("not_a_server_error", "Server error", "m", operation_id="signup", tag="auth")
    assert item.severity is Severity.CRITICAL
    events = [
        PhaseStarted("operations", 2),
        CheckOutcome("not_a_server_error", "signup", item),
        StepDone("operations", "signup"),
        CheckOutcome("not_a_server_error", "signup", item),
    ]
    for terminal, expected in ((True, 1), (False, 0)):
        console, out = _console(terminal)
        with TerminalReporter(console) as reporter:
            for event in events:
                reporter.handle(event)
        assert out.getvalue().count("signup: Server error") == expected
