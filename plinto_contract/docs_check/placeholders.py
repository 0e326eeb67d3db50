"""Placeholders in examples (``$TOKEN``, ``${ORGANIZATION_ID}``, ``<access_token>``, ``{user_id}``).

A placeholder names a variable. Static checks skip values that are placeholders; execution fills
them in from :class:`Variables`, which learn from every response of the page:

- each JSON leaf under its own name (``mfa_token`` -> ``MFA_TOKEN``), under its parent's name
  (``user.id`` -> ``USER_ID``), and, for the top level, under the response schema's name
  (an ``Invitation``'s ``token`` -> ``INVITATION_TOKEN``); the first item of a list stands for
  its singular (``backup_codes`` -> ``BACKUP_CODE``, ``sessions[0].id`` -> ``SESSION_ID``);
- the spec's response ``links``
  (``path.organization_id: $response.body#/id`` -> ``ORGANIZATION_ID``);
- ``TOKEN`` is the newest ``access_token`` (a leaf called ``token`` never overwrites it);
- ``TOTP_CODE`` is the current code of the newest base32 ``SECRET`` (an MFA enrolment's);
- ``<KIND>_TOKEN`` is the token of the newest mock outbox email of that kind
  (``VERIFICATION_TOKEN``, ``PASSWORD_RESET_TOKEN``, ``MAGIC_LINK_TOKEN``, ``INVITATION_TOKEN``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import pyotp

__all__ = [
    "PLACEHOLDER",
    "Variables",
    "is_placeholder",
    "placeholder_names",
    "substitute",
]

# $NAME, ${NAME}, <name>, {name}: the forms docs use for "put your value here".
PLACEHOLDER = re.compile(
    r"\$\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)\}"
    r"|\$(?P<bare>[A-Z_][A-Z0-9_]*)"
    r"|<(?P<angle>[A-Za-z_][A-Za-z0-9_-]*)>"
    r"|\{(?P<curly>[a-z_][a-z0-9_]*)\}"
)


_BASE32 = re.compile(r"[A-Z2-7]{16,}")


def _name(match: re.Match[str]) -> str:
    raw = next(value for value in match.groups() if value is not None)
    return raw.upper().replace("-", "_")


def placeholder_names(text: str) -> list[str]:
    """The variable names ``text`` refers to, in order."""
    return [_name(m) for m in PLACEHOLDER.finditer(text)]


def is_placeholder(value: Any) -> bool:
    """True if ``value`` is a string that contains a placeholder."""
    return isinstance(value, str) and PLACEHOLDER.search(value) is not None


def substitute(text: str, lookup: Callable[[str], str | None]) -> tuple[str, list[str]]:
    """``text`` with each known placeholder filled in, and the names that were unknown."""
    unknown: list[str] = []

    def fill(match: re.Match[str]) -> str:
        name = _name(match)
        value = lookup(name)
        if value is None:
            unknown.append(name)
            return match.group(0)
        return value

    return PLACEHOLDER.sub(fill, text), unknown


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def _leaves(value: Any, parent: str) -> Iterator[tuple[str, str, Any]]:
    """(parent name, key, scalar) for each leaf, lists standing in by their first item."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(item, Mapping):
                yield from _leaves(item, key)
            elif isinstance(item, list):
                if item and isinstance(item[0], Mapping):
                    yield from _leaves(item[0], _singular(key))
                elif item and not isinstance(item[0], list):
                    yield parent, _singular(key), item[0]
            else:
                yield parent, key, item


class Variables:
    """What a page's examples have learned so far, by upper-case name."""

    def __init__(self, outbox: Callable[[], Sequence[Mapping[str, Any]]] | None = None) -> None:
        self.values: dict[str, str] = {}
        self._outbox = outbox

    def set(self, name: str, value: Any) -> None:
        if value is None or isinstance(value, bool):
            return
        name, text = name.upper(), str(value)
        self.values[name] = text
        if name == "ACCESS_TOKEN":
            self.values["TOKEN"] = text
        if name.endswith("SECRET") and _BASE32.fullmatch(text):
            self.values["TOTP_SECRET"] = text  # a webhook secret (hex) must not replace it

    def learn(self, body: Any, schema_name: str | None = None) -> None:
        """Remember the leaves of a JSON response body."""
        for parent, key, value in _leaves(body, ""):
            if key == "token" and not parent:
                if schema_name:
                    self.set(f"{schema_name}_token", value)
                continue  # TOKEN is the bearer token, never an emailed one
            self.set(key, value)
            if parent:
                self.set(f"{parent}_{key}", value)
            elif schema_name:
                self.set(f"{schema_name}_{key}", value)

    def get(self, name: str) -> str | None:
        name = name.upper()
        if name == "TOTP_CODE" and "TOTP_SECRET" in self.values:
            return str(pyotp.TOTP(self.values["TOTP_SECRET"]).now())
        if name in self.values:
            return self.values[name]
        if name.endswith("_TOKEN") and self._outbox is not None:
            kind = name[: -len("_TOKEN")].lower()
            for message in reversed(self._outbox()):
                if str(message.get("kind", "")).lower() == kind and "token" in message:
                    return str(message["token"])
        return None
