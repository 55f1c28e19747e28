from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_subscription_price_margin_request import (
    UpdateSubscriptionPriceMarginRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    body: UpdateSubscriptionPriceMarginRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/price-margin".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSubscriptionPriceMarginRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Subscription price margin

     Updates the specified subscription price margin. Available to the roles: csp, reseller. The body's
    render is incomplete: both copies print only marginRule (not expanded) and then go straight to the
    responses, so only marginRule is declared and the body model is left open (a value field, as in the
    price margin on "List all customer Subscriptions", may exist but is not shown here). marginRule is
    the
    MarginRule documented on the other margin pages. The .md is cut inside the 404 body: later statuses
    are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-price-margin.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionPriceMarginRequest): The price margin to update the existent
            subscription. The page's body render is incomplete: it
            prints only marginRule and goes straight to the responses, so only marginRule is declared
            and the
            model is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSubscriptionPriceMarginRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Subscription price margin

     Updates the specified subscription price margin. Available to the roles: csp, reseller. The body's
    render is incomplete: both copies print only marginRule (not expanded) and then go straight to the
    responses, so only marginRule is declared and the body model is left open (a value field, as in the
    price margin on "List all customer Subscriptions", may exist but is not shown here). marginRule is
    the
    MarginRule documented on the other margin pages. The .md is cut inside the 404 body: later statuses
    are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-price-margin.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionPriceMarginRequest): The price margin to update the existent
            subscription. The page's body render is incomplete: it
            prints only marginRule and goes straight to the responses, so only marginRule is declared
            and the
            model is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        subscription_id=subscription_id,
        client=client,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSubscriptionPriceMarginRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Subscription price margin

     Updates the specified subscription price margin. Available to the roles: csp, reseller. The body's
    render is incomplete: both copies print only marginRule (not expanded) and then go straight to the
    responses, so only marginRule is declared and the body model is left open (a value field, as in the
    price margin on "List all customer Subscriptions", may exist but is not shown here). marginRule is
    the
    MarginRule documented on the other margin pages. The .md is cut inside the 404 body: later statuses
    are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-price-margin.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionPriceMarginRequest): The price margin to update the existent
            subscription. The page's body render is incomplete: it
            prints only marginRule and goes straight to the responses, so only marginRule is declared
            and the
            model is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSubscriptionPriceMarginRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Subscription price margin

     Updates the specified subscription price margin. Available to the roles: csp, reseller. The body's
    render is incomplete: both copies print only marginRule (not expanded) and then go straight to the
    responses, so only marginRule is declared and the body model is left open (a value field, as in the
    price margin on "List all customer Subscriptions", may exist but is not shown here). marginRule is
    the
    MarginRule documented on the other margin pages. The .md is cut inside the 404 body: later statuses
    are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-price-margin.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionPriceMarginRequest): The price margin to update the existent
            subscription. The page's body render is incomplete: it
            prints only marginRule and goes straight to the responses, so only marginRule is declared
            and the
            model is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            subscription_id=subscription_id,
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
