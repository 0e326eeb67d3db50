"""The store under concurrent requests: no lost writes, no double successes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from starlette.applications import Starlette
from starlette.testclient import TestClient

from mock_server import services_of
from mock_server.state import Store, User
from tests.mock_server.helpers import PASSWORD, Account, path, unique_email

THREADS = 8


def test_concurrent_signups_with_one_email_create_one_user(
    app: Starlette, client: TestClient
) -> None:
    email = unique_email("race")

    def signup(_: int) -> int:
        return client.post(path("signup"), json={"email": email, "password": PASSWORD}).status_code

    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(pool.map(signup, range(THREADS * 2)))
    assert sorted(set(statuses)) == [201, 409]
    assert statuses.count(201) == 1
    assert len([u for u in services_of(app).store.users.values() if u.email == email]) == 1


def test_concurrent_signups_with_distinct_emails_lose_nothing(
    app: Starlette, client: TestClient
) -> None:
    emails = [unique_email("many") for _ in range(THREADS * 4)]

    def signup(email: str) -> int:
        return client.post(path("signup"), json={"email": email, "password": PASSWORD}).status_code

    with ThreadPoolExecutor(THREADS) as pool:
        assert set(pool.map(signup, emails)) == {201}
    assert {u.email for u in services_of(app).store.users.values()} >= set(emails)


def test_concurrent_refreshes_of_one_token_rotate_once(client: TestClient) -> None:
    account = Account(client)
    token = account.tokens["refresh_token"]

    def refresh(_: int) -> int:
        return client.post(path("refresh_tokens"), json={"refresh_token": token}).status_code

    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(pool.map(refresh, range(THREADS)))
    assert statuses.count(200) == 1
    assert statuses.count(401) == THREADS - 1


def test_concurrent_slug_claims_have_one_winner(client: TestClient) -> None:
    accounts = [Account(client) for _ in range(THREADS)]

    def create(account: Account) -> int:
        return client.post(
            path("create_organization"),
            json={"name": "Race", "slug": "race"},
            headers=account.headers,
        ).status_code

    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(pool.map(create, accounts))
    assert statuses.count(201) == 1
    assert statuses.count(409) == THREADS - 1


def test_reset_clears_every_collection() -> None:
    store = Store()
    store.add_user(User(email="a@example.com", password_hash=None, username="a"))
    store.reset()
    assert store.users == {}
    assert store.user_ids_by_email == {}
    assert store.user_ids_by_username == {}
