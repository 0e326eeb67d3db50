"""Every exception class, each raised by a real answer of the mock (or a transport that fails)."""

from __future__ import annotations

import uuid

import httpx
import pytest
from plinto_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    NotSignedInError,
    PermissionDeniedError,
    Plinto,
    PlintoError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from plinto_client.models import (
    AddMemberRequest,
    CreateOrganizationRequest,
    UpdateOrganizationRequest,
)

from mock_server import Settings
from mock_server.faults import FaultSet
from tests.sdk.conftest import BASE_URL, PASSWORD, ClientFactory, new_email
from tests.sdk.transports import Script, SyncASGITransport


def _assert_carries_the_envelope(error: APIStatusError) -> None:
    assert error.status_code == error.response.status_code
    assert error.error_code == error.body.error_code
    assert error.message == error.body.message
    assert error.request_id == error.response.headers["X-Request-ID"]
    assert error.request_id in str(error)  # quoted for support


def test_wrong_password_is_bad_request(client: Plinto) -> None:
    email = new_email()
    client.auth.sign_up(email, PASSWORD)
    with pytest.raises(BadRequestError) as raised:
        client.auth.sign_in(email, PASSWORD + "x")
    _assert_carries_the_envelope(raised.value)
    assert not isinstance(raised.value, ValidationError)


def test_no_token_is_authentication_error(client: Plinto) -> None:
    with pytest.raises(AuthenticationError) as raised:
        client.users.get_my_profile()
    _assert_carries_the_envelope(raised.value)


def test_viewer_editing_an_organization_is_permission_denied(
    client: Plinto, mock_transport: SyncASGITransport
) -> None:
    client.auth.sign_up(new_email(), PASSWORD)
    slug = f"org-{uuid.uuid4().hex[:8]}"
    org = client.organizations.create_organization(
        body=CreateOrganizationRequest(name="Engines", slug=slug)
    )
    with Plinto(BASE_URL, transport=mock_transport) as viewer:
        member = viewer.auth.sign_up(new_email(), PASSWORD)
        client.organizations.add_member(
            org.id, body=AddMemberRequest(user_id=member.user.id, role="viewer")
        )
        with pytest.raises(PermissionDeniedError) as raised:
            viewer.organizations.update_organization(
                org.id, body=UpdateOrganizationRequest(name="Mine now")
            )
    _assert_carries_the_envelope(raised.value)


def test_unknown_organization_is_not_found(client: Plinto) -> None:
    client.auth.sign_up(new_email(), PASSWORD)
    with pytest.raises(NotFoundError) as raised:
        client.organizations.get_organization(uuid.uuid4())
    _assert_carries_the_envelope(raised.value)


def test_duplicate_email_is_conflict(client: Plinto) -> None:
    email = new_email()
    client.auth.sign_up(email, PASSWORD)
    with pytest.raises(ConflictError) as raised:
        client.auth.sign_up(email, PASSWORD)
    _assert_carries_the_envelope(raised.value)


def test_weak_password_is_validation_error_naming_the_field(client: Plinto) -> None:
    with pytest.raises(ValidationError) as raised:
        client.auth.sign_up(new_email(), "short")
    _assert_carries_the_envelope(raised.value)
    assert {detail.field for detail in raised.value.details} == {"password"}
    assert "password" in str(raised.value)


def test_rate_limit_is_rate_limit_error_with_retry_after(client_for: ClientFactory) -> None:
    client = client_for(Settings(fast_hash=True, rate_limits=True))
    email = new_email()
    client.auth.sign_up(email, PASSWORD)

    def sign_in_until_refused() -> None:
        for _ in range(1000):  # far past any documented limit; stops at the first 429
            client.auth.sign_in(email, PASSWORD)

    with pytest.raises(RateLimitError) as raised:
        sign_in_until_refused()
    _assert_carries_the_envelope(raised.value)
    assert raised.value.retry_after is not None
    assert raised.value.retry_after > 0


def test_server_fault_is_server_error(client_for: ClientFactory) -> None:
    client = client_for(
        Settings(fast_hash=True, rate_limits=False, faults=FaultSet.parse(["auth-500"]))
    )
    with pytest.raises(ServerError) as raised:
        client.auth.sign_in(new_email(), PASSWORD)
    _assert_carries_the_envelope(raised.value)
    assert client.health.get_health().status == "healthy"  # only auth is broken


def test_missing_field_is_unexpected_response(client_for: ClientFactory) -> None:
    """A user object without its required `email` is refused whole, not returned half-parsed."""
    client = client_for(
        Settings(fast_hash=True, rate_limits=False, faults=FaultSet.parse(["drop-field=email"]))
    )
    with pytest.raises(UnexpectedResponseError) as raised:
        client.auth.sign_up(new_email(), PASSWORD)
    assert "email" in str(raised.value)
    assert raised.value.request_id == raised.value.response.headers["X-Request-ID"]
    assert client.auth.tokens is None  # nothing from the refused answer was kept


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.ReadTimeout("no bytes in time"), APITimeoutError),
    ],
)
def test_transport_failures(failure: Exception, expected: type[PlintoError]) -> None:
    script = Script([failure])
    with (
        Plinto(BASE_URL, transport=script.transport()) as client,
        pytest.raises(expected) as raised,
    ):
        client.health.get_health()
    assert type(raised.value) is expected
    assert isinstance(raised.value.__cause__, httpx.TransportError)
    assert raised.value.status_code is None


def test_refresh_without_tokens_is_not_signed_in(client: Plinto) -> None:
    with pytest.raises(NotSignedInError):
        client.auth.refresh()


def test_every_error_is_a_plinto_error() -> None:
    for cls in (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        NotSignedInError,
        UnexpectedResponseError,
    ):
        assert issubclass(cls, PlintoError)
    for status_cls in (
        AuthenticationError,
        BadRequestError,
        ConflictError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        ValidationError,
    ):
        assert issubclass(status_cls, APIStatusError)
