# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.authenticator_attachment import (
    AuthenticatorAttachment,
    check_authenticator_attachment,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PasskeyOptionsRequest")


@_attrs_define
class PasskeyOptionsRequest:
    """
    Attributes:
        authenticator_attachment (AuthenticatorAttachment | Unset):
    """

    authenticator_attachment: AuthenticatorAttachment | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        authenticator_attachment: str | Unset = UNSET
        if not isinstance(self.authenticator_attachment, Unset):
            authenticator_attachment = self.authenticator_attachment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if authenticator_attachment is not UNSET:
            field_dict["authenticator_attachment"] = authenticator_attachment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _authenticator_attachment = d.pop("authenticator_attachment", UNSET)
        authenticator_attachment: AuthenticatorAttachment | Unset
        if isinstance(_authenticator_attachment, Unset):
            authenticator_attachment = UNSET
        else:
            authenticator_attachment = check_authenticator_attachment(_authenticator_attachment)

        _passkey_options_request = cls(
            authenticator_attachment=authenticator_attachment,
        )

        return _passkey_options_request
