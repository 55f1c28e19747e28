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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Subscription:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | Subscription]:
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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Subscription]:
    """Retrieve a Subscription

     Retrieves a Subscription with the specified GUID identifier. The page shows no roles line. The
    attribute lists end at providerData; the nested attributes of nextBillingFrequency,
    autoRenewSettings, margin, offer and offerPrice are not expanded (the .md is cut at segment, the
    .works example inside autoRenewSettings). No error response is visible in any copy.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter
    (also the .md, https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter.md)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Subscription]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Subscription | None:
    """Retrieve a Subscription

     Retrieves a Subscription with the specified GUID identifier. The page shows no roles line. The
    attribute lists end at providerData; the nested attributes of nextBillingFrequency,
    autoRenewSettings, margin, offer and offerPrice are not expanded (the .md is cut at segment, the
    .works example inside autoRenewSettings). No error response is visible in any copy.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter
    (also the .md, https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter.md)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Subscription
    """

    return sync_detailed(
        customer_id=customer_id,
        subscription_id=subscription_id,
        client=client,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Subscription]:
    """Retrieve a Subscription

     Retrieves a Subscription with the specified GUID identifier. The page shows no roles line. The
    attribute lists end at providerData; the nested attributes of nextBillingFrequency,
    autoRenewSettings, margin, offer and offerPrice are not expanded (the .md is cut at segment, the
    .works example inside autoRenewSettings). No error response is visible in any copy.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter
    (also the .md, https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter.md)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Subscription]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Subscription | None:
    """Retrieve a Subscription

     Retrieves a Subscription with the specified GUID identifier. The page shows no roles line. The
    attribute lists end at providerData; the nested attributes of nextBillingFrequency,
    autoRenewSettings, margin, offer and offerPrice are not expanded (the .md is cut at segment, the
    .works example inside autoRenewSettings). No error response is visible in any copy.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter
    (also the .md, https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter.md)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Subscription
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            subscription_id=subscription_id,
            client=client,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
