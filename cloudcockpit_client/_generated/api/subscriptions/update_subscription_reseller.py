from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    subscription_id: UUID,
    *,
    body: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/associated-reseller".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = str(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | bool:
    if response.status_code == 200:
        response_200 = cast(bool, response.json())
        return response_200

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
) -> Response[Any | ErrorResponse | bool]:
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
    body: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | bool]:
    """Update a Subscription reseller

     Updates the specified subscription reseller. In case the tenant is an indirect provider and the
    subscription type is license legacy then we will update the support contact for the given
    subscription. Returns trueif the support contact was updated;otherwise false. Available to the
    roles: csp. The body is a bare JSON string holding a uuid (not marked Required on the page). The
    success is printed "OK" and its example is the bare JSON true (labelled 200; the type word is not
    printed): a boolean. Both copies are cut in the 400 area: later statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-associated-reseller

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | bool]
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
    body: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | bool | None:
    """Update a Subscription reseller

     Updates the specified subscription reseller. In case the tenant is an indirect provider and the
    subscription type is license legacy then we will update the support contact for the given
    subscription. Returns trueif the support contact was updated;otherwise false. Available to the
    roles: csp. The body is a bare JSON string holding a uuid (not marked Required on the page). The
    success is printed "OK" and its example is the bare JSON true (labelled 200; the type word is not
    printed): a boolean. Both copies are cut in the 400 area: later statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-associated-reseller

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | bool
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
    body: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | bool]:
    """Update a Subscription reseller

     Updates the specified subscription reseller. In case the tenant is an indirect provider and the
    subscription type is license legacy then we will update the support contact for the given
    subscription. Returns trueif the support contact was updated;otherwise false. Available to the
    roles: csp. The body is a bare JSON string holding a uuid (not marked Required on the page). The
    success is printed "OK" and its example is the bare JSON true (labelled 200; the type word is not
    printed): a boolean. Both copies are cut in the 400 area: later statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-associated-reseller

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | bool]
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
    body: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | bool | None:
    """Update a Subscription reseller

     Updates the specified subscription reseller. In case the tenant is an indirect provider and the
    subscription type is license legacy then we will update the support contact for the given
    subscription. Returns trueif the support contact was updated;otherwise false. Available to the
    roles: csp. The body is a bare JSON string holding a uuid (not marked Required on the page). The
    success is printed "OK" and its example is the bare JSON true (labelled 200; the type word is not
    printed): a boolean. Both copies are cut in the 400 area: later statuses are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-customers-parameter-
    subscriptions-parameter-associated-reseller

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | bool
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
