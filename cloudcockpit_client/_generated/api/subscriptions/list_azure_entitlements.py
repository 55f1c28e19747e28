from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription import Subscription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/azure-entitlements".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[Subscription]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Subscription.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Any | ErrorResponse | list[Subscription]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[Subscription]]:
    """List all azure entitlements Subscriptions

     Returns a list of azure entitlements subscriptions for the provided parent subscription id. The page
    shows no roles line. The 200 answer is a bare JSON array (not paged) of subscriptions in the list
    view of rows 36/37 (id, orderId, offerId, customerId, providerInstanceId, resellerId,
    subscriptionName, offerName, offerType, isAddonOffer, isTrialOffer, then, named by the 200 example,
    providerOfferId, subscriptionStatus, startDate, endDate: the same names, types and descriptions), so
    the items are the shared Subscription model. The fields printed after endDate carry no names on this
    page (descriptions only, cut at the segment); unknown fields are kept. Every copy is cut inside the
    200 item fields, so no other status is documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-azure-entitlements

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[Subscription]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
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
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[Subscription] | None:
    """List all azure entitlements Subscriptions

     Returns a list of azure entitlements subscriptions for the provided parent subscription id. The page
    shows no roles line. The 200 answer is a bare JSON array (not paged) of subscriptions in the list
    view of rows 36/37 (id, orderId, offerId, customerId, providerInstanceId, resellerId,
    subscriptionName, offerName, offerType, isAddonOffer, isTrialOffer, then, named by the 200 example,
    providerOfferId, subscriptionStatus, startDate, endDate: the same names, types and descriptions), so
    the items are the shared Subscription model. The fields printed after endDate carry no names on this
    page (descriptions only, cut at the segment); unknown fields are kept. Every copy is cut inside the
    200 item fields, so no other status is documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-azure-entitlements

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[Subscription]
    """

    return sync_detailed(
        customer_id=customer_id,
        subscription_id=subscription_id,
        client=client,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[Subscription]]:
    """List all azure entitlements Subscriptions

     Returns a list of azure entitlements subscriptions for the provided parent subscription id. The page
    shows no roles line. The 200 answer is a bare JSON array (not paged) of subscriptions in the list
    view of rows 36/37 (id, orderId, offerId, customerId, providerInstanceId, resellerId,
    subscriptionName, offerName, offerType, isAddonOffer, isTrialOffer, then, named by the 200 example,
    providerOfferId, subscriptionStatus, startDate, endDate: the same names, types and descriptions), so
    the items are the shared Subscription model. The fields printed after endDate carry no names on this
    page (descriptions only, cut at the segment); unknown fields are kept. Every copy is cut inside the
    200 item fields, so no other status is documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-azure-entitlements

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[Subscription]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[Subscription] | None:
    """List all azure entitlements Subscriptions

     Returns a list of azure entitlements subscriptions for the provided parent subscription id. The page
    shows no roles line. The 200 answer is a bare JSON array (not paged) of subscriptions in the list
    view of rows 36/37 (id, orderId, offerId, customerId, providerInstanceId, resellerId,
    subscriptionName, offerName, offerType, isAddonOffer, isTrialOffer, then, named by the 200 example,
    providerOfferId, subscriptionStatus, startDate, endDate: the same names, types and descriptions), so
    the items are the shared Subscription model. The fields printed after endDate carry no names on this
    page (descriptions only, cut at the segment); unknown fields are kept. Every copy is cut inside the
    200 item fields, so no other status is documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-azure-entitlements

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[Subscription]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            subscription_id=subscription_id,
            client=client,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
