# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PasskeyAvailability")


@_attrs_define
class PasskeyAvailability:
    """
    Attributes:
        authentication (bool):
        available (bool):
        registration (bool):
    """

    authentication: bool
    available: bool
    registration: bool

    def to_dict(self) -> dict[str, Any]:
        authentication = self.authentication

        available = self.available

        registration = self.registration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authentication": authentication,
                "available": available,
                "registration": registration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication = d.pop("authentication")

        available = d.pop("available")

        registration = d.pop("registration")

        _passkey_availability = cls(
            authentication=authentication,
            available=available,
            registration=registration,
        )

        return _passkey_availability
