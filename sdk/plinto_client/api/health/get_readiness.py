# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.readiness_status import ReadinessStatus
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "get_readiness"
REQUIRES_AUTH = False


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ready",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReadinessStatus | None:
    if response.status_code == 200:
        response_200 = ReadinessStatus.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReadinessStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ReadinessStatus]:
    """Readiness probe

     Ready only when the service can do its job: the checks include an end-to-end auth self-check
    (hash, sign and verify a token), not just "the process is up". `degraded` (200) means a non-critical
    dependency is impaired. When a critical check fails the answer is **503** with the `Error` envelope
    (`SERVICE_UNAVAILABLE`) whose `details` name each failing check.
    Contract choice: the facts show `/ready` always answering 200, which is how the seed outage hid;
    CONTRACT §11
    requires 503, and §7 requires the envelope for every 5xx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadinessStatus]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ReadinessStatus | None:
    """Readiness probe

     Ready only when the service can do its job: the checks include an end-to-end auth self-check
    (hash, sign and verify a token), not just "the process is up". `degraded` (200) means a non-critical
    dependency is impaired. When a critical check fails the answer is **503** with the `Error` envelope
    (`SERVICE_UNAVAILABLE`) whose `details` name each failing check.
    Contract choice: the facts show `/ready` always answering 200, which is how the seed outage hid;
    CONTRACT §11
    requires 503, and §7 requires the envelope for every 5xx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadinessStatus
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ReadinessStatus]:
    """Readiness probe

     Ready only when the service can do its job: the checks include an end-to-end auth self-check
    (hash, sign and verify a token), not just "the process is up". `degraded` (200) means a non-critical
    dependency is impaired. When a critical check fails the answer is **503** with the `Error` envelope
    (`SERVICE_UNAVAILABLE`) whose `details` name each failing check.
    Contract choice: the facts show `/ready` always answering 200, which is how the seed outage hid;
    CONTRACT §11
    requires 503, and §7 requires the envelope for every 5xx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadinessStatus]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ReadinessStatus | None:
    """Readiness probe

     Ready only when the service can do its job: the checks include an end-to-end auth self-check
    (hash, sign and verify a token), not just "the process is up". `degraded` (200) means a non-critical
    dependency is impaired. When a critical check fails the answer is **503** with the `Error` envelope
    (`SERVICE_UNAVAILABLE`) whose `details` name each failing check.
    Contract choice: the facts show `/ready` always answering 200, which is how the seed outage hid;
    CONTRACT §11
    requires 503, and §7 requires the envelope for every 5xx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadinessStatus
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
