# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from typing import Literal

WebhookEventType = Literal[
    "admin.action",
    "oauth.account.linked",
    "oauth.account.unlinked",
    "organization.created",
    "organization.deleted",
    "organization.member.added",
    "organization.member.removed",
    "organization.member.role_changed",
    "organization.updated",
    "security.mfa.disabled",
    "security.mfa.enabled",
    "security.passkey.registered",
    "security.passkey.removed",
    "security.password.changed",
    "security.password.reset",
    "security.suspicious_activity",
    "session.created",
    "session.expired",
    "session.revoked",
    "system.alert",
    "user.created",
    "user.deleted",
    "user.reactivated",
    "user.suspended",
    "user.updated",
    "user.verified",
]

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "admin.action",
    "oauth.account.linked",
    "oauth.account.unlinked",
    "organization.created",
    "organization.deleted",
    "organization.member.added",
    "organization.member.removed",
    "organization.member.role_changed",
    "organization.updated",
    "security.mfa.disabled",
    "security.mfa.enabled",
    "security.passkey.registered",
    "security.passkey.removed",
    "security.password.changed",
    "security.password.reset",
    "security.suspicious_activity",
    "session.created",
    "session.expired",
    "session.revoked",
    "system.alert",
    "user.created",
    "user.deleted",
    "user.reactivated",
    "user.suspended",
    "user.updated",
    "user.verified",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_TYPE_VALUES!r}")
