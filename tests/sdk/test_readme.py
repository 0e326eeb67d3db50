"""The Python blocks of sdk/README.md run, in order, against the in-process mock (with sybil).

The blocks are the README's own text: only the network is swapped, by pointing the clients' default
transport at the mock app.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from anyio.from_thread import BlockingPortal
from plinto_client.lib import _client
from plinto_client.lib._constants import BASE_URL_ENV
from starlette.applications import Starlette
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser

from tests.sdk.conftest import BASE_URL
from tests.sdk.transports import SyncASGITransport

README = Path(__file__).resolve().parents[2] / "sdk" / "README.md"


def test_readme_blocks_run_against_the_mock(
    monkeypatch: pytest.MonkeyPatch,
    mock_app: Starlette,
    portal: BlockingPortal,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(BASE_URL_ENV, BASE_URL)  # never the production default, even by mistake
    monkeypatch.setattr(_client, "default_transport", lambda: SyncASGITransport(mock_app, portal))
    monkeypatch.setattr(
        _client, "default_async_transport", lambda: httpx.ASGITransport(app=mock_app)
    )
    document = Sybil(parsers=[PythonCodeBlockParser()]).parse(README)
    examples = list(document)
    assert len(examples) >= 6

    for example in examples:
        example.evaluate()

    printed = capsys.readouterr().out
    assert "ada@example.com True" not in printed  # her email was never verified
    assert "ada@example.com False" in printed
    assert "Countess" in printed
    assert "password" in printed  # the ValidationError block named the field
