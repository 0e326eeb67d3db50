# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.role import Role, check_role

T = TypeVar("T", bound="ChangeRoleRequest")


@_attrs_define
class ChangeRoleRequest:
    """
    Attributes:
        new_role (Role): Organization roles, strongest first: owner > admin > member > viewer.
    """

    new_role: Role

    def to_dict(self) -> dict[str, Any]:
        new_role: str = self.new_role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "new_role": new_role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_role = check_role(d.pop("new_role"))

        _change_role_request = cls(
            new_role=new_role,
        )

        return _change_role_request
