"""Report writers: readiness.md, readiness.json, junit.xml, and the terminal display.

They consume an `Assessment` (findings plus measurements) and nothing else, and every text they
produce passes through `plinto_contract.redact`.
"""

from __future__ import annotations

from pathlib import Path

from plinto_contract.errors import UsageError
from plinto_contract.readiness.verdict import Assessment
from plinto_contract.report.json import assessment_to_dict, render_json
from plinto_contract.report.junit import render_junit
from plinto_contract.report.markdown import render_markdown
from plinto_contract.report.terminal import TerminalReporter

__all__ = [
    "TerminalReporter",
    "assessment_to_dict",
    "render_json",
    "render_junit",
    "render_markdown",
    "write_reports",
]

_WRITERS = {
    "readiness.md": render_markdown,
    "readiness.json": render_json,
    "junit.xml": render_junit,
}


def write_reports(assessment: Assessment, directory: Path) -> dict[str, Path]:
    """Write the three report files into `directory` (created if needed); their paths by name."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        written = {}
        for name, render in _WRITERS.items():
            path = directory / name
            path.write_text(render(assessment), encoding="utf-8")
            written[name] = path
    except OSError as exc:
        raise UsageError(f"cannot write reports to {directory}: {exc.strerror or exc}") from exc
    return written
