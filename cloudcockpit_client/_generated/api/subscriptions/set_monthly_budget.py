from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.set_monthly_budget_request import SetMonthlyBudgetRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    body: SetMonthlyBudgetRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/monthly-budget".format(
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
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    body: SetMonthlyBudgetRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Set monthly budget for an Azure Subscription

     Sets the monthly budget in the specified azure subscription. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller. monthlyBudget is not marked Required and may
    be null (to set no budget). The .md is cut at the 403 heading: later statuses are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-monthly-budget.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (SetMonthlyBudgetRequest): The new monthly budget of an azure subscription.
            monthlyBudget is not marked Required, but null is
            documented to mean "no budget": required here, so that the SDK's None sends null instead
            of an
            empty object that would say nothing.

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
    body: SetMonthlyBudgetRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Set monthly budget for an Azure Subscription

     Sets the monthly budget in the specified azure subscription. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller. monthlyBudget is not marked Required and may
    be null (to set no budget). The .md is cut at the 403 heading: later statuses are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-monthly-budget.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (SetMonthlyBudgetRequest): The new monthly budget of an azure subscription.
            monthlyBudget is not marked Required, but null is
            documented to mean "no budget": required here, so that the SDK's None sends null instead
            of an
            empty object that would say nothing.

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
    body: SetMonthlyBudgetRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Set monthly budget for an Azure Subscription

     Sets the monthly budget in the specified azure subscription. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller. monthlyBudget is not marked Required and may
    be null (to set no budget). The .md is cut at the 403 heading: later statuses are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-monthly-budget.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (SetMonthlyBudgetRequest): The new monthly budget of an azure subscription.
            monthlyBudget is not marked Required, but null is
            documented to mean "no budget": required here, so that the SDK's None sends null instead
            of an
            empty object that would say nothing.

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
    body: SetMonthlyBudgetRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Set monthly budget for an Azure Subscription

     Sets the monthly budget in the specified azure subscription. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller. monthlyBudget is not marked Required and may
    be null (to set no budget). The .md is cut at the 403 heading: later statuses are not documented
    here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-monthly-budget.md

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (SetMonthlyBudgetRequest): The new monthly budget of an azure subscription.
            monthlyBudget is not marked Required, but null is
            documented to mean "no budget": required here, so that the SDK's None sends null instead
            of an
            empty object that would say nothing.

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
