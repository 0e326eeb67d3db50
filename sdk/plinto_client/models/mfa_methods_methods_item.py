# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.mfa_methods_methods_item_method import (
    MfaMethodsMethodsItemMethod,
    check_mfa_methods_methods_item_method,
)

T = TypeVar("T", bound="MfaMethodsMethodsItem")


@_attrs_define
class MfaMethodsMethodsItem:
    """
    Attributes:
        enabled (bool):
        method (MfaMethodsMethodsItemMethod):
        name (str):
    """

    enabled: bool
    method: MfaMethodsMethodsItemMethod
    name: str

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        method: str = self.method

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
                "method": method,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        method = check_mfa_methods_methods_item_method(d.pop("method"))

        name = d.pop("name")

        _mfa_methods_methods_item = cls(
            enabled=enabled,
            method=method,
            name=name,
        )

        return _mfa_methods_methods_item
