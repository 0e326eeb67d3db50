"""placeholders: how examples name values, and what a page learns from responses."""

from __future__ import annotations

import pyotp

from plinto_contract.docs_check.placeholders import (
    Variables,
    is_placeholder,
    placeholder_names,
    substitute,
)


def test_the_four_forms_name_the_same_variable() -> None:
    text = "$TOKEN ${TOKEN} <token> {token} <access-token>"
    assert placeholder_names(text) == ["TOKEN"] * 4 + ["ACCESS_TOKEN"]
    assert is_placeholder("Bearer $TOKEN")
    assert not is_placeholder("Bearer abc")


def test_substitute_reports_what_it_cannot_fill() -> None:
    filled, unknown = substitute("/orgs/$ORG/members/<user_id>", {"ORG": "o1"}.get)
    assert filled == "/orgs/o1/members/<user_id>"
    assert unknown == ["USER_ID"]


def test_responses_teach_fields_parents_and_schema_names() -> None:
    variables = Variables()
    variables.learn({"user": {"id": "u1"}, "tokens": {"access_token": "a1", "refresh_token": "r1"}})
    assert variables.get("USER_ID") == "u1"
    assert variables.get("TOKEN") == variables.get("ACCESS_TOKEN") == "a1"
    assert variables.get("REFRESH_TOKEN") == "r1"
    variables.learn({"id": "i1", "token": "inv_1"}, schema_name="Invitation")
    assert variables.get("INVITATION_TOKEN") == "inv_1"
    assert variables.get("INVITATION_ID") == "i1"
    assert variables.get("TOKEN") == "a1"  # an emailed token never replaces the bearer token
    variables.learn({"sessions": [{"id": "s1"}], "backup_codes": ["AAAA-BBBB", "CCCC-DDDD"]})
    assert variables.get("SESSION_ID") == "s1"
    assert variables.get("BACKUP_CODE") == "AAAA-BBBB"


def test_totp_code_follows_the_mfa_secret_not_a_webhook_secret() -> None:
    variables = Variables()
    assert variables.get("TOTP_CODE") is None
    secret = pyotp.random_base32()
    variables.learn({"secret": secret})
    variables.learn({"secret": "9f2c" * 16})  # a webhook's hex secret comes later
    assert variables.get("TOTP_CODE") == pyotp.TOTP(secret).now()


def test_outbox_tokens_by_kind_newest_first() -> None:
    outbox = [
        {"kind": "verification", "token": "vrf_old"},
        {"kind": "password_reset", "token": "rst_1"},
        {"kind": "verification", "token": "vrf_new"},
    ]
    variables = Variables(outbox=lambda: outbox)
    assert variables.get("VERIFICATION_TOKEN") == "vrf_new"
    assert variables.get("PASSWORD_RESET_TOKEN") == "rst_1"
    assert variables.get("MAGIC_LINK_TOKEN") is None
