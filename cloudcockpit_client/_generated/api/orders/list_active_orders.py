from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_page import OrderPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
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

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Orders/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | OrderPage:
    if response.status_code == 200:
        response_200 = OrderPage.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | OrderPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | OrderPage]:
    """List all active Orders

     Returns a list of this customers active orders. This includes all orders that do not have the
    status Completed. The orders are returned sorted by the specified created date, with the most
    recent orders appearing first.
    The page shows no roles line.
    The page prints two query parameters without names (a sort property, "Currently no possible
    values", and an ascending-order flag); left out until documented. The success status number is not
    printed (the copies say "OK" or "Success"); 200 is used. Every copy is cut in the first item (after
    operation) and in the page object (at totalCount's description); the items are the OrderViewModel
    of "Create an Order" (same description, same first fields and Required marks). Other statuses are
    not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-orders-customers-parameter
    (the page object: https://developer.cloudcockpit.works/reseller/operation/operation-get-v1-orders-
    customers-parameter)

    Args:
        customer_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | OrderPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        page_number=page_number,
        page_size=page_size,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | OrderPage | None:
    """List all active Orders

     Returns a list of this customers active orders. This includes all orders that do not have the
    status Completed. The orders are returned sorted by the specified created date, with the most
    recent orders appearing first.
    The page shows no roles line.
    The page prints two query parameters without names (a sort property, "Currently no possible
    values", and an ascending-order flag); left out until documented. The success status number is not
    printed (the copies say "OK" or "Success"); 200 is used. Every copy is cut in the first item (after
    operation) and in the page object (at totalCount's description); the items are the OrderViewModel
    of "Create an Order" (same description, same first fields and Required marks). Other statuses are
    not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-orders-customers-parameter
    (the page object: https://developer.cloudcockpit.works/reseller/operation/operation-get-v1-orders-
    customers-parameter)

    Args:
        customer_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | OrderPage
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | OrderPage]:
    """List all active Orders

     Returns a list of this customers active orders. This includes all orders that do not have the
    status Completed. The orders are returned sorted by the specified created date, with the most
    recent orders appearing first.
    The page shows no roles line.
    The page prints two query parameters without names (a sort property, "Currently no possible
    values", and an ascending-order flag); left out until documented. The success status number is not
    printed (the copies say "OK" or "Success"); 200 is used. Every copy is cut in the first item (after
    operation) and in the page object (at totalCount's description); the items are the OrderViewModel
    of "Create an Order" (same description, same first fields and Required marks). Other statuses are
    not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-orders-customers-parameter
    (the page object: https://developer.cloudcockpit.works/reseller/operation/operation-get-v1-orders-
    customers-parameter)

    Args:
        customer_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | OrderPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        page_number=page_number,
        page_size=page_size,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | OrderPage | None:
    """List all active Orders

     Returns a list of this customers active orders. This includes all orders that do not have the
    status Completed. The orders are returned sorted by the specified created date, with the most
    recent orders appearing first.
    The page shows no roles line.
    The page prints two query parameters without names (a sort property, "Currently no possible
    values", and an ascending-order flag); left out until documented. The success status number is not
    printed (the copies say "OK" or "Success"); 200 is used. Every copy is cut in the first item (after
    operation) and in the page object (at totalCount's description); the items are the OrderViewModel
    of "Create an Order" (same description, same first fields and Required marks). Other statuses are
    not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-orders-customers-parameter
    (the page object: https://developer.cloudcockpit.works/reseller/operation/operation-get-v1-orders-
    customers-parameter)

    Args:
        customer_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | OrderPage
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
