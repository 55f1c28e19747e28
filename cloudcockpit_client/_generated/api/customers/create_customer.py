from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Customer,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Customers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if 200 <= response.status_code <= 299:
        response_2xx = response.json()
        return response_2xx

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
    *,
    client: AuthenticatedClient | Client,
    body: Customer,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Create a customer

     Creates a new Customer with the provided CustomerViewModel. Available to the roles: csp, reseller.
    Every stored copy of the page is cut before its responses (the .md at internalIdentifier), so the
    success status and body are not documented: any 2xx is success, and its JSON body (if any) is
    returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Customer): View model that represents a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: Customer,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Create a customer

     Creates a new Customer with the provided CustomerViewModel. Available to the roles: csp, reseller.
    Every stored copy of the page is cut before its responses (the .md at internalIdentifier), so the
    success status and body are not documented: any 2xx is success, and its JSON body (if any) is
    returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Customer): View model that represents a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: Customer,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Create a customer

     Creates a new Customer with the provided CustomerViewModel. Available to the roles: csp, reseller.
    Every stored copy of the page is cut before its responses (the .md at internalIdentifier), so the
    success status and body are not documented: any 2xx is success, and its JSON body (if any) is
    returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Customer): View model that represents a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: Customer,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Create a customer

     Creates a new Customer with the provided CustomerViewModel. Available to the roles: csp, reseller.
    Every stored copy of the page is cut before its responses (the .md at internalIdentifier), so the
    success status and body are not documented: any 2xx is success, and its JSON body (if any) is
    returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Customer): View model that represents a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
