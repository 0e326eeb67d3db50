"""Fixtures for the SDK tests: the mock in-process, clients over it, and its outbox."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator

import anyio.from_thread
import httpx
import pytest
from anyio.from_thread import BlockingPortal
from plinto_client import AsyncPlinto, Plinto
from starlette.applications import Starlette

from mock_server import Settings, create_app
from plinto_contract.spec import Spec, load_spec
from tests.sdk.transports import SyncASGITransport

# Any URL works in-process; this one says where a real mock would listen.
BASE_URL = "http://127.0.0.1:8000"
# Meets the contract's password rule (12+ characters, upper, lower, digit, symbol).
PASSWORD = "Correct-Horse-Battery-42"


def new_email() -> str:
    return f"sdk-{uuid.uuid4().hex[:12]}@example.com"


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def mock_settings() -> Settings:
    """Fast hashing, no 429s, and the mock checking its own answers against the spec."""
    return Settings(fast_hash=True, rate_limits=False, validate_responses=True)


@pytest.fixture
def mock_app(spec: Spec, mock_settings: Settings) -> Starlette:
    return create_app(spec, mock_settings)


@pytest.fixture
def portal() -> Iterator[BlockingPortal]:
    with anyio.from_thread.start_blocking_portal() as portal:
        yield portal


@pytest.fixture
def mock_transport(mock_app: Starlette, portal: BlockingPortal) -> SyncASGITransport:
    return SyncASGITransport(mock_app, portal)


@pytest.fixture
def client(mock_transport: httpx.BaseTransport) -> Iterator[Plinto]:
    with Plinto(BASE_URL, transport=mock_transport) as client:
        yield client


@pytest.fixture
async def async_client(mock_app: Starlette) -> AsyncIterator[AsyncPlinto]:
    async with AsyncPlinto(BASE_URL, transport=httpx.ASGITransport(app=mock_app)) as client:
        yield client


ClientFactory = Callable[[Settings], Plinto]


@pytest.fixture
def client_for(spec: Spec, portal: BlockingPortal) -> Iterator[ClientFactory]:
    """Clients over mocks with other settings (faults, rate limits), closed after the test."""
    made: list[Plinto] = []

    def make(settings: Settings) -> Plinto:
        transport = SyncASGITransport(create_app(spec, settings), portal)
        made.append(Plinto(BASE_URL, transport=transport))
        return made[-1]

    yield make
    for client in made:
        client.close()


class Mailbox:
    """Reads the mock's outbox (`GET /__mock__/outbox`, a mock-only route outside the spec)."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self._http = httpx.Client(base_url=BASE_URL, transport=transport)

    def token(self, email: str, kind: str) -> str:
        """The token of the latest email of `kind` sent to `email`."""
        response = self._http.get("/__mock__/outbox", params={"email": email})
        response.raise_for_status()
        messages = [m for m in response.json()["messages"] if m["kind"] == kind]
        assert messages, f"no {kind} email for {email}"
        return str(messages[-1]["token"])

    def close(self) -> None:
        self._http.close()


@pytest.fixture
def mailbox(mock_transport: httpx.BaseTransport) -> Iterator[Mailbox]:
    mailbox = Mailbox(mock_transport)
    yield mailbox
    mailbox.close()
