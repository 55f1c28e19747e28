from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reseller_page import ResellerPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_value: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
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

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customerId"] = json_customer_id

    json_provider_instance_id: str | Unset = UNSET
    if not isinstance(provider_instance_id, Unset):
        json_provider_instance_id = str(provider_instance_id)
    params["providerInstanceId"] = json_provider_instance_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Resellers",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | ResellerPage:
    if response.status_code == 200:
        response_200 = ResellerPage.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | ResellerPage]:
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
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | ResellerPage]:
    """List all Resellers

     Returns a list of your resellers. The resellers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp.
    The page prints five query parameters without their names or types. Four are named by the
    page's own text and are declared as strings (providerInstanceId as a uuid, "The GUID
    identifier"): searchValue and searchField in searchField's description, sortPropertyName in the
    operation's, providerInstanceId in customerId's. The ascending-order flag ("if set to true
    [ascending order].") is named nowhere on the page, so it is left out until it is documented. The
    page gives the pageSize range and both defaults in prose only. The status number of "OK" is not
    printed (200 is used). Every copy is cut inside the items: the item is the Reseller of "Retrieve a
    reseller" (the same "View model that represents a reseller." and the same field descriptions),
    and the page object is the API's paged result (only `items` is shown). Later statuses are not
    shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ResellerPage]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        search_value=search_value,
        search_field=search_field,
        sort_property_name=sort_property_name,
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
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
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | ResellerPage | None:
    """List all Resellers

     Returns a list of your resellers. The resellers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp.
    The page prints five query parameters without their names or types. Four are named by the
    page's own text and are declared as strings (providerInstanceId as a uuid, "The GUID
    identifier"): searchValue and searchField in searchField's description, sortPropertyName in the
    operation's, providerInstanceId in customerId's. The ascending-order flag ("if set to true
    [ascending order].") is named nowhere on the page, so it is left out until it is documented. The
    page gives the pageSize range and both defaults in prose only. The status number of "OK" is not
    printed (200 is used). Every copy is cut inside the items: the item is the Reseller of "Retrieve a
    reseller" (the same "View model that represents a reseller." and the same field descriptions),
    and the page object is the API's paged result (only `items` is shown). Later statuses are not
    shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ResellerPage
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        search_value=search_value,
        search_field=search_field,
        sort_property_name=sort_property_name,
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
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
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | ResellerPage]:
    """List all Resellers

     Returns a list of your resellers. The resellers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp.
    The page prints five query parameters without their names or types. Four are named by the
    page's own text and are declared as strings (providerInstanceId as a uuid, "The GUID
    identifier"): searchValue and searchField in searchField's description, sortPropertyName in the
    operation's, providerInstanceId in customerId's. The ascending-order flag ("if set to true
    [ascending order].") is named nowhere on the page, so it is left out until it is documented. The
    page gives the pageSize range and both defaults in prose only. The status number of "OK" is not
    printed (200 is used). Every copy is cut inside the items: the item is the Reseller of "Retrieve a
    reseller" (the same "View model that represents a reseller." and the same field descriptions),
    and the page object is the API's paged result (only `items` is shown). Later statuses are not
    shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ResellerPage]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        search_value=search_value,
        search_field=search_field,
        sort_property_name=sort_property_name,
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
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
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | ResellerPage | None:
    """List all Resellers

     Returns a list of your resellers. The resellers are returned sorted by the specified
    sortPropertyName. Available to the roles: csp.
    The page prints five query parameters without their names or types. Four are named by the
    page's own text and are declared as strings (providerInstanceId as a uuid, "The GUID
    identifier"): searchValue and searchField in searchField's description, sortPropertyName in the
    operation's, providerInstanceId in customerId's. The ascending-order flag ("if set to true
    [ascending order].") is named nowhere on the page, so it is left out until it is documented. The
    page gives the pageSize range and both defaults in prose only. The status number of "OK" is not
    printed (200 is used). Every copy is cut inside the items: the item is the Reseller of "Retrieve a
    reseller" (the same "View model that represents a reseller." and the same field descriptions),
    and the page object is the API's paged result (only `items` is shown). Later statuses are not
    shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        search_value (str | Unset):
        search_field (str | Unset):
        sort_property_name (str | Unset):
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ResellerPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            search_value=search_value,
            search_field=search_field,
            sort_property_name=sort_property_name,
            customer_id=customer_id,
            provider_instance_id=provider_instance_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
