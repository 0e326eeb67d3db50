# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DisableMfaRequest")


@_attrs_define
class DisableMfaRequest:
    """
    Attributes:
        code (str): A 6-digit TOTP code or an unused backup code (`XXXX-XXXX`).
        password (str): An existing password, checked against the stored hash (no strength rule).
    """

    code: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        password = d.pop("password")

        _disable_mfa_request = cls(
            code=code,
            password=password,
        )

        return _disable_mfa_request
