"""A fresh mock for the docs: ``plinto-mock`` served by uvicorn in a thread on 127.0.0.1.

Real HTTP (not an in-memory transport), because Python examples build SDK clients from a base
URL exactly as a reader would. One server serves a whole run; ``reset()`` gives each page a
fresh store and fresh rate-limit windows through the mock's ``/__mock__/reset`` admin route.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

import httpx
import uvicorn

from mock_server import Settings, create_app
from plinto_contract.errors import TargetUnreachable
from plinto_contract.spec import Spec

__all__ = ["LiveMock"]

_ADMIN = "/__mock__"
_START_TIMEOUT_SECONDS = 15.0


class LiveMock:
    """Context manager: ``with LiveMock(spec) as mock: mock.client.get("/health")``."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            raise RuntimeError("LiveMock is not started")
        return self._client

    def __enter__(self) -> LiveMock:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))  # any free port, loopback only
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        # Settings() and not from_env(): faults a user switched on for plinto-mock must not
        # leak into a docs check. fast_hash keeps argon2 from dominating the run.
        app = create_app(self.spec, Settings(fast_hash=True, base_url=self.url))
        config = uvicorn.Config(app, log_level="error", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="docs-mock", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise TargetUnreachable(f"the docs mock did not start on {self.url}")
            time.sleep(0.01)
        self._client = httpx.Client(base_url=self.url, timeout=30.0)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            self._client.close()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def reset(self) -> None:
        """Forget every user, token and rate-limit window."""
        self.client.post(f"{_ADMIN}/reset").raise_for_status()

    def outbox(self) -> list[dict[str, Any]]:
        """The emails the mock has "sent", oldest first."""
        response = self.client.get(f"{_ADMIN}/outbox")
        response.raise_for_status()
        messages = response.json().get("messages", [])
        return [m for m in messages if isinstance(m, dict)]
