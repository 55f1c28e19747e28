from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_subscription_request import UpdateSubscriptionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    body: UpdateSubscriptionRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
        response_2xx = cast(Any, None)
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
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSubscriptionRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Subscription

     Updates the specified subscription. This process is asynchronous, therefore it will start
    executing after the request is submitted and may take some time. The page shows no roles line.
    The only stored copy is cut inside the request body (at autoRenewSettings.customTermEndDate), so
    no response is documented: any 2xx is success, read with no body, and other statuses are read as
    the error object. The body is printed without "Required", so it is not required. The body's
    auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") is printed without its
    name or type: it is left out until documented (the body model is open, so it can still be sent).
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionRequest | Unset): The subscription base info to update the
            existent subscription. The page is cut inside
            autoRenewSettings (at customTermEndDate). Between nextBillingFrequency and
            autoRenewSettings it
            prints an auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") without
            its name,
            type or Required line: it is left out until documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        body=body,
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
    body: UpdateSubscriptionRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Subscription

     Updates the specified subscription. This process is asynchronous, therefore it will start
    executing after the request is submitted and may take some time. The page shows no roles line.
    The only stored copy is cut inside the request body (at autoRenewSettings.customTermEndDate), so
    no response is documented: any 2xx is success, read with no body, and other statuses are read as
    the error object. The body is printed without "Required", so it is not required. The body's
    auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") is printed without its
    name or type: it is left out until documented (the body model is open, so it can still be sent).
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionRequest | Unset): The subscription base info to update the
            existent subscription. The page is cut inside
            autoRenewSettings (at customTermEndDate). Between nextBillingFrequency and
            autoRenewSettings it
            prints an auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") without
            its name,
            type or Required line: it is left out until documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        subscription_id=subscription_id,
        client=client,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSubscriptionRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Subscription

     Updates the specified subscription. This process is asynchronous, therefore it will start
    executing after the request is submitted and may take some time. The page shows no roles line.
    The only stored copy is cut inside the request body (at autoRenewSettings.customTermEndDate), so
    no response is documented: any 2xx is success, read with no body, and other statuses are read as
    the error object. The body is printed without "Required", so it is not required. The body's
    auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") is printed without its
    name or type: it is left out until documented (the body model is open, so it can still be sent).
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionRequest | Unset): The subscription base info to update the
            existent subscription. The page is cut inside
            autoRenewSettings (at customTermEndDate). Between nextBillingFrequency and
            autoRenewSettings it
            prints an auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") without
            its name,
            type or Required line: it is left out until documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        body=body,
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
    body: UpdateSubscriptionRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Subscription

     Updates the specified subscription. This process is asynchronous, therefore it will start
    executing after the request is submitted and may take some time. The page shows no roles line.
    The only stored copy is cut inside the request body (at autoRenewSettings.customTermEndDate), so
    no response is documented: any 2xx is success, read with no body, and other statuses are read as
    the error object. The body is printed without "Required", so it is not required. The body's
    auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") is printed without its
    name or type: it is left out until documented (the body model is open, so it can still be sent).
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateSubscriptionRequest | Unset): The subscription base info to update the
            existent subscription. The page is cut inside
            autoRenewSettings (at customTermEndDate). Between nextBillingFrequency and
            autoRenewSettings it
            prints an auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") without
            its name,
            type or Required line: it is left out until documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            subscription_id=subscription_id,
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
