# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BackupCodes")


@_attrs_define
class BackupCodes:
    """
    Attributes:
        backup_codes (list[str]):
        generated_at (datetime.datetime):
    """

    backup_codes: list[str]
    generated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        backup_codes = self.backup_codes

        generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "backup_codes": backup_codes,
                "generated_at": generated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_codes = cast(list[str], d.pop("backup_codes"))

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        _backup_codes = cls(
            backup_codes=backup_codes,
            generated_at=generated_at,
        )

        return _backup_codes
