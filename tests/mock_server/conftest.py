from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mock_server import Settings, create_app
from plinto_contract.spec import Spec, load_spec
from tests.mock_server.helpers import Account


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec()


@pytest.fixture
def settings() -> Settings:
    """Fast hashing, no 429s, and the mock checking its own responses against the spec."""
    return Settings(fast_hash=True, rate_limits=False, validate_responses=True)


@pytest.fixture
def app(spec: Spec, settings: Settings) -> Starlette:
    return create_app(spec, settings)


@pytest.fixture
def client(app: Starlette) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def account(client: TestClient) -> Account:
    return Account(client)
