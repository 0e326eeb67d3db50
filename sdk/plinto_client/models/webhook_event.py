# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """The body of a webhook delivery.

    Attributes:
        created_at (datetime.datetime):
        data (WebhookEventData): The affected resource as the API returns it.
        id (UUID): Unique per event; use it to drop duplicate deliveries.
        type_ (WebhookEventType):
    """

    created_at: datetime.datetime
    data: WebhookEventData
    id: UUID
    type_: WebhookEventType

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = str(self.id)

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "data": data,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_event_data import WebhookEventData  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data = WebhookEventData.from_dict(d.pop("data"))

        id = UUID(d.pop("id"))

        type_ = check_webhook_event_type(d.pop("type"))

        _webhook_event = cls(
            created_at=created_at,
            data=data,
            id=id,
            type_=type_,
        )

        return _webhook_event
