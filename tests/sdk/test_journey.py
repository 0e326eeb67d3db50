"""The user journey through the SDK against the in-process mock, sync and async."""

from __future__ import annotations

import pytest
from plinto_client import AsyncPlinto, AuthenticationError, MemoryTokenStore, Plinto
from plinto_client.models import AuthSession, TokenRequest, UpdateProfileRequest

from tests.sdk.conftest import BASE_URL, PASSWORD, Mailbox, new_email
from tests.sdk.transports import SyncASGITransport


def test_signup_to_signout_journey(
    client: Plinto, mailbox: Mailbox, mock_transport: SyncASGITransport
) -> None:
    email = new_email()
    created = client.auth.sign_up(email, PASSWORD, first_name="Ada")
    assert created.user.email == email
    assert created.user.email_verified is False
    assert client.auth.tokens == created.tokens  # kept without being asked

    client.auth.verify_email(body=TokenRequest(token=mailbox.token(email, "verification")))

    signed_in = client.auth.sign_in(email, PASSWORD)
    assert isinstance(signed_in, AuthSession)
    assert client.auth.tokens == signed_in.tokens

    me = client.auth.get_current_user()
    assert me.email == email
    assert me.email_verified is True

    profile = client.users.update_my_profile(body=UpdateProfileRequest(display_name="Countess"))
    assert profile.display_name == "Countess"
    assert client.users.get_my_profile().display_name == "Countess"

    fresh = client.auth.refresh()
    assert fresh.refresh_token != signed_in.tokens.refresh_token
    assert client.auth.tokens == fresh
    assert client.auth.get_current_user().id == me.id  # the new access token works

    client.auth.sign_out()
    assert client.auth.tokens is None
    with pytest.raises(AuthenticationError) as raised:
        client.auth.get_current_user()
    assert raised.value.status_code == 401
    assert raised.value.request_id

    # The server revoked the session too: its tokens are refused, refresh included, and the
    # client forgets a pair whose refresh token was refused.
    store = MemoryTokenStore(fresh)
    with (
        Plinto(BASE_URL, transport=mock_transport, token_store=store) as stale,
        pytest.raises(AuthenticationError),
    ):
        stale.auth.get_current_user()
    assert store.load() is None


@pytest.mark.anyio
async def test_async_signup_to_signout_journey(async_client: AsyncPlinto) -> None:
    email = new_email()
    await async_client.auth.sign_up(email, PASSWORD)
    outbox = await async_client.health.get_health()  # any public call works while signed in
    assert outbox.status == "healthy"

    signed_in = await async_client.auth.sign_in(email, PASSWORD)
    assert isinstance(signed_in, AuthSession)
    me = await async_client.auth.get_current_user()
    assert me.email == email

    profile = await async_client.users.update_my_profile(body=UpdateProfileRequest(bio="Poet"))
    assert profile.bio == "Poet"

    fresh = await async_client.auth.refresh()
    assert fresh.refresh_token != signed_in.tokens.refresh_token
    assert (await async_client.auth.get_current_user()).id == me.id

    await async_client.auth.sign_out()
    assert async_client.auth.tokens is None
    with pytest.raises(AuthenticationError):
        await async_client.auth.get_current_user()
