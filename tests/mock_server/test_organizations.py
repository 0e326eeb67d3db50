"""Organizations, roles (owner > admin > member > viewer), members and invitations."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.mock_server.helpers import Account, path


@pytest.fixture
def owner(client: TestClient) -> Account:
    return Account(client)


@pytest.fixture
def org(client: TestClient, owner: Account) -> dict[str, Any]:
    response = client.post(
        path("create_organization"),
        json={"name": "Analytical Engines", "slug": "engines", "billing_email": "b@example.com"},
        headers=owner.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def add(client: TestClient, org: dict[str, Any], by: Account, who: Account, role: str) -> int:
    response = client.post(
        path("add_member", organization_id=org["id"]),
        json={"user_id": who.id, "role": role},
        headers=by.headers,
    )
    return response.status_code


def members(client: TestClient, org: dict[str, Any], by: Account) -> dict[str, str]:
    response = client.get(path("list_members", organization_id=org["id"]), headers=by.headers)
    assert response.status_code == 200
    return {m["user_id"]: m["role"] for m in response.json()["members"]}


def test_creator_is_the_owner(client: TestClient, owner: Account, org: dict[str, Any]) -> None:
    assert org["owner_id"] == owner.id
    assert org["member_count"] == 1
    assert members(client, org, owner) == {owner.id: "owner"}
    listed = client.get(path("list_organizations"), headers=owner.headers).json()
    assert [o["id"] for o in listed["organizations"]] == [org["id"]]


def test_slug_is_unique(client: TestClient, owner: Account, org: dict[str, Any]) -> None:
    again = client.post(
        path("create_organization"), json={"name": "X", "slug": "engines"}, headers=owner.headers
    )
    assert again.status_code == 409


def test_read_by_id_and_slug_members_only(
    client: TestClient, owner: Account, org: dict[str, Any]
) -> None:
    stranger = Account(client)
    by_id = path("get_organization", organization_id=org["id"])
    by_slug = path("get_organization_by_slug", slug="engines")
    assert client.get(by_id, headers=owner.headers).json()["slug"] == "engines"
    assert client.get(by_slug, headers=owner.headers).json()["id"] == org["id"]
    assert client.get(by_id, headers=stranger.headers).status_code == 403
    assert client.get(by_slug, headers=stranger.headers).status_code == 403


def test_unknown_is_404_and_malformed_id_is_422(client: TestClient, owner: Account) -> None:
    unknown = path("get_organization", organization_id="3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d")
    assert client.get(unknown, headers=owner.headers).status_code == 404
    malformed = client.get(
        path("get_organization", organization_id="not-a-uuid"), headers=owner.headers
    )
    assert malformed.status_code == 422
    assert malformed.json()["details"][0]["field"] == "path.organization_id"


def test_upper_case_uuid_finds_the_same_organization(
    client: TestClient, owner: Account, org: dict[str, Any]
) -> None:
    response = client.get(
        path("get_organization", organization_id=org["id"].upper()), headers=owner.headers
    )
    assert response.status_code == 200


def test_roles_gate_updates_and_deletion(
    client: TestClient, owner: Account, org: dict[str, Any]
) -> None:
    admin, member = Account(client), Account(client)
    assert add(client, org, owner, admin, "admin") == 201
    assert add(client, org, owner, member, "member") == 201
    target = path("update_organization", organization_id=org["id"])
    assert (
        client.patch(target, json={"description": "x"}, headers=member.headers).status_code == 403
    )
    updated = client.patch(target, json={"description": "By admin"}, headers=admin.headers)
    assert updated.status_code == 200
    assert updated.json()["description"] == "By admin"
    assert updated.json()["member_count"] == 3
    delete = path("delete_organization", organization_id=org["id"])
    assert client.delete(delete, headers=admin.headers).status_code == 403
    assert client.delete(delete, headers=owner.headers).status_code == 204
    assert (
        client.get(
            path("get_organization", organization_id=org["id"]), headers=owner.headers
        ).status_code
        == 404
    )


def test_nobody_grants_a_role_above_their_own(
    client: TestClient, owner: Account, org: dict[str, Any]
) -> None:
    admin, other, viewer = Account(client), Account(client), Account(client)
    add(client, org, owner, admin, "admin")
    add(client, org, owner, viewer, "viewer")
    assert add(client, org, admin, other, "owner") == 403
    assert add(client, org, viewer, other, "viewer") == 403
    assert add(client, org, admin, other, "admin") == 201
    assert add(client, org, admin, other, "member") == 409


def test_adding_an_unknown_user_is_404(
    client: TestClient, owner: Account, org: dict[str, Any]
) -> None:
    response = client.post(
        path("add_member", organization_id=org["id"]),
        json={"user_id": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"},
        headers=owner.headers,
    )
    assert response.status_code == 404


def test_invite_accept_then_listed(client: TestClient, owner: Account, org: dict[str, Any]) -> None:
    invitee = Account(client)
    invited = client.post(
        path("create_invitation", organization_id=org["id"]),
        json={"email": invitee.email, "role": "admin"},
        headers=owner.headers,
    )
    assert invited.status_code == 201
    assert invited.json()["status"] == "pending"
    duplicate = client.post(
        path("create_invitation", organization_id=org["id"]),
        json={"email": invitee.email},
        headers=owner.headers,
    )
    assert duplicate.status_code == 409
    mail = client.get("/__mock__/outbox", params={"email": invitee.email}).json()["messages"]
    token = next(m["token"] for m in mail if m["kind"] == "invitation")
    assert token == invited.json()["token"]
    accept = path("accept_invitation", organization_id=org["id"])
    stranger = Account(client)
    assert client.post(accept, json={"token": token}, headers=stranger.headers).status_code == 403
    accepted = client.post(accept, json={"token": token}, headers=invitee.headers)
    assert accepted.status_code == 201
    assert accepted.json()["role"] == "admin"
    assert members(client, org, owner)[invitee.id] == "admin"
    assert client.post(accept, json={"token": token}, headers=invitee.headers).status_code == 400
    unknown = client.post(accept, json={"token": "inv_unknown-token"}, headers=invitee.headers)
    assert (unknown.status_code, unknown.json()["error_code"]) == (400, "INVALID_TOKEN")


def test_inviting_a_member_is_409(client: TestClient, owner: Account, org: dict[str, Any]) -> None:
    response = client.post(
        path("create_invitation", organization_id=org["id"]),
        json={"email": owner.email},
        headers=owner.headers,
    )
    assert response.status_code == 409


def test_members_cannot_invite(client: TestClient, owner: Account, org: dict[str, Any]) -> None:
    member = Account(client)
    add(client, org, owner, member, "member")
    response = client.post(
        path("create_invitation", organization_id=org["id"]),
        json={"email": "x@example.com"},
        headers=member.headers,
    )
    assert response.status_code == 403


def test_role_changes_and_the_last_owner(
    client: TestClient, owner: Account, org: dict[str, Any]
) -> None:
    admin, member = Account(client), Account(client)
    add(client, org, owner, admin, "admin")
    add(client, org, owner, member, "member")

    def change(by: Account, who: Account, role: str) -> int:
        target = path("change_member_role", organization_id=org["id"], user_id=who.id)
        return client.patch(target, json={"new_role": role}, headers=by.headers).status_code

    assert change(admin, member, "owner") == 403
    assert change(admin, owner, "member") == 403
    assert change(admin, member, "viewer") == 200
    assert change(owner, owner, "admin") == 400
    assert change(owner, admin, "owner") == 200
    assert change(owner, owner, "admin") == 200
    assert members(client, org, admin)[owner.id] == "admin"


def test_remove_member_rules(client: TestClient, owner: Account, org: dict[str, Any]) -> None:
    admin, member = Account(client), Account(client)
    add(client, org, owner, admin, "admin")
    add(client, org, owner, member, "member")

    def remove(by: Account, who: Account) -> int:
        return client.delete(
            path("remove_member", organization_id=org["id"], user_id=who.id), headers=by.headers
        ).status_code

    assert remove(member, admin) == 403
    assert remove(admin, owner) == 403
    assert remove(owner, owner) == 400
    assert remove(member, member) == 204
    assert remove(owner, admin) == 204
    assert remove(owner, admin) == 404
    assert set(members(client, org, owner)) == {owner.id}
