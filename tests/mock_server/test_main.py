"""The plinto-mock console script: faults listing, refusals, and a real server on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from mock_server.__main__ import main
from mock_server.faults import FAULTS


def test_list_faults_prints_names_and_docs() -> None:
    result = CliRunner().invoke(main, ["--list-faults"], catch_exceptions=False)
    assert result.exit_code == 0
    for fault in FAULTS.values():
        assert fault.name in result.output
        assert fault.doc.splitlines()[0] in result.output


def test_unknown_fault_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(main, ["--fault", "nope"], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.output.strip().startswith("plinto-mock: unknown fault 'nope'")
    assert len(result.output.strip().splitlines()) == 1


def test_busy_port_is_one_line_and_nonzero() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["--port", str(port)], catch_exceptions=False)
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"plinto-mock: cannot listen on 127.0.0.1:{port}: address already in use"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serves_over_http_on_loopback() -> None:
    port = _free_port()
    env = {**os.environ, "PLINTO_MOCK_FAULTS": "signout-noop"}
    command = [
        sys.executable,
        "-m",
        "mock_server",
        "--port",
        str(port),
        "--fast-hash",
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                health = httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise AssertionError("the mock did not start")
        assert health.status_code == 200
        assert "server" not in health.headers
        discovery = httpx.get(f"{base}/.well-known/openid-configuration").json()
        assert discovery["issuer"] == base
        faults = httpx.get(f"{base}/__mock__/faults").json()
        assert faults["active"] == ["signout-noop"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_bench_measures_every_scenario_without_errors() -> None:
    from mock_server.bench import run_bench

    results = run_bench(requests=20, concurrency=2, warmup=2)
    assert [r.scenario for r in results] == [
        "GET /health",
        "POST signin (fast hash)",
        "GET /api/v1/auth/me",
    ]
    assert all(r.errors == 0 and r.requests == 20 and r.p99_ms >= r.p50_ms > 0 for r in results)
