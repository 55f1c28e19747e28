from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_order_request import CreateOrderRequest
from ...models.created_order import CreatedOrder
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateOrderRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Orders",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatedOrder | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreatedOrder.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[Any | CreatedOrder | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CreatedOrder | ErrorResponse]:
    """Create an Order

     Creates a new Order with the provided OrderViewModel and returns a model with the created order id.
    The page shows no roles line.
    The body is the docs' OrderViewModel ("View model that represents an order."), read from several
    renders: the fields up to providerData are drawn (status and the Required fields without their
    names in two renders; the curl payload names status); parentSubscriptionId and errorMessage appear
    only in the curl payload, untyped. No copy marks the body itself Required. The 200 body ("The
    response model that contains the id of the order that was created on CloudCockpit.") draws no
    field: the name of the field that holds the created order's id is NOT documented, so none is
    declared and the body's fields are kept as they come. The responses are cut after Unauthorized
    (at "Forbid"). The older .works copy is titled "Create a Order" and its description lacks "and
    returns a model with the created order id".
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-post-v1-orders (the body;
    the responses: https://developer.cloudcockpit.com/operation/operation-post-v1-orders)

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateOrderRequest | Unset): View model that represents an order (the docs'
            OrderViewModel), as the body of "Create an Order".
            The fields up to providerData are drawn by the page (providerData's description is cut);
            parentSubscriptionId and errorMessage are named only by the curl payload, whose values are
            "string", so they are declared as strings without a description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedOrder | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CreateOrderRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CreatedOrder | ErrorResponse | None:
    """Create an Order

     Creates a new Order with the provided OrderViewModel and returns a model with the created order id.
    The page shows no roles line.
    The body is the docs' OrderViewModel ("View model that represents an order."), read from several
    renders: the fields up to providerData are drawn (status and the Required fields without their
    names in two renders; the curl payload names status); parentSubscriptionId and errorMessage appear
    only in the curl payload, untyped. No copy marks the body itself Required. The 200 body ("The
    response model that contains the id of the order that was created on CloudCockpit.") draws no
    field: the name of the field that holds the created order's id is NOT documented, so none is
    declared and the body's fields are kept as they come. The responses are cut after Unauthorized
    (at "Forbid"). The older .works copy is titled "Create a Order" and its description lacks "and
    returns a model with the created order id".
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-post-v1-orders (the body;
    the responses: https://developer.cloudcockpit.com/operation/operation-post-v1-orders)

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateOrderRequest | Unset): View model that represents an order (the docs'
            OrderViewModel), as the body of "Create an Order".
            The fields up to providerData are drawn by the page (providerData's description is cut);
            parentSubscriptionId and errorMessage are named only by the curl payload, whose values are
            "string", so they are declared as strings without a description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedOrder | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CreatedOrder | ErrorResponse]:
    """Create an Order

     Creates a new Order with the provided OrderViewModel and returns a model with the created order id.
    The page shows no roles line.
    The body is the docs' OrderViewModel ("View model that represents an order."), read from several
    renders: the fields up to providerData are drawn (status and the Required fields without their
    names in two renders; the curl payload names status); parentSubscriptionId and errorMessage appear
    only in the curl payload, untyped. No copy marks the body itself Required. The 200 body ("The
    response model that contains the id of the order that was created on CloudCockpit.") draws no
    field: the name of the field that holds the created order's id is NOT documented, so none is
    declared and the body's fields are kept as they come. The responses are cut after Unauthorized
    (at "Forbid"). The older .works copy is titled "Create a Order" and its description lacks "and
    returns a model with the created order id".
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-post-v1-orders (the body;
    the responses: https://developer.cloudcockpit.com/operation/operation-post-v1-orders)

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateOrderRequest | Unset): View model that represents an order (the docs'
            OrderViewModel), as the body of "Create an Order".
            The fields up to providerData are drawn by the page (providerData's description is cut);
            parentSubscriptionId and errorMessage are named only by the curl payload, whose values are
            "string", so they are declared as strings without a description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedOrder | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CreatedOrder | ErrorResponse | None:
    """Create an Order

     Creates a new Order with the provided OrderViewModel and returns a model with the created order id.
    The page shows no roles line.
    The body is the docs' OrderViewModel ("View model that represents an order."), read from several
    renders: the fields up to providerData are drawn (status and the Required fields without their
    names in two renders; the curl payload names status); parentSubscriptionId and errorMessage appear
    only in the curl payload, untyped. No copy marks the body itself Required. The 200 body ("The
    response model that contains the id of the order that was created on CloudCockpit.") draws no
    field: the name of the field that holds the created order's id is NOT documented, so none is
    declared and the body's fields are kept as they come. The responses are cut after Unauthorized
    (at "Forbid"). The older .works copy is titled "Create a Order" and its description lacks "and
    returns a model with the created order id".
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-post-v1-orders (the body;
    the responses: https://developer.cloudcockpit.com/operation/operation-post-v1-orders)

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateOrderRequest | Unset): View model that represents an order (the docs'
            OrderViewModel), as the body of "Create an Order".
            The fields up to providerData are drawn by the page (providerData's description is cut);
            parentSubscriptionId and errorMessage are named only by the curl payload, whose values are
            "string", so they are declared as strings without a description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedOrder | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
