"""The MFA journey: enable, verify with a pyotp code, sign in to a challenge, complete it."""

from __future__ import annotations

import pyotp
import pytest
from plinto_client import AsyncPlinto, BadRequestError, Plinto
from plinto_client.models import AuthSession, MfaChallenge, PasswordConfirmation, TotpCodeRequest

from tests.sdk.conftest import PASSWORD, new_email


def test_mfa_journey(client: Plinto) -> None:
    email = new_email()
    client.auth.sign_up(email, PASSWORD)
    enrollment = client.mfa.enable_mfa(body=PasswordConfirmation(password=PASSWORD))
    totp = pyotp.TOTP(enrollment.secret)
    client.mfa.verify_mfa(body=TotpCodeRequest(code=totp.now()))
    assert client.mfa.get_mfa_status().enabled is True
    client.auth.sign_out()

    challenge = client.auth.sign_in(email, PASSWORD)
    assert isinstance(challenge, MfaChallenge)  # a value, not an exception
    assert "totp" in challenge.methods
    assert client.auth.tokens is None  # no tokens until the second factor

    wrong = next(
        code
        for code in ("000000", "111111", "222222", "333333")
        if not totp.verify(code, valid_window=1)
    )
    with pytest.raises(BadRequestError):
        client.auth.complete_mfa(challenge, wrong)

    session = client.auth.complete_mfa(challenge, totp.now())
    assert client.auth.tokens == session.tokens
    assert client.auth.get_current_user().email == email


def test_mfa_backup_code_completes_the_challenge(client: Plinto) -> None:
    email = new_email()
    client.auth.sign_up(email, PASSWORD)
    enrollment = client.mfa.enable_mfa(body=PasswordConfirmation(password=PASSWORD))
    client.mfa.verify_mfa(body=TotpCodeRequest(code=pyotp.TOTP(enrollment.secret).now()))
    client.auth.sign_out()

    challenge = client.auth.sign_in(email, PASSWORD)
    assert isinstance(challenge, MfaChallenge)
    session = client.auth.complete_mfa(challenge.mfa_token, enrollment.backup_codes[0])
    assert isinstance(session, AuthSession)
    assert client.auth.get_current_user().email == email


@pytest.mark.anyio
async def test_async_mfa_journey(async_client: AsyncPlinto) -> None:
    email = new_email()
    await async_client.auth.sign_up(email, PASSWORD)
    enrollment = await async_client.mfa.enable_mfa(body=PasswordConfirmation(password=PASSWORD))
    totp = pyotp.TOTP(enrollment.secret)
    await async_client.mfa.verify_mfa(body=TotpCodeRequest(code=totp.now()))
    await async_client.auth.sign_out()

    challenge = await async_client.auth.sign_in(email, PASSWORD)
    assert isinstance(challenge, MfaChallenge)
    await async_client.auth.complete_mfa(challenge, totp.now())
    assert (await async_client.auth.get_current_user()).email == email
