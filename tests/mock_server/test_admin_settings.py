"""Mock-only /__mock__/ routes, and settings from flags and the environment."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mock_server import Settings, create_app, services_of
from plinto_contract.spec import Spec
from tests.mock_server.helpers import Account, path


def test_admin_routes_are_not_in_the_spec(spec: Spec) -> None:
    assert not [p for p in spec.document["paths"] if p.startswith("/__mock__")]


def test_outbox_filters_by_email(client: TestClient) -> None:
    first, second = Account(client), Account(client)
    every = client.get("/__mock__/outbox").json()["messages"]
    mine = client.get("/__mock__/outbox", params={"email": first.email.upper()}).json()["messages"]
    assert {m["to"] for m in every} == {first.email, second.email}
    assert [m["to"] for m in mine] == [first.email]
    assert mine[0]["kind"] == "verification"
    assert mine[0]["token"]


def test_reset_forgets_everything(app: Starlette, client: TestClient) -> None:
    account = Account(client)
    assert client.post("/__mock__/reset").status_code == 204
    assert services_of(app).store.users == {}
    assert client.get(path("get_current_user"), headers=account.headers).status_code == 401
    assert client.get("/__mock__/outbox").json()["messages"] == []


def test_admin_routes_can_be_switched_off(spec: Spec) -> None:
    with TestClient(create_app(spec, Settings(fast_hash=True, admin_routes=False))) as client:
        assert client.get("/__mock__/outbox").status_code == 404
        assert client.post("/__mock__/reset").status_code == 404


def test_settings_from_environment() -> None:
    settings = Settings.from_env(
        {
            "PLINTO_MOCK_FAST_HASH": "1",
            "PLINTO_MOCK_RATE_LIMITS": "off",
            "PLINTO_MOCK_ADMIN": "false",
            "PLINTO_MOCK_CORS_ORIGINS": "https://a.example, https://b.example",
            "PLINTO_MOCK_BASE_URL": "http://127.0.0.1:9999/",
        }
    )
    assert settings.fast_hash
    assert not settings.rate_limits
    assert not settings.admin_routes
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.issuer == "http://127.0.0.1:9999"


def test_overrides_beat_the_environment() -> None:
    settings = Settings.from_env({"PLINTO_MOCK_FAST_HASH": "0"}, fast_hash=True)
    assert settings.fast_hash


def test_a_bad_boolean_is_refused() -> None:
    with pytest.raises(ValueError, match="PLINTO_MOCK_ADMIN"):
        Settings.from_env({"PLINTO_MOCK_ADMIN": "maybe"})


def test_issuer_follows_the_base_url(spec: Spec) -> None:
    app = create_app(spec, Settings(fast_hash=True, base_url="http://127.0.0.1:4010"))
    with TestClient(app) as client:
        assert (
            client.get(path("get_openid_configuration")).json()["issuer"] == "http://127.0.0.1:4010"
        )
