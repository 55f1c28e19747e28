from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mca_page import McaPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    exclude_compliant: bool | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customerId"] = json_customer_id

    json_provider_instance_id: str | Unset = UNSET
    if not isinstance(provider_instance_id, Unset):
        json_provider_instance_id = str(provider_instance_id)
    params["providerInstanceId"] = json_provider_instance_id

    params["status"] = status

    params["searchValue"] = search_value

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["sortPropertyName"] = sort_property_name

    params["excludeCompliant"] = exclude_compliant

    params["ascendingOrder"] = ascending_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers/mca",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | McaPage:
    if response.status_code == 200:
        response_200 = McaPage.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | McaPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    exclude_compliant: bool | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | McaPage]:
    """List the Microsoft Customer Agreements

     Available to the roles: csp, reseller. The page shows no title or description (the summary here
    is ours). Its only stored copy is cut inside the first item's companyName: the item is declared
    as the Mca of "Get customer MCA" (the same first fields and descriptions; [INF] that the rest is
    the same), the page object as the API's paged result, and statuses after 200 are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-mca

    Args:
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        status (str | Unset):
        search_value (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        sort_property_name (str | Unset):
        exclude_compliant (bool | Unset):
        ascending_order (bool | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | McaPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        status=status,
        search_value=search_value,
        page_number=page_number,
        page_size=page_size,
        sort_property_name=sort_property_name,
        exclude_compliant=exclude_compliant,
        ascending_order=ascending_order,
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
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    exclude_compliant: bool | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | McaPage | None:
    """List the Microsoft Customer Agreements

     Available to the roles: csp, reseller. The page shows no title or description (the summary here
    is ours). Its only stored copy is cut inside the first item's companyName: the item is declared
    as the Mca of "Get customer MCA" (the same first fields and descriptions; [INF] that the rest is
    the same), the page object as the API's paged result, and statuses after 200 are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-mca

    Args:
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        status (str | Unset):
        search_value (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        sort_property_name (str | Unset):
        exclude_compliant (bool | Unset):
        ascending_order (bool | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | McaPage
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        status=status,
        search_value=search_value,
        page_number=page_number,
        page_size=page_size,
        sort_property_name=sort_property_name,
        exclude_compliant=exclude_compliant,
        ascending_order=ascending_order,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    exclude_compliant: bool | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | McaPage]:
    """List the Microsoft Customer Agreements

     Available to the roles: csp, reseller. The page shows no title or description (the summary here
    is ours). Its only stored copy is cut inside the first item's companyName: the item is declared
    as the Mca of "Get customer MCA" (the same first fields and descriptions; [INF] that the rest is
    the same), the page object as the API's paged result, and statuses after 200 are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-mca

    Args:
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        status (str | Unset):
        search_value (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        sort_property_name (str | Unset):
        exclude_compliant (bool | Unset):
        ascending_order (bool | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | McaPage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        status=status,
        search_value=search_value,
        page_number=page_number,
        page_size=page_size,
        sort_property_name=sort_property_name,
        exclude_compliant=exclude_compliant,
        ascending_order=ascending_order,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: UUID | Unset = UNSET,
    provider_instance_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_property_name: str | Unset = UNSET,
    exclude_compliant: bool | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | McaPage | None:
    """List the Microsoft Customer Agreements

     Available to the roles: csp, reseller. The page shows no title or description (the summary here
    is ours). Its only stored copy is cut inside the first item's companyName: the item is declared
    as the Mca of "Get customer MCA" (the same first fields and descriptions; [INF] that the rest is
    the same), the page object as the API's paged result, and statuses after 200 are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-mca

    Args:
        customer_id (UUID | Unset):
        provider_instance_id (UUID | Unset):
        status (str | Unset):
        search_value (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        sort_property_name (str | Unset):
        exclude_compliant (bool | Unset):
        ascending_order (bool | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | McaPage
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            provider_instance_id=provider_instance_id,
            status=status,
            search_value=search_value,
            page_number=page_number,
            page_size=page_size,
            sort_property_name=sort_property_name,
            exclude_compliant=exclude_compliant,
            ascending_order=ascending_order,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
