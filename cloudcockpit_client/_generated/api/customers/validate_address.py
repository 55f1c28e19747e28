from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tenant_id: str,
    address_line_1: str,
    address_line_2: str | Unset = UNSET,
    city: str,
    state: str,
    zip_code: str,
    country: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    params["tenantId"] = tenant_id

    params["addressLine1"] = address_line_1

    params["addressLine2"] = address_line_2

    params["city"] = city

    params["state"] = state

    params["zipCode"] = zip_code

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Customers/validations/address",
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
    address_line_1: str,
    address_line_2: str | Unset = UNSET,
    city: str,
    state: str,
    zip_code: str,
    country: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | bool]:
    """Validate a customer address

     Checks if the provided address is valid to create a new customer. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp, reseller. No .md copy is stored;
    the HTML copies show the 200 example `true` (its type is not written out), 400 and 500, and no
    401 or 403.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-
    validations-address

    Args:
        tenant_id (str):
        address_line_1 (str):
        address_line_2 (str | Unset):
        city (str):
        state (str):
        zip_code (str):
        country (str):
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
        address_line_1=address_line_1,
        address_line_2=address_line_2,
        city=city,
        state=state,
        zip_code=zip_code,
        country=country,
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
    address_line_1: str,
    address_line_2: str | Unset = UNSET,
    city: str,
    state: str,
    zip_code: str,
    country: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | bool | None:
    """Validate a customer address

     Checks if the provided address is valid to create a new customer. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp, reseller. No .md copy is stored;
    the HTML copies show the 200 example `true` (its type is not written out), 400 and 500, and no
    401 or 403.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-
    validations-address

    Args:
        tenant_id (str):
        address_line_1 (str):
        address_line_2 (str | Unset):
        city (str):
        state (str):
        zip_code (str):
        country (str):
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
        address_line_1=address_line_1,
        address_line_2=address_line_2,
        city=city,
        state=state,
        zip_code=zip_code,
        country=country,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str,
    address_line_1: str,
    address_line_2: str | Unset = UNSET,
    city: str,
    state: str,
    zip_code: str,
    country: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | bool]:
    """Validate a customer address

     Checks if the provided address is valid to create a new customer. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp, reseller. No .md copy is stored;
    the HTML copies show the 200 example `true` (its type is not written out), 400 and 500, and no
    401 or 403.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-
    validations-address

    Args:
        tenant_id (str):
        address_line_1 (str):
        address_line_2 (str | Unset):
        city (str):
        state (str):
        zip_code (str):
        country (str):
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
        address_line_1=address_line_1,
        address_line_2=address_line_2,
        city=city,
        state=state,
        zip_code=zip_code,
        country=country,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str,
    address_line_1: str,
    address_line_2: str | Unset = UNSET,
    city: str,
    state: str,
    zip_code: str,
    country: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | bool | None:
    """Validate a customer address

     Checks if the provided address is valid to create a new customer. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp, reseller. No .md copy is stored;
    the HTML copies show the 200 example `true` (its type is not written out), 400 and 500, and no
    401 or 403.
    Source: https://developer.cloudcockpit.com/reseller/operation/operation-get-v1-customers-
    validations-address

    Args:
        tenant_id (str):
        address_line_1 (str):
        address_line_2 (str | Unset):
        city (str):
        state (str):
        zip_code (str):
        country (str):
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
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            state=state,
            zip_code=zip_code,
            country=country,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
