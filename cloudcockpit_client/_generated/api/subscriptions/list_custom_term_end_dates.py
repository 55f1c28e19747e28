from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
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
        "method": "get",
        "url": "/v1/customers/{customer_id}/subscriptions/custom-term-end-dates".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = response.json()
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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


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
    """List all Subscriptions end-dates for coterminosity.

     Returns a list of Subscriptions end-dates for the provided customer and term duration. The page
    shows
    no roles line. Both copies print a "Query parameters" heading with nothing under it (no name, type
    or
    requirement), so no query parameter is declared until documented (the description suggests one for
    the term duration). The success answer is printed as "Success" with no status number (200 is used)
    and no attributes or example, so its body is returned as it comes. The response list (Success, Bad
    Request, Unauthorized, Forbidden, Server Error) is read whole; it lists no Not Found.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-custom-term-end-dates

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
    """List all Subscriptions end-dates for coterminosity.

     Returns a list of Subscriptions end-dates for the provided customer and term duration. The page
    shows
    no roles line. Both copies print a "Query parameters" heading with nothing under it (no name, type
    or
    requirement), so no query parameter is declared until documented (the description suggests one for
    the term duration). The success answer is printed as "Success" with no status number (200 is used)
    and no attributes or example, so its body is returned as it comes. The response list (Success, Bad
    Request, Unauthorized, Forbidden, Server Error) is read whole; it lists no Not Found.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-custom-term-end-dates

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
    """List all Subscriptions end-dates for coterminosity.

     Returns a list of Subscriptions end-dates for the provided customer and term duration. The page
    shows
    no roles line. Both copies print a "Query parameters" heading with nothing under it (no name, type
    or
    requirement), so no query parameter is declared until documented (the description suggests one for
    the term duration). The success answer is printed as "Success" with no status number (200 is used)
    and no attributes or example, so its body is returned as it comes. The response list (Success, Bad
    Request, Unauthorized, Forbidden, Server Error) is read whole; it lists no Not Found.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-custom-term-end-dates

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
    """List all Subscriptions end-dates for coterminosity.

     Returns a list of Subscriptions end-dates for the provided customer and term duration. The page
    shows
    no roles line. Both copies print a "Query parameters" heading with nothing under it (no name, type
    or
    requirement), so no query parameter is declared until documented (the description suggests one for
    the term duration). The success answer is printed as "Success" with no status number (200 is used)
    and no attributes or example, so its body is returned as it comes. The response list (Success, Bad
    Request, Unauthorized, Forbidden, Server Error) is read whole; it lists no Not Found.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-custom-term-end-dates

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
