"""Journey: create a webhook endpoint, read, list and update it, rotate its secret, delete it."""

from __future__ import annotations

import pytest
from plinto_client.models import CreateWebhookRequest, UpdateWebhookRequest

from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey


def test_webhook_lifecycle(journey: Journey) -> None:
    j = journey
    _, client = j.new_account("webhooks")
    with j.step("list_webhook_event_types"):
        event_types = list(client.webhooks.list_webhook_event_types().event_types)
    j.expect(
        len(event_types) >= 2,
        operation="list_webhook_event_types",
        rule="event_types_are_listed",
        message=f"{len(event_types)} event types",
    )
    url = f"https://hooks.{j.target.config.throwaway_domain}/plinto"
    with j.step("create_webhook"):
        hook = client.webhooks.create_webhook(
            body=CreateWebhookRequest.from_dict({"url": url, "events": event_types[:1]})
        )
    j.expect(
        hook.url == url and list(hook.events) == event_types[:1] and hook.is_active,
        operation="create_webhook",
        rule="endpoint_created_as_asked",
        message=f"url={hook.url}, events={hook.events}, active={hook.is_active}",
    )
    with j.step("get_webhook"):
        fetched = client.webhooks.get_webhook(hook.id)
    j.expect(
        fetched.secret == hook.secret,
        operation="get_webhook",
        rule="reads_back",
        message="secret differs",
    )
    with j.step("list_webhooks"):
        listed = client.webhooks.list_webhooks().endpoints
    j.expect(
        hook.id in {h.id for h in listed},
        operation="list_webhooks",
        rule="new_endpoint_is_listed",
        message=f"{len(listed)} endpoints, not {hook.id}",
    )

    with j.step("update_webhook"):
        updated = client.webhooks.update_webhook(
            hook.id,
            body=UpdateWebhookRequest.from_dict({"events": event_types[:2], "is_active": False}),
        )
    j.expect(
        list(updated.events) == event_types[:2] and not updated.is_active,
        operation="update_webhook",
        rule="update_applies",
        message=f"events={updated.events}, active={updated.is_active}",
    )
    with j.step("regenerate_webhook_secret"):
        rotated = client.webhooks.regenerate_webhook_secret(hook.id)
    j.expect(
        rotated.secret != hook.secret,
        operation="regenerate_webhook_secret",
        rule="secret_changes",
        message="the secret did not change",
    )
    with j.step("delete_webhook"):
        client.webhooks.delete_webhook(hook.id)
    j.refused(
        lambda: client.webhooks.get_webhook(hook.id),
        404,
        operation="delete_webhook",
        rule="deleted_endpoint_is_gone",
    )
