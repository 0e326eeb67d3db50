# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RevokedSessions")


@_attrs_define
class RevokedSessions:
    """
    Attributes:
        message (str):
        revoked_count (int):
    """

    message: str
    revoked_count: int

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        revoked_count = self.revoked_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "revoked_count": revoked_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        revoked_count = d.pop("revoked_count")

        _revoked_sessions = cls(
            message=message,
            revoked_count=revoked_count,
        )

        return _revoked_sessions
