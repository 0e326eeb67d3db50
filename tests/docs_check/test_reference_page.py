"""The mock serves the API reference `nox -s docs` builds at /docs, with a CSP that fits it."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from starlette.testclient import TestClient

from mock_server import Settings, create_app
from mock_server.settings import BUILT_API_REFERENCE
from plinto_contract.spec import Spec
from tests.docs_check.conftest import REPO

SCRIPT = "window.started = true;"
PAGE = f"<!doctype html><title>Plinto API</title><script>{SCRIPT}</script><p>reference</p>"


def test_a_built_reference_replaces_swagger_ui(spec: Spec, tmp_path: Path) -> None:
    reference = tmp_path / "api.html"
    reference.write_text(PAGE, encoding="utf-8")
    settings = Settings(fast_hash=True, api_reference=reference)
    with TestClient(create_app(spec, settings)) as client:
        page = client.get("/docs")
    assert page.status_code == 200
    assert page.text == PAGE
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    csp = page.headers["content-security-policy"]
    assert f"script-src 'self' 'sha256-{digest}';" in csp
    assert "unsafe-inline'; img-src" in csp
    assert "'unsafe-eval'" not in csp
    assert "script-src 'self' 'unsafe-inline'" not in csp


def test_without_a_reference_swagger_ui_stays(spec: Spec, tmp_path: Path) -> None:
    settings = Settings(fast_hash=True, api_reference=tmp_path / "not-built.html")
    with TestClient(create_app(spec, settings)) as client:
        assert "swagger-ui" in client.get("/docs").text


def test_plinto_mock_looks_for_the_page_nox_builds() -> None:
    assert BUILT_API_REFERENCE == REPO / "docs" / "_build" / "api.html"
    explicit = Settings.from_env({"PLINTO_MOCK_API_REFERENCE": "/srv/api.html"})
    assert explicit.api_reference == Path("/srv/api.html")
    assert Settings.from_env({"PLINTO_MOCK_API_REFERENCE": ""}).api_reference is None
