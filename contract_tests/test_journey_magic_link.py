"""Journey: sign in with an emailed magic link (single use; it verifies the email), then delete
the account (its token dies and it can no longer sign in)."""

from __future__ import annotations

import pytest
from plinto_client.models import AuthSession, MagicLinkRequest, PasswordConfirmation, TokenRequest

from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey


def test_magic_link_then_delete_account(mail: Journey) -> None:
    j = mail
    account, _ = j.new_account("magic")
    before = j.mail_count(account.email)
    with j.step("send_magic_link"):
        j.sdk().auth.send_magic_link(body=MagicLinkRequest.from_dict({"email": account.email}))
    token = j.next_mail_token(account.email, after=before)
    client = j.sdk()
    with j.step("verify_magic_link"):
        result = client.auth.verify_magic_link(body=TokenRequest(token=token))
    j.expect(
        isinstance(result, AuthSession)
        and result.user.email == account.email
        and result.user.email_verified,
        operation="verify_magic_link",
        rule="link_signs_in_and_verifies_email",
        message=f"got {type(result).__name__}",
    )
    j.refused(
        lambda: j.sdk().auth.verify_magic_link(body=TokenRequest(token=token)),
        400,
        operation="verify_magic_link",
        rule="link_is_single_use",
    )

    tokens = client.auth.tokens
    assert tokens is not None
    with j.step("delete_my_account"):
        client.users.delete_my_account(body=PasswordConfirmation(password=account.password))
    j.bearer_refused(
        tokens.access_token, operation="delete_my_account", rule="deleted_account_token_dies"
    )
    j.refused(
        lambda: j.sdk().auth.sign_in(account.email, account.password),
        400,
        operation="signin",
        rule="deleted_account_cannot_sign_in",
    )
