# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MfaEnrollment")


@_attrs_define
class MfaEnrollment:
    """
    Attributes:
        backup_codes (list[str]):
        provisioning_uri (str):
        secret (str): Base32 TOTP secret.
    """

    backup_codes: list[str]
    provisioning_uri: str
    secret: str

    def to_dict(self) -> dict[str, Any]:
        backup_codes = self.backup_codes

        provisioning_uri = self.provisioning_uri

        secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "backup_codes": backup_codes,
                "provisioning_uri": provisioning_uri,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_codes = cast(list[str], d.pop("backup_codes"))

        provisioning_uri = d.pop("provisioning_uri")

        secret = d.pop("secret")

        _mfa_enrollment = cls(
            backup_codes=backup_codes,
            provisioning_uri=provisioning_uri,
            secret=secret,
        )

        return _mfa_enrollment
