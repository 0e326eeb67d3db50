# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.user_profile import UserProfile


T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """
    Attributes:
        page (int):
        per_page (int):
        total (int): Items across all pages.
        users (list[UserProfile]):
    """

    page: int
    per_page: int
    total: int
    users: list[UserProfile]

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        total = self.total

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "page": page,
                "per_page": per_page,
                "total": total,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_profile import UserProfile  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page")

        per_page = d.pop("per_page")

        total = d.pop("total")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserProfile.from_dict(users_item_data)

            users.append(users_item)

        _user_list = cls(
            page=page,
            per_page=per_page,
            total=total,
            users=users,
        )

        return _user_list
