from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    offer_types: str,
    segment: str,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    params["OfferTypes"] = offer_types

    params["Segment"] = segment

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["CustomerId"] = json_customer_id

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["ResellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Offers",
        "params": params,
    }

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
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    offer_types: str,
    segment: str,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """List all offers

     Returns a list the offers in the tenant. The offers are returned sorted by SortPropertyName. If a
    customer is not provided in the query params the offer prices will not be scoped to one market. To
    view the offer prices for a certain customer/market provide the desired customer.
    The page shows no roles line.
    Both stored copies are cut inside the query parameters (at ResellerId's description), so the
    responses are not documented at all: any 2xx is success and its JSON body is returned as it comes
    (no page model is declared, because not even the page object's `items` is shown; the SDK does not
    walk the pages of this list). The page prints five query parameters without names (a sort
    property, possible value Name; an ascending-order flag; a provider instance GUID; a search string;
    a search field, Name or ProviderOfferId); left out until documented (the sort one is called
    SortPropertyName in the description above, but its own line prints no name). Any parameter after
    ResellerId is not visible. The paging names are PascalCase on this page (PageNumber, PageSize).
    OfferTypes is marked Required in the .com copy; the .works copy prints it without name, type or
    marker (as these renders do for Required parameters).
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        offer_types (str):
        segment (str):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        offer_types=offer_types,
        segment=segment,
        customer_id=customer_id,
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
    offer_types: str,
    segment: str,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """List all offers

     Returns a list the offers in the tenant. The offers are returned sorted by SortPropertyName. If a
    customer is not provided in the query params the offer prices will not be scoped to one market. To
    view the offer prices for a certain customer/market provide the desired customer.
    The page shows no roles line.
    Both stored copies are cut inside the query parameters (at ResellerId's description), so the
    responses are not documented at all: any 2xx is success and its JSON body is returned as it comes
    (no page model is declared, because not even the page object's `items` is shown; the SDK does not
    walk the pages of this list). The page prints five query parameters without names (a sort
    property, possible value Name; an ascending-order flag; a provider instance GUID; a search string;
    a search field, Name or ProviderOfferId); left out until documented (the sort one is called
    SortPropertyName in the description above, but its own line prints no name). Any parameter after
    ResellerId is not visible. The paging names are PascalCase on this page (PageNumber, PageSize).
    OfferTypes is marked Required in the .com copy; the .works copy prints it without name, type or
    marker (as these renders do for Required parameters).
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        offer_types (str):
        segment (str):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        offer_types=offer_types,
        segment=segment,
        customer_id=customer_id,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    offer_types: str,
    segment: str,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """List all offers

     Returns a list the offers in the tenant. The offers are returned sorted by SortPropertyName. If a
    customer is not provided in the query params the offer prices will not be scoped to one market. To
    view the offer prices for a certain customer/market provide the desired customer.
    The page shows no roles line.
    Both stored copies are cut inside the query parameters (at ResellerId's description), so the
    responses are not documented at all: any 2xx is success and its JSON body is returned as it comes
    (no page model is declared, because not even the page object's `items` is shown; the SDK does not
    walk the pages of this list). The page prints five query parameters without names (a sort
    property, possible value Name; an ascending-order flag; a provider instance GUID; a search string;
    a search field, Name or ProviderOfferId); left out until documented (the sort one is called
    SortPropertyName in the description above, but its own line prints no name). Any parameter after
    ResellerId is not visible. The paging names are PascalCase on this page (PageNumber, PageSize).
    OfferTypes is marked Required in the .com copy; the .works copy prints it without name, type or
    marker (as these renders do for Required parameters).
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        offer_types (str):
        segment (str):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        offer_types=offer_types,
        segment=segment,
        customer_id=customer_id,
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
    offer_types: str,
    segment: str,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """List all offers

     Returns a list the offers in the tenant. The offers are returned sorted by SortPropertyName. If a
    customer is not provided in the query params the offer prices will not be scoped to one market. To
    view the offer prices for a certain customer/market provide the desired customer.
    The page shows no roles line.
    Both stored copies are cut inside the query parameters (at ResellerId's description), so the
    responses are not documented at all: any 2xx is success and its JSON body is returned as it comes
    (no page model is declared, because not even the page object's `items` is shown; the SDK does not
    walk the pages of this list). The page prints five query parameters without names (a sort
    property, possible value Name; an ascending-order flag; a provider instance GUID; a search string;
    a search field, Name or ProviderOfferId); left out until documented (the sort one is called
    SortPropertyName in the description above, but its own line prints no name). Any parameter after
    ResellerId is not visible. The paging names are PascalCase on this page (PageNumber, PageSize).
    OfferTypes is marked Required in the .com copy; the .works copy prints it without name, type or
    marker (as these renders do for Required parameters).
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        offer_types (str):
        segment (str):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
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
            client=client,
            page_number=page_number,
            page_size=page_size,
            offer_types=offer_types,
            segment=segment,
            customer_id=customer_id,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
