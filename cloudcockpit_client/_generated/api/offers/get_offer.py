from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.offer import Offer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    provider_instance_id: UUID,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    segment: str,
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

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customerId"] = json_customer_id

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params["segment"] = segment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Offers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Offer:
    if response.status_code == 200:
        response_200 = Offer.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | Offer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    segment: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Offer]:
    """Retrieve an offer

     Retrieves an offer with the specified GUID identifier.
    The page shows no roles line.
    Every copy is cut after the first fields of the 200 body (the .md at minQuantity's type, the HTML
    at billingType), so later Offer fields and every other status are not shown. The fields of a price
    are read from the 200 example only (cut at a field beginning "reve"). The path parameter is `id`
    on the wire and offer_id in the SDK.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-offers-parameter.md (the
    example: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers-parameter)

    Args:
        id (UUID):
        provider_instance_id (UUID):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
        segment (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Offer]
    """

    kwargs = _get_kwargs(
        id=id,
        provider_instance_id=provider_instance_id,
        customer_id=customer_id,
        reseller_id=reseller_id,
        segment=segment,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    segment: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Offer | None:
    """Retrieve an offer

     Retrieves an offer with the specified GUID identifier.
    The page shows no roles line.
    Every copy is cut after the first fields of the 200 body (the .md at minQuantity's type, the HTML
    at billingType), so later Offer fields and every other status are not shown. The fields of a price
    are read from the 200 example only (cut at a field beginning "reve"). The path parameter is `id`
    on the wire and offer_id in the SDK.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-offers-parameter.md (the
    example: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers-parameter)

    Args:
        id (UUID):
        provider_instance_id (UUID):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
        segment (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Offer
    """

    return sync_detailed(
        id=id,
        client=client,
        provider_instance_id=provider_instance_id,
        customer_id=customer_id,
        reseller_id=reseller_id,
        segment=segment,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    segment: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Offer]:
    """Retrieve an offer

     Retrieves an offer with the specified GUID identifier.
    The page shows no roles line.
    Every copy is cut after the first fields of the 200 body (the .md at minQuantity's type, the HTML
    at billingType), so later Offer fields and every other status are not shown. The fields of a price
    are read from the 200 example only (cut at a field beginning "reve"). The path parameter is `id`
    on the wire and offer_id in the SDK.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-offers-parameter.md (the
    example: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers-parameter)

    Args:
        id (UUID):
        provider_instance_id (UUID):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
        segment (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Offer]
    """

    kwargs = _get_kwargs(
        id=id,
        provider_instance_id=provider_instance_id,
        customer_id=customer_id,
        reseller_id=reseller_id,
        segment=segment,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    customer_id: UUID | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    segment: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Offer | None:
    """Retrieve an offer

     Retrieves an offer with the specified GUID identifier.
    The page shows no roles line.
    Every copy is cut after the first fields of the 200 body (the .md at minQuantity's type, the HTML
    at billingType), so later Offer fields and every other status are not shown. The fields of a price
    are read from the 200 example only (cut at a field beginning "reve"). The path parameter is `id`
    on the wire and offer_id in the SDK.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-offers-parameter.md (the
    example: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-offers-parameter)

    Args:
        id (UUID):
        provider_instance_id (UUID):
        customer_id (UUID | Unset):
        reseller_id (UUID | Unset):
        segment (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Offer
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            provider_instance_id=provider_instance_id,
            customer_id=customer_id,
            reseller_id=reseller_id,
            segment=segment,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
