"""Each fault is registered, documented, parsed, and changes what the mock does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from mock_server import Settings, create_app
from mock_server.faults import FAULTS, FaultError, FaultSet, describe_faults
from mock_server.middleware import security_headers
from plinto_contract.spec import Spec
from tests.mock_server.helpers import PASSWORD, Account, path, unique_email

REQUIRED_FAULTS = {
    "auth-500",
    "slow",
    "drop-field",
    "no-security-headers",
    "accept-invalid",
    "signout-noop",
    "ready-lies",
}


def mock(spec: Spec, *faults: str) -> TestClient:
    settings = Settings(fast_hash=True, rate_limits=False, faults=FaultSet.parse(faults))
    return TestClient(create_app(spec, settings))


@pytest.fixture
def healthy(spec: Spec) -> Iterator[TestClient]:
    with mock(spec) as client:
        yield client


def test_registry_has_every_fault_with_a_docstring() -> None:
    assert set(FAULTS) >= REQUIRED_FAULTS
    assert all(f.doc for f in FAULTS.values())
    listing = describe_faults()
    assert all(name in listing for name in REQUIRED_FAULTS)


def test_parse_parameters_and_refuse_unknown_names() -> None:
    faults = FaultSet.parse(["slow=800,auth-500", "drop-field=username"])
    assert faults.latency_ms == 800
    assert faults.dropped_field == "username"
    assert faults.active("auth-500")
    assert sorted(faults.describe()) == ["auth-500", "drop-field=username", "slow=800"]
    with pytest.raises(FaultError, match="unknown fault"):
        FaultSet.parse(["nope"])
    with pytest.raises(FaultError):
        FaultSet.parse(["slow=fast"])
    with pytest.raises(FaultError):
        FaultSet.parse(["auth-500=1"])


def test_auth_500_breaks_auth_while_health_stays_green_and_ready_tells(
    spec: Spec, healthy: TestClient
) -> None:
    with mock(spec, "auth-500") as client:
        signup = client.post(path("signup"), json={"email": unique_email(), "password": PASSWORD})
        invalid = client.post(path("signin"), json={})
        assert signup.status_code == invalid.status_code == 500
        assert signup.json()["error_code"] == "INTERNAL_ERROR"
        assert client.get(path("get_health")).status_code == 200
        ready = client.get(path("get_readiness"))
        assert ready.status_code == 503
        assert ready.json()["details"][0]["field"] == "checks.auth"
    assert healthy.post(path("signin"), json={}).status_code == 422
    assert healthy.get(path("get_readiness")).json()["status"] == "ready"


def test_ready_lies_hides_the_outage(spec: Spec) -> None:
    with mock(spec, "auth-500", "ready-lies") as client:
        ready = client.get(path("get_readiness"))
        assert ready.status_code == 200
        assert ready.json()["status"] == "ready"
        assert client.post(path("signin"), json={}).status_code == 500


def test_slow_adds_latency(spec: Spec, monkeypatch: pytest.MonkeyPatch) -> None:
    # Record the wait instead of timing it: tests assert behaviour, not durations.
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("mock_server.middleware.asyncio.sleep", record)
    with mock(spec, "slow=300") as client:
        client.get(path("get_health"))
        client.get("/nope")
    assert waits == [0.3, 0.3]
    with mock(spec) as client:
        client.get(path("get_health"))
    assert waits == [0.3, 0.3]


def test_drop_field_removes_a_required_user_field(spec: Spec, healthy: TestClient) -> None:
    with mock(spec, "drop-field") as client:
        account = Account(client)
        assert "email" not in account.user
        me = client.get(path("get_current_user"), headers=account.headers).json()
        assert "email" not in me
        assert "id" in me
        assert "email" not in client.get(path("get_my_profile"), headers=account.headers).json()
    assert "email" in Account(healthy).user


def test_no_security_headers(spec: Spec, healthy: TestClient) -> None:
    names = {name.lower() for name in security_headers(spec)}
    with mock(spec, "no-security-headers") as client:
        response = client.get(path("get_health"))
        assert not names & set(response.headers.keys())
        assert response.headers["x-request-id"]
    assert names <= set(healthy.get(path("get_health")).headers.keys())


def test_accept_invalid_skips_validation(spec: Spec, healthy: TestClient) -> None:
    weak = {"email": unique_email(), "password": "weak"}
    with mock(spec, "accept-invalid") as client:
        assert client.post(path("signup"), json=weak).status_code == 201
        assert (
            client.get(path("list_users"), params={"per_page": 5000}, headers={}).status_code == 401
        )
    assert healthy.post(path("signup"), json=weak).status_code == 422


def test_signout_noop_leaves_the_token_working(spec: Spec, healthy: TestClient) -> None:
    with mock(spec, "signout-noop") as client:
        account = Account(client)
        assert client.post(path("signout"), headers=account.headers).status_code == 200
        assert client.get(path("get_current_user"), headers=account.headers).status_code == 200
    account = Account(healthy)
    healthy.post(path("signout"), headers=account.headers)
    assert healthy.get(path("get_current_user"), headers=account.headers).status_code == 401


def test_faults_from_the_environment_and_flags_combine() -> None:
    settings = Settings.from_env({"PLINTO_MOCK_FAULTS": "auth-500, slow=10"}, faults=["ready-lies"])
    assert set(settings.faults.values) == {"auth-500", "slow", "ready-lies"}


def test_admin_lists_active_faults(spec: Spec) -> None:
    with mock(spec, "slow=5", "signout-noop") as client:
        body = client.get("/__mock__/faults").json()
    assert sorted(body["active"]) == ["signout-noop", "slow=5"]
    assert {f["name"] for f in body["available"]} >= REQUIRED_FAULTS
