# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.readiness_check_status import ReadinessCheckStatus, check_readiness_check_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadinessCheck")


@_attrs_define
class ReadinessCheck:
    """
    Attributes:
        status (ReadinessCheckStatus):
        duration_ms (float | Unset):
        message (str | Unset):
    """

    status: ReadinessCheckStatus
    duration_ms: float | Unset = UNSET
    message: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        duration_ms = self.duration_ms

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_readiness_check_status(d.pop("status"))

        duration_ms = d.pop("duration_ms", UNSET)

        message = d.pop("message", UNSET)

        _readiness_check = cls(
            status=status,
            duration_ms=duration_ms,
            message=message,
        )

        return _readiness_check
