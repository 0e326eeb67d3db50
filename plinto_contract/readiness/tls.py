"""TLS of one host: chain validity, hostname match, days to expiry, protocol version, HSTS.

The handshakes use the standard library's ssl module: one without verification to see what the
server presents (so a bad certificate is reported, not just refused), one that verifies the chain
against the system roots (or `ca_file`). The certificate is parsed with `cryptography`, which
pyjwt[crypto] already brings. Connection problems raise the TargetError tree, never ssl/socket
errors.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from plinto_contract.errors import TargetTimeout, TargetUnreachable, TLSFailure
from plinto_contract.findings import Evidence
from plinto_contract.readiness.events import CheckOutcome
from plinto_contract.readiness.verdict import finding

__all__ = [
    "EXPIRY_WARNING_DAYS",
    "MODERN_PROTOCOLS",
    "TLSReport",
    "hostname_matches",
    "inspect_tls",
    "tls_outcomes",
]

EXPIRY_WARNING_DAYS = 14
MODERN_PROTOCOLS = frozenset({"TLSv1.2", "TLSv1.3"})
_MAX_AGE = re.compile(r"(?i)\bmax-age\s*=\s*\"?(\d+)")


@dataclass(frozen=True)
class TLSReport:
    """What one host presented over TLS."""

    host: str
    port: int
    protocol: str | None
    cipher: str | None
    subject: str
    names: tuple[str, ...]  # DNS and IP subject alternative names
    not_after: datetime
    days_left: int
    chain_error: str | None  # None when the chain verifies
    hostname_matched: bool
    hsts: str | None  # the Strict-Transport-Security value, if sent

    @property
    def label(self) -> str:
        return self.host if self.port == 443 else f"{self.host}:{self.port}"


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def hostname_matches(host: str, names: tuple[str, ...]) -> bool:
    """RFC 6125 matching: IPs exactly; DNS names case-insensitively, `*` as the whole left label."""
    if _is_ip(host):
        wanted = ipaddress.ip_address(host)
        return any(_is_ip(name) and ipaddress.ip_address(name) == wanted for name in names)
    host_labels = host.rstrip(".").lower().split(".")
    for name in names:
        if _is_ip(name):
            continue
        labels = name.rstrip(".").lower().split(".")
        if len(labels) != len(host_labels):
            continue
        if labels[0] == "*" and len(labels) > 2:
            if labels[1:] == host_labels[1:]:
                return True
        elif labels == host_labels:
            return True
    return False


def _names(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ()
    dns = san.get_values_for_type(x509.DNSName)
    ips = [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
    return (*dns, *ips)


def _subject(cert: x509.Certificate) -> str:
    common = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(common[0].value) if common else cert.subject.rfc4514_string()


def _connect(host: str, port: int, timeout: float) -> socket.socket:
    try:
        return socket.create_connection((host, port), timeout=timeout)
    except socket.gaierror as exc:
        raise TargetUnreachable(f"{host}: the host name does not resolve ({exc.strerror})") from exc
    except TimeoutError as exc:
        raise TargetTimeout(f"{host}:{port}: no answer within {timeout:g} s") from exc
    except OSError as exc:
        raise TargetUnreachable(f"{host}:{port}: {exc.strerror or exc}") from exc


@contextmanager
def _handshake(
    context: ssl.SSLContext, host: str, port: int, timeout: float
) -> Iterator[ssl.SSLSocket]:
    sock = _connect(host, port, timeout)
    try:
        tls = context.wrap_socket(sock, server_hostname=None if _is_ip(host) else host)
    except BaseException:
        sock.close()
        raise
    try:
        yield tls
    finally:
        tls.close()


def _unverified_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # we want to see a bad certificate, then judge it
    # Accept old protocols here so that we can report them instead of failing the handshake.
    context.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    return context


def _chain_error(host: str, port: int, ca_file: Path | None, timeout: float) -> str | None:
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    context.check_hostname = False  # judged separately, so a mismatch and a bad chain both show
    try:
        with _handshake(context, host, port, timeout):
            return None
    except ssl.SSLCertVerificationError as exc:
        return str(exc.verify_message or exc.reason or exc)
    except ssl.SSLError as exc:
        raise TLSFailure(f"{host}:{port}: TLS handshake failed ({exc.reason or exc})") from exc


def _hsts(host: str, port: int, path: str, timeout: float) -> str | None:
    connection = http.client.HTTPSConnection(
        host, port, timeout=timeout, context=_unverified_context()
    )
    try:
        connection.request("GET", path, headers={"User-Agent": "plinto-contract readiness"})
        response = connection.getresponse()
        value = response.getheader("Strict-Transport-Security")
        response.read()
    except (OSError, http.client.HTTPException):
        return None  # the handshake worked; a broken HTTP layer is judged by the other probes
    finally:
        connection.close()
    return value


def inspect_tls(
    host: str,
    port: int = 443,
    *,
    ca_file: Path | None = None,
    timeout: float = 10.0,
    hsts_path: str = "/",
    now: datetime | None = None,
) -> TLSReport:
    """Handshake with `host:port` and describe what it presented; TargetError if it cannot."""
    try:
        with _handshake(_unverified_context(), host, port, timeout) as tls:
            der = tls.getpeercert(binary_form=True)
            protocol = tls.version()
            cipher = tls.cipher()
    except ssl.SSLError as exc:
        raise TLSFailure(f"{host}:{port}: TLS handshake failed ({exc.reason or exc})") from exc
    except TimeoutError as exc:
        raise TargetTimeout(f"{host}:{port}: TLS handshake timed out after {timeout:g} s") from exc
    if not der:
        raise TLSFailure(f"{host}:{port}: the server presented no certificate")
    cert = x509.load_der_x509_certificate(der)
    names = _names(cert)
    not_after = cert.not_valid_after_utc
    moment = now or datetime.now(UTC)
    return TLSReport(
        host=host,
        port=port,
        protocol=protocol,
        cipher=cipher[0] if cipher else None,
        subject=_subject(cert),
        names=names,
        not_after=not_after,
        days_left=(not_after - moment).days,
        chain_error=_chain_error(host, port, ca_file, timeout),
        hostname_matched=hostname_matches(host, names),
        hsts=_hsts(host, port, hsts_path, timeout),
    )


def _hsts_max_age(value: str | None) -> int:
    match = _MAX_AGE.search(value or "")
    return int(match.group(1)) if match else 0


def tls_outcomes(report: TLSReport) -> list[CheckOutcome]:
    """Judge a TLSReport: one outcome per TLS check, each failure a finding with its rule."""
    where = report.label
    url = f"https://{where}/"
    evidence = Evidence(method="TLS", url=url, body_excerpt=f"certificate for {report.subject}")

    def outcome(check: str, failed: bool, title: str, message: str) -> CheckOutcome:
        if not failed:
            return CheckOutcome(check=check)
        return CheckOutcome(check, None, finding(check, title, message, evidence=evidence))

    expiry = (
        f"expired {-report.days_left} days ago"
        if report.days_left < 0
        else f"expires in {report.days_left} days"
    )
    named = ", ".join(report.names) or f"CN={report.subject} (no subject alternative names)"
    return [
        outcome(
            "tls_chain_valid",
            report.chain_error is not None,
            f"{where}: certificate chain does not verify",
            f"{where}: {report.chain_error}.",
        ),
        outcome(
            "tls_hostname_matches",
            not report.hostname_matched,
            f"{where}: certificate does not match the host name",
            f"{where} presents a certificate for {named}, which does not cover {report.host}.",
        ),
        outcome(
            "tls_not_expiring",
            report.days_left < EXPIRY_WARNING_DAYS,
            f"{where}: certificate {expiry}",
            f"{where}: the certificate {expiry} ({report.not_after:%Y-%m-%d %H:%M} UTC; "
            f"the warning starts {EXPIRY_WARNING_DAYS} days before).",
        ),
        outcome(
            "tls_protocol_modern",
            report.protocol not in MODERN_PROTOCOLS,
            f"{where}: negotiates {report.protocol}",
            f"{where} negotiated {report.protocol}; TLS 1.2 or newer is required.",
        ),
        outcome(
            "hsts_present",
            _hsts_max_age(report.hsts) <= 0,
            f"{where}: no Strict-Transport-Security",
            f"{where} answered without a Strict-Transport-Security max-age (got {report.hsts!r}).",
        ),
    ]
