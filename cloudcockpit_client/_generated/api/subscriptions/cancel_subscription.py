from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.cancel_subscription_conflict import CancelSubscriptionConflict
from ...models.error_response import ErrorResponse
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
        "method": "delete",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CancelSubscriptionConflict | ErrorResponse:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 409:
        response_409 = CancelSubscriptionConflict.from_dict(response.json())

        return response_409

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CancelSubscriptionConflict | ErrorResponse]:
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
) -> Response[Any | CancelSubscriptionConflict | ErrorResponse]:
    """Cancel a Subscription.

     Cancels a customer subscription. This process is asynchronous, therefore it will start executing
    after the request is submitted and may take some time. The page shows no roles line. The response
    list is cut after "Forbidden"; the success is labelled "Accepted" with no number printed: 202 is
    used, with no body. The examples copy shows a 409 example (no 401, 403 or 404 example), cut here:
      {"portalSubscription": {"name": "string", "quantity": 42, "nextBillingFrequency": {"name":
      "string"}, "autoRenewEnabled": true, "autoRenewSettings": {
    That example is not the error object's shape; its schema is not shown, so the 409 is read as the
    error object (an open model: portalSubscription is kept as an unknown field).
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (responses); https://developer.cloudcockpit.works/reseller/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (examples)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CancelSubscriptionConflict | ErrorResponse]
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
) -> Any | CancelSubscriptionConflict | ErrorResponse | None:
    """Cancel a Subscription.

     Cancels a customer subscription. This process is asynchronous, therefore it will start executing
    after the request is submitted and may take some time. The page shows no roles line. The response
    list is cut after "Forbidden"; the success is labelled "Accepted" with no number printed: 202 is
    used, with no body. The examples copy shows a 409 example (no 401, 403 or 404 example), cut here:
      {"portalSubscription": {"name": "string", "quantity": 42, "nextBillingFrequency": {"name":
      "string"}, "autoRenewEnabled": true, "autoRenewSettings": {
    That example is not the error object's shape; its schema is not shown, so the 409 is read as the
    error object (an open model: portalSubscription is kept as an unknown field).
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (responses); https://developer.cloudcockpit.works/reseller/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (examples)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CancelSubscriptionConflict | ErrorResponse
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
) -> Response[Any | CancelSubscriptionConflict | ErrorResponse]:
    """Cancel a Subscription.

     Cancels a customer subscription. This process is asynchronous, therefore it will start executing
    after the request is submitted and may take some time. The page shows no roles line. The response
    list is cut after "Forbidden"; the success is labelled "Accepted" with no number printed: 202 is
    used, with no body. The examples copy shows a 409 example (no 401, 403 or 404 example), cut here:
      {"portalSubscription": {"name": "string", "quantity": 42, "nextBillingFrequency": {"name":
      "string"}, "autoRenewEnabled": true, "autoRenewSettings": {
    That example is not the error object's shape; its schema is not shown, so the 409 is read as the
    error object (an open model: portalSubscription is kept as an unknown field).
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (responses); https://developer.cloudcockpit.works/reseller/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (examples)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CancelSubscriptionConflict | ErrorResponse]
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
) -> Any | CancelSubscriptionConflict | ErrorResponse | None:
    """Cancel a Subscription.

     Cancels a customer subscription. This process is asynchronous, therefore it will start executing
    after the request is submitted and may take some time. The page shows no roles line. The response
    list is cut after "Forbidden"; the success is labelled "Accepted" with no number printed: 202 is
    used, with no body. The examples copy shows a 409 example (no 401, 403 or 404 example), cut here:
      {"portalSubscription": {"name": "string", "quantity": 42, "nextBillingFrequency": {"name":
      "string"}, "autoRenewEnabled": true, "autoRenewSettings": {
    That example is not the error object's shape; its schema is not shown, so the 409 is read as the
    error object (an open model: portalSubscription is kept as an unknown field).
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (responses); https://developer.cloudcockpit.works/reseller/operation/operation-delete-v1-customers-
    parameter-subscriptions-parameter
    (examples)

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CancelSubscriptionConflict | ErrorResponse
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
