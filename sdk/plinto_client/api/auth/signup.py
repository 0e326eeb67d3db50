# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_session import AuthSession
from ...models.error import Error
from ...models.signup_request import SignupRequest
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "signup"
REQUIRES_AUTH = False


def _get_kwargs(
    *,
    body: SignupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/signup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthSession | Error | None:
    if response.status_code == 201:
        response_201 = AuthSession.from_dict(response.json())

        return response_201

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthSession | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignupRequest,
) -> Response[AuthSession | Error]:
    """Create an account

     Creates a user, signs them in, and sends a verification email (the token goes to the mock outbox).
    Contract choices: **201** (the real code answers 200); a duplicate email or username is **409**
    `RESOURCE_CONFLICT` as the docs say (the code answers 400); the password rule is the code's
    (12+ characters with upper, lower, digit and symbol), and a weak password is 422 with a `details`
    entry for `password`. Fields are `first_name`/`last_name`/`username` (the docs' `name` is refused).

    Args:
        body (SignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthSession | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SignupRequest,
) -> AuthSession | Error | None:
    """Create an account

     Creates a user, signs them in, and sends a verification email (the token goes to the mock outbox).
    Contract choices: **201** (the real code answers 200); a duplicate email or username is **409**
    `RESOURCE_CONFLICT` as the docs say (the code answers 400); the password rule is the code's
    (12+ characters with upper, lower, digit and symbol), and a weak password is 422 with a `details`
    entry for `password`. Fields are `first_name`/`last_name`/`username` (the docs' `name` is refused).

    Args:
        body (SignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthSession | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignupRequest,
) -> Response[AuthSession | Error]:
    """Create an account

     Creates a user, signs them in, and sends a verification email (the token goes to the mock outbox).
    Contract choices: **201** (the real code answers 200); a duplicate email or username is **409**
    `RESOURCE_CONFLICT` as the docs say (the code answers 400); the password rule is the code's
    (12+ characters with upper, lower, digit and symbol), and a weak password is 422 with a `details`
    entry for `password`. Fields are `first_name`/`last_name`/`username` (the docs' `name` is refused).

    Args:
        body (SignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthSession | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignupRequest,
) -> AuthSession | Error | None:
    """Create an account

     Creates a user, signs them in, and sends a verification email (the token goes to the mock outbox).
    Contract choices: **201** (the real code answers 200); a duplicate email or username is **409**
    `RESOURCE_CONFLICT` as the docs say (the code answers 400); the password rule is the code's
    (12+ characters with upper, lower, digit and symbol), and a weak password is 422 with a `details`
    entry for `password`. Fields are `first_name`/`last_name`/`username` (the docs' `name` is refused).

    Args:
        body (SignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthSession | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
