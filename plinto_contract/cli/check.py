"""`plinto-contract check`: options -> readiness.run -> report writers; exit 0 GO, 1 NO-GO.

Without --base-url it starts the embedded mock on a free loopback port (with --mock-fault faults,
if any), checks it, and stops it. Errors are raised, not printed: the group in cli/__init__.py
renders them (one line, exit 2).
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import click
from rich.console import Console

from plinto_contract.readiness import EmbeddedMock, Event, Options, Verdict, assess, run
from plinto_contract.report import TerminalReporter, write_reports

__all__ = ["check"]

EXIT_GO = 0
EXIT_NO_GO = 1


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"{value!r} is not an http(s)://host URL")
    return value.rstrip("/")


@click.command("check")
@click.option(
    "--base-url",
    metavar="URL",
    callback=_base_url,
    help="The deployment to check. Default: the embedded mock on a free 127.0.0.1 port.",
)
@click.option(
    "--profile",
    type=click.Choice(["quick", "full"]),
    default="quick",
    show_default=True,
    help="quick: every operation once, plus the journeys. full: adds fuzzing and stateful walks.",
)
@click.option(
    "--report-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("reports"),
    show_default=True,
    help="Where readiness.md, readiness.json and junit.xml go.",
)
@click.option(
    "--budget-ms",
    type=click.FloatRange(min=1),
    default=500.0,
    show_default=True,
    help="Latency budget: each operation's p95 must be under it.",
)
@click.option(
    "--max-error-rate",
    type=click.FloatRange(0, 1),
    default=0.01,
    show_default=True,
    help="Largest share of calls that may end in a 5xx or no response.",
)
@click.option(
    "--domain",
    "domains",
    multiple=True,
    metavar="HOST[:PORT]",
    help="Also check the TLS of this host (repeatable), e.g. the apex domain.",
)
@click.option(
    "--mock-fault",
    "faults",
    multiple=True,
    metavar="NAME[=PARAM]",
    help="Start the embedded mock with this fault (repeatable; not with --base-url).",
)
@click.option(
    "--ca-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Trust this CA bundle (PEM) for the target and the domains.",
)
@click.option("--insecure", is_flag=True, help="Call the API without certificate verification.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds to wait for each answer.",
)
@click.pass_context
def check(
    ctx: click.Context,
    base_url: str | None,
    profile: str,
    report_dir: Path,
    budget_ms: float,
    max_error_rate: float,
    domains: tuple[str, ...],
    faults: tuple[str, ...],
    ca_file: Path | None,
    insecure: bool,
    timeout: float,
) -> None:
    """Check a Plinto deployment for beta readiness, and write the reports.

    Exit 0: GO. Exit 1: NO-GO. Exit 2: bad usage, or the target cannot be reached.
    """
    if faults and base_url:
        raise click.UsageError("--mock-fault only applies to the embedded mock; drop --base-url")
    console = Console(highlight=False)
    started = datetime.now(UTC)
    events: list[Event] = []
    with ExitStack() as stack:
        if base_url is None:
            # Rate limits off for the full profile: the fuzzer would trip them in seconds.
            mock = stack.enter_context(EmbeddedMock(faults, rate_limits=profile == "quick"))
            base_url = mock.base_url
            label = f"{base_url} (embedded mock, faults: {', '.join(faults) or 'none'})"
        else:
            label = base_url
        console.print(f"Checking {label} ({profile} profile)")
        options = Options(
            base_url=base_url,
            profile="full" if profile == "full" else "quick",
            budget_ms=budget_ms,
            max_error_rate=max_error_rate,
            domains=domains,
            ca_file=ca_file,
            insecure=insecure,
            timeout_s=timeout,
        )
        reporter = stack.enter_context(TerminalReporter(console))
        for event in run(options):
            reporter.handle(event)
            events.append(event)
    assessment = assess(
        events,
        target=label,
        profile=profile,
        started_at=started,
        budget_ms=budget_ms,
        max_error_rate=max_error_rate,
    )
    reporter.summary(assessment, write_reports(assessment, report_dir))
    ctx.exit(EXIT_GO if assessment.verdict is Verdict.GO else EXIT_NO_GO)
