"""Client defaults, the discovered sub-clients, and the public surface."""

from __future__ import annotations

import importlib
import importlib.metadata

import httpx
import plinto_client
import pytest
from plinto_client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AsyncPlinto, Plinto
from plinto_client.lib._constants import BASE_URL_ENV
from plinto_client.lib._discovery import operation_module, operation_names, tags
from plinto_client.models import HealthStatus

from plinto_contract.spec import Spec
from tests.sdk.conftest import BASE_URL
from tests.sdk.transports import Script, json_response


def healthy() -> httpx.Response:
    return json_response(
        200, HealthStatus(status="healthy", version="1.0.0", environment="mock").to_dict()
    )


class ClosingTransport(httpx.MockTransport):
    def __init__(self) -> None:
        super().__init__(lambda request: healthy())
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_public_surface() -> None:
    assert sorted(plinto_client.__all__) == sorted(
        [
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AsyncPlinto",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "DEFAULT_BASE_URL",
            "DEFAULT_MAX_RETRIES",
            "DEFAULT_TIMEOUT",
            "MemoryTokenStore",
            "NotFoundError",
            "NotSignedInError",
            "PermissionDeniedError",
            "Plinto",
            "PlintoError",
            "RateLimitError",
            "ServerError",
            "SignInResult",
            "TokenStore",
            "UnexpectedResponseError",
            "ValidationError",
            "__version__",
        ]
    )
    for name in plinto_client.__all__:
        assert hasattr(plinto_client, name)


def test_user_agent_names_the_sdk_version() -> None:
    script = Script([healthy()])
    with Plinto(BASE_URL, transport=script.transport()) as client:
        client.health.get_health()
    version = importlib.metadata.version("plinto-client")
    assert script.requests[0].headers["User-Agent"] == f"plinto-client/{version}"
    assert plinto_client.__version__ == version


def test_default_timeout_is_sent_with_each_request() -> None:
    script = Script([healthy()])
    with Plinto(BASE_URL, transport=script.transport()) as client:
        assert client.timeout == DEFAULT_TIMEOUT
        client.health.get_health()
        client.with_options(timeout=1.5).health.get_health()
    assert script.requests[0].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    assert script.requests[1].extensions["timeout"] == httpx.Timeout(1.5).as_dict()


def test_base_url_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    assert Plinto().base_url == DEFAULT_BASE_URL
    monkeypatch.setenv(BASE_URL_ENV, "http://staging.example")
    assert Plinto().base_url == "http://staging.example"
    assert AsyncPlinto().base_url == "http://staging.example"
    assert Plinto("http://arg.example").base_url == "http://arg.example"


def test_base_url_is_where_requests_go() -> None:
    script = Script([healthy()])
    with Plinto("http://other.example:9000", transport=script.transport()) as client:
        client.health.get_health()
    assert str(script.requests[0].url).startswith("http://other.example:9000/")


def test_context_manager_closes_the_connections() -> None:
    transport = ClosingTransport()
    with Plinto(BASE_URL, transport=transport) as client:
        copy = client.with_options(max_retries=0)
        copy.close()  # a copy shares the pool and never closes it
        assert not transport.closed
        assert client.health.get_health().status == "healthy"
    assert transport.closed


@pytest.mark.anyio
async def test_async_context_manager_closes_the_connections() -> None:
    closed: list[bool] = []

    class AsyncClosing(httpx.MockTransport):
        async def aclose(self) -> None:
            closed.append(True)

    async with AsyncPlinto(BASE_URL, transport=AsyncClosing(lambda request: healthy())) as client:
        assert (await client.health.get_health()).status == "healthy"
    assert closed == [True]


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Plinto(BASE_URL, max_retries=-1)


def test_every_spec_operation_is_discovered_with_its_security(spec: Spec) -> None:
    discovered = {name: tag for tag in tags() for name in operation_names(tag)}
    assert set(discovered) == set(spec.operations)
    for operation_id, operation in spec.operations.items():
        assert discovered[operation_id] == operation.tag
        module = operation_module(operation.tag, operation_id)
        assert module.REQUIRES_AUTH is operation.secured, operation_id


def test_every_operation_is_reachable_on_both_clients() -> None:
    sync_client, async_client = Plinto(BASE_URL), AsyncPlinto(BASE_URL)
    for tag in tags():
        for name in operation_names(tag):
            assert callable(getattr(getattr(sync_client, tag), name))
            assert callable(getattr(getattr(async_client, tag), name))
        assert set(operation_names(tag)) <= set(dir(getattr(sync_client, tag)))
    with pytest.raises(AttributeError):
        _ = sync_client.users.no_such_operation  # type: ignore[attr-defined]


def test_typed_shapes_match_the_discovered_operations() -> None:
    for tag in tags():
        package = importlib.import_module(f"plinto_client.api.{tag}")
        for protocol in (package.SyncOperations, package.AsyncOperations):
            declared = {name for name in vars(protocol) if not name.startswith("_")}
            assert declared == operation_names(tag), (tag, protocol.__name__)


def test_every_tag_has_a_typed_attribute() -> None:
    for cls in (Plinto, AsyncPlinto):
        assert set(tags()) <= set(cls.__annotations__), cls.__name__
