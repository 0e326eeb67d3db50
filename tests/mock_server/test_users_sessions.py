"""Profiles, visibility of other users, account deletion, and sessions (list, revoke)."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.mock_server.helpers import OTHER_PASSWORD, PASSWORD, Account, path, unique_email


def test_profile_read_and_update(client: TestClient, account: Account) -> None:
    profile = client.get(path("get_my_profile"), headers=account.headers).json()
    assert profile["id"] == account.id
    assert profile["status"] == "active"
    updated = client.patch(
        path("update_my_profile"),
        json={"display_name": "Countess", "timezone": "Europe/London", "user_metadata": {"a": 1}},
        headers=account.headers,
    )
    assert updated.status_code == 200
    assert updated.json()["display_name"] == "Countess"
    assert updated.json()["user_metadata"] == {"a": 1}
    assert (
        client.get(path("get_my_profile"), headers=account.headers).json()["timezone"]
        == "Europe/London"
    )


def test_profile_update_refuses_unknown_and_empty(client: TestClient, account: Account) -> None:
    unknown = client.patch(
        path("update_my_profile"), json={"avatar_url": "x"}, headers=account.headers
    )
    assert unknown.status_code == 422
    assert unknown.json()["details"][0]["field"] == "avatar_url"
    assert (
        client.patch(path("update_my_profile"), json={}, headers=account.headers).status_code == 422
    )


def test_users_see_themselves_and_fellow_members_only(client: TestClient) -> None:
    alice, bob, carol = Account(client), Account(client), Account(client)
    org = client.post(
        path("create_organization"), json={"name": "A", "slug": "a"}, headers=alice.headers
    ).json()
    client.post(
        path("add_member", organization_id=org["id"]),
        json={"user_id": bob.id},
        headers=alice.headers,
    )
    listed = client.get(path("list_users"), headers=alice.headers).json()
    assert {u["id"] for u in listed["users"]} == {alice.id, bob.id}
    assert listed["total"] == 2
    assert client.get(path("get_user", user_id=bob.id), headers=alice.headers).status_code == 200
    assert client.get(path("get_user", user_id=carol.id), headers=alice.headers).status_code == 403
    unknown = path("get_user", user_id="1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a")
    assert client.get(unknown, headers=alice.headers).status_code == 404


def test_list_users_search_and_paging(client: TestClient) -> None:
    alice = Account(client, first_name="Alice")
    bob = Account(client, first_name="Bobby")
    org = client.post(
        path("create_organization"), json={"name": "A", "slug": "a2"}, headers=alice.headers
    ).json()
    client.post(
        path("add_member", organization_id=org["id"]),
        json={"user_id": bob.id},
        headers=alice.headers,
    )
    found = client.get(path("list_users"), params={"search": "BOBB"}, headers=alice.headers).json()
    assert [u["id"] for u in found["users"]] == [bob.id]
    paged = client.get(
        path("list_users"), params={"per_page": 1, "page": 2}, headers=alice.headers
    ).json()
    assert (paged["total"], paged["page"], paged["per_page"], len(paged["users"])) == (2, 2, 1, 1)
    bad = client.get(path("list_users"), params={"per_page": 101}, headers=alice.headers)
    assert bad.status_code == 422
    assert bad.json()["details"][0]["field"] == "query.per_page"


def test_delete_account(client: TestClient, account: Account) -> None:
    wrong = client.request(
        "DELETE",
        path("delete_my_account"),
        json={"password": OTHER_PASSWORD},
        headers=account.headers,
    )
    assert wrong.status_code == 400
    done = client.request(
        "DELETE", path("delete_my_account"), json={"password": PASSWORD}, headers=account.headers
    )
    assert done.status_code == 204
    assert done.content == b""
    assert client.get(path("get_current_user"), headers=account.headers).status_code == 401
    assert (
        client.post(path("signin"), json={"email": account.email, "password": PASSWORD}).status_code
        == 400
    )
    # The email is free again.
    assert (
        client.post(path("signup"), json={"email": account.email, "password": PASSWORD}).status_code
        == 201
    )


def test_the_only_owner_cannot_delete_their_account(client: TestClient, account: Account) -> None:
    client.post(
        path("create_organization"), json={"name": "O", "slug": "only"}, headers=account.headers
    )
    response = client.request(
        "DELETE", path("delete_my_account"), json={"password": PASSWORD}, headers=account.headers
    )
    assert response.status_code == 400


def test_sessions_list_marks_the_current_one(client: TestClient, account: Account) -> None:
    second = account.signin()["tokens"]
    listed = client.get(path("list_sessions"), headers=account.headers).json()
    assert listed["total"] == 2
    current = [s for s in listed["sessions"] if s["is_current"]]
    assert len(current) == 1
    assert all(s["user_id"] == account.id and s["revoked"] is False for s in listed["sessions"])
    other = next(s for s in listed["sessions"] if not s["is_current"])
    one = client.get(path("get_session", session_id=other["id"]), headers=account.headers)
    assert one.status_code == 200
    assert one.json()["is_current"] is False
    assert second["access_token"] != account.tokens["access_token"]


def test_revoking_a_session_kills_its_tokens(client: TestClient, account: Account) -> None:
    second = account.signin()["tokens"]
    second_headers = {"Authorization": f"Bearer {second['access_token']}"}
    session_id = client.get(path("list_sessions"), headers=second_headers).json()["sessions"]
    target = next(s["id"] for s in session_id if s["is_current"])
    assert (
        client.delete(
            path("revoke_session", session_id=target), headers=account.headers
        ).status_code
        == 204
    )
    assert client.get(path("get_current_user"), headers=second_headers).status_code == 401
    assert (
        client.get(path("get_session", session_id=target), headers=account.headers).status_code
        == 404
    )
    assert (
        client.delete(
            path("revoke_session", session_id=target), headers=account.headers
        ).status_code
        == 404
    )
    assert client.get(path("get_current_user"), headers=account.headers).status_code == 200


def test_another_users_session_is_404(client: TestClient, account: Account) -> None:
    other = Account(client)
    theirs = client.get(path("list_sessions"), headers=other.headers).json()["sessions"][0]["id"]
    assert (
        client.get(path("get_session", session_id=theirs), headers=account.headers).status_code
        == 404
    )


def test_revoke_other_sessions_keeps_the_current_one(client: TestClient, account: Account) -> None:
    others = [account.signin()["tokens"] for _ in range(2)]
    response = client.delete(path("revoke_other_sessions"), headers=account.headers)
    assert response.json()["revoked_count"] == 2
    assert client.get(path("get_current_user"), headers=account.headers).status_code == 200
    for tokens in others:
        headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        assert client.get(path("get_current_user"), headers=headers).status_code == 401


def test_session_records_device_details(client: TestClient) -> None:
    email = unique_email()
    client.post(
        path("signup"),
        json={"email": email, "password": PASSWORD},
        headers={"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile"},
    )
    signed = client.post(path("signin"), json={"email": email, "password": PASSWORD}).json()
    headers = {"Authorization": f"Bearer {signed['tokens']['access_token']}"}
    sessions = client.get(path("list_sessions"), headers=headers).json()["sessions"]
    assert {s["device_type"] for s in sessions} >= {"mobile"}
