"""``plinto-contract docs [PATH ...]``: check Markdown examples against the spec and the mock.

Prints ``file:line: message`` per problem and a summary (or ``--format json``); exits 0 when
clean, 1 when any problem is found. A usage or spec error is raised as a PlintoContractError for
the group's edge (one line, exit 2). Only options and output live here; the work is in
``plinto_contract.docs_check``.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from plinto_contract.docs_check import Report, check_docs
from plinto_contract.errors import UsageError
from plinto_contract.spec import DEFAULT_SPEC_PATH, load_spec

__all__ = ["docs_command"]

DEFAULT_DOCS = Path("docs")
EXIT_PROBLEMS = 1


def _render_text(report: Report) -> str:
    lines = [str(problem) for problem in report.sorted_problems()]
    lines.append(report.summary())
    return "\n".join(lines)


def _run(paths: tuple[Path, ...], spec_path: Path, execute: bool, spec_examples: bool) -> Report:
    targets = list(paths) or [DEFAULT_DOCS]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    return check_docs(targets, load_spec(spec_path), execute=execute, spec_examples=spec_examples)


@click.command("docs")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="`file:line: message` lines and a summary, or one JSON document.",
)
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_SPEC_PATH,
    show_default="openapi.yaml",
    help="The OpenAPI document the examples must agree with.",
)
@click.option("--no-run", is_flag=True, help="Static checks only: run nothing against the mock.")
@click.option(
    "--no-spec-examples", is_flag=True, help="Do not send the spec's own request examples."
)
@click.pass_context
def docs_command(
    ctx: click.Context,
    paths: tuple[Path, ...],
    output_format: str,
    spec_path: Path,
    no_run: bool,
    no_spec_examples: bool,
) -> None:
    """Check the examples in Markdown docs (default: ./docs) against openapi.yaml.

    curl and raw HTTP requests must be documented operations with valid parameters, headers
    and bodies; JSON responses must match a documented response; examples are run against a
    fresh mock, Python blocks with Sybil; the spec's request examples are sent too.
    """
    # A PlintoContractError (unreadable spec, missing path) goes up to the group's edge,
    # which prints it as one line and exits 2.
    report = _run(paths, spec_path, execute=not no_run, spec_examples=not no_spec_examples)
    if output_format == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(_render_text(report))
    ctx.exit(0 if report.ok else EXIT_PROBLEMS)
