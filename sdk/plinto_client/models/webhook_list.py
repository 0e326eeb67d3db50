# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.webhook import Webhook


T = TypeVar("T", bound="WebhookList")


@_attrs_define
class WebhookList:
    """
    Attributes:
        endpoints (list[Webhook]):
        page (int):
        per_page (int):
        total (int): Items across all pages.
    """

    endpoints: list[Webhook]
    page: int
    per_page: int
    total: int

    def to_dict(self) -> dict[str, Any]:
        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        page = self.page

        per_page = self.per_page

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endpoints": endpoints,
                "page": page,
                "per_page": per_page,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook import Webhook  # noqa: PLC0415

        d = dict(src_dict)
        endpoints = []
        _endpoints = d.pop("endpoints")
        for endpoints_item_data in _endpoints:
            endpoints_item = Webhook.from_dict(endpoints_item_data)

            endpoints.append(endpoints_item)

        page = d.pop("page")

        per_page = d.pop("per_page")

        total = d.pop("total")

        _webhook_list = cls(
            endpoints=endpoints,
            page=page,
            per_page=per_page,
            total=total,
        )

        return _webhook_list
