"""Shared fixtures: the spec, and pages written to a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plinto_contract.spec import Spec, load_spec

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec()


@pytest.fixture
def page(tmp_path: Path) -> Callable[[str], Path]:
    """Write Markdown text to a page file and return its path."""

    def write(text: str, name: str = "page.md") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
