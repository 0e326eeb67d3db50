"""The terminal: live progress while the run streams events, then the summary.

`TerminalReporter.handle(event)` is fed every event of the run; blocking findings are printed as
they arrive, above the progress bars. `summary()` prints the verdict, the area table, the top
issues and where the reports went. All text passes through `redact()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table
from rich.text import Text

from plinto_contract.findings import Severity
from plinto_contract.readiness.events import CheckOutcome, Event, PhaseStarted, StepDone
from plinto_contract.readiness.verdict import BLOCKING, AreaStatus, Assessment, Verdict
from plinto_contract.redact import redact
from plinto_contract.report._common import executive_summary, issues

__all__ = ["TerminalReporter"]

_SEVERITY_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
_STATUS_STYLE = {
    AreaStatus.GREEN: ("PASS", "green"),
    AreaStatus.AMBER: ("WARN", "yellow"),
    AreaStatus.RED: ("FAIL", "bold red"),
    AreaStatus.NOT_ASSESSED: ("n/a", "dim"),
}
_TOP_ISSUES = 10


class TerminalReporter:
    """Rich progress and summary on one console; use as a context manager around the run."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._progress = Progress(
            TextColumn("{task.description:<12}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[label]}", style="dim"),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        )
        self._tasks: dict[str, TaskID] = {}
        self._shown: set[tuple[str | None, str]] = set()  # (operation, check) already printed

    def __enter__(self) -> TerminalReporter:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def handle(self, event: Event) -> None:
        if isinstance(event, PhaseStarted):
            self._tasks[event.phase] = self._progress.add_task(
                event.phase, total=event.total or None, label=""
            )
        elif isinstance(event, StepDone):
            task = self._tasks.get(event.phase)
            if task is not None:
                self._progress.update(task, advance=1, label=redact(event.label))
        elif isinstance(event, CheckOutcome) and event.finding is not None:
            item = event.finding
            key = (item.operation_id, item.check)
            # Live lines are for a person watching; logs get the summary only.
            if self.console.is_terminal and item.severity in BLOCKING and key not in self._shown:
                self._shown.add(key)
                where = f"{item.operation_id}: " if item.operation_id else ""
                line = Text(
                    f"  {item.severity.value.upper():<8} ", style=_SEVERITY_STYLE[item.severity]
                )
                line.append(redact(f"{where}{item.title}"))
                self._progress.console.print(line)

    def summary(self, assessment: Assessment, reports: Mapping[str, Path]) -> None:
        console = self.console
        go = assessment.verdict is Verdict.GO
        lines = executive_summary(assessment)
        console.print()
        console.print(
            Text(f"Verdict: {assessment.verdict.value}", style="bold green" if go else "bold red")
        )
        console.print(redact(lines[0]), highlight=False)
        table = Table(title=None, show_edge=False, pad_edge=False)
        for column in ("Area", "Status", "Checks", "Score", "Worst / note"):
            table.add_column(column)
        for report in assessment.areas:
            label, style = _STATUS_STYLE[report.status]
            table.add_row(
                report.area.title,
                Text(label, style=style),
                f"{report.checks_passed}/{report.checks_run}" if report.checks_run else "-",
                f"{report.score}" if report.score is not None else "-",
                report.worst.value if report.worst else (report.note or "-"),
            )
        console.print(table)
        ranked = [i for i in issues(assessment) if i.blocking]
        if ranked:
            console.print(Text("Critical issues", style="bold"))
            for issue in ranked[:_TOP_ISSUES]:
                line = Text(
                    f"  {issue.severity.value.upper():<8} ", style=_SEVERITY_STYLE[issue.severity]
                )
                evidence = issue.evidence
                status = f" -> {evidence.status}" if evidence and evidence.status else ""
                what = f": {issue.findings[0].title}" if issue.operation_id else ""
                line.append(redact(f"{issue.heading}{status}{what}"))
                console.print(line)
            if len(ranked) > _TOP_ISSUES:
                console.print(f"  ... and {len(ranked) - _TOP_ISSUES} more in readiness.md")
        for text in lines[1:]:
            console.print(redact(text), highlight=False)
        for name, path in reports.items():
            console.print(f"{name}: {path}", highlight=False)
