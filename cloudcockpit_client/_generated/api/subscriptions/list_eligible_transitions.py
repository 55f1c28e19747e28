from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.eligible_transition import EligibleTransition
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
        "method": "get",
        "url": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/eligible-transitions".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[EligibleTransition]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EligibleTransition.from_dict(response_200_item_data)

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
) -> Response[Any | ErrorResponse | list[EligibleTransition]]:
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
) -> Response[Any | ErrorResponse | list[EligibleTransition]]:
    """List Subscription eligible transitions

     Returns a list of eligible transitions for a specified subscription. The page shows no roles line.
    The 200 answer is a bare JSON array (not paged). No copy shows any status after 200 (the response
    lists are collapsed or cut in the 200 attributes), so later statuses are not documented here. The
    fields and Required marks are those of the /customer/ copy's deeper excerpt; the item fields of
    transitionEvents are not drawn and are read from the 200 example only.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-eligible-transitions

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[EligibleTransition]]
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
) -> Any | ErrorResponse | list[EligibleTransition] | None:
    """List Subscription eligible transitions

     Returns a list of eligible transitions for a specified subscription. The page shows no roles line.
    The 200 answer is a bare JSON array (not paged). No copy shows any status after 200 (the response
    lists are collapsed or cut in the 200 attributes), so later statuses are not documented here. The
    fields and Required marks are those of the /customer/ copy's deeper excerpt; the item fields of
    transitionEvents are not drawn and are read from the 200 example only.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-eligible-transitions

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[EligibleTransition]
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
) -> Response[Any | ErrorResponse | list[EligibleTransition]]:
    """List Subscription eligible transitions

     Returns a list of eligible transitions for a specified subscription. The page shows no roles line.
    The 200 answer is a bare JSON array (not paged). No copy shows any status after 200 (the response
    lists are collapsed or cut in the 200 attributes), so later statuses are not documented here. The
    fields and Required marks are those of the /customer/ copy's deeper excerpt; the item fields of
    transitionEvents are not drawn and are read from the 200 example only.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-eligible-transitions

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[EligibleTransition]]
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
) -> Any | ErrorResponse | list[EligibleTransition] | None:
    """List Subscription eligible transitions

     Returns a list of eligible transitions for a specified subscription. The page shows no roles line.
    The 200 answer is a bare JSON array (not paged). No copy shows any status after 200 (the response
    lists are collapsed or cut in the 200 attributes), so later statuses are not documented here. The
    fields and Required marks are those of the /customer/ copy's deeper excerpt; the item fields of
    transitionEvents are not drawn and are read from the 200 example only.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-get-v1-customers-parameter-
    subscriptions-parameter-eligible-transitions

    Args:
        customer_id (UUID):
        subscription_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[EligibleTransition]
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
