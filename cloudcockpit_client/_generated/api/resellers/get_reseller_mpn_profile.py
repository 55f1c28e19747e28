from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mpn_profile import MpnProfile
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tenant_id: str,
    mpn_id: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    params["tenantId"] = tenant_id

    params["mpnId"] = mpn_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Resellers/mpn-profile",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | MpnProfile:
    if response.status_code == 200:
        response_200 = MpnProfile.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | MpnProfile]:
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
    mpn_id: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | MpnProfile]:
    """Retrieve a Reseller mpn profile

     Gets the mpn profile for a microsoft reseller based on its mpn id. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp.
    The success label is "Success"; its number is not printed (200 is used). Both copies are cut after
    the success body (printed once per media type): later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-mpn-profile

    Args:
        tenant_id (str):
        mpn_id (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MpnProfile]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        mpn_id=mpn_id,
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
    mpn_id: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | MpnProfile | None:
    """Retrieve a Reseller mpn profile

     Gets the mpn profile for a microsoft reseller based on its mpn id. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp.
    The success label is "Success"; its number is not printed (200 is used). Both copies are cut after
    the success body (printed once per media type): later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-mpn-profile

    Args:
        tenant_id (str):
        mpn_id (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MpnProfile
    """

    return sync_detailed(
        client=client,
        tenant_id=tenant_id,
        mpn_id=mpn_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str,
    mpn_id: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | MpnProfile]:
    """Retrieve a Reseller mpn profile

     Gets the mpn profile for a microsoft reseller based on its mpn id. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp.
    The success label is "Success"; its number is not printed (200 is used). Both copies are cut after
    the success body (printed once per media type): later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-mpn-profile

    Args:
        tenant_id (str):
        mpn_id (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MpnProfile]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        mpn_id=mpn_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: str,
    mpn_id: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | MpnProfile | None:
    """Retrieve a Reseller mpn profile

     Gets the mpn profile for a microsoft reseller based on its mpn id. This request is only valid when
    using a Microsoft tenant/provider. Available to the roles: csp.
    The success label is "Success"; its number is not printed (200 is used). Both copies are cut after
    the success body (printed once per media type): later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-mpn-profile

    Args:
        tenant_id (str):
        mpn_id (str):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MpnProfile
    """

    return (
        await asyncio_detailed(
            client=client,
            tenant_id=tenant_id,
            mpn_id=mpn_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
