from __future__ import annotations

import json

import pytest

from plinto_contract.redact import REDACTED, is_sensitive_key, redact, redact_mapping

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlX3NlY3JldA"
SECRET = "Hunter2-Secret!"


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {JWT}",
        f"authorization: bearer opaque-token-{SECRET}",
        f"curl -H 'Authorization: Bearer {SECRET}' https://api.plinto.dev/api/v1/auth/me",
        f"curl -H 'Cookie: session={SECRET}' https://api.plinto.dev/",
        f"Set-Cookie: refresh={SECRET}; HttpOnly",
        f"token in a log line: {JWT} (expired)",
        f'{{"email": "ada@example.com", "password": "{SECRET}"}}',
        f'{{"current_password": "{SECRET}", "new_password": "{SECRET}x"}}',
        f'{{"tokens": {{"access_token": "{SECRET}", "refresh_token": "{SECRET}"}}}}',
        f'{{"mfa_token": "{SECRET}", "code": "492039"}}',
        f'{{"secret": "{SECRET}", "backup_codes": ["{SECRET}", "ABCD-EFGH"]}}',
        f"{{'password': '{SECRET}'}}",  # a Python repr in a log message
        f"https://api.plinto.dev/api/v1/auth/email/verify?token={SECRET}&x=1",
        f"otpauth://totp/Plinto:ada?secret={SECRET}&issuer=Plinto",
        f"email=ada%40example.com&password={SECRET}",
        f"(password={SECRET})",  # keyword arguments in a repr
        f"SigninRequest(email='ada@example.com', password='{SECRET} with spaces')",
        f'refresh(client, refresh_token="{SECRET}")',
        # a quoted harmless value that holds a query string (a JUnit attribute naming the target)
        f'<testsuites name="check https://api.example.test/?access_token={SECRET}" tests="8">',
    ],
)
def test_secrets_are_masked(text):
    masked = redact(text)
    assert SECRET not in masked
    assert JWT not in masked
    assert REDACTED in masked


def test_json_stays_json_and_keeps_harmless_fields():
    body = {
        "user": {"email": "ada@example.com", "first_name": "Ada"},
        "tokens": {"access_token": JWT, "token_type": "bearer", "expires_in": 900},
        "code": 123456,
    }
    masked = json.loads(redact(json.dumps(body)))
    assert masked["user"] == body["user"]
    assert masked["tokens"] == {
        "access_token": REDACTED,
        "token_type": "bearer",
        "expires_in": 900,
    }
    assert masked["code"] == REDACTED


def test_error_details_keep_their_keyword_code():
    detail = '{"field": "password", "message": "too short", "code": "minLength"}'
    assert redact(detail) == detail
    assert redact_mapping({"code": "pattern"}) == {"code": "pattern"}
    assert redact_mapping({"code": "492039"}) == {"code": REDACTED}


def test_plain_text_is_untouched():
    text = "GET /api/v1/users?page=2&per_page=20 -> 200 (request abc-123), error_code=INVALID_TOKEN"
    assert redact(text) == text


def test_redact_is_idempotent():
    text = f'Authorization: Bearer {JWT}\n{{"password": "{SECRET}"}} ?token={SECRET}'
    once = redact(text)
    assert redact(once) == once


def test_redact_mapping_masks_headers_and_nested_bodies():
    headers = {"Authorization": f"Bearer {JWT}", "X-Request-ID": "abc", "Cookie": "s=1"}
    assert redact_mapping(headers) == {
        "Authorization": REDACTED,
        "X-Request-ID": "abc",
        "Cookie": REDACTED,
    }
    body = {"items": [{"secret": SECRET, "url": f"https://h/x?token={SECRET}"}], "page": 1}
    masked = redact_mapping(body)
    assert masked["items"][0]["secret"] == REDACTED
    assert SECRET not in masked["items"][0]["url"]
    assert masked["page"] == 1
    assert body["items"][0]["secret"] == SECRET  # the input is not modified


@pytest.mark.parametrize(
    ("key", "sensitive"),
    [
        ("password", True),
        ("New-Password", True),
        ("refresh_token", True),
        ("mfa_token", True),
        ("client_secret", True),
        ("Proxy-Authorization", True),
        ("token_type", False),
        ("tokens", False),
        ("error_code", False),
        ("email", False),
    ],
)
def test_is_sensitive_key(key, sensitive):
    assert is_sensitive_key(key) is sensitive
