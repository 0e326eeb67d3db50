"""Journey: enable TOTP, confirm it, sign in (challenge, then a backup code completes it),
replace the backup codes (the old ones die), disable MFA (sign-in is one step again)."""

from __future__ import annotations

import time

import pyotp
import pytest
from plinto_client import Plinto
from plinto_client.models import (
    AuthSession,
    DisableMfaRequest,
    MfaChallenge,
    PasswordConfirmation,
    TotpCodeRequest,
)

from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey
TOTP_STEP_SECONDS = 30


def wrong_code(secret: str) -> str:
    """A 6-digit code that no accepted window (now, and one step either side) can match."""
    totp = pyotp.TOTP(secret)
    now = time.time()
    valid = {totp.at(now + offset * TOTP_STEP_SECONDS) for offset in (-1, 0, 1)}
    return next(f"{n:06d}" for n in range(1_000_000) if f"{n:06d}" not in valid)


def test_mfa_lifecycle(journey: Journey) -> None:
    j = journey
    account, client = j.new_account("mfa")

    def challenge() -> tuple[Plinto, MfaChallenge]:
        signing_in = j.sdk()
        result = signing_in.auth.sign_in(account.email, account.password)
        j.expect(
            isinstance(result, MfaChallenge) and result.mfa_required,
            operation="signin",
            rule="signin_with_mfa_returns_a_challenge",
            message=f"got {type(result).__name__}",
        )
        assert isinstance(result, MfaChallenge)
        return signing_in, result

    with j.step("enable_mfa"):
        enrolment = client.mfa.enable_mfa(body=PasswordConfirmation(password=account.password))
    account.totp_secret = enrolment.secret  # cleanup can pass the challenge if we stop half-way
    with j.step("get_mfa_status"):
        status = client.mfa.get_mfa_status()
    j.expect(
        status.pending and not status.enabled,
        operation="get_mfa_status",
        rule="mfa_off_until_verified",
        message=f"enabled={status.enabled}, pending={status.pending}",
    )
    j.refused(
        lambda: client.mfa.verify_mfa(body=TotpCodeRequest(code=wrong_code(enrolment.secret))),
        400,
        operation="verify_mfa",
        rule="wrong_code_refused",
    )
    with j.step("verify_mfa"):
        client.mfa.verify_mfa(body=TotpCodeRequest(code=pyotp.TOTP(enrolment.secret).now()))
    with j.step("get_mfa_status"):
        status = client.mfa.get_mfa_status()
    j.expect(
        status.enabled and status.backup_codes_remaining == len(enrolment.backup_codes),
        operation="get_mfa_status",
        rule="mfa_on_after_verify",
        message=f"enabled={status.enabled}, backup codes left={status.backup_codes_remaining}",
    )

    completer, first = challenge()
    j.expect(
        completer.auth.tokens is None,
        operation="signin",
        rule="no_tokens_before_second_factor",
        message="tokens were issued",
    )
    j.refused(
        lambda: j.sdk().auth.complete_mfa(challenge()[1], wrong_code(enrolment.secret)),
        400,
        operation="complete_mfa_signin",
        rule="wrong_second_factor_refused",
    )
    with j.step("complete_mfa_signin"):
        session = completer.auth.complete_mfa(first, enrolment.backup_codes[0])
    j.expect(
        isinstance(session, AuthSession) and completer.auth.tokens is not None,
        operation="complete_mfa_signin",
        rule="backup_code_completes_signin",
        message=f"got {type(session).__name__}",
    )
    j.refused(
        lambda: j.sdk().auth.complete_mfa(challenge()[1], enrolment.backup_codes[0]),
        400,
        operation="complete_mfa_signin",
        rule="backup_code_is_single_use",
    )

    with j.step("regenerate_backup_codes"):
        fresh = client.mfa.regenerate_backup_codes(
            body=PasswordConfirmation(password=account.password)
        )
    j.expect(
        not set(fresh.backup_codes) & set(enrolment.backup_codes),
        operation="regenerate_backup_codes",
        rule="new_codes_replace_old",
        message="some backup codes survived regeneration",
    )
    j.refused(
        lambda: j.sdk().auth.complete_mfa(challenge()[1], enrolment.backup_codes[1]),
        400,
        operation="regenerate_backup_codes",
        rule="old_backup_codes_die",
    )

    with j.step("disable_mfa"):
        client.mfa.disable_mfa(
            body=DisableMfaRequest(password=account.password, code=fresh.backup_codes[0])
        )
    account.totp_secret = None
    with j.step("signin"):
        result = j.sdk().auth.sign_in(account.email, account.password)
    j.expect(
        isinstance(result, AuthSession),
        operation="disable_mfa",
        rule="signin_is_one_step_after_disable",
        message=f"got {type(result).__name__}",
    )
