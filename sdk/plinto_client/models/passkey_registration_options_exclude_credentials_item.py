# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PasskeyRegistrationOptionsExcludeCredentialsItem")


@_attrs_define
class PasskeyRegistrationOptionsExcludeCredentialsItem:
    """
    Attributes:
        id (str):
        type_ (Literal['public-key']):
    """

    id: str
    type_: Literal["public-key"]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["public-key"], d.pop("type"))
        if type_ != "public-key":
            raise ValueError(f"type must match const 'public-key', got '{type_}'")

        _passkey_registration_options_exclude_credentials_item = cls(
            id=id,
            type_=type_,
        )

        return _passkey_registration_options_exclude_credentials_item
