"""Journey: sign up, verify the email, sign in, read me, rotate tokens, reuse an old refresh token
(refused, and the family dies), sign out (the token dies)."""

from __future__ import annotations

import pytest
from plinto_client.models import AuthSession, RefreshRequest, TokenRequest

from contract_tests.auth import new_password
from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey


def test_account_lifecycle(mail: Journey) -> None:
    j = mail
    email, password = j.session.identities.throwaway_email("account"), new_password()
    client = j.sdk()
    before = j.mail_count(email)
    with j.step("signup"):
        created = client.auth.sign_up(email, password)
    j.expect(
        created.user.email == email and not created.user.email_verified,
        operation="signup",
        rule="new_account_is_unverified",
        message=f"signup returned {created.user.email!r}, verified={created.user.email_verified}",
    )

    token = j.next_mail_token(email, after=before)
    with j.step("verify_email"):
        client.auth.verify_email(body=TokenRequest(token=token))
    j.refused(
        lambda: client.auth.verify_email(body=TokenRequest(token=token)),
        400,
        operation="verify_email",
        rule="verification_token_is_single_use",
    )

    signed_in = j.sdk()
    with j.step("signin"):
        result = signed_in.auth.sign_in(email, password)
    j.expect(
        isinstance(result, AuthSession),
        operation="signin",
        rule="signin_without_mfa_returns_tokens",
        message=f"got {type(result).__name__}",
    )
    with j.step("get_current_user"):
        me = signed_in.auth.get_current_user()
    j.expect(
        me.email == email and me.email_verified,
        operation="get_current_user",
        rule="email_verified_after_verification",
        message=f"me is {me.email!r}, verified={me.email_verified}",
    )

    old = signed_in.auth.tokens
    assert old is not None
    with j.step("refresh_tokens"):
        new = signed_in.auth.refresh()
    j.expect(
        new.refresh_token != old.refresh_token and new.access_token != old.access_token,
        operation="refresh_tokens",
        rule="refresh_rotates_the_pair",
        message="refresh returned the same token(s)",
    )
    j.bearer_works(new.access_token, operation="refresh_tokens", rule="new_access_token_works")
    j.refused(
        lambda: j.sdk().auth.refresh_tokens(body=RefreshRequest(refresh_token=old.refresh_token)),
        401,
        operation="refresh_tokens",
        rule="old_refresh_token_is_refused",
    )
    j.bearer_refused(new.access_token, operation="refresh_tokens", rule="reuse_revokes_the_family")

    again = j.sdk()
    with j.step("signin"):
        again.auth.sign_in(email, password)
    tokens = again.auth.tokens
    assert tokens is not None
    with j.step("signout"):
        again.auth.sign_out()
    j.bearer_refused(tokens.access_token, operation="signout", rule="signout_revokes_the_token")
