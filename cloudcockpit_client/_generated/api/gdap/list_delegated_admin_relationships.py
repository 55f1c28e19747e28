from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delegated_admin_relationship import DelegatedAdminRelationship
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    *,
    provider_instance_id: UUID,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers/{customer_id}/delegated-admin-relationships".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[DelegatedAdminRelationship]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DelegatedAdminRelationship.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[Any | ErrorResponse | list[DelegatedAdminRelationship]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[DelegatedAdminRelationship]]:
    """List all GDAP relationships for a customer

     Returns a list of GDAP relationships for a specific customer. Since this resource is specific
    to the Microsoft provider, this request is only valid for provider customers that belong to a
    Microsoft tenant/provider. The page shows no roles line. The stored copies are cut after the
    200 and 400 responses, so other statuses are not documented here. Source:
    https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-delegated-admin-
    relationships

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[DelegatedAdminRelationship]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
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
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[DelegatedAdminRelationship] | None:
    """List all GDAP relationships for a customer

     Returns a list of GDAP relationships for a specific customer. Since this resource is specific
    to the Microsoft provider, this request is only valid for provider customers that belong to a
    Microsoft tenant/provider. The page shows no roles line. The stored copies are cut after the
    200 and 400 responses, so other statuses are not documented here. Source:
    https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-delegated-admin-
    relationships

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[DelegatedAdminRelationship]
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[DelegatedAdminRelationship]]:
    """List all GDAP relationships for a customer

     Returns a list of GDAP relationships for a specific customer. Since this resource is specific
    to the Microsoft provider, this request is only valid for provider customers that belong to a
    Microsoft tenant/provider. The page shows no roles line. The stored copies are cut after the
    200 and 400 responses, so other statuses are not documented here. Source:
    https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-delegated-admin-
    relationships

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[DelegatedAdminRelationship]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[DelegatedAdminRelationship] | None:
    """List all GDAP relationships for a customer

     Returns a list of GDAP relationships for a specific customer. Since this resource is specific
    to the Microsoft provider, this request is only valid for provider customers that belong to a
    Microsoft tenant/provider. The page shows no roles line. The stored copies are cut after the
    200 and 400 responses, so other statuses are not documented here. Source:
    https://developer.cloudcockpit.com/operation/operation-get-v1-customers-parameter-delegated-admin-
    relationships

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[DelegatedAdminRelationship]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            provider_instance_id=provider_instance_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
