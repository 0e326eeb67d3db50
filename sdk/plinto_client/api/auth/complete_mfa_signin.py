# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_session import AuthSession
from ...models.error import Error
from ...models.mfa_signin_request import MfaSigninRequest
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "complete_mfa_signin"
REQUIRES_AUTH = False


def _get_kwargs(
    *,
    body: MfaSigninRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/signin/mfa",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthSession | Error | None:
    if response.status_code == 200:
        response_200 = AuthSession.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
    body: MfaSigninRequest,
) -> Response[AuthSession | Error]:
    """Complete an MFA sign-in

     Exchanges the `mfa_token` of an `MfaChallenge` and a current TOTP code (or an unused backup code,
    `XXXX-XXXX`) for an `AuthSession`. A wrong code or an expired or used `mfa_token` is 400.
    Contract choice: the facts have no such step (the `challenge_id` flow in the docs does not exist);
    this is the designed shape.

    Args:
        body (MfaSigninRequest):

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
    body: MfaSigninRequest,
) -> AuthSession | Error | None:
    """Complete an MFA sign-in

     Exchanges the `mfa_token` of an `MfaChallenge` and a current TOTP code (or an unused backup code,
    `XXXX-XXXX`) for an `AuthSession`. A wrong code or an expired or used `mfa_token` is 400.
    Contract choice: the facts have no such step (the `challenge_id` flow in the docs does not exist);
    this is the designed shape.

    Args:
        body (MfaSigninRequest):

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
    body: MfaSigninRequest,
) -> Response[AuthSession | Error]:
    """Complete an MFA sign-in

     Exchanges the `mfa_token` of an `MfaChallenge` and a current TOTP code (or an unused backup code,
    `XXXX-XXXX`) for an `AuthSession`. A wrong code or an expired or used `mfa_token` is 400.
    Contract choice: the facts have no such step (the `challenge_id` flow in the docs does not exist);
    this is the designed shape.

    Args:
        body (MfaSigninRequest):

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
    body: MfaSigninRequest,
) -> AuthSession | Error | None:
    """Complete an MFA sign-in

     Exchanges the `mfa_token` of an `MfaChallenge` and a current TOTP code (or an unused backup code,
    `XXXX-XXXX`) for an `AuthSession`. A wrong code or an expired or used `mfa_token` is 400.
    Contract choice: the facts have no such step (the `challenge_id` flow in the docs does not exist);
    this is the designed shape.

    Args:
        body (MfaSigninRequest):

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
