"""Handlers for the `webhooks` tag: endpoints with server-generated signing secrets."""

from __future__ import annotations

from typing import Any

from mock_server.context import Call
from mock_server.errors import Forbidden, NotFound
from mock_server.handlers._common import page, require_rank, sort_by_created
from mock_server.state import Webhook, now

__all__ = [
    "create_webhook",
    "delete_webhook",
    "get_webhook",
    "list_webhook_event_types",
    "list_webhooks",
    "regenerate_webhook_secret",
    "update_webhook",
]


def create_webhook(call: Call) -> Webhook:
    body = call.body
    store = call.store
    organization_id = body.get("organization_id")
    with store.lock:
        if organization_id is not None:
            membership = store.memberships.get((str(organization_id), call.user.id))
            if membership is None:
                raise Forbidden("User is not a member of the specified organization")
            require_rank(call, membership, "admin")
        webhook = Webhook(
            user_id=call.user.id,
            url=str(body.get("url", "")),
            secret=call.security.webhook_secret(),
            events=list(body.get("events", [])),
            description=body.get("description"),
            headers=dict(body.get("headers") or {}),
            organization_id=str(organization_id) if organization_id else None,
        )
        store.webhooks[webhook.id] = webhook
    return webhook


def list_webhooks(call: Call) -> dict[str, Any]:
    is_active = call.query.get("is_active")
    with call.store.lock:
        mine = [w for w in call.store.webhooks.values() if w.user_id == call.user.id]
    if is_active is not None:
        mine = [w for w in mine if w.is_active is is_active]
    return page(sort_by_created(mine), call.query, "endpoints")


def list_webhook_event_types(call: Call) -> dict[str, Any]:
    # The event types are the spec's enum: read it rather than keep a second list.
    schema = call.operation.responses[str(call.operation.success_status)].schema or {}
    items = call.spec.resolve(call.spec.resolve(schema)["properties"]["event_types"]["items"])
    return {"event_types": list(items["enum"])}


def _own(call: Call) -> Webhook:
    webhook = call.store.webhooks.get(str(call.path["endpoint_id"]))
    if webhook is None or webhook.user_id != call.user.id:
        raise NotFound("Webhook endpoint not found")
    return webhook


def get_webhook(call: Call) -> Webhook:
    with call.store.lock:
        return _own(call)


_EDITABLE = frozenset({"url", "events", "is_active", "description", "headers"})


def update_webhook(call: Call) -> Webhook:
    with call.store.lock:
        webhook = _own(call)
        for name, value in call.body.items():
            if name in _EDITABLE:
                setattr(webhook, name, value)
        webhook.updated_at = now()
        return webhook


def delete_webhook(call: Call) -> None:
    with call.store.lock:
        del call.store.webhooks[_own(call).id]


def regenerate_webhook_secret(call: Call) -> Webhook:
    with call.store.lock:
        webhook = _own(call)
        webhook.secret = call.security.webhook_secret()
        webhook.updated_at = now()
        return webhook
