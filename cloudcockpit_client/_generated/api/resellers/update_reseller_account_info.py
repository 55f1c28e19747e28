from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_reseller_account_info_request import (
    UpdateResellerAccountInfoRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reseller_id: UUID,
    *,
    body: UpdateResellerAccountInfoRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/Resellers/{reseller_id}/account-info".format(
            reseller_id=quote(str(reseller_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    reseller_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResellerAccountInfoRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Reseller account info

     Updates the specified reseller account info. Available to the roles: csp.
    The body is not marked Required. Both stored copies are cut inside the body at phone (the body
    starts at companyName: it has no id); later fields, if any, are not shown. The responses are not
    shown: any 2xx is success, with no body read.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-account-
    info

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerAccountInfoRequest | Unset): The reseller's account info (the Reseller
            fields from companyName, without id). Both copies are
            cut at phone: later fields, if any, are not shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        reseller_id=reseller_id,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reseller_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResellerAccountInfoRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Reseller account info

     Updates the specified reseller account info. Available to the roles: csp.
    The body is not marked Required. Both stored copies are cut inside the body at phone (the body
    starts at companyName: it has no id); later fields, if any, are not shown. The responses are not
    shown: any 2xx is success, with no body read.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-account-
    info

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerAccountInfoRequest | Unset): The reseller's account info (the Reseller
            fields from companyName, without id). Both copies are
            cut at phone: later fields, if any, are not shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        reseller_id=reseller_id,
        client=client,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    reseller_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResellerAccountInfoRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Reseller account info

     Updates the specified reseller account info. Available to the roles: csp.
    The body is not marked Required. Both stored copies are cut inside the body at phone (the body
    starts at companyName: it has no id); later fields, if any, are not shown. The responses are not
    shown: any 2xx is success, with no body read.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-account-
    info

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerAccountInfoRequest | Unset): The reseller's account info (the Reseller
            fields from companyName, without id). Both copies are
            cut at phone: later fields, if any, are not shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        reseller_id=reseller_id,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reseller_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResellerAccountInfoRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Reseller account info

     Updates the specified reseller account info. Available to the roles: csp.
    The body is not marked Required. Both stored copies are cut inside the body at phone (the body
    starts at companyName: it has no id); later fields, if any, are not shown. The responses are not
    shown: any 2xx is success, with no body read.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-account-
    info

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerAccountInfoRequest | Unset): The reseller's account info (the Reseller
            fields from companyName, without id). Both copies are
            cut at phone: later fields, if any, are not shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            reseller_id=reseller_id,
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
