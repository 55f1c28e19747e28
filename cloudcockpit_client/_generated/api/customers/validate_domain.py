from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tenant_id: str,
    domain: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    params["tenantId"] = tenant_id

    params["domain"] = domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers/validations/domain",
        "params": params,
    }

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

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
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str,
    domain: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | bool]:
    """Validate a customer Microsoft domain

     Checks if the provided Microsoft domain is valid (does not exist already in Microsoft) to create a
    new Microsoft customer. This request is only valid when using a Microsoft tenant/provider.
    Available to the roles: csp, reseller.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-validations-
    domain.md

    Args:
        tenant_id (str):
        domain (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | bool]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        domain=domain,
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
    tenant_id: str,
    domain: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | bool | None:
    """Validate a customer Microsoft domain

     Checks if the provided Microsoft domain is valid (does not exist already in Microsoft) to create a
    new Microsoft customer. This request is only valid when using a Microsoft tenant/provider.
    Available to the roles: csp, reseller.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-validations-
    domain.md

    Args:
        tenant_id (str):
        domain (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | bool
    """

    return sync_detailed(
        client=client,
        tenant_id=tenant_id,
        domain=domain,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str,
    domain: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | bool]:
    """Validate a customer Microsoft domain

     Checks if the provided Microsoft domain is valid (does not exist already in Microsoft) to create a
    new Microsoft customer. This request is only valid when using a Microsoft tenant/provider.
    Available to the roles: csp, reseller.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-validations-
    domain.md

    Args:
        tenant_id (str):
        domain (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | bool]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        domain=domain,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str,
    domain: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | bool | None:
    """Validate a customer Microsoft domain

     Checks if the provided Microsoft domain is valid (does not exist already in Microsoft) to create a
    new Microsoft customer. This request is only valid when using a Microsoft tenant/provider.
    Available to the roles: csp, reseller.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-customers-validations-
    domain.md

    Args:
        tenant_id (str):
        domain (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | bool
    """

    return (
        await asyncio_detailed(
            client=client,
            tenant_id=tenant_id,
            domain=domain,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
