from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    *,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/Customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
) -> Response[Any | ErrorResponse]:
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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Deletes a customer from the portal.

     Available to the roles: csp. Asynchronous: 202 Accepted with no body. No stored copy of this page
    could be read in full when this was written: the title, role and status come from the operations
    map (../shared/reference/api-operations.md, row 4), and CloudCockpit's support article says "Only
    the CSP can delete Customers from CloudCockpit" and that the customer "is removed from the whole
    CSP tenant". Other statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-delete-v1-customers-parameter

    Args:
        customer_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Deletes a customer from the portal.

     Available to the roles: csp. Asynchronous: 202 Accepted with no body. No stored copy of this page
    could be read in full when this was written: the title, role and status come from the operations
    map (../shared/reference/api-operations.md, row 4), and CloudCockpit's support article says "Only
    the CSP can delete Customers from CloudCockpit" and that the customer "is removed from the whole
    CSP tenant". Other statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-delete-v1-customers-parameter

    Args:
        customer_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Deletes a customer from the portal.

     Available to the roles: csp. Asynchronous: 202 Accepted with no body. No stored copy of this page
    could be read in full when this was written: the title, role and status come from the operations
    map (../shared/reference/api-operations.md, row 4), and CloudCockpit's support article says "Only
    the CSP can delete Customers from CloudCockpit" and that the customer "is removed from the whole
    CSP tenant". Other statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-delete-v1-customers-parameter

    Args:
        customer_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Deletes a customer from the portal.

     Available to the roles: csp. Asynchronous: 202 Accepted with no body. No stored copy of this page
    could be read in full when this was written: the title, role and status come from the operations
    map (../shared/reference/api-operations.md, row 4), and CloudCockpit's support article says "Only
    the CSP can delete Customers from CloudCockpit" and that the customer "is removed from the whole
    CSP tenant". Other statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-delete-v1-customers-parameter

    Args:
        customer_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
