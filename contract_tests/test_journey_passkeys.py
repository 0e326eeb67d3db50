"""Journey: register a passkey (the challenge is single use), list, rename and delete it (the
password is re-checked)."""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

import pytest
from plinto_client.models import (
    PasskeyOptionsRequest,
    PasskeyRegistrationRequest,
    PasswordConfirmation,
    RenamePasskeyRequest,
)

from contract_tests.auth import new_password
from contract_tests.journeys import Journey

pytestmark = pytest.mark.journey


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def registration(j: Journey, challenge: str) -> dict[str, Any]:
    """The spec's example credential, answering ``challenge`` with a new credential id."""
    example = j.spec.operations["verify_passkey_registration"].request_examples[0]
    credential_id = b64url(secrets.token_bytes(16))
    client_data = {"type": "webauthn.create", "challenge": challenge, "origin": j.target.base_url}
    response = {
        **example["credential"]["response"],
        "clientDataJSON": b64url(json.dumps(client_data).encode()),
    }
    credential = {
        **example["credential"],
        "id": credential_id,
        "rawId": credential_id,
        "response": response,
    }
    return {**example, "credential": credential}


def test_passkey_lifecycle(journey: Journey) -> None:
    j = journey
    account, client = j.new_account("passkeys")
    with j.step("create_passkey_registration_options"):
        options = client.passkeys.create_passkey_registration_options(
            body=PasskeyOptionsRequest.from_dict({"authenticator_attachment": "platform"})
        )
    body = registration(j, options.challenge)
    with j.step("verify_passkey_registration"):
        passkey = client.passkeys.verify_passkey_registration(
            body=PasskeyRegistrationRequest.from_dict(body)
        )
    j.expect(
        passkey.credential_id == body["credential"]["id"],
        operation="verify_passkey_registration",
        rule="registers_the_credential",
        message=f"credential_id={passkey.credential_id}",
    )
    j.refused(
        lambda: client.passkeys.verify_passkey_registration(
            body=PasskeyRegistrationRequest.from_dict(registration(j, options.challenge))
        ),
        400,
        operation="verify_passkey_registration",
        rule="challenge_is_single_use",
    )
    with j.step("list_passkeys"):
        listed = {p.id for p in client.passkeys.list_passkeys().passkeys}
    j.expect(
        passkey.id in listed,
        operation="list_passkeys",
        rule="registered_passkey_is_listed",
        message=f"{listed}",
    )
    with j.step("rename_passkey"):
        renamed = client.passkeys.rename_passkey(
            passkey.id, body=RenamePasskeyRequest(name="Contract suite key")
        )
    j.expect(
        renamed.name == "Contract suite key",
        operation="rename_passkey",
        rule="rename_applies",
        message=f"name={renamed.name!r}",
    )
    j.refused(
        lambda: client.passkeys.delete_passkey(
            passkey.id, body=PasswordConfirmation(password=new_password())
        ),
        400,
        operation="delete_passkey",
        rule="password_is_rechecked",
    )
    with j.step("delete_passkey"):
        client.passkeys.delete_passkey(
            passkey.id, body=PasswordConfirmation(password=account.password)
        )
    with j.step("list_passkeys"):
        remaining = {p.id for p in client.passkeys.list_passkeys().passkeys}
    j.expect(
        passkey.id not in remaining,
        operation="delete_passkey",
        rule="deleted_passkey_is_gone",
        message=f"{remaining}",
    )
