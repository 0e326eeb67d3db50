# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="UpdateWebhookRequest")


@_attrs_define
class UpdateWebhookRequest:
    """
    Attributes:
        description (str | Unset):
        events (list[WebhookEventType] | Unset):
        headers (WebhookHeaders | Unset): Extra headers sent with each delivery.
        is_active (bool | Unset):
        url (str | Unset):
    """

    description: str | Unset = UNSET
    events: list[WebhookEventType] | Unset = UNSET
    headers: WebhookHeaders | Unset = UNSET
    is_active: bool | Unset = UNSET
    url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for componentsschemas_webhook_event_list_item_data in self.events:
                componentsschemas_webhook_event_list_item: str = (
                    componentsschemas_webhook_event_list_item_data
                )
                events.append(componentsschemas_webhook_event_list_item)

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        is_active = self.is_active

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if events is not UNSET:
            field_dict["events"] = events
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_headers import WebhookHeaders  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _events = d.pop("events", UNSET)
        events: list[WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for componentsschemas_webhook_event_list_item_data in _events:
                componentsschemas_webhook_event_list_item = check_webhook_event_type(
                    componentsschemas_webhook_event_list_item_data
                )

                events.append(componentsschemas_webhook_event_list_item)

        _headers = d.pop("headers", UNSET)
        headers: WebhookHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = WebhookHeaders.from_dict(_headers)

        is_active = d.pop("is_active", UNSET)

        url = d.pop("url", UNSET)

        _update_webhook_request = cls(
            description=description,
            events=events,
            headers=headers,
            is_active=is_active,
            url=url,
        )

        return _update_webhook_request
