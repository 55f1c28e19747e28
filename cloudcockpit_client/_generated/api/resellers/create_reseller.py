from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reseller import Reseller
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Reseller | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Resellers",
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
        response_2xx = response.json()
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
    *,
    client: AuthenticatedClient | Client,
    body: Reseller | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Create a Reseller

     Creates a new Reseller with the provided ResellerViewModel. Available to the roles: csp.
    The body is the Reseller view model (one copy describes it as "View model that represents a
    reseller."). The body is not marked Required. Every stored copy is cut before the responses
    (the furthest inside the curl sample), so the success status and body are not documented: any 2xx
    is success, and its JSON body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Reseller | Unset): View model that represents a reseller. Not the Customer: zipCode
            (not zip), no middleName, and
            providerResellers. The pages are cut: the list page after providerResellers' first entry
            fields,
            the create page after customDomain (seen only there); unknown fields are kept. The lengths
            are in
            the docs' prose only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: Reseller | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Create a Reseller

     Creates a new Reseller with the provided ResellerViewModel. Available to the roles: csp.
    The body is the Reseller view model (one copy describes it as "View model that represents a
    reseller."). The body is not marked Required. Every stored copy is cut before the responses
    (the furthest inside the curl sample), so the success status and body are not documented: any 2xx
    is success, and its JSON body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Reseller | Unset): View model that represents a reseller. Not the Customer: zipCode
            (not zip), no middleName, and
            providerResellers. The pages are cut: the list page after providerResellers' first entry
            fields,
            the create page after customDomain (seen only there); unknown fields are kept. The lengths
            are in
            the docs' prose only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: Reseller | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Create a Reseller

     Creates a new Reseller with the provided ResellerViewModel. Available to the roles: csp.
    The body is the Reseller view model (one copy describes it as "View model that represents a
    reseller."). The body is not marked Required. Every stored copy is cut before the responses
    (the furthest inside the curl sample), so the success status and body are not documented: any 2xx
    is success, and its JSON body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Reseller | Unset): View model that represents a reseller. Not the Customer: zipCode
            (not zip), no middleName, and
            providerResellers. The pages are cut: the list page after providerResellers' first entry
            fields,
            the create page after customDomain (seen only there); unknown fields are kept. The lengths
            are in
            the docs' prose only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: Reseller | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Create a Reseller

     Creates a new Reseller with the provided ResellerViewModel. Available to the roles: csp.
    The body is the Reseller view model (one copy describes it as "View model that represents a
    reseller."). The body is not marked Required. Every stored copy is cut before the responses
    (the furthest inside the curl sample), so the success status and body are not documented: any 2xx
    is success, and its JSON body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers

    Args:
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (Reseller | Unset): View model that represents a reseller. Not the Customer: zipCode
            (not zip), no middleName, and
            providerResellers. The pages are cut: the list page after providerResellers' first entry
            fields,
            the create page after customDomain (seen only there); unknown fields are kept. The lengths
            are in
            the docs' prose only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
