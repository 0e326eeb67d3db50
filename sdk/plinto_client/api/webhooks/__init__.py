# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""The `webhooks` operations: one module each, plus their typed shape.

`SyncOperations` and `AsyncOperations` describe what `Plinto().webhooks` and
`AsyncPlinto().webhooks` offer: each operation, called without `client=`,
returns its parsed success body (None when it has none) and raises a `PlintoError` otherwise.
The methods themselves are found at run time from the modules in this package.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from ...models.create_webhook_request import CreateWebhookRequest
from ...models.error import Error
from ...models.update_webhook_request import UpdateWebhookRequest
from ...models.webhook import Webhook
from ...models.webhook_event_types import WebhookEventTypes
from ...models.webhook_list import WebhookList
from ...types import UNSET, Unset

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(Protocol):
    """The `webhooks` operations on `Plinto`."""

    def list_webhooks(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        is_active: bool | Unset = UNSET,
    ) -> WebhookList:
        """List your webhook endpoints (`GET /api/v1/webhooks`)."""
        ...

    def create_webhook(
        self,
        *,
        body: CreateWebhookRequest,
    ) -> Webhook:
        """Create a webhook endpoint (`POST /api/v1/webhooks`)."""
        ...

    def list_webhook_event_types(
        self,
    ) -> WebhookEventTypes:
        """List webhook event types (`GET /api/v1/webhooks/events/types`)."""
        ...

    def get_webhook(
        self,
        endpoint_id: UUID,
    ) -> Webhook:
        """Get a webhook endpoint (`GET /api/v1/webhooks/{endpoint_id}`)."""
        ...

    def delete_webhook(
        self,
        endpoint_id: UUID,
    ) -> None:
        """Delete a webhook endpoint (`DELETE /api/v1/webhooks/{endpoint_id}`)."""
        ...

    def update_webhook(
        self,
        endpoint_id: UUID,
        *,
        body: UpdateWebhookRequest,
    ) -> Webhook:
        """Update a webhook endpoint (`PATCH /api/v1/webhooks/{endpoint_id}`)."""
        ...

    def regenerate_webhook_secret(
        self,
        endpoint_id: UUID,
    ) -> Webhook:
        """Rotate the signing secret (`POST /api/v1/webhooks/{endpoint_id}/regenerate-secret`)."""
        ...


class AsyncOperations(Protocol):
    """The `webhooks` operations on `AsyncPlinto`."""

    async def list_webhooks(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        is_active: bool | Unset = UNSET,
    ) -> WebhookList:
        """List your webhook endpoints (`GET /api/v1/webhooks`)."""
        ...

    async def create_webhook(
        self,
        *,
        body: CreateWebhookRequest,
    ) -> Webhook:
        """Create a webhook endpoint (`POST /api/v1/webhooks`)."""
        ...

    async def list_webhook_event_types(
        self,
    ) -> WebhookEventTypes:
        """List webhook event types (`GET /api/v1/webhooks/events/types`)."""
        ...

    async def get_webhook(
        self,
        endpoint_id: UUID,
    ) -> Webhook:
        """Get a webhook endpoint (`GET /api/v1/webhooks/{endpoint_id}`)."""
        ...

    async def delete_webhook(
        self,
        endpoint_id: UUID,
    ) -> None:
        """Delete a webhook endpoint (`DELETE /api/v1/webhooks/{endpoint_id}`)."""
        ...

    async def update_webhook(
        self,
        endpoint_id: UUID,
        *,
        body: UpdateWebhookRequest,
    ) -> Webhook:
        """Update a webhook endpoint (`PATCH /api/v1/webhooks/{endpoint_id}`)."""
        ...

    async def regenerate_webhook_secret(
        self,
        endpoint_id: UUID,
    ) -> Webhook:
        """Rotate the signing secret (`POST /api/v1/webhooks/{endpoint_id}/regenerate-secret`)."""
        ...
