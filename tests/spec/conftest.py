from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from plinto_contract.spec import Spec, load_spec

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def spec() -> Spec:
    """The real openapi.yaml, loaded once."""
    return load_spec()


@pytest.fixture
def document(spec: Spec) -> dict[str, Any]:
    """A deep copy of the real document that a test may break."""
    return copy.deepcopy(spec.document)


@pytest.fixture(scope="session")
def mini() -> Spec:
    """A small fixture spec whose contents the spec-layer tests pin exactly."""
    return load_spec(FIXTURES / "mini.yaml")
