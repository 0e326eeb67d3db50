# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.member import Member
from ...models.token_request import TokenRequest
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "accept_invitation"
REQUIRES_AUTH = True


def _get_kwargs(
    organization_id: UUID,
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/organizations/{organization_id}/members/invitations/accept".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Member | None:
    if response.status_code == 201:
        response_201 = Member.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | Member]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Error | Member]:
    """Accept an invitation

     The signed-in invitee (whose email must match the invitation's, else 403) accepts with the token and
    becomes a member with the invited role. An unknown, used or expired token is 400 `INVALID_TOKEN`, as
    for
    every emailed token; 404 means the organization does not exist.
    Contract choices: 201 with the new membership; 400 rather than the code's 404 for an unknown token
    and
    410 for an expired one.

    Args:
        organization_id (UUID):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Error | Member | None:
    """Accept an invitation

     The signed-in invitee (whose email must match the invitation's, else 403) accepts with the token and
    becomes a member with the invited role. An unknown, used or expired token is 400 `INVALID_TOKEN`, as
    for
    every emailed token; 404 means the organization does not exist.
    Contract choices: 201 with the new membership; 400 rather than the code's 404 for an unknown token
    and
    410 for an expired one.

    Args:
        organization_id (UUID):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Error | Member]:
    """Accept an invitation

     The signed-in invitee (whose email must match the invitation's, else 403) accepts with the token and
    becomes a member with the invited role. An unknown, used or expired token is 400 `INVALID_TOKEN`, as
    for
    every emailed token; 404 means the organization does not exist.
    Contract choices: 201 with the new membership; 400 rather than the code's 404 for an unknown token
    and
    410 for an expired one.

    Args:
        organization_id (UUID):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Error | Member | None:
    """Accept an invitation

     The signed-in invitee (whose email must match the invitation's, else 403) accepts with the token and
    becomes a member with the invited role. An unknown, used or expired token is 400 `INVALID_TOKEN`, as
    for
    every emailed token; 404 means the organization does not exist.
    Contract choices: 201 with the new membership; 400 rather than the code's 404 for an unknown token
    and
    410 for an expired one.

    Args:
        organization_id (UUID):
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
