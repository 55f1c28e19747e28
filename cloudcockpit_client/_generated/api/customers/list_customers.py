from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_page import CustomerPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_value: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
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

    params["searchValue"] = search_value

    params["searchField"] = search_field

    params["sortPropertyName"] = sort_property_name

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerPage.from_dict(response.json())

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
) -> Response[Any | CustomerPage | ErrorResponse]:
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
    search_value: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CustomerPage | ErrorResponse]:
    """List all customers

     Returns a list of your customers. The customers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp, reseller. The page prints five query parameters
    without their names; three are named by the page's own text (searchValue and searchField in
    searchField's description, sortPropertyName in the operation's) and are declared; the
    ascending-order flag and the include-deleted flag (default true) are named nowhere, so they are
    left out until they are documented.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        search_value=search_value,
        search_field=search_field,
        sort_property_name=sort_property_name,
        reseller_id=reseller_id,
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
    search_value: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CustomerPage | ErrorResponse | None:
    """List all customers

     Returns a list of your customers. The customers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp, reseller. The page prints five query parameters
    without their names; three are named by the page's own text (searchValue and searchField in
    searchField's description, sortPropertyName in the operation's) and are declared; the
    ascending-order flag and the include-deleted flag (default true) are named nowhere, so they are
    left out until they are documented.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerPage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        search_value=search_value,
        search_field=search_field,
        sort_property_name=sort_property_name,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_value: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CustomerPage | ErrorResponse]:
    """List all customers

     Returns a list of your customers. The customers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp, reseller. The page prints five query parameters
    without their names; three are named by the page's own text (searchValue and searchField in
    searchField's description, sortPropertyName in the operation's) and are declared; the
    ascending-order flag and the include-deleted flag (default true) are named nowhere, so they are
    left out until they are documented.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        search_value=search_value,
        search_field=search_field,
        sort_property_name=sort_property_name,
        reseller_id=reseller_id,
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
    search_value: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CustomerPage | ErrorResponse | None:
    """List all customers

     Returns a list of your customers. The customers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp, reseller. The page prints five query parameters
    without their names; three are named by the page's own text (searchValue and searchField in
    searchField's description, sortPropertyName in the operation's) and are declared; the
    ascending-order flag and the include-deleted flag (default true) are named nowhere, so they are
    left out until they are documented.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            search_value=search_value,
            search_field=search_field,
            sort_property_name=sort_property_name,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
