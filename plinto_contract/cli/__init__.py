"""plinto-contract: the command line, and the one edge where errors become a line of text.

Every PlintoContractError (bad spec, bad option, unreachable target, TLS handshake failure,
timeout) and every click usage error ends here as one red line on stderr and exit 2. Nothing
below this module prints an error or exits.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from plinto_contract import __version__
from plinto_contract.cli.check import check
from plinto_contract.cli.docs import docs_command
from plinto_contract.errors import PlintoContractError

__all__ = ["main"]

USAGE_EXIT = 2
PROG = "plinto-contract"  # how every error line starts, whatever argv[0] was


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Edge(click.Group):
    """A click group that renders errors as one line instead of usage blocks or tracebacks."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        name = PROG
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
            sys.exit(USAGE_EXIT)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            click.secho(f"{name}: {_one_line(exc.format_message())}{hint}", fg="red", err=True)
            sys.exit(USAGE_EXIT)
        except click.ClickException as exc:
            click.secho(f"{name}: {_one_line(exc.format_message())}", fg="red", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.secho(f"{name}: aborted", fg="red", err=True)
            sys.exit(1)
        except PlintoContractError as exc:
            click.secho(f"{name}: {_one_line(str(exc))}", fg="red", err=True)
            sys.exit(USAGE_EXIT)
        # With standalone_mode off, click returns a command's ctx.exit() code instead of exiting.
        code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=_Edge, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name=PROG)
def main() -> None:
    """The Plinto contract suite: readiness checks and docs checks from openapi.yaml."""


main.add_command(check)
main.add_command(docs_command, name="docs")
