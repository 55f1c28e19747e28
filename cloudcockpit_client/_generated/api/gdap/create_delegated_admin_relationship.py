from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_delegated_admin_relationship_request import (
    CreateDelegatedAdminRelationshipRequest,
)
from ...models.created_delegated_admin_relationship import (
    CreatedDelegatedAdminRelationship,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateDelegatedAdminRelationshipRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Customers/delegated-admin-relationships",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatedDelegatedAdminRelationship | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreatedDelegatedAdminRelationship.from_dict(response.json())

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
) -> Response[Any | CreatedDelegatedAdminRelationship | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDelegatedAdminRelationshipRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CreatedDelegatedAdminRelationship | ErrorResponse]:
    """Create a delegated admin relationship

     Create a delegated admin relationship. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller.

    The path follows the newest render (the .md page): POST /v1/Customers/delegated-admin-relationships,
    with no customerId. Older HTML copies show /v1/Customers/{customerId}/delegated-admin-relationships
    with customerId described as "Optional only needed if you want to associate with a customer".
    The stored copies are cut inside the 200 body after endDateTime and show no error statuses.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-delegated-admin-
    relationships.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateDelegatedAdminRelationshipRequest): The relationship to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedDelegatedAdminRelationship | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDelegatedAdminRelationshipRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CreatedDelegatedAdminRelationship | ErrorResponse | None:
    """Create a delegated admin relationship

     Create a delegated admin relationship. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller.

    The path follows the newest render (the .md page): POST /v1/Customers/delegated-admin-relationships,
    with no customerId. Older HTML copies show /v1/Customers/{customerId}/delegated-admin-relationships
    with customerId described as "Optional only needed if you want to associate with a customer".
    The stored copies are cut inside the 200 body after endDateTime and show no error statuses.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-delegated-admin-
    relationships.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateDelegatedAdminRelationshipRequest): The relationship to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedDelegatedAdminRelationship | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDelegatedAdminRelationshipRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | CreatedDelegatedAdminRelationship | ErrorResponse]:
    """Create a delegated admin relationship

     Create a delegated admin relationship. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller.

    The path follows the newest render (the .md page): POST /v1/Customers/delegated-admin-relationships,
    with no customerId. Older HTML copies show /v1/Customers/{customerId}/delegated-admin-relationships
    with customerId described as "Optional only needed if you want to associate with a customer".
    The stored copies are cut inside the 200 body after endDateTime and show no error statuses.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-delegated-admin-
    relationships.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateDelegatedAdminRelationshipRequest): The relationship to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedDelegatedAdminRelationship | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDelegatedAdminRelationshipRequest,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | CreatedDelegatedAdminRelationship | ErrorResponse | None:
    """Create a delegated admin relationship

     Create a delegated admin relationship. Since this resource is specific to the Microsoft
    provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp, reseller.

    The path follows the newest render (the .md page): POST /v1/Customers/delegated-admin-relationships,
    with no customerId. Older HTML copies show /v1/Customers/{customerId}/delegated-admin-relationships
    with customerId described as "Optional only needed if you want to associate with a customer".
    The stored copies are cut inside the 200 body after endDateTime and show no error statuses.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-delegated-admin-
    relationships.md

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (CreateDelegatedAdminRelationshipRequest): The relationship to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedDelegatedAdminRelationship | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
