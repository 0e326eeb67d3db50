"""The one place that masks secrets: every report writer, log line and Evidence goes through it.

`redact(text)` masks bearer tokens, JWTs, sensitive header lines, and the values of sensitive
keys in JSON (or Python-repr) text and in query/form strings. `redact_mapping(mapping)` does the
same for headers and decoded JSON bodies. Both are idempotent and never raise on odd input.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["REDACTED", "is_sensitive_key", "redact", "redact_mapping"]

REDACTED = "[REDACTED]"

# Keys whose value is a secret whatever it looks like. Header names are normalised to
# snake_case first, so "Set-Cookie" matches "set_cookie".
_SENSITIVE_EXACT = frozenset(
    {
        "authorization",
        "proxy_authorization",
        "cookie",
        "set_cookie",
        "api_key",
        "x_api_key",
        "otp",
        "backup_codes",
        "recovery_codes",
    }
)
_SENSITIVE_HEADERS = "authorization|proxy-authorization|cookie|set-cookie|x-api-key"


# An MFA `code` is digits or XXXX-XXXX; an error detail's `code` is a schema keyword.
_KEYWORD_LIKE = re.compile(r"[a-z][A-Za-z_]*")


def is_sensitive_key(key: str) -> bool:
    """True if a value stored under `key` must never be shown ("code" is checked by value)."""
    name = key.strip().lower().replace("-", "_")
    return (
        name in _SENSITIVE_EXACT
        or name == "code"
        or "password" in name
        or "secret" in name
        # token, access_token, refresh_token, mfa_token... but not token_type / tokens.
        or name.endswith("token")
    )


# "Authorization: Bearer x" as a header line, or inside a curl -H '...' argument.
_HEADER_LINE = re.compile(rf"(?im)\b({_SENSITIVE_HEADERS})(\s*:\s*)[^'\"\r\n]+")
_BEARER = re.compile(r"(?i)\b(bearer|basic)(\s+)[A-Za-z0-9\-._~+/]+=*")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
# "key": value, with double or single quotes (JSON or a Python repr); the value is a string,
# a number, a literal, or a flat list (backup codes).
_KEYED_VALUE = re.compile(
    r"""(?P<q>["'])(?P<key>[^"'\\\r\n]{1,64})(?P=q)(?P<sep>\s*:\s*)"""
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\[[^\[\]]*\]|-?\d[\d.eE+-]*|true|false|null)"""
)
# key=value in query strings and form bodies (also an otpauth:// URI's secret=), and bare
# keyword arguments in a repr: `(password=x)`.
_QUERY_PAIR = re.compile(
    r"""(?P<lead>^|[?&;\s'"(,])(?P<key>[A-Za-z0-9_.\-]{1,64})=(?P<value>[^&#\s"'),]*)"""
)
# Quoted keyword arguments in a Python repr: `Login(password='x y')`, `f(a, token="y")`. A separate,
# later pass: a quoted value of a harmless key (an XML attribute holding a URL) may itself hold a
# query string, which the pass above has already masked.
_QUOTED_KWARG = re.compile(
    r"""(?P<lead>[(,\s])(?P<key>[A-Za-z0-9_]{1,64})=(?P<value>'[^'\r\n]*'|"[^"\r\n]*")"""
)


def _is_secret(key: str, value: Any) -> bool:
    if key.strip().lower() == "code" and isinstance(value, str):
        return not _KEYWORD_LIKE.fullmatch(value.strip("\"'"))
    return is_sensitive_key(key)


def _mask_keyed_value(match: re.Match[str]) -> str:
    if not _is_secret(match["key"], match["value"]):
        return match[0]
    q = match["q"]
    return f"{q}{match['key']}{q}{match['sep']}{q}{REDACTED}{q}"


def _mask_query_pair(match: re.Match[str]) -> str:
    if not match["value"] or not _is_secret(match["key"], match["value"]):
        return match[0]
    return f"{match['lead']}{match['key']}={REDACTED}"


def redact(text: str) -> str:
    """Return `text` with every secret we can recognise replaced by [REDACTED]."""
    text = _HEADER_LINE.sub(rf"\1\2{REDACTED}", text)
    text = _BEARER.sub(rf"\1\2{REDACTED}", text)
    text = _JWT.sub(REDACTED, text)
    text = _KEYED_VALUE.sub(_mask_keyed_value, text)
    text = _QUERY_PAIR.sub(_mask_query_pair, text)
    return _QUOTED_KWARG.sub(_mask_query_pair, text)


def _redact_value(value: Any) -> Any:
    if isinstance(value, Mapping):
        return redact_mapping(value)
    if isinstance(value, list | tuple):
        return [_redact_value(item) for item in value]
    if isinstance(value, str):
        return redact(value)
    return value


def redact_mapping(mapping: Mapping[str, Any]) -> dict[str, Any]:
    """Return a copy of headers or a decoded JSON body with sensitive values masked, recursively."""
    return {
        key: REDACTED if _is_secret(str(key), value) else _redact_value(value)
        for key, value in mapping.items()
    }
