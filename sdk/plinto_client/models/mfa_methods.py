# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mfa_methods_methods_item import MfaMethodsMethodsItem


T = TypeVar("T", bound="MfaMethods")


@_attrs_define
class MfaMethods:
    """
    Attributes:
        methods (list[MfaMethodsMethodsItem]):
    """

    methods: list[MfaMethodsMethodsItem]

    def to_dict(self) -> dict[str, Any]:
        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.to_dict()
            methods.append(methods_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "methods": methods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mfa_methods_methods_item import MfaMethodsMethodsItem  # noqa: PLC0415

        d = dict(src_dict)
        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = MfaMethodsMethodsItem.from_dict(methods_item_data)

            methods.append(methods_item)

        _mfa_methods = cls(
            methods=methods,
        )

        return _mfa_methods
