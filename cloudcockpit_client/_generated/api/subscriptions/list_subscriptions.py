from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_page import SubscriptionPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SubscriptionPage:
    if response.status_code == 200:
        response_200 = SubscriptionPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | SubscriptionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | SubscriptionPage]:
    """List all Subscriptions

     The subscriptions are returned sorted by the specified sortPropertyName. Available to the roles:
    csp.
    The page prints 3 parameters without names (a search query string; the property to sort by,
    Offer.Name, Status, StartDate or EndDate; an ascending-order flag); left out until documented
    (the description's word sortPropertyName is not printed on the parameter itself, as on List all
    Users). The only stored copy is cut inside the first item's offer type: the items are read as
    the Subscription model (the same first fields, in the same order, as List all customer
    Subscriptions). The success is labelled "OK" with no number printed: 200 is used. No error
    response is visible.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-subscriptions

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SubscriptionPage]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | SubscriptionPage | None:
    """List all Subscriptions

     The subscriptions are returned sorted by the specified sortPropertyName. Available to the roles:
    csp.
    The page prints 3 parameters without names (a search query string; the property to sort by,
    Offer.Name, Status, StartDate or EndDate; an ascending-order flag); left out until documented
    (the description's word sortPropertyName is not printed on the parameter itself, as on List all
    Users). The only stored copy is cut inside the first item's offer type: the items are read as
    the Subscription model (the same first fields, in the same order, as List all customer
    Subscriptions). The success is labelled "OK" with no number printed: 200 is used. No error
    response is visible.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-subscriptions

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SubscriptionPage
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | SubscriptionPage]:
    """List all Subscriptions

     The subscriptions are returned sorted by the specified sortPropertyName. Available to the roles:
    csp.
    The page prints 3 parameters without names (a search query string; the property to sort by,
    Offer.Name, Status, StartDate or EndDate; an ascending-order flag); left out until documented
    (the description's word sortPropertyName is not printed on the parameter itself, as on List all
    Users). The only stored copy is cut inside the first item's offer type: the items are read as
    the Subscription model (the same first fields, in the same order, as List all customer
    Subscriptions). The success is labelled "OK" with no number printed: 200 is used. No error
    response is visible.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-subscriptions

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SubscriptionPage]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | SubscriptionPage | None:
    """List all Subscriptions

     The subscriptions are returned sorted by the specified sortPropertyName. Available to the roles:
    csp.
    The page prints 3 parameters without names (a search query string; the property to sort by,
    Offer.Name, Status, StartDate or EndDate; an ascending-order flag); left out until documented
    (the description's word sortPropertyName is not printed on the parameter itself, as on List all
    Users). The only stored copy is cut inside the first item's offer type: the items are read as
    the Subscription model (the same first fields, in the same order, as List all customer
    Subscriptions). The success is labelled "OK" with no number printed: 200 is used. No error
    response is visible.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-subscriptions

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SubscriptionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
