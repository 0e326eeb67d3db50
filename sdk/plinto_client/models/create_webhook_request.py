# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="CreateWebhookRequest")


@_attrs_define
class CreateWebhookRequest:
    """
    Attributes:
        events (list[WebhookEventType]):
        url (str):
        description (str | Unset):
        headers (WebhookHeaders | Unset): Extra headers sent with each delivery.
        organization_id (UUID | Unset):
    """

    events: list[WebhookEventType]
    url: str
    description: str | Unset = UNSET
    headers: WebhookHeaders | Unset = UNSET
    organization_id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        events = []
        for componentsschemas_webhook_event_list_item_data in self.events:
            componentsschemas_webhook_event_list_item: str = (
                componentsschemas_webhook_event_list_item_data
            )
            events.append(componentsschemas_webhook_event_list_item)

        url = self.url

        description = self.description

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        organization_id: str | Unset = UNSET
        if not isinstance(self.organization_id, Unset):
            organization_id = str(self.organization_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_headers import WebhookHeaders  # noqa: PLC0415

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for componentsschemas_webhook_event_list_item_data in _events:
            componentsschemas_webhook_event_list_item = check_webhook_event_type(
                componentsschemas_webhook_event_list_item_data
            )

            events.append(componentsschemas_webhook_event_list_item)

        url = d.pop("url")

        description = d.pop("description", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: WebhookHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = WebhookHeaders.from_dict(_headers)

        _organization_id = d.pop("organization_id", UNSET)
        organization_id: UUID | Unset
        if isinstance(_organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)

        _create_webhook_request = cls(
            events=events,
            url=url,
            description=description,
            headers=headers,
            organization_id=organization_id,
        )

        return _create_webhook_request
