# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_request import CreateWebhookRequest
from ...models.error import Error
from ...models.webhook import Webhook
from ...types import Response

# What plinto_client.lib reads to run this operation: it builds the request with `_get_kwargs`,
# sends it (with the bearer token when REQUIRES_AUTH), and parses it with `_build_response`.
OPERATION_ID = "create_webhook"
REQUIRES_AUTH = True


def _get_kwargs(
    *,
    body: CreateWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Webhook | None:
    if response.status_code == 201:
        response_201 = Webhook.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookRequest,
) -> Response[Error | Webhook]:
    """Create a webhook endpoint

     Registers a URL to receive the listed events. The server generates the signing `secret` (a client-
    supplied
    secret is refused with 422). With `organization_id`, the caller must be an `admin` or `owner` of it
    (403).
    Deliveries are described under `webhooks` (`event_delivery`): a JSON POST whose `X-Webhook-
    Signature` is the
    lower-case hex HMAC-SHA256 of the raw body, keyed with the UTF-8 bytes of `secret` (no `sha256=`
    prefix; the
    timestamp is not signed). Contract choice: 201.

    Args:
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Webhook]
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
    client: AuthenticatedClient,
    body: CreateWebhookRequest,
) -> Error | Webhook | None:
    """Create a webhook endpoint

     Registers a URL to receive the listed events. The server generates the signing `secret` (a client-
    supplied
    secret is refused with 422). With `organization_id`, the caller must be an `admin` or `owner` of it
    (403).
    Deliveries are described under `webhooks` (`event_delivery`): a JSON POST whose `X-Webhook-
    Signature` is the
    lower-case hex HMAC-SHA256 of the raw body, keyed with the UTF-8 bytes of `secret` (no `sha256=`
    prefix; the
    timestamp is not signed). Contract choice: 201.

    Args:
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookRequest,
) -> Response[Error | Webhook]:
    """Create a webhook endpoint

     Registers a URL to receive the listed events. The server generates the signing `secret` (a client-
    supplied
    secret is refused with 422). With `organization_id`, the caller must be an `admin` or `owner` of it
    (403).
    Deliveries are described under `webhooks` (`event_delivery`): a JSON POST whose `X-Webhook-
    Signature` is the
    lower-case hex HMAC-SHA256 of the raw body, keyed with the UTF-8 bytes of `secret` (no `sha256=`
    prefix; the
    timestamp is not signed). Contract choice: 201.

    Args:
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookRequest,
) -> Error | Webhook | None:
    """Create a webhook endpoint

     Registers a URL to receive the listed events. The server generates the signing `secret` (a client-
    supplied
    secret is refused with 422). With `organization_id`, the caller must be an `admin` or `owner` of it
    (403).
    Deliveries are described under `webhooks` (`event_delivery`): a JSON POST whose `X-Webhook-
    Signature` is the
    lower-case hex HMAC-SHA256 of the raw body, keyed with the UTF-8 bytes of `secret` (no `sha256=`
    prefix; the
    timestamp is not signed). Contract choice: 201.

    Args:
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
