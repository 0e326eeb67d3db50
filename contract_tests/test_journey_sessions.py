"""Journey: three sign-ins make three sessions; list them, read one, revoke it (its token dies),
then revoke every other session (only the current one survives)."""

from __future__ import annotations

import pytest

from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey


def test_sessions(journey: Journey) -> None:
    j = journey
    account, first = j.new_account("sessions")
    clients = [first]
    for _ in range(2):
        client = j.sdk()
        with j.step("signin"):
            client.auth.sign_in(account.email, account.password)
        clients.append(client)
    first, second, third = clients

    with j.step("list_sessions"):
        listed = first.sessions.list_sessions()
    current = [s for s in listed.sessions if s.is_current]
    j.expect(
        len(current) == 1 and listed.total >= len(clients),
        operation="list_sessions",
        rule="one_current_session_among_all",
        message=f"{len(current)} current of {listed.total}",
    )
    with j.step("list_sessions"):
        second_id = next(s.id for s in second.sessions.list_sessions().sessions if s.is_current)
    with j.step("get_session"):
        seen = first.sessions.get_session(second_id)
    j.expect(
        seen.id == second_id and not seen.is_current,
        operation="get_session",
        rule="another_session_is_not_current",
        message=f"is_current={seen.is_current}",
    )

    second_tokens, third_tokens, first_tokens = (c.auth.tokens for c in (second, third, first))
    assert second_tokens
    assert third_tokens
    assert first_tokens
    with j.step("revoke_session"):
        first.sessions.revoke_session(second_id)
    j.bearer_refused(
        second_tokens.access_token, operation="revoke_session", rule="revoked_session_token_dies"
    )
    j.bearer_works(
        third_tokens.access_token, operation="revoke_session", rule="other_sessions_unaffected"
    )

    with j.step("revoke_other_sessions"):
        revoked = first.sessions.revoke_other_sessions()
    j.expect(
        revoked.revoked_count >= 1,
        operation="revoke_other_sessions",
        rule="reports_what_it_revoked",
        message=f"revoked_count={revoked.revoked_count}",
    )
    j.bearer_refused(
        third_tokens.access_token, operation="revoke_other_sessions", rule="other_sessions_die"
    )
    j.bearer_works(
        first_tokens.access_token,
        operation="revoke_other_sessions",
        rule="current_session_survives",
    )
