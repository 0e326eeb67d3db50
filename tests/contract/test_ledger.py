"""The ledger learns what the suite creates and deletes from the exchanges, and cleanup removes
exactly that: resources first, then throwaway accounts, never a given test account."""

from __future__ import annotations

import httpx

from contract_tests.coverage import Tally
from contract_tests.session import ContractSession
from contract_tests.targets import Target, TargetConfig
from mock_server import services_of


def session_on_mock(config: TargetConfig | None = None) -> ContractSession:
    return ContractSession(Target.in_process(config or TargetConfig()), tally=Tally())


def create(session: ContractSession, client: httpx.Client, operation_id: str, token: str) -> str:
    """Create with the spec's own request example; returns the new id."""
    operation = session.spec.operations[operation_id]
    body = dict(operation.request_examples[0])
    if "slug" in body:
        body["slug"] = f"{body['slug']}-{token[-6:].lower().replace('_', '-')}x"
    response = client.post(operation.path, json=body, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == operation.success_status, response.text
    return str(response.json()["id"])


def test_cleanup_deletes_accounts_and_what_they_created() -> None:
    session = session_on_mock()
    store = services_of(session.target.app).store
    account = session.identities.new_account("ledger")
    assert account.access_token is not None
    with session.client("test") as client:
        create(session, client, "create_organization", account.access_token)
        create(session, client, "create_webhook", account.access_token)
        assert len(session.ledger.resources) == 2
        assert session.ledger.cleanup(client) == []
    assert not store.users
    assert not store.organizations
    assert not store.webhooks


def test_a_resource_the_suite_deleted_is_forgotten() -> None:
    session = session_on_mock()
    account = session.identities.new_account("ledger")
    assert account.access_token is not None
    with session.client("test") as client:
        hook_id = create(session, client, "create_webhook", account.access_token)
        delete = session.spec.operations["delete_webhook"]
        path = delete.path.format(endpoint_id=hook_id)
        response = client.delete(path, headers={"Authorization": f"Bearer {account.access_token}"})
        assert response.status_code == delete.success_status
    assert not session.ledger.resources


def test_the_given_test_account_survives_cleanup() -> None:
    setup = session_on_mock()
    existing = setup.identities.new_account("existing")
    setup.ledger.clear()  # as if the account existed before the run
    config = TargetConfig(test_email=existing.email, test_password=existing.password)
    session = ContractSession(Target(config, app=setup.target.app), tally=Tally())  # same mock
    session.identities.shared_token()
    assert session.ledger.account(existing.email) is not None
    with session.client("test") as client:
        assert session.ledger.cleanup(client) == []
    assert services_of(session.target.app).store.user_by_email(existing.email) is not None
