from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.access_assignment import AccessAssignment
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    relationship_id: str,
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
        "url": "/v1/Customers/delegated-admin-relationships/{relationship_id}/access-assignments".format(
            relationship_id=quote(str(relationship_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[AccessAssignment]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AccessAssignment.from_dict(response_200_item_data)

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
) -> Response[Any | ErrorResponse | list[AccessAssignment]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[AccessAssignment]]:
    """Get access assignments of a delegated admin relationship

     Gets the list of access assignments on the given relationship. Only the access assignments
    associated with the configured security group are returned. The page shows no roles line.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-delegated-admin-
    relationships-parameter-access-assignments.md

    Args:
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[AccessAssignment]]
    """

    kwargs = _get_kwargs(
        relationship_id=relationship_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[AccessAssignment] | None:
    """Get access assignments of a delegated admin relationship

     Gets the list of access assignments on the given relationship. Only the access assignments
    associated with the configured security group are returned. The page shows no roles line.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-delegated-admin-
    relationships-parameter-access-assignments.md

    Args:
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[AccessAssignment]
    """

    return sync_detailed(
        relationship_id=relationship_id,
        client=client,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[AccessAssignment]]:
    """Get access assignments of a delegated admin relationship

     Gets the list of access assignments on the given relationship. Only the access assignments
    associated with the configured security group are returned. The page shows no roles line.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-delegated-admin-
    relationships-parameter-access-assignments.md

    Args:
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[AccessAssignment]]
    """

    kwargs = _get_kwargs(
        relationship_id=relationship_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[AccessAssignment] | None:
    """Get access assignments of a delegated admin relationship

     Gets the list of access assignments on the given relationship. Only the access assignments
    associated with the configured security group are returned. The page shows no roles line.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-delegated-admin-
    relationships-parameter-access-assignments.md

    Args:
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[AccessAssignment]
    """

    return (
        await asyncio_detailed(
            relationship_id=relationship_id,
            client=client,
            provider_instance_id=provider_instance_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
