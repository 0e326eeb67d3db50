# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MfaStatus")


@_attrs_define
class MfaStatus:
    """
    Attributes:
        backup_codes_remaining (int):
        enabled (bool):
        last_used_at (datetime.datetime | None):
        pending (bool): An enrolment awaits `verify_mfa`.
    """

    backup_codes_remaining: int
    enabled: bool
    last_used_at: datetime.datetime | None
    pending: bool

    def to_dict(self) -> dict[str, Any]:
        backup_codes_remaining = self.backup_codes_remaining

        enabled = self.enabled

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        pending = self.pending

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "backup_codes_remaining": backup_codes_remaining,
                "enabled": enabled,
                "last_used_at": last_used_at,
                "pending": pending,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_codes_remaining = d.pop("backup_codes_remaining")

        enabled = d.pop("enabled")

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        pending = d.pop("pending")

        _mfa_status = cls(
            backup_codes_remaining=backup_codes_remaining,
            enabled=enabled,
            last_used_at=last_used_at,
            pending=pending,
        )

        return _mfa_status
