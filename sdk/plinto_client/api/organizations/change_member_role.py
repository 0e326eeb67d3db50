# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_role_request import ChangeRoleRequest
from ...models.error import Error
from ...models.member import Member
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "change_member_role"
REQUIRES_AUTH = True


def _get_kwargs(
    organization_id: UUID,
    user_id: UUID,
    *,
    body: ChangeRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/organizations/{organization_id}/members/{user_id}/role".format(
            organization_id=quote(str(organization_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Member | None:
    if response.status_code == 200:
        response_200 = Member.from_dict(response.json())

        return response_200

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
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRoleRequest,
) -> Response[Error | Member]:
    """Change a member's role

     An `admin` or `owner` changes a role, never above their own (403); the last owner cannot be demoted
    (400).
    Body `{new_role}` with PATCH as in the code (the docs' `PUT {role}` is wrong).

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (ChangeRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRoleRequest,
) -> Error | Member | None:
    """Change a member's role

     An `admin` or `owner` changes a role, never above their own (403); the last owner cannot be demoted
    (400).
    Body `{new_role}` with PATCH as in the code (the docs' `PUT {role}` is wrong).

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (ChangeRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
    """

    return sync_detailed(
        organization_id=organization_id,
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRoleRequest,
) -> Response[Error | Member]:
    """Change a member's role

     An `admin` or `owner` changes a role, never above their own (403); the last owner cannot be demoted
    (400).
    Body `{new_role}` with PATCH as in the code (the docs' `PUT {role}` is wrong).

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (ChangeRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRoleRequest,
) -> Error | Member | None:
    """Change a member's role

     An `admin` or `owner` changes a role, never above their own (403); the last owner cannot be demoted
    (400).
    Body `{new_role}` with PATCH as in the code (the docs' `PUT {role}` is wrong).

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (ChangeRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
