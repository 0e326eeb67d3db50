# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type

if TYPE_CHECKING:
    from ..models.webhook_headers import WebhookHeaders


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        created_at (datetime.datetime):
        description (None | str):
        events (list[WebhookEventType]):
        headers (WebhookHeaders): Extra headers sent with each delivery.
        id (UUID):
        is_active (bool):
        organization_id (None | UUID):
        secret (str): HMAC-SHA256 signing secret (hex).
        updated_at (datetime.datetime):
        url (str):
    """

    created_at: datetime.datetime
    description: None | str
    events: list[WebhookEventType]
    headers: WebhookHeaders
    id: UUID
    is_active: bool
    organization_id: None | UUID
    secret: str
    updated_at: datetime.datetime
    url: str

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        events = []
        for componentsschemas_webhook_event_list_item_data in self.events:
            componentsschemas_webhook_event_list_item: str = (
                componentsschemas_webhook_event_list_item_data
            )
            events.append(componentsschemas_webhook_event_list_item)

        headers = self.headers.to_dict()

        id = str(self.id)

        is_active = self.is_active

        organization_id: None | str
        if isinstance(self.organization_id, UUID):
            organization_id = str(self.organization_id)
        else:
            organization_id = self.organization_id

        secret = self.secret

        updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "events": events,
                "headers": headers,
                "id": id,
                "is_active": is_active,
                "organization_id": organization_id,
                "secret": secret,
                "updated_at": updated_at,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_headers import WebhookHeaders  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        events = []
        _events = d.pop("events")
        for componentsschemas_webhook_event_list_item_data in _events:
            componentsschemas_webhook_event_list_item = check_webhook_event_type(
                componentsschemas_webhook_event_list_item_data
            )

            events.append(componentsschemas_webhook_event_list_item)

        headers = WebhookHeaders.from_dict(d.pop("headers"))

        id = UUID(d.pop("id"))

        is_active = d.pop("is_active")

        def _parse_organization_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_id_type_0 = UUID(data)

                return organization_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        secret = d.pop("secret")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        url = d.pop("url")

        _webhook = cls(
            created_at=created_at,
            description=description,
            events=events,
            headers=headers,
            id=id,
            is_active=is_active,
            organization_id=organization_id,
            secret=secret,
            updated_at=updated_at,
            url=url,
        )

        return _webhook
