# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.mfa_challenge_methods_item import (
    MfaChallengeMethodsItem,
    check_mfa_challenge_methods_item,
)

T = TypeVar("T", bound="MfaChallenge")


@_attrs_define
class MfaChallenge:
    """Sign-in needs a second factor; send `mfa_token` and a code to `complete_mfa_signin`.

    Attributes:
        expires_in (int):
        methods (list[MfaChallengeMethodsItem]):
        mfa_required (bool):
        mfa_token (str): Single use; lives `expires_in` seconds.
    """

    expires_in: int
    methods: list[MfaChallengeMethodsItem]
    mfa_required: bool
    mfa_token: str

    def to_dict(self) -> dict[str, Any]:
        expires_in = self.expires_in

        methods = []
        for methods_item_data in self.methods:
            methods_item: str = methods_item_data
            methods.append(methods_item)

        mfa_required = self.mfa_required

        mfa_token = self.mfa_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expires_in": expires_in,
                "methods": methods,
                "mfa_required": mfa_required,
                "mfa_token": mfa_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expires_in = d.pop("expires_in")

        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = check_mfa_challenge_methods_item(methods_item_data)

            methods.append(methods_item)

        mfa_required = d.pop("mfa_required")

        mfa_token = d.pop("mfa_token")

        _mfa_challenge = cls(
            expires_in=expires_in,
            methods=methods,
            mfa_required=mfa_required,
            mfa_token=mfa_token,
        )

        return _mfa_challenge
