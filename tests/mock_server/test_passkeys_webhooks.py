"""Passkey registration (clientDataJSON type and challenge checked) and webhook endpoints."""

from __future__ import annotations

import base64
import json
from typing import Any

from starlette.testclient import TestClient

from tests.mock_server.helpers import OTHER_PASSWORD, PASSWORD, Account, path


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def credential(
    challenge: str, *, kind: str = "webauthn.create", cred_id: str = "Y3JlZC0x"
) -> dict[str, Any]:
    client_data = {"type": kind, "challenge": challenge, "origin": "http://127.0.0.1:8000"}
    return {
        "id": cred_id,
        "rawId": cred_id,
        "type": "public-key",
        "response": {
            "clientDataJSON": b64url(json.dumps(client_data).encode()),
            # CBOR {"fmt": "none", "attStmt": {}, "authData": h''}
            "attestationObject": b64url(
                bytes.fromhex("a363666d74646e6f6e656761747453746d74a068617574684461746140")
            ),
        },
    }


def options(client: TestClient, account: Account) -> dict[str, Any]:
    response = client.post(
        path("create_passkey_registration_options"),
        json={"authenticator_attachment": "platform"},
        headers=account.headers,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_register_a_passkey(client: TestClient, account: Account) -> None:
    opts = options(client, account)
    assert opts["attestation"] == "none"
    assert opts["user"]["name"] == account.email
    verify = client.post(
        path("verify_passkey_registration"),
        json={"name": "Laptop", "credential": credential(opts["challenge"])},
        headers=account.headers,
    )
    assert verify.status_code == 201, verify.text
    passkey = verify.json()
    assert passkey["name"] == "Laptop"
    assert passkey["authenticator_attachment"] == "platform"
    listed = client.get(path("list_passkeys"), headers=account.headers).json()
    assert [p["id"] for p in listed["passkeys"]] == [passkey["id"]]
    again = options(client, account)
    assert again["excludeCredentials"] == [{"type": "public-key", "id": "Y3JlZC0x"}]


def test_registration_checks_type_and_challenge_once(client: TestClient, account: Account) -> None:
    verify = path("verify_passkey_registration")
    no_options = client.post(
        verify, json={"credential": credential("x" * 43)}, headers=account.headers
    )
    assert no_options.status_code == 400
    opts = options(client, account)
    wrong_type = credential(opts["challenge"], kind="webauthn.get")
    assert (
        client.post(verify, json={"credential": wrong_type}, headers=account.headers).status_code
        == 400
    )
    # The challenge was spent by that attempt.
    retry = client.post(
        verify, json={"credential": credential(opts["challenge"])}, headers=account.headers
    )
    assert retry.status_code == 400
    opts = options(client, account)
    wrong_challenge = credential("A" * 43)
    assert (
        client.post(
            verify, json={"credential": wrong_challenge}, headers=account.headers
        ).status_code
        == 400
    )


def test_a_credential_registers_once(client: TestClient, account: Account) -> None:
    verify = path("verify_passkey_registration")
    for expected in (201, 400):
        opts = options(client, account)
        response = client.post(
            verify, json={"credential": credential(opts["challenge"])}, headers=account.headers
        )
        assert response.status_code == expected


def test_rename_and_delete_a_passkey(client: TestClient, account: Account) -> None:
    opts = options(client, account)
    passkey = client.post(
        path("verify_passkey_registration"),
        json={"credential": credential(opts["challenge"])},
        headers=account.headers,
    ).json()
    target = path("rename_passkey", passkey_id=passkey["id"])
    other = Account(client)
    assert client.patch(target, json={"name": "Mine"}, headers=other.headers).status_code == 404
    assert (
        client.patch(target, json={"name": "Work"}, headers=account.headers).json()["name"]
        == "Work"
    )
    wrong = client.request(
        "DELETE", target, json={"password": OTHER_PASSWORD}, headers=account.headers
    )
    assert wrong.status_code == 400
    assert (
        client.request(
            "DELETE", target, json={"password": PASSWORD}, headers=account.headers
        ).status_code
        == 204
    )
    assert client.get(path("list_passkeys"), headers=account.headers).json()["total"] == 0


def test_availability(client: TestClient) -> None:
    assert client.get(path("get_passkey_availability")).json()["registration"] is True


def test_webhook_lifecycle(client: TestClient, account: Account) -> None:
    created = client.post(
        path("create_webhook"),
        json={"url": "https://hooks.example.com/p", "events": ["user.created"], "description": "d"},
        headers=account.headers,
    )
    assert created.status_code == 201
    hook = created.json()
    assert len(hook["secret"]) == 64
    assert hook["is_active"] is True
    one = path("get_webhook", endpoint_id=hook["id"])
    assert client.get(one, headers=account.headers).json()["secret"] == hook["secret"]
    rotated = client.post(
        path("regenerate_webhook_secret", endpoint_id=hook["id"]), headers=account.headers
    )
    assert rotated.json()["secret"] != hook["secret"]
    updated = client.patch(one, json={"is_active": False}, headers=account.headers)
    assert updated.json()["is_active"] is False
    active = client.get(
        path("list_webhooks"), params={"is_active": "true"}, headers=account.headers
    ).json()
    inactive = client.get(
        path("list_webhooks"), params={"is_active": "false"}, headers=account.headers
    ).json()
    assert (active["total"], inactive["total"]) == (0, 1)
    assert client.get(one, headers=Account(client).headers).status_code == 404
    assert client.delete(one, headers=account.headers).status_code == 204
    assert client.get(one, headers=account.headers).status_code == 404


def test_client_supplied_secret_is_refused(client: TestClient, account: Account) -> None:
    response = client.post(
        path("create_webhook"),
        json={"url": "https://h.example/p", "events": ["user.created"], "secret": "mine"},
        headers=account.headers,
    )
    assert response.status_code == 422


def test_organization_webhooks_need_admin(client: TestClient, account: Account) -> None:
    org = client.post(
        path("create_organization"), json={"name": "W", "slug": "w"}, headers=account.headers
    ).json()
    stranger = Account(client)
    body = {"url": "https://h.example/p", "events": ["user.created"], "organization_id": org["id"]}
    assert (
        client.post(path("create_webhook"), json=body, headers=stranger.headers).status_code == 403
    )
    created = client.post(path("create_webhook"), json=body, headers=account.headers)
    assert created.status_code == 201
    assert created.json()["organization_id"] == org["id"]


def test_event_types_are_the_specs(client: TestClient, account: Account, spec: Any) -> None:
    types = client.get(path("list_webhook_event_types"), headers=account.headers).json()[
        "event_types"
    ]
    assert len(types) == len(set(types)) > 20
