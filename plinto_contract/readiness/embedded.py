"""The embedded mock: mock_server served by uvicorn on a free 127.0.0.1 port, in a thread.

`plinto-contract check` without --base-url checks this. Faults and TLS files are optional, so the
readiness tests can check a broken or https mock the same way. Stopping it is the caller's job:
use `EmbeddedMock` as a context manager.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import uvicorn

from mock_server import Settings, create_app
from mock_server.faults import FaultError, FaultSet
from plinto_contract.errors import TargetError, UsageError

__all__ = ["LOOPBACK", "EmbeddedMock", "TLSFiles"]

LOOPBACK = "127.0.0.1"
_START_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class TLSFiles:
    """A PEM certificate (chain) and its key, for serving the mock over https."""

    certfile: Path
    keyfile: Path


def _free_socket() -> socket.socket:
    # Bind first and hand the socket to uvicorn, so no other process can take the port between.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((LOOPBACK, 0))
    sock.listen(128)
    return sock


class EmbeddedMock:
    """One mock server in a background thread; `base_url` is valid between start and stop."""

    def __init__(
        self,
        faults: Iterable[str] = (),
        *,
        tls: TLSFiles | None = None,
        rate_limits: bool = True,
    ) -> None:
        try:
            self.faults = FaultSet.parse(list(faults))
        except FaultError as exc:
            raise UsageError(str(exc)) from exc
        self.tls = tls
        self.rate_limits = rate_limits  # off: the X-RateLimit-* headers are sent, 429 never is
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    def start(self) -> EmbeddedMock:
        sock = _free_socket()
        port = sock.getsockname()[1]
        scheme = "https" if self.tls else "http"
        self.base_url = f"{scheme}://{LOOPBACK}:{port}"
        # fast_hash: the quick profile signs users up and in; argon2 defaults would dominate it.
        settings = Settings(
            faults=self.faults,
            fast_hash=True,
            rate_limits=self.rate_limits,
            base_url=self.base_url,
        )
        config = uvicorn.Config(
            create_app(settings=settings),
            log_config=None,  # leave the host program's logging alone
            log_level="critical",
            access_log=False,
            lifespan="off",
            server_header=False,
            ssl_certfile=str(self.tls.certfile) if self.tls else None,
            ssl_keyfile=str(self.tls.keyfile) if self.tls else None,
        )
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="plinto-embedded-mock", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise TargetError("the embedded mock did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT_S)
        self._server = None
        self._thread = None

    def __enter__(self) -> EmbeddedMock:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
