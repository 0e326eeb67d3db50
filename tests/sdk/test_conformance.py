"""A response that does not match the spec raises UnexpectedResponseError; nothing half-parsed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from plinto_client import Plinto, UnexpectedResponseError
from plinto_client.models import AuthUser

from tests.sdk.conftest import BASE_URL, PASSWORD
from tests.sdk.transports import Script, json_response


def user_body(**changes: Any) -> dict[str, Any]:
    now = datetime(2026, 11, 27, tzinfo=UTC)
    user = AuthUser(
        id=uuid.uuid4(),
        email="ada@example.com",
        email_verified=True,
        username=None,
        first_name="Ada",
        last_name=None,
        profile_image_url=None,
        created_at=now,
        updated_at=now,
        last_sign_in_at=None,
    )
    return {**user.to_dict(), **changes}


def answer(response: httpx.Response) -> Plinto:
    return Plinto(BASE_URL, transport=Script([response]).transport(), max_retries=0)


def test_a_conforming_body_parses() -> None:
    me = answer(json_response(200, user_body())).auth.get_current_user()
    assert me.email == "ada@example.com"


def test_unknown_fields_are_tolerated() -> None:
    """A newer server may add fields; older clients keep working."""
    me = answer(json_response(200, user_body(nickname="Ada"))).auth.get_current_user()
    assert me.first_name == "Ada"


@pytest.mark.parametrize(
    ("response", "mentions"),
    [
        (json_response(200, user_body(email=42)), "AuthUser.email"),
        (json_response(200, user_body(email_verified="yes")), "AuthUser.email_verified"),
        (json_response(200, user_body(first_name=7)), "AuthUser.first_name"),
        (json_response(200, user_body(created_at="yesterday")), "does not parse"),
        (json_response(200, {"email": "ada@example.com"}), "does not parse"),
        (httpx.Response(200, content=b"<html>ok</html>"), "does not parse"),
        (json_response(418, {"tea": True}), "does not document"),
        (httpx.Response(500, content=b"<html>Bad gateway</html>"), "does not parse"),
        (json_response(401, {"detail": "Not authenticated"}), "does not parse"),
    ],
)
def test_non_conforming_answers_raise(response: httpx.Response, mentions: str) -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        answer(response).auth.get_current_user()
    assert mentions in str(raised.value)
    assert raised.value.status_code == response.status_code
    assert raised.value.response.status_code == response.status_code


def test_a_sign_in_answer_that_is_neither_result_raises() -> None:
    client = answer(json_response(200, {"signed_in": True}))
    with pytest.raises(UnexpectedResponseError):
        client.auth.sign_in("ada@example.com", PASSWORD)
    assert client.auth.tokens is None
