from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer_user import CustomerUser
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    customer_user_id: UUID,
    *,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    json_provider_instance_id: str | Unset = UNSET
    if not isinstance(provider_instance_id, Unset):
        json_provider_instance_id = str(provider_instance_id)
    params["providerInstanceId"] = json_provider_instance_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers/{customer_id}/users/{customer_user_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            customer_user_id=quote(str(customer_user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerUser | ErrorResponse:
    if response.status_code == 200:
        response_200 = CustomerUser.from_dict(response.json())

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
) -> Response[Any | CustomerUser | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    customer_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CustomerUser | ErrorResponse]:
    """Retrieve a Customer user

     Retrieves a Customer user with the specified GUID identifier. The page shows no roles line; its
    copies are cut after the 400 response. providerInstanceId is shown only by the newest (.md)
    render, which prints no Required marks: it is declared optional.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users-
    parameter.md

    Args:
        customer_id (UUID):
        customer_user_id (UUID):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerUser | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        customer_user_id=customer_user_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: UUID,
    customer_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CustomerUser | ErrorResponse | None:
    """Retrieve a Customer user

     Retrieves a Customer user with the specified GUID identifier. The page shows no roles line; its
    copies are cut after the 400 response. providerInstanceId is shown only by the newest (.md)
    render, which prints no Required marks: it is declared optional.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users-
    parameter.md

    Args:
        customer_id (UUID):
        customer_user_id (UUID):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerUser | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        customer_user_id=customer_user_id,
        client=client,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    customer_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CustomerUser | ErrorResponse]:
    """Retrieve a Customer user

     Retrieves a Customer user with the specified GUID identifier. The page shows no roles line; its
    copies are cut after the 400 response. providerInstanceId is shown only by the newest (.md)
    render, which prints no Required marks: it is declared optional.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users-
    parameter.md

    Args:
        customer_id (UUID):
        customer_user_id (UUID):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerUser | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        customer_user_id=customer_user_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    customer_user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CustomerUser | ErrorResponse | None:
    """Retrieve a Customer user

     Retrieves a Customer user with the specified GUID identifier. The page shows no roles line; its
    copies are cut after the 400 response. providerInstanceId is shown only by the newest (.md)
    render, which prints no Required marks: it is declared optional.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-users-
    parameter.md

    Args:
        customer_id (UUID):
        customer_user_id (UUID):
        provider_instance_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerUser | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            customer_user_id=customer_user_id,
            client=client,
            provider_instance_id=provider_instance_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
