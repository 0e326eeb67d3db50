# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PasskeyRegistrationOptionsPubKeyCredParamsItem")


@_attrs_define
class PasskeyRegistrationOptionsPubKeyCredParamsItem:
    """
    Attributes:
        alg (int):
        type_ (Literal['public-key']):
    """

    alg: int
    type_: Literal["public-key"]

    def to_dict(self) -> dict[str, Any]:
        alg = self.alg

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alg": alg,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alg = d.pop("alg")

        type_ = cast(Literal["public-key"], d.pop("type"))
        if type_ != "public-key":
            raise ValueError(f"type must match const 'public-key', got '{type_}'")

        _passkey_registration_options_pub_key_cred_params_item = cls(
            alg=alg,
            type_=type_,
        )

        return _passkey_registration_options_pub_key_cred_params_item
