"""plinto-mock: serve the stateful Plinto mock with uvicorn.

plinto-mock --host 127.0.0.1 --port 8000 [--fault NAME[=PARAM] ...] [--fast-hash]
            [--no-rate-limits] [--no-admin] [--list-faults]
"""

from __future__ import annotations

import errno
import socket
import sys
from dataclasses import replace
from typing import Any

import click

from mock_server.faults import FaultError, describe_faults
from mock_server.settings import Settings

__all__ = ["main"]


def bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so a busy port is one clear error, not a traceback."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets that say so, and without it
    # every keep-alive response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _fail(message: str, code: int = 1) -> None:
    click.secho(f"plinto-mock: {message}", fg="red", err=True)
    sys.exit(code)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default)."
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port (0: any free one).",
)
@click.option(
    "--fault",
    "faults",
    multiple=True,
    metavar="NAME[=PARAM]",
    help="Misbehave in a named way; repeatable (also PLINTO_MOCK_FAULTS, comma-separated).",
)
@click.option("--fast-hash", is_flag=True, help="Cheap argon2 parameters (tests, benchmarks).")
@click.option(
    "--no-rate-limits", is_flag=True, help="Send the X-RateLimit-* headers but never answer 429."
)
@click.option("--no-admin", is_flag=True, help="Do not serve the /__mock__/ routes.")
@click.option(
    "--base-url", default=None, help="Token issuer and discovery base [default: http://HOST:PORT]."
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"]),
)
@click.option(
    "--list-faults", is_flag=True, help="Print every fault with its description, then exit."
)
def main(
    host: str,
    port: int,
    faults: tuple[str, ...],
    fast_hash: bool,
    no_rate_limits: bool,
    no_admin: bool,
    base_url: str | None,
    log_level: str,
    list_faults: bool,
) -> None:
    """Serve the stateful Plinto mock (driven by openapi.yaml) with uvicorn."""
    if list_faults:
        click.echo(describe_faults())
        return
    import uvicorn

    from mock_server.app import create_app

    overrides: dict[str, Any] = {}
    if fast_hash:
        overrides["fast_hash"] = True
    if no_rate_limits:
        overrides["rate_limits"] = False
    if no_admin:
        overrides["admin_routes"] = False
    try:
        settings = Settings.from_env(faults=faults, **overrides)
    except (FaultError, ValueError) as exc:
        _fail(str(exc), code=2)
        return
    try:
        sock = bind(host, port)
    except OSError as exc:
        reason = "address already in use" if exc.errno == errno.EADDRINUSE else exc.strerror
        _fail(f"cannot listen on {host}:{port}: {reason}")
        return
    bound_port = sock.getsockname()[1]
    # The issuer must be the address clients use, so tokens and discovery agree with it.
    settings = replace(settings, base_url=base_url or f"http://{host}:{bound_port}")
    app = create_app(settings=settings)
    active = ", ".join(settings.faults.describe()) or "none"
    click.echo(
        f"plinto-mock on http://{host}:{bound_port} (faults: {active}; docs at /docs)", err=True
    )
    config = uvicorn.Config(
        app, log_level=log_level, access_log=log_level == "debug", server_header=False
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
