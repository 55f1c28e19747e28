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
        "method": "post",
        "url": "/v1/Customers/{customer_id}/delegated-admin-relationships/{relationship_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            relationship_id=quote(str(relationship_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if 200 <= response.status_code <= 299:
        response_2xx = cast(Any, None)
        return response_2xx

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
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Terminate a delegated admin relationship

     Available to the roles: csp. The page has no description, no request body and lists no
    responses (two stored HTML copies, no .md), so the success status is not documented: any 2xx is
    taken as done, with no body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    delegated-admin-relationships-parameter

    Args:
        customer_id (UUID):
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
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
    customer_id: UUID,
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Terminate a delegated admin relationship

     Available to the roles: csp. The page has no description, no request body and lists no
    responses (two stored HTML copies, no .md), so the success status is not documented: any 2xx is
    taken as done, with no body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    delegated-admin-relationships-parameter

    Args:
        customer_id (UUID):
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        relationship_id=relationship_id,
        client=client,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Terminate a delegated admin relationship

     Available to the roles: csp. The page has no description, no request body and lists no
    responses (two stored HTML copies, no .md), so the success status is not documented: any 2xx is
    taken as done, with no body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    delegated-admin-relationships-parameter

    Args:
        customer_id (UUID):
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        relationship_id=relationship_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Terminate a delegated admin relationship

     Available to the roles: csp. The page has no description, no request body and lists no
    responses (two stored HTML copies, no .md), so the success status is not documented: any 2xx is
    taken as done, with no body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-
    delegated-admin-relationships-parameter

    Args:
        customer_id (UUID):
        relationship_id (str):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            relationship_id=relationship_id,
            client=client,
            provider_instance_id=provider_instance_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
