# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_session import AuthSession
from ...models.email_signin_request import EmailSigninRequest
from ...models.error import Error
from ...models.mfa_challenge import MfaChallenge
from ...models.username_signin_request import UsernameSigninRequest
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "signin"
REQUIRES_AUTH = False


def _get_kwargs(
    *,
    body: EmailSigninRequest | UsernameSigninRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/signin",
    }

    if isinstance(body, EmailSigninRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthSession | MfaChallenge | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AuthSession | MfaChallenge:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_signin_result_type_0 = AuthSession.from_dict(data)

                return componentsschemas_signin_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_signin_result_type_1 = MfaChallenge.from_dict(data)

            return componentsschemas_signin_result_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[AuthSession | MfaChallenge | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSigninRequest | UsernameSigninRequest,
) -> Response[AuthSession | MfaChallenge | Error]:
    """Sign in with a password

     Sign in by `email` or `username` plus `password`. For a user without MFA the answer is an
    `AuthSession`
    (`{user, tokens}`). For a user with MFA on it is an `MfaChallenge` (`mfa_required: true` and a
    short-lived
    `mfa_token`): no tokens are issued until `complete_mfa_signin` succeeds.
    Contract choices: MFA is enforced (the real code ignores it); wrong credentials are **400**
    `INVALID_REQUEST` per CONTRACT §3 (the code answers 401), with the same message for an unknown user
    and a wrong password.

    Args:
        body (EmailSigninRequest | UsernameSigninRequest): Identify the user by `email` or by
            `username` (exactly one), plus the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthSession | MfaChallenge | Error]
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
    body: EmailSigninRequest | UsernameSigninRequest,
) -> AuthSession | MfaChallenge | Error | None:
    """Sign in with a password

     Sign in by `email` or `username` plus `password`. For a user without MFA the answer is an
    `AuthSession`
    (`{user, tokens}`). For a user with MFA on it is an `MfaChallenge` (`mfa_required: true` and a
    short-lived
    `mfa_token`): no tokens are issued until `complete_mfa_signin` succeeds.
    Contract choices: MFA is enforced (the real code ignores it); wrong credentials are **400**
    `INVALID_REQUEST` per CONTRACT §3 (the code answers 401), with the same message for an unknown user
    and a wrong password.

    Args:
        body (EmailSigninRequest | UsernameSigninRequest): Identify the user by `email` or by
            `username` (exactly one), plus the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthSession | MfaChallenge | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSigninRequest | UsernameSigninRequest,
) -> Response[AuthSession | MfaChallenge | Error]:
    """Sign in with a password

     Sign in by `email` or `username` plus `password`. For a user without MFA the answer is an
    `AuthSession`
    (`{user, tokens}`). For a user with MFA on it is an `MfaChallenge` (`mfa_required: true` and a
    short-lived
    `mfa_token`): no tokens are issued until `complete_mfa_signin` succeeds.
    Contract choices: MFA is enforced (the real code ignores it); wrong credentials are **400**
    `INVALID_REQUEST` per CONTRACT §3 (the code answers 401), with the same message for an unknown user
    and a wrong password.

    Args:
        body (EmailSigninRequest | UsernameSigninRequest): Identify the user by `email` or by
            `username` (exactly one), plus the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthSession | MfaChallenge | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSigninRequest | UsernameSigninRequest,
) -> AuthSession | MfaChallenge | Error | None:
    """Sign in with a password

     Sign in by `email` or `username` plus `password`. For a user without MFA the answer is an
    `AuthSession`
    (`{user, tokens}`). For a user with MFA on it is an `MfaChallenge` (`mfa_required: true` and a
    short-lived
    `mfa_token`): no tokens are issued until `complete_mfa_signin` succeeds.
    Contract choices: MFA is enforced (the real code ignores it); wrong credentials are **400**
    `INVALID_REQUEST` per CONTRACT §3 (the code answers 401), with the same message for an unknown user
    and a wrong password.

    Args:
        body (EmailSigninRequest | UsernameSigninRequest): Identify the user by `email` or by
            `username` (exactly one), plus the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthSession | MfaChallenge | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
