# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MfaSigninRequest")


@_attrs_define
class MfaSigninRequest:
    """
    Attributes:
        code (str): A 6-digit TOTP code or an unused backup code (`XXXX-XXXX`).
        mfa_token (str):
    """

    code: str
    mfa_token: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        mfa_token = self.mfa_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "mfa_token": mfa_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        mfa_token = d.pop("mfa_token")

        _mfa_signin_request = cls(
            code=code,
            mfa_token=mfa_token,
        )

        return _mfa_signin_request
