"""Throughput and latency of the mock over real HTTP: GET /health, POST signin, GET /auth/me.

    python -m mock_server.bench [--requests 2000] [--concurrency 4] [--json] [--compare-prism]

Starts ``plinto-mock --fast-hash --no-rate-limits`` on a free 127.0.0.1 port (or measures
``--base-url``), warms up, then sends a bounded number of requests per scenario with httpx and
prints requests/s and p50/p99 latency. :func:`measure` works against any server: with
``--compare-prism`` the same scenarios also run against Prism (npm ``@stoplight/prism-cli``,
installed into a cache folder) mocking the same spec, and the throughput ratio is printed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import click
import httpx

from plinto_contract.spec import load_spec

__all__ = ["BenchResult", "measure", "run_bench", "serve"]

PASSWORD = "Bench-Password-42"
PRISM_PACKAGE = "@stoplight/prism-cli@5.16.0"
PRISM_DIR = Path(".nox") / "prism"


@dataclass(frozen=True)
class BenchResult:
    scenario: str
    requests: int
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float

    def line(self) -> str:
        return (
            f"{self.scenario:<28} {self.rps:>9.0f} req/s   p50 {self.p50_ms:>7.2f} ms   "
            f"p99 {self.p99_ms:>7.2f} ms   ({self.requests} requests, {self.errors} errors)"
        )


def _percentile(sorted_values: list[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


def _run(
    clients: list[httpx.Client], method: str, url: str, *, count: int, expect: int, **kwargs: Any
) -> tuple[list[float], int, float]:
    """``count`` requests spread over one thread per client; latencies, errors, wall seconds."""
    share = [
        count // len(clients) + (1 if i < count % len(clients) else 0) for i in range(len(clients))
    ]

    def worker(index: int) -> tuple[list[float], int]:
        client, latencies, errors = clients[index], [], 0
        for _ in range(share[index]):
            started = time.perf_counter()
            response = client.request(method, url, **kwargs)
            latencies.append(time.perf_counter() - started)
            errors += response.status_code != expect
        return latencies, errors

    started = time.perf_counter()
    with ThreadPoolExecutor(len(clients)) as pool:
        outcomes = list(pool.map(worker, range(len(clients))))
    seconds = time.perf_counter() - started
    return [x for lat, _ in outcomes for x in lat], sum(e for _, e in outcomes), seconds


def measure(
    base_url: str, *, requests: int = 2000, concurrency: int = 4, warmup: int = 200
) -> list[BenchResult]:
    """Measure the three scenarios against a running server at ``base_url``.

    Sync httpx clients, one per thread and keep-alive: on this 2-core box the Python client, not
    the mock, is the limit, so the figures are a floor for the mock's own capacity.
    """
    operations = load_spec().operations
    clients = [httpx.Client(base_url=base_url, timeout=30) for _ in range(concurrency)]
    try:
        email = f"bench-{uuid.uuid4().hex[:12]}@example.com"
        signup = clients[0].post(
            operations["signup"].path, json={"email": email, "password": PASSWORD}
        )
        signup.raise_for_status()
        token = signup.json()["tokens"]["access_token"]
        scenarios: list[tuple[str, str, str, dict[str, Any]]] = [
            ("GET /health", "GET", operations["get_health"].path, {}),
            (
                "POST signin (fast hash)",
                "POST",
                operations["signin"].path,
                {"json": {"email": email, "password": PASSWORD}},
            ),
            (
                "GET /api/v1/auth/me",
                "GET",
                operations["get_current_user"].path,
                {"headers": {"Authorization": f"Bearer {token}"}},
            ),
        ]
        results = []
        for name, method, url, kwargs in scenarios:
            _run(clients, method, url, count=warmup, expect=200, **kwargs)
            latencies, errors, seconds = _run(
                clients, method, url, count=requests, expect=200, **kwargs
            )
            latencies.sort()
            results.append(
                BenchResult(
                    scenario=name,
                    requests=requests,
                    errors=errors,
                    seconds=round(seconds, 3),
                    rps=round(requests / seconds, 1),
                    p50_ms=round(statistics.median(latencies) * 1000, 3),
                    p99_ms=round(_percentile(latencies, 0.99) * 1000, 3),
                )
            )
        return results
    finally:
        for client in clients:
            client.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serve(*extra_args: str) -> Iterator[str]:
    """Run plinto-mock (fast hash, no rate limits) on a free loopback port; yield its base URL."""
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "mock_server",
        "--port",
        str(port),
        "--fast-hash",
        "--no-rate-limits",
        "--log-level",
        "warning",
        *extra_args,
    ]
    env = {k: v for k, v in os.environ.items() if k != "PLINTO_MOCK_FAULTS"}
    server = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url, server, "plinto-mock")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_until_up(base_url: str, server: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base_url}/health", timeout=1)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.2)


def install_prism(folder: Path = PRISM_DIR) -> Path | None:
    """Install Prism with npm into ``folder`` (once); its executable, or None when npm cannot."""
    executable = folder / "node_modules" / ".bin" / "prism"
    if executable.exists():
        return executable
    npm = shutil.which("npm")
    if npm is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    command = [npm, "install", "--no-save", "--no-audit", "--no-fund", PRISM_PACKAGE]
    done = subprocess.run(command, cwd=folder, capture_output=True, timeout=600, check=False)
    return executable if done.returncode == 0 and executable.exists() else None


@contextlib.contextmanager
def serve_prism(executable: Path) -> Iterator[str]:
    """Run Prism mocking openapi.yaml on a free loopback port; yield its base URL.

    Prism gets the spec as JSON: our loader has already expanded the YAML anchors and merge keys.
    """
    spec_json = executable.parents[2] / "openapi.json"
    spec_json.write_text(json.dumps(load_spec().document))
    port = _free_port()
    command = [str(executable), "mock", str(spec_json), "-h", "127.0.0.1", "-p", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url, server, "prism")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_bench(
    *, requests: int = 2000, concurrency: int = 16, warmup: int = 200
) -> list[BenchResult]:
    """Start the mock on a free port, measure it, stop it."""
    with serve() as base_url:
        return measure(base_url, requests=requests, concurrency=concurrency, warmup=warmup)


@click.command()
@click.option("--requests", default=2000, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 64))
@click.option("--warmup", default=200, show_default=True, type=click.IntRange(0, 10_000))
@click.option(
    "--base-url", default=None, help="Measure this running server instead of starting one."
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option(
    "--compare-prism", is_flag=True, help="Also measure Prism on the same spec (needs npm)."
)
def main(
    requests: int,
    concurrency: int,
    warmup: int,
    base_url: str | None,
    as_json: bool,
    compare_prism: bool,
) -> None:
    """Print requests/s and p50/p99 latency for the mock's three benchmark scenarios."""
    if base_url:
        results = measure(base_url, requests=requests, concurrency=concurrency, warmup=warmup)
    else:
        results = run_bench(requests=requests, concurrency=concurrency, warmup=warmup)
    prism: list[BenchResult] = []
    if compare_prism:
        executable = install_prism()
        if executable is None:
            click.echo("prism: npm could not install it here; comparison skipped", err=True)
        else:
            with serve_prism(executable) as prism_url:
                prism = measure(
                    prism_url, requests=requests, concurrency=concurrency, warmup=warmup
                )
    if as_json:
        payload = {"mock": [asdict(r) for r in results], "prism": [asdict(r) for r in prism]}
        click.echo(json.dumps(payload, indent=2))
        return
    click.echo("plinto-mock")
    for result in results:
        click.echo(f"  {result.line()}")
    if prism:
        click.echo(f"prism ({PRISM_PACKAGE}, canned examples, no state)")
        for ours, theirs in zip(results, prism, strict=True):
            click.echo(f"  {theirs.line()}   mock/prism throughput {ours.rps / theirs.rps:.2f}x")


if __name__ == "__main__":
    main()
