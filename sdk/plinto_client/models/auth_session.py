# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.auth_user import AuthUser
    from ..models.token_pair import TokenPair


T = TypeVar("T", bound="AuthSession")


@_attrs_define
class AuthSession:
    """A completed sign-in.

    Attributes:
        tokens (TokenPair):
        user (AuthUser): The account as the auth endpoints return it. Every key is always present; unset ones are null.
    """

    tokens: TokenPair
    user: AuthUser

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tokens": tokens,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_user import AuthUser  # noqa: PLC0415
        from ..models.token_pair import TokenPair  # noqa: PLC0415

        d = dict(src_dict)
        tokens = TokenPair.from_dict(d.pop("tokens"))

        user = AuthUser.from_dict(d.pop("user"))

        _auth_session = cls(
            tokens=tokens,
            user=user,
        )

        return _auth_session
