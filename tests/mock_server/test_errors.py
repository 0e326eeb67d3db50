"""The one error envelope (CONTRACT §7) on every error status the mock answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from mock_server import Settings, create_app, services_of
from mock_server.errors import ERROR_CLASSES, envelope
from mock_server.middleware import security_headers
from mock_server.security import Security
from plinto_contract.spec import Spec
from tests.mock_server.helpers import Account, bearer, path


def assert_envelope(spec: Spec, response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    error_schema = spec.operations["signup"].responses["422"].schema
    assert error_schema is not None
    assert spec.validator(error_schema).errors(body) == []
    assert body["status_code"] == status
    assert body["error_code"] == code
    assert body["request_id"] == response.headers["x-request-id"]
    assert body["path"] == response.request.url.path
    assert body["timestamp"].endswith("Z")
    datetime.fromisoformat(body["timestamp"])
    for name, value in security_headers(spec).items():
        assert response.headers[name] == value, name
    return body


def test_every_error_code_is_one_the_spec_allows(spec: Spec) -> None:
    error_schema = spec.resolve(spec.operations["signup"].responses["422"].schema)
    allowed = spec.resolve(error_schema["properties"]["error_code"])["enum"]
    assert {cls.error_code for cls in ERROR_CLASSES} <= set(allowed)
    assert "INVALID_TOKEN" in allowed


def test_envelope_uses_the_reason_phrase_and_omits_absent_details() -> None:
    body = envelope(
        status=404, error_code="RESOURCE_NOT_FOUND", message="m", path="/p", request_id="r"
    )
    assert body["error"] == "Not Found"
    assert "details" not in body


def test_404(client: TestClient, spec: Spec) -> None:
    assert_envelope(spec, client.get("/nope"), 404, "RESOURCE_NOT_FOUND")


def test_405(client: TestClient, spec: Spec) -> None:
    response = client.delete(path("get_health"))
    assert_envelope(spec, response, 405, "METHOD_NOT_ALLOWED")
    assert response.headers["allow"] == "GET"


def test_415(client: TestClient, spec: Spec) -> None:
    response = client.post(
        path("signin"), content=b"email=a", headers={"content-type": "text/plain"}
    )
    assert_envelope(spec, response, 415, "UNSUPPORTED_MEDIA_TYPE")


def test_422_names_each_field(client: TestClient, spec: Spec) -> None:
    response = client.post(
        path("signup"), json={"email": "not-an-email", "password": "short", "extra": 1}
    )
    body = assert_envelope(spec, response, 422, "VALIDATION_FAILED")
    fields = {d["field"] for d in body["details"]}
    assert {"email", "password", "extra"} <= fields
    assert all(d["message"] and d["code"] for d in body["details"])
    assert "short" not in response.text  # the rejected password is never echoed


@pytest.mark.parametrize(
    "content", [b"\xff\xfe\xfa not utf-8", b"{not json", b"[" * 100_000, b'{"email": NaN}']
)
def test_undecodable_body_is_422_not_500(client: TestClient, spec: Spec, content: bytes) -> None:
    response = client.post(
        path("signin"), content=content, headers={"content-type": "application/json"}
    )
    body = assert_envelope(spec, response, 422, "VALIDATION_FAILED")
    assert body["details"][0]["field"] == "body"


def test_401_carries_www_authenticate(client: TestClient, spec: Spec) -> None:
    missing = client.get(path("get_current_user"))
    assert_envelope(spec, missing, 401, "AUTH_REQUIRED")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    bad = client.get(path("get_current_user"), headers=bearer("not.a.jwt"))
    assert_envelope(spec, bad, 401, "INVALID_TOKEN")
    assert 'error="invalid_token"' in bad.headers["www-authenticate"]


def test_403(client: TestClient, spec: Spec) -> None:
    owner, stranger = Account(client), Account(client)
    created = client.post(
        path("create_organization"), json={"name": "Acme", "slug": "acme"}, headers=owner.headers
    )
    response = client.get(
        path("get_organization", organization_id=created.json()["id"]), headers=stranger.headers
    )
    assert_envelope(spec, response, 403, "ACCESS_DENIED")


def test_409(client: TestClient, spec: Spec, account: Account) -> None:
    again = client.post(path("signup"), json={"email": account.email, "password": account.password})
    assert_envelope(spec, again, 409, "RESOURCE_CONFLICT")


def test_429_with_retry_after(spec: Spec) -> None:
    app = create_app(spec, Settings(fast_hash=True))
    services_of(app).limiter.clock = lambda: 1_000_000.0  # one window for the whole test
    limit = spec.operations["get_health"].extensions["x-rate-limit"]["limit"]
    with TestClient(app) as client:
        for _ in range(limit):
            assert client.get(path("get_health")).status_code == 200
        refused = client.get(path("get_health"))
    assert_envelope(spec, refused, 429, "RATE_LIMIT_EXCEEDED")
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.headers["x-ratelimit-remaining"] == "0"


def test_unexpected_exception_is_500_envelope_without_traceback(
    client: TestClient, spec: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(self: Security) -> dict[str, Any]:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(Security, "jwks", explode)
    response = client.get(path("get_jwks"))
    body = assert_envelope(spec, response, 500, "INTERNAL_ERROR")
    assert "secret internal detail" not in response.text
    assert "Traceback" not in response.text
    assert body["message"] == "An unexpected error occurred"
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("status", "code"),
    [(401, "AUTH_REQUIRED"), (429, "RATE_LIMIT_EXCEEDED"), (418, "INVALID_REQUEST"), (502, None)],
)
def test_starlette_http_exceptions_become_envelopes(status: int, code: str | None) -> None:
    from starlette.exceptions import HTTPException

    from mock_server.errors import from_http_exception

    error = from_http_exception(HTTPException(status, headers={"X-Extra": "1"}))
    assert error.status == status
    assert error.error_code == (code or "INTERNAL_ERROR")
    assert error.headers == {"X-Extra": "1"}
