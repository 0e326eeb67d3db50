# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.readiness_status_status import ReadinessStatusStatus, check_readiness_status_status

if TYPE_CHECKING:
    from ..models.readiness_status_checks import ReadinessStatusChecks


T = TypeVar("T", bound="ReadinessStatus")


@_attrs_define
class ReadinessStatus:
    """
    Attributes:
        checks (ReadinessStatusChecks):
        status (ReadinessStatusStatus):
    """

    checks: ReadinessStatusChecks
    status: ReadinessStatusStatus

    def to_dict(self) -> dict[str, Any]:
        checks = self.checks.to_dict()

        status: str = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "checks": checks,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.readiness_status_checks import ReadinessStatusChecks  # noqa: PLC0415

        d = dict(src_dict)
        checks = ReadinessStatusChecks.from_dict(d.pop("checks"))

        status = check_readiness_status_status(d.pop("status"))

        _readiness_status = cls(
            checks=checks,
            status=status,
        )

        return _readiness_status
