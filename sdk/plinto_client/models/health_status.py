# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.health_status_environment import (
    HealthStatusEnvironment,
    check_health_status_environment,
)

T = TypeVar("T", bound="HealthStatus")


@_attrs_define
class HealthStatus:
    """
    Attributes:
        environment (HealthStatusEnvironment):
        status (Literal['healthy']):
        version (str):
    """

    environment: HealthStatusEnvironment
    status: Literal["healthy"]
    version: str

    def to_dict(self) -> dict[str, Any]:
        environment: str = self.environment

        status = self.status

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "environment": environment,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment = check_health_status_environment(d.pop("environment"))

        status = cast(Literal["healthy"], d.pop("status"))
        if status != "healthy":
            raise ValueError(f"status must match const 'healthy', got '{status}'")

        version = d.pop("version")

        _health_status = cls(
            environment=environment,
            status=status,
            version=version,
        )

        return _health_status
