from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from plinto_contract.errors import TargetUnreachable, TLSFailure
from plinto_contract.findings import Severity
from plinto_contract.readiness import EmbeddedMock, TLSFiles
from plinto_contract.readiness.tls import TLSReport, hostname_matches, inspect_tls, tls_outcomes


@pytest.mark.parametrize(
    ("host", "names", "matched"),
    [
        ("api.plinto.dev", ("api.plinto.dev",), True),
        ("API.plinto.dev", ("api.plinto.dev",), True),
        ("api.plinto.dev", ("*.plinto.dev",), True),
        ("plinto.dev", ("*.plinto.dev",), False),  # the seed's apex-domain mismatch
        ("a.b.plinto.dev", ("*.plinto.dev",), False),
        ("plinto.dev", ("*.dev",), False),
        ("127.0.0.1", ("127.0.0.1",), True),
        ("127.0.0.1", ("localhost",), False),
        ("localhost", ("127.0.0.1",), False),
    ],
)
def test_hostname_matching(host: str, names: tuple[str, ...], matched: bool):
    assert hostname_matches(host, names) is matched


def _port(base_url: str) -> int:
    return int(base_url.rsplit(":", 1)[1])


def _inspect(files: TLSFiles, ca_file: Path | None) -> TLSReport:
    with EmbeddedMock(tls=files) as mock:
        return inspect_tls("127.0.0.1", _port(mock.base_url), ca_file=ca_file, hsts_path="/health")


def _failed(report: TLSReport) -> dict[str, Severity]:
    return {o.check: o.finding.severity for o in tls_outcomes(report) if o.finding}


@pytest.fixture(scope="module")
def wrong_host(issue_cert: Callable[..., TLSFiles], ca_file: Path) -> TLSReport:
    return _inspect(issue_cert("wrong.example"), ca_file)


def test_a_certificate_for_another_host_is_a_critical_mismatch_that_names_it(wrong_host):
    assert wrong_host.chain_error is None
    assert wrong_host.hostname_matched is False
    assert wrong_host.names == ("wrong.example",)
    outcomes = {o.check: o for o in tls_outcomes(wrong_host)}
    mismatch = outcomes["tls_hostname_matches"].finding
    assert mismatch is not None
    assert mismatch.severity is Severity.CRITICAL
    assert "wrong.example" in mismatch.message
    assert "127.0.0.1" in mismatch.message
    assert _failed(wrong_host) == {"tls_hostname_matches": Severity.CRITICAL}


def test_protocol_and_hsts_are_read_from_the_server(wrong_host):
    assert wrong_host.protocol in {"TLSv1.2", "TLSv1.3"}
    assert wrong_host.hsts is not None
    assert wrong_host.hsts.startswith("max-age=")


def test_a_certificate_expiring_within_14_days_is_a_medium_warning(issue_cert, ca_file):
    report = _inspect(issue_cert("127.0.0.1", days=5), ca_file)
    assert report.hostname_matched
    assert 3 <= report.days_left <= 5
    assert _failed(report) == {"tls_not_expiring": Severity.MEDIUM}


def test_an_untrusted_chain_is_critical(issue_cert):
    report = _inspect(issue_cert("127.0.0.1"), ca_file=None)  # the test CA is not a system root
    assert report.chain_error is not None
    assert _failed(report) == {"tls_chain_valid": Severity.CRITICAL}


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_closed_port_is_unreachable(closed_port: int):
    with pytest.raises(TargetUnreachable, match=str(closed_port)):
        inspect_tls("127.0.0.1", closed_port, timeout=2)


def test_a_server_without_tls_fails_the_handshake():
    with EmbeddedMock() as mock, pytest.raises(TLSFailure, match="handshake"):
        inspect_tls("127.0.0.1", _port(mock.base_url), timeout=5)
