from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.migrate_subscription_request import MigrateSubscriptionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    body: MigrateSubscriptionRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/migration".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
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
    body: MigrateSubscriptionRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Migrate a subscription.

     Migrates the specified subscription. Since this resource is specific to the Microsoft provider, this
    request is only valid for subscriptions that belong to a Microsoft tenant/provider. The page shows
    no
    roles line. The body is marked Required (HTML copy); no copy prints per-field Required marks, so no
    field is required. termDuration and billingFrequency are plain strings here (not smart enums); their
    possible values are only in their descriptions. Asynchronous: 202 Accepted with no body; poll
    getMigrationStatus (GET on the same path). The .md is cut inside the 400 body: later statuses are
    not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    subscriptions-parameter-migration.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (MigrateSubscriptionRequest): The subscription migration info to migrate the existent
            subscription. No copy prints per-field
            Required marks, so none is required.

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
    body: MigrateSubscriptionRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Migrate a subscription.

     Migrates the specified subscription. Since this resource is specific to the Microsoft provider, this
    request is only valid for subscriptions that belong to a Microsoft tenant/provider. The page shows
    no
    roles line. The body is marked Required (HTML copy); no copy prints per-field Required marks, so no
    field is required. termDuration and billingFrequency are plain strings here (not smart enums); their
    possible values are only in their descriptions. Asynchronous: 202 Accepted with no body; poll
    getMigrationStatus (GET on the same path). The .md is cut inside the 400 body: later statuses are
    not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    subscriptions-parameter-migration.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (MigrateSubscriptionRequest): The subscription migration info to migrate the existent
            subscription. No copy prints per-field
            Required marks, so none is required.

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
    body: MigrateSubscriptionRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Migrate a subscription.

     Migrates the specified subscription. Since this resource is specific to the Microsoft provider, this
    request is only valid for subscriptions that belong to a Microsoft tenant/provider. The page shows
    no
    roles line. The body is marked Required (HTML copy); no copy prints per-field Required marks, so no
    field is required. termDuration and billingFrequency are plain strings here (not smart enums); their
    possible values are only in their descriptions. Asynchronous: 202 Accepted with no body; poll
    getMigrationStatus (GET on the same path). The .md is cut inside the 400 body: later statuses are
    not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    subscriptions-parameter-migration.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (MigrateSubscriptionRequest): The subscription migration info to migrate the existent
            subscription. No copy prints per-field
            Required marks, so none is required.

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
    body: MigrateSubscriptionRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Migrate a subscription.

     Migrates the specified subscription. Since this resource is specific to the Microsoft provider, this
    request is only valid for subscriptions that belong to a Microsoft tenant/provider. The page shows
    no
    roles line. The body is marked Required (HTML copy); no copy prints per-field Required marks, so no
    field is required. termDuration and billingFrequency are plain strings here (not smart enums); their
    possible values are only in their descriptions. Asynchronous: 202 Accepted with no body; poll
    getMigrationStatus (GET on the same path). The .md is cut inside the 400 body: later statuses are
    not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    subscriptions-parameter-migration.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (MigrateSubscriptionRequest): The subscription migration info to migrate the existent
            subscription. No copy prints per-field
            Required marks, so none is required.

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
