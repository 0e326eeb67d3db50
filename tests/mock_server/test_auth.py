"""Accounts, tokens (RS256, JWKS, rotation, reuse detection, revocation), passwords, links."""

from __future__ import annotations

import json
import time
from typing import Any

import jwt
import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mock_server import services_of
from mock_server.security import ACCESS_TTL_SECONDS, REFRESH_TTL_SECONDS
from tests.mock_server.helpers import OTHER_PASSWORD, PASSWORD, Account, bearer, path, unique_email


def outbox(client: TestClient, email: str, kind: str) -> list[dict[str, Any]]:
    response = client.get("/__mock__/outbox", params={"email": email})
    assert response.status_code == 200
    return [m for m in response.json()["messages"] if m["kind"] == kind]


def test_signup_returns_user_and_tokens_and_me_reads_it(client: TestClient) -> None:
    account = Account(client, first_name="Ada", username="ada_l")
    assert account.user["email"] == account.email
    assert account.user["username"] == "ada_l"
    assert account.tokens["token_type"] == "bearer"
    assert account.tokens["expires_in"] == ACCESS_TTL_SECONDS
    me = client.get(path("get_current_user"), headers=account.headers)
    assert me.status_code == 200
    assert me.json()["id"] == account.id


def test_passwords_are_stored_as_argon2_hashes(app: Starlette, client: TestClient) -> None:
    account = Account(client)
    stored = services_of(app).store.users[account.id].password_hash
    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_library_default_argon2_parameters_unless_fast_hash(spec: Any) -> None:
    from mock_server import Settings, create_app

    default = services_of(create_app(spec, Settings())).security.hash_password("x")
    fast = services_of(create_app(spec, Settings(fast_hash=True))).security.hash_password("x")
    assert "m=65536,t=3" in default
    assert "m=8,t=1" in fast


@pytest.mark.parametrize(
    "password",
    ["Short-1a", "alllowercase-123", "ALLUPPERCASE-123", "NoDigitsHere-!!", "NoSymbols12345"],
)
def test_weak_password_is_422_naming_password(client: TestClient, password: str) -> None:
    response = client.post(path("signup"), json={"email": unique_email(), "password": password})
    assert response.status_code == 422
    assert {d["field"] for d in response.json()["details"]} == {"password"}


def test_duplicate_email_or_username_is_409(client: TestClient) -> None:
    first = Account(client, username="taken")
    same_email = client.post(
        path("signup"), json={"email": first.email.upper(), "password": PASSWORD}
    )
    same_name = client.post(
        path("signup"), json={"email": unique_email(), "password": PASSWORD, "username": "TAKEN"}
    )
    assert same_email.status_code == 409
    assert same_name.status_code == 409


def test_signin_by_email_or_username(client: TestClient) -> None:
    account = Account(client, username="byname")
    by_email = client.post(path("signin"), json={"email": account.email, "password": PASSWORD})
    by_name = client.post(path("signin"), json={"username": "byname", "password": PASSWORD})
    assert by_email.status_code == by_name.status_code == 200
    assert by_email.json()["user"]["id"] == by_name.json()["user"]["id"] == account.id


def test_wrong_password_and_unknown_user_get_the_same_400(
    client: TestClient, account: Account
) -> None:
    wrong = client.post(path("signin"), json={"email": account.email, "password": OTHER_PASSWORD})
    unknown = client.post(path("signin"), json={"email": unique_email(), "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 400
    assert wrong.json()["message"] == unknown.json()["message"]


def test_tokens_verify_with_the_published_jwks_and_match_discovery(
    client: TestClient, account: Account
) -> None:
    discovery = client.get(path("get_openid_configuration")).json()
    assert discovery["jwks_uri"].endswith(path("get_jwks"))
    jwks = client.get(path("get_jwks")).json()
    token = account.tokens["access_token"]
    kid = jwt.get_unverified_header(token)["kid"]
    key = next(k for k in jwks["keys"] if k["kid"] == kid)
    claims = jwt.decode(
        token,
        jwt.PyJWK(key).key,
        algorithms=["RS256"],
        issuer=discovery["issuer"],
        audience=discovery["issuer"],
    )
    assert claims["sub"] == account.id
    assert claims["type"] == "access"
    assert claims["exp"] - claims["iat"] == ACCESS_TTL_SECONDS
    refresh = jwt.decode(account.tokens["refresh_token"], options={"verify_signature": False})
    assert refresh["exp"] - refresh["iat"] == REFRESH_TTL_SECONDS
    assert set(discovery["claims_supported"]) >= set(claims)


def test_a_token_signed_by_another_instance_is_refused(
    client: TestClient, spec: Any, account: Account
) -> None:
    from mock_server import Settings, create_app

    other = create_app(spec, Settings(fast_hash=True))
    with TestClient(other) as other_client:
        foreign = Account(other_client)
    response = client.get(path("get_current_user"), headers=foreign.headers)
    assert response.status_code == 401


def test_an_expired_access_token_is_refused(
    app: Starlette, client: TestClient, account: Account
) -> None:
    security = services_of(app).security
    session_id = jwt.decode(account.tokens["access_token"], options={"verify_signature": False})[
        "sid"
    ]
    expired = security._encode({"sub": account.id, "sid": session_id, "type": "access"}, -10)
    assert client.get(path("get_current_user"), headers=bearer(expired)).status_code == 401


def test_a_refresh_token_is_not_an_access_token(client: TestClient, account: Account) -> None:
    response = client.get(path("get_current_user"), headers=bearer(account.tokens["refresh_token"]))
    assert response.status_code == 401


def test_refresh_rotates_and_reuse_revokes_the_family(client: TestClient, account: Account) -> None:
    old = account.tokens["refresh_token"]
    first = client.post(path("refresh_tokens"), json={"refresh_token": old})
    assert first.status_code == 200
    new = first.json()
    assert new["refresh_token"] != old
    assert (
        client.get(path("get_current_user"), headers=bearer(new["access_token"])).status_code == 200
    )
    reused = client.post(path("refresh_tokens"), json={"refresh_token": old})
    assert reused.status_code == 401
    # The whole family is dead: the newest pair too.
    assert (
        client.post(
            path("refresh_tokens"), json={"refresh_token": new["refresh_token"]}
        ).status_code
        == 401
    )
    assert (
        client.get(path("get_current_user"), headers=bearer(new["access_token"])).status_code == 401
    )


def test_reuse_revokes_only_that_family(client: TestClient, account: Account) -> None:
    other_session = account.signin()["tokens"]
    old = account.tokens["refresh_token"]
    client.post(path("refresh_tokens"), json={"refresh_token": old})
    client.post(path("refresh_tokens"), json={"refresh_token": old})
    assert (
        client.get(
            path("get_current_user"), headers=bearer(other_session["access_token"])
        ).status_code
        == 200
    )


def test_garbage_refresh_token_is_401(client: TestClient) -> None:
    response = client.post(path("refresh_tokens"), json={"refresh_token": "garbage"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_signout_revokes_the_session_at_once(client: TestClient, account: Account) -> None:
    assert client.post(path("signout"), headers=account.headers).status_code == 200
    assert client.get(path("get_current_user"), headers=account.headers).status_code == 401
    refreshed = client.post(
        path("refresh_tokens"), json={"refresh_token": account.tokens["refresh_token"]}
    )
    assert refreshed.status_code == 401


def test_forgot_and_reset_password(client: TestClient, account: Account) -> None:
    unknown = client.post(path("forgot_password"), json={"email": unique_email()})
    known = client.post(path("forgot_password"), json={"email": account.email})
    assert unknown.status_code == known.status_code == 200
    assert unknown.json() == known.json()  # no account enumeration
    [mail] = outbox(client, account.email, "password_reset")
    reset = client.post(
        path("reset_password"), json={"token": mail["token"], "new_password": OTHER_PASSWORD}
    )
    assert reset.status_code == 200
    # Old sessions and the old password are dead; the new password works; the token is single use.
    assert client.get(path("get_current_user"), headers=account.headers).status_code == 401
    assert (
        client.post(path("signin"), json={"email": account.email, "password": PASSWORD}).status_code
        == 400
    )
    assert (
        client.post(
            path("signin"), json={"email": account.email, "password": OTHER_PASSWORD}
        ).status_code
        == 200
    )
    again = client.post(
        path("reset_password"), json={"token": mail["token"], "new_password": PASSWORD}
    )
    assert again.status_code == 400


def test_reset_with_an_unknown_token_is_400(client: TestClient) -> None:
    response = client.post(
        path("reset_password"), json={"token": "rst_unknown-token", "new_password": PASSWORD}
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "INVALID_TOKEN"


def test_change_password(client: TestClient, account: Account) -> None:
    wrong = client.post(
        path("change_password"),
        json={"current_password": OTHER_PASSWORD, "new_password": OTHER_PASSWORD},
        headers=account.headers,
    )
    assert wrong.status_code == 400
    right = client.post(
        path("change_password"),
        json={"current_password": PASSWORD, "new_password": OTHER_PASSWORD},
        headers=account.headers,
    )
    assert right.status_code == 200
    assert (
        client.post(
            path("signin"), json={"email": account.email, "password": OTHER_PASSWORD}
        ).status_code
        == 200
    )


def test_email_verification_and_resend(client: TestClient, account: Account) -> None:
    [first] = outbox(client, account.email, "verification")
    assert (
        client.post(path("resend_verification_email"), headers=account.headers).status_code == 200
    )
    assert len(outbox(client, account.email, "verification")) == 2
    assert client.post(path("verify_email"), json={"token": first["token"]}).status_code == 200
    assert (
        client.get(path("get_current_user"), headers=account.headers).json()["email_verified"]
        is True
    )
    assert client.post(path("verify_email"), json={"token": first["token"]}).status_code == 400
    assert (
        client.post(path("resend_verification_email"), headers=account.headers).status_code == 400
    )


def test_magic_link_signs_in_and_verifies_the_email(client: TestClient, account: Account) -> None:
    assert client.post(path("send_magic_link"), json={"email": unique_email()}).status_code == 200
    sent = client.post(
        path("send_magic_link"),
        json={"email": account.email, "redirect_url": "https://app.example/x"},
    )
    assert sent.status_code == 200
    [mail] = outbox(client, account.email, "magic_link")
    assert mail["redirect_url"] == "https://app.example/x"
    signed_in = client.post(path("verify_magic_link"), json={"token": mail["token"]})
    assert signed_in.status_code == 200
    assert signed_in.json()["user"]["email_verified"] is True
    assert client.post(path("verify_magic_link"), json={"token": mail["token"]}).status_code == 400


def test_tokens_of_one_kind_do_not_work_for_another(client: TestClient, account: Account) -> None:
    [verification] = outbox(client, account.email, "verification")
    response = client.post(path("verify_magic_link"), json={"token": verification["token"]})
    assert response.status_code == 400


def test_oauth_providers_list_is_well_formed(client: TestClient) -> None:
    response = client.get(path("list_oauth_providers"))
    assert response.status_code == 200
    assert response.json() == {"providers": []}


def test_last_sign_in_is_recorded(client: TestClient, account: Account) -> None:
    time.sleep(0.002)
    before = account.user["last_sign_in_at"]
    after = account.signin()["user"]["last_sign_in_at"]
    assert after > before
    assert json.dumps(after).endswith('Z"')
