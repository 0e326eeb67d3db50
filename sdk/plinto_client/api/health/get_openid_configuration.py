# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.open_id_configuration import OpenIDConfiguration
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "get_openid_configuration"
REQUIRES_AUTH = False


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/.well-known/openid-configuration",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OpenIDConfiguration | None:
    if response.status_code == 200:
        response_200 = OpenIDConfiguration.from_dict(response.json())

        return response_200

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
) -> Response[Error | OpenIDConfiguration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OpenIDConfiguration]:
    """OpenID Connect discovery document

     The issuer and JWKS location used to verify Plinto access tokens. `issuer` equals the `iss` claim
    of every token. Contract choice: only endpoints that exist are advertised (the facts show the real
    document pointing at `/auth/authorize|token|userinfo`, which do not exist).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpenIDConfiguration]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | OpenIDConfiguration | None:
    """OpenID Connect discovery document

     The issuer and JWKS location used to verify Plinto access tokens. `issuer` equals the `iss` claim
    of every token. Contract choice: only endpoints that exist are advertised (the facts show the real
    document pointing at `/auth/authorize|token|userinfo`, which do not exist).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OpenIDConfiguration
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OpenIDConfiguration]:
    """OpenID Connect discovery document

     The issuer and JWKS location used to verify Plinto access tokens. `issuer` equals the `iss` claim
    of every token. Contract choice: only endpoints that exist are advertised (the facts show the real
    document pointing at `/auth/authorize|token|userinfo`, which do not exist).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpenIDConfiguration]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | OpenIDConfiguration | None:
    """OpenID Connect discovery document

     The issuer and JWKS location used to verify Plinto access tokens. `issuer` equals the `iss` claim
    of every token. Contract choice: only endpoints that exist are advertised (the facts show the real
    document pointing at `/auth/authorize|token|userinfo`, which do not exist).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OpenIDConfiguration
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
