from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer_user_page import CustomerUserPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    *,
    provider_instance_id: UUID,
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

    json_provider_instance_id = str(provider_instance_id)
    params["providerInstanceId"] = json_provider_instance_id

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers/{customer_id}/users".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerUserPage | ErrorResponse:
    if response.status_code == 200:
        response_200 = CustomerUserPage.from_dict(response.json())

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
) -> Response[Any | CustomerUserPage | ErrorResponse]:
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
    provider_instance_id: UUID,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CustomerUserPage | ErrorResponse]:
    """List all Customer users

     Returns a list of your customer users for a specified customer. The customer users are returned
    sorted by the specified sortPropertyName. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. The page shows no roles line. It prints four more query parameters without their
    names (a search string; a sort property, DisplayName or UserPrincipalName; an ascending flag; a
    seek operation, Next, Previous, First, Last or PageIndex, default Next): they are left out until
    their names are documented. The copies are cut in the first item: the items are the customer
    user of "Retrieve a Customer user" (the same first fields) and the page the API's paged result.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerUserPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
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
    provider_instance_id: UUID,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CustomerUserPage | ErrorResponse | None:
    """List all Customer users

     Returns a list of your customer users for a specified customer. The customer users are returned
    sorted by the specified sortPropertyName. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. The page shows no roles line. It prints four more query parameters without their
    names (a search string; a sort property, DisplayName or UserPrincipalName; an ascending flag; a
    seek operation, Next, Previous, First, Last or PageIndex, default Next): they are left out until
    their names are documented. The copies are cut in the first item: the items are the customer
    user of "Retrieve a Customer user" (the same first fields) and the page the API's paged result.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerUserPage | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        provider_instance_id=provider_instance_id,
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
    provider_instance_id: UUID,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CustomerUserPage | ErrorResponse]:
    """List all Customer users

     Returns a list of your customer users for a specified customer. The customer users are returned
    sorted by the specified sortPropertyName. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. The page shows no roles line. It prints four more query parameters without their
    names (a search string; a sort property, DisplayName or UserPrincipalName; an ascending flag; a
    seek operation, Next, Previous, First, Last or PageIndex, default Next): they are left out until
    their names are documented. The copies are cut in the first item: the items are the customer
    user of "Retrieve a Customer user" (the same first fields) and the page the API's paged result.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerUserPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
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
    provider_instance_id: UUID,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CustomerUserPage | ErrorResponse | None:
    """List all Customer users

     Returns a list of your customer users for a specified customer. The customer users are returned
    sorted by the specified sortPropertyName. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. The page shows no roles line. It prints four more query parameters without their
    names (a search string; a sort property, DisplayName or UserPrincipalName; an ascending flag; a
    seek operation, Next, Previous, First, Last or PageIndex, default Next): they are left out until
    their names are documented. The copies are cut in the first item: the items are the customer
    user of "Retrieve a Customer user" (the same first fields) and the page the API's paged result.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        page_number (int | Unset):
        page_size (int | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerUserPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            provider_instance_id=provider_instance_id,
            page_number=page_number,
            page_size=page_size,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
