from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mca import Mca
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    provider_instance_id: UUID,
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
        "url": "/v1/Customers/{customer_id}/provider-instances/{provider_instance_id}/mca".format(
            customer_id=quote(str(customer_id), safe=""),
            provider_instance_id=quote(str(provider_instance_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Mca:
    if response.status_code == 200:
        response_200 = Mca.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | Mca]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Mca]:
    """Get customer MCA

     Gets the Microsoft Customer Agreement (MCA) information for the customer in the given provider
    instance. This request only applies to Microsoft provider instances. Available to the roles: csp,
    reseller. The stored pages are cut inside status (its fields are not documented and are kept as
    they come); statuses after 200 are not documented here.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-parameter-
    provider-instances-parameter-mca.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Mca]
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
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Mca | None:
    """Get customer MCA

     Gets the Microsoft Customer Agreement (MCA) information for the customer in the given provider
    instance. This request only applies to Microsoft provider instances. Available to the roles: csp,
    reseller. The stored pages are cut inside status (its fields are not documented and are kept as
    they come); statuses after 200 are not documented here.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-parameter-
    provider-instances-parameter-mca.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Mca
    """

    return sync_detailed(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        client=client,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Mca]:
    """Get customer MCA

     Gets the Microsoft Customer Agreement (MCA) information for the customer in the given provider
    instance. This request only applies to Microsoft provider instances. Available to the roles: csp,
    reseller. The stored pages are cut inside status (its fields are not documented and are kept as
    they come); statuses after 200 are not documented here.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-parameter-
    provider-instances-parameter-mca.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Mca]
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
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Mca | None:
    """Get customer MCA

     Gets the Microsoft Customer Agreement (MCA) information for the customer in the given provider
    instance. This request only applies to Microsoft provider instances. Available to the roles: csp,
    reseller. The stored pages are cut inside status (its fields are not documented and are kept as
    they come); statuses after 200 are not documented here.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-parameter-
    provider-instances-parameter-mca.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Mca
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            provider_instance_id=provider_instance_id,
            client=client,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
