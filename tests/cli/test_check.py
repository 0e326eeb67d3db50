"""`plinto-contract check` end to end, as a user runs it (TERM=dumb, no exception catching)."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from plinto_contract.cli import main
from plinto_contract.readiness import EmbeddedMock
from plinto_contract.spec import load_spec

# A throwaway password the check generates ("Rd-" + random + "-9a"), and any JWT.
_PASSWORD = re.compile(r"Rd-[A-Za-z0-9_-]{16}-9a")
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.")


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False, env={"TERM": "dumb"})


def reports(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(folder.iterdir())}


def assert_one_clean_line(result: Result, *fragments: str) -> None:
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("plinto-contract: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def assert_no_secrets(texts: dict[str, str], output: str) -> None:
    for text in [*texts.values(), output]:
        assert not _PASSWORD.search(text)
        assert not _JWT.search(text)


def test_the_mock_is_go_with_every_area_green(tmp_path: Path):
    result = invoke("--report-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Verdict: GO" in result.stdout
    files = reports(tmp_path)
    assert set(files) == {"readiness.md", "readiness.json", "junit.xml"}
    data = json.loads(files["readiness.json"])
    assert data["verdict"] == "GO"
    assert {a["status"] for a in data["areas"] if a["checks_run"]} == {"green"}
    assert data["findings"] == []
    assert_no_secrets(files, result.output)


def test_the_seed_outage_is_no_go_and_names_every_auth_operation(tmp_path: Path):
    result = invoke("--mock-fault", "auth-500", "--report-dir", str(tmp_path))
    assert result.exit_code == 1, result.output
    assert "Verdict: NO-GO" in result.stdout
    files = reports(tmp_path)
    markdown = files["readiness.md"]
    critical = markdown.split("## Critical issues", 1)[1].split("## Warnings", 1)[0]
    for operation in load_spec().operations.values():
        if operation.path.startswith("/api/v1/auth/"):
            heading = f"CRITICAL: {operation.operation_id} ({operation.method} {operation.path})"
            assert heading in critical
            section = critical.split(heading, 1)[1].split("\n### ", 1)[0]
            assert "- Status: 500" in section
    areas = {a["key"]: a["status"] for a in json.loads(files["readiness.json"])["areas"]}
    assert areas["availability"] == "green"
    assert areas["auth"] == "red"
    assert_no_secrets(files, result.output)


def test_a_wrong_hostname_certificate_is_named_in_the_tls_area(tmp_path, issue_cert, ca_file):
    with EmbeddedMock(tls=issue_cert("wrong.example")) as mock:
        result = invoke("--base-url", mock.base_url, "--ca-file", str(ca_file),
                        "--report-dir", str(tmp_path))  # fmt: skip
    assert result.exit_code == 1, result.output
    data = json.loads(reports(tmp_path)["readiness.json"])
    [mismatch] = [f for f in data["findings"] if f["check"] == "tls_hostname_matches"]
    assert (mismatch["area"], mismatch["severity"]) == ("tls", "critical")
    assert "wrong.example" in mismatch["message"]
    assert "certificate does not match the host name" in result.stdout


def test_a_soon_expiring_certificate_is_a_warning(tmp_path, issue_cert, ca_file):
    with EmbeddedMock(tls=issue_cert("127.0.0.1", days=5)) as mock:
        result = invoke("--base-url", mock.base_url, "--ca-file", str(ca_file),
                        "--report-dir", str(tmp_path))  # fmt: skip
    data = json.loads(reports(tmp_path)["readiness.json"])
    [expiry] = [f for f in data["findings"] if f["check"] == "tls_not_expiring"]
    assert (expiry["area"], expiry["severity"]) == ("tls", "medium")
    assert result.exit_code == 0, result.output  # a warning alone does not block
    assert data["verdict"] == "GO"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--bogus"], "No such option '--bogus'"),
        (["--profile", "nope"], "'nope' is not one of"),
        (["--budget-ms", "-5"], "--budget-ms"),
        (["--base-url", "ftp://example.test"], "not an http(s)://host URL"),
        (["--mock-fault", "no-such-fault"], "unknown fault 'no-such-fault'"),
        (["--mock-fault", "auth-500", "--base-url", "http://127.0.0.1:9"], "--mock-fault"),
    ],
)
def test_bad_flags_end_with_one_line_and_exit_2(args: list[str], fragment: str, tmp_path: Path):
    result = invoke(*args, "--report-dir", str(tmp_path))
    assert_one_clean_line(result, fragment)
    assert not list(tmp_path.iterdir())


def test_an_unreachable_port_ends_with_one_line_and_exit_2(tmp_path: Path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = invoke("--base-url", f"http://127.0.0.1:{port}", "--report-dir", str(tmp_path))
    assert_one_clean_line(result, "connection refused", str(port))


def test_an_unresolvable_host_ends_with_one_line_and_exit_2(tmp_path: Path):
    result = invoke("--base-url", "http://no-such-host.invalid", "--report-dir", str(tmp_path))
    assert_one_clean_line(result, "does not resolve")


def test_plain_http_to_a_tls_domain_check_is_a_finding_not_a_crash(tmp_path: Path):
    with EmbeddedMock() as mock:
        domain = mock.base_url.removeprefix("http://")
        result = invoke("--domain", domain, "--report-dir", str(tmp_path))
    assert result.exit_code == 1, result.output
    data = json.loads(reports(tmp_path)["readiness.json"])
    [handshake] = [f for f in data["findings"] if f["check"] == "tls_handshake"]
    assert handshake["severity"] == "critical"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def static_server(tmp_path: Path) -> Iterator[str]:
    """Any HTTP server that is not Plinto: the standard library's file server."""
    (tmp_path / "index.html").write_text("<h1>hello</h1>")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_server_that_is_not_plinto_is_a_no_go_that_says_so(static_server: str, tmp_path):
    report_dir = tmp_path / "out"
    result = invoke("--base-url", static_server, "--report-dir", str(report_dir))
    assert result.exit_code == 1, result.output
    assert "does not answer like Plinto" in result.stdout
    data = json.loads(reports(report_dir)["readiness.json"])
    assert [f["check"] for f in data["findings"]] == ["target_is_plinto"]
    assert "is this a Plinto API?" in data["findings"][0]["message"]
    assert "Traceback" not in result.output
