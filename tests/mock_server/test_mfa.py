"""TOTP enrolment, the MFA sign-in challenge, and single-use backup codes."""

from __future__ import annotations

from typing import Any

import pyotp
from starlette.testclient import TestClient

from tests.mock_server.helpers import OTHER_PASSWORD, PASSWORD, Account, path


def enrol(client: TestClient, account: Account) -> dict[str, Any]:
    enrolment = client.post(
        path("enable_mfa"), json={"password": PASSWORD}, headers=account.headers
    )
    assert enrolment.status_code == 200, enrolment.text
    body: dict[str, Any] = enrolment.json()
    code = pyotp.TOTP(body["secret"]).now()
    verified = client.post(path("verify_mfa"), json={"code": code}, headers=account.headers)
    assert verified.status_code == 200, verified.text
    return body


def status(client: TestClient, account: Account) -> dict[str, Any]:
    response = client.get(path("get_mfa_status"), headers=account.headers)
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def test_enable_then_verify_turns_mfa_on(client: TestClient, account: Account) -> None:
    assert status(client, account)["enabled"] is False
    enrolment = client.post(
        path("enable_mfa"), json={"password": PASSWORD}, headers=account.headers
    ).json()
    assert enrolment["provisioning_uri"].startswith("otpauth://totp/")
    assert len(set(enrolment["backup_codes"])) == 10
    assert status(client, account) | {"last_used_at": None} == {
        "enabled": False,
        "pending": True,
        "backup_codes_remaining": 0,
        "last_used_at": None,
    }
    wrong = client.post(path("verify_mfa"), json={"code": "000000"}, headers=account.headers)
    assert wrong.status_code == 400
    code = pyotp.TOTP(enrolment["secret"]).now()
    assert (
        client.post(path("verify_mfa"), json={"code": code}, headers=account.headers).status_code
        == 200
    )
    assert status(client, account)["enabled"] is True
    assert status(client, account)["backup_codes_remaining"] == 10


def test_enable_needs_the_password_and_mfa_off(client: TestClient, account: Account) -> None:
    wrong = client.post(
        path("enable_mfa"), json={"password": OTHER_PASSWORD}, headers=account.headers
    )
    assert wrong.status_code == 400
    enrol(client, account)
    again = client.post(path("enable_mfa"), json={"password": PASSWORD}, headers=account.headers)
    assert again.status_code == 400


def test_verify_without_enrolment_is_400(client: TestClient, account: Account) -> None:
    response = client.post(path("verify_mfa"), json={"code": "123456"}, headers=account.headers)
    assert response.status_code == 400


def test_previous_time_step_is_accepted(client: TestClient, account: Account) -> None:
    enrolment = client.post(
        path("enable_mfa"), json={"password": PASSWORD}, headers=account.headers
    ).json()
    totp = pyotp.TOTP(enrolment["secret"])
    import time

    previous = totp.at(time.time() - 30)
    assert (
        client.post(
            path("verify_mfa"), json={"code": previous}, headers=account.headers
        ).status_code
        == 200
    )


def test_signin_returns_the_challenge_and_a_code_completes_it(
    client: TestClient, account: Account
) -> None:
    enrolment = enrol(client, account)
    challenge = client.post(path("signin"), json={"email": account.email, "password": PASSWORD})
    assert challenge.status_code == 200
    body = challenge.json()
    assert body["mfa_required"] is True
    assert "tokens" not in body
    assert set(body["methods"]) == {"totp", "backup_code"}
    wrong = client.post(
        path("complete_mfa_signin"), json={"mfa_token": body["mfa_token"], "code": "000000"}
    )
    assert wrong.status_code == 400
    code = pyotp.TOTP(enrolment["secret"]).now()
    done = client.post(
        path("complete_mfa_signin"), json={"mfa_token": body["mfa_token"], "code": code}
    )
    assert done.status_code == 200
    tokens = done.json()["tokens"]
    me = client.get(
        path("get_current_user"), headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200
    spent = client.post(
        path("complete_mfa_signin"), json={"mfa_token": body["mfa_token"], "code": code}
    )
    assert spent.status_code == 400


def test_backup_codes_work_once(client: TestClient, account: Account) -> None:
    codes = enrol(client, account)["backup_codes"]

    def complete(code: str) -> int:
        challenge = client.post(
            path("signin"), json={"email": account.email, "password": PASSWORD}
        ).json()
        return client.post(
            path("complete_mfa_signin"), json={"mfa_token": challenge["mfa_token"], "code": code}
        ).status_code

    assert complete(codes[0]) == 200
    assert complete(codes[0]) == 400
    assert status(client, account)["backup_codes_remaining"] == 9


def test_magic_link_also_asks_for_the_second_factor(client: TestClient, account: Account) -> None:
    enrol(client, account)
    client.post(path("send_magic_link"), json={"email": account.email})
    mail = client.get("/__mock__/outbox", params={"email": account.email}).json()["messages"][-1]
    response = client.post(path("verify_magic_link"), json={"token": mail["token"]})
    assert response.json()["mfa_required"] is True


def test_regenerate_backup_codes_replaces_the_old_ones(
    client: TestClient, account: Account
) -> None:
    old = enrol(client, account)["backup_codes"]
    wrong = client.post(
        path("regenerate_backup_codes"), json={"password": OTHER_PASSWORD}, headers=account.headers
    )
    assert wrong.status_code == 400
    new = client.post(
        path("regenerate_backup_codes"), json={"password": PASSWORD}, headers=account.headers
    )
    assert new.status_code == 200
    assert set(new.json()["backup_codes"]).isdisjoint(old)
    disable = client.post(
        path("disable_mfa"), json={"password": PASSWORD, "code": old[0]}, headers=account.headers
    )
    assert disable.status_code == 400


def test_disable_needs_password_and_code(client: TestClient, account: Account) -> None:
    off = client.post(
        path("disable_mfa"), json={"password": PASSWORD, "code": "123456"}, headers=account.headers
    )
    assert off.status_code == 400  # not enabled yet
    enrolment = enrol(client, account)
    code = pyotp.TOTP(enrolment["secret"]).now()
    bad_password = client.post(
        path("disable_mfa"),
        json={"password": OTHER_PASSWORD, "code": code},
        headers=account.headers,
    )
    assert bad_password.status_code == 400
    done = client.post(
        path("disable_mfa"), json={"password": PASSWORD, "code": code}, headers=account.headers
    )
    assert done.status_code == 200
    assert status(client, account)["enabled"] is False
    assert (
        "tokens"
        in client.post(path("signin"), json={"email": account.email, "password": PASSWORD}).json()
    )


def test_supported_methods(client: TestClient) -> None:
    methods = {
        m["method"]: m["enabled"] for m in client.get(path("list_mfa_methods")).json()["methods"]
    }
    assert methods["totp"] is True
    assert methods["backup_code"] is True
