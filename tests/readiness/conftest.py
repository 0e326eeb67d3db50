from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme

from plinto_contract.readiness import Assessment, EmbeddedMock, Options, TLSFiles, assess, run

CheckMock = Callable[..., Assessment]


def assessment_of(base_url: str, **options: object) -> Assessment:
    """Run the readiness check against `base_url` and fold it into an assessment."""
    opts = Options(base_url=base_url, **options)  # type: ignore[arg-type]
    events = list(run(opts))
    return assess(
        events,
        target=base_url,
        profile=opts.profile,
        started_at=datetime.now(UTC),
        budget_ms=opts.budget_ms,
        max_error_rate=opts.max_error_rate,
    )


@pytest.fixture(scope="session")
def check_mock() -> CheckMock:
    """Check the embedded mock with some faults; each combination is run once per session."""
    cache: dict[tuple[tuple[str, ...], tuple[tuple[str, object], ...]], Assessment] = {}

    def check(*faults: str, **options: object) -> Assessment:
        key = (faults, tuple(sorted(options.items())))
        if key not in cache:
            with EmbeddedMock(faults) as mock:
                cache[key] = assessment_of(mock.base_url, **options)
        return cache[key]

    return check


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="session")
def issue_cert(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., TLSFiles]:
    """PEM files of a leaf certificate for `identity`, valid for `days` more days."""

    def issue(identity: str, days: int = 365) -> TLSFiles:
        folder = tmp_path_factory.mktemp("cert")
        leaf = ca.issue_cert(identity, not_after=datetime.now(UTC) + timedelta(days=days))
        certfile, keyfile = folder / "cert.pem", folder / "key.pem"
        leaf.private_key_pem.write_to_path(str(keyfile))
        certfile.write_bytes(b"".join(pem.bytes() for pem in leaf.cert_chain_pems))
        return TLSFiles(certfile=certfile, keyfile=keyfile)

    return issue
