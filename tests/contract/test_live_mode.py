"""Live mode: the whole suite against the mock served by uvicorn on a free 127.0.0.1 port.

The run gets an existing test account through the environment (as CI would) and must pass; then
no throwaway account may remain (every address the mock ever mailed is probed), the given account
must still exist, and the seeded password and token must appear in no output.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from contract_tests.auth import new_password
from plinto_contract.spec import load_spec
from tests.contract import leak_plugin
from tests.contract.suite import ROOT, run_suite
from tests.contract.test_redaction import JWT

START_TIMEOUT_SECONDS = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_mock(tmp_path: Path) -> Iterator[str]:
    """``plinto-mock`` on a free loopback port (fast hashing, no rate limits); its base URL."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = (tmp_path / "mock.log").open("w")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLINTO_")}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mock_server",
            "--host",
            "127.0.0.1",
            f"--port={port}",
            "--fast-hash",
            "--no-rate-limits",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            try:
                if httpx.get(f"{base_url}/health", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None, (
                f"plinto-mock exited: {(tmp_path / 'mock.log').read_text()}"
            )
            assert time.monotonic() < deadline, "plinto-mock did not start"
            time.sleep(0.2)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def signup_status(client: httpx.Client, email: str) -> int:
    """409 if an account with ``email`` exists (a probe: a new account is made otherwise)."""
    signup = load_spec().operations["signup"]
    return client.post(signup.path, json={"email": email, "password": new_password()}).status_code


@pytest.mark.slow
def test_live_mode_end_to_end(live_mock: str, tmp_path: Path) -> None:
    spec = load_spec()
    email, password = "plinto-existing-account@example.com", f"Existing-{os.urandom(6).hex()}-Pw1!"
    with httpx.Client(base_url=live_mock) as client:
        assert (
            client.post(
                spec.operations["signup"].path, json={"email": email, "password": password}
            ).status_code
            == 201
        )
        signin = client.post(
            spec.operations["signin"].path, json={"email": email, "password": password}
        )
        token = signin.json()["tokens"]["access_token"]

    run = run_suite(
        ["contract_tests", f"--base-url={live_mock}", "-p", "tests.contract.leak_plugin"],
        tmp_path,
        env={
            "PLINTO_TEST_EMAIL": email,
            "PLINTO_TEST_PASSWORD": password,
            leak_plugin.PASSWORD_ENV: password,
            leak_plugin.TOKEN_ENV: token,
        },
    )
    assert run.returncode == 0, run.summary()
    assert "Plinto contract coverage" in run.stdout
    assert f"target: {live_mock}" in run.stdout
    assert run.outcome("test_documented_operations_succeed") == "passed", run.summary()

    output = run.all_output
    assert password not in output
    assert token not in output
    assert not JWT.search(output), f"a JWT reached the output: {JWT.search(output)}"

    with httpx.Client(base_url=live_mock) as client:
        mailed = {m["to"] for m in client.get("/__mock__/outbox").json()["messages"]}
        assert len(mailed) > 10, f"the run mailed only {sorted(mailed)}"
        leftover = sorted(
            address for address in mailed - {email} if signup_status(client, address) == 409
        )
        assert not leftover, (
            f"{len(leftover)} throwaway account(s) survived the cleanup: {leftover[:10]}"
        )
        assert signup_status(client, email) == 409, "the given test account was deleted"
