"""Journey: forgot password, reset it with the emailed token (the old password and old sessions
stop working), then change it while signed in."""

from __future__ import annotations

import pytest
from plinto_client.models import ChangePasswordRequest, EmailRequest, ResetPasswordRequest

from contract_tests.auth import new_password
from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey


def test_password_reset_and_change(mail: Journey) -> None:
    j = mail
    account, client = j.new_account("password")
    old_password = account.password
    old_tokens = client.auth.tokens
    assert old_tokens is not None

    before = j.mail_count(account.email)
    with j.step("forgot_password"):
        j.sdk().auth.forgot_password(body=EmailRequest(email=account.email))
    token = j.next_mail_token(account.email, after=before)
    reset_to = new_password()
    with j.step("reset_password"):
        j.sdk().auth.reset_password(body=ResetPasswordRequest(token=token, new_password=reset_to))
    account.password = reset_to  # the ledger signs in with it at cleanup

    j.refused(
        lambda: j.sdk().auth.sign_in(account.email, old_password),
        400,
        operation="signin",
        rule="old_password_refused_after_reset",
    )
    j.bearer_refused(
        old_tokens.access_token, operation="reset_password", rule="reset_revokes_every_session"
    )

    fresh = j.sdk()
    with j.step("signin"):
        fresh.auth.sign_in(account.email, reset_to)
    changed_to = new_password()
    with j.step("change_password"):
        fresh.auth.change_password(
            body=ChangePasswordRequest(current_password=reset_to, new_password=changed_to)
        )
    account.password = changed_to
    with j.step("signin"):
        j.sdk().auth.sign_in(account.email, changed_to)
