from __future__ import annotations

import socket

import httpx
import pytest

from plinto_contract.errors import UsageError
from plinto_contract.readiness import EmbeddedMock


def test_the_embedded_mock_serves_on_loopback_and_stops():
    with EmbeddedMock(["ready-lies"]) as mock:
        assert mock.base_url.startswith("http://127.0.0.1:")
        faults = httpx.get(f"{mock.base_url}/__mock__/faults").json()
        assert faults["active"] == ["ready-lies"]
        port = int(mock.base_url.rsplit(":", 1)[1])
    with socket.socket() as sock:
        sock.settimeout(1)
        with pytest.raises(ConnectionRefusedError):
            sock.connect(("127.0.0.1", port))


def test_an_unknown_fault_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown fault 'nope'"):
        EmbeddedMock(["nope"])
