from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reseller_id: UUID,
    provider_instance_id: UUID,
    *,
    body: list[str],
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/Resellers/{reseller_id}/secondary-mpn-ids/{provider_instance_id}".format(
            reseller_id=quote(str(reseller_id), safe=""),
            provider_instance_id=quote(str(provider_instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reseller_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Reseller secondary mpnIds

     Updates the reseller's list of secondary mpn ids. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp.
    The body is a bare JSON array of strings (Required). The success label is "OK" with no body drawn;
    its number is not printed (200 is used). The only copy is cut inside the 400 body: later statuses
    are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    secondary-mpn-ids-parameter

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        reseller_id=reseller_id,
        provider_instance_id=provider_instance_id,
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
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Reseller secondary mpnIds

     Updates the reseller's list of secondary mpn ids. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp.
    The body is a bare JSON array of strings (Required). The success label is "OK" with no body drawn;
    its number is not printed (200 is used). The only copy is cut inside the 400 body: later statuses
    are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    secondary-mpn-ids-parameter

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        reseller_id=reseller_id,
        provider_instance_id=provider_instance_id,
        client=client,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    reseller_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Reseller secondary mpnIds

     Updates the reseller's list of secondary mpn ids. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp.
    The body is a bare JSON array of strings (Required). The success label is "OK" with no body drawn;
    its number is not printed (200 is used). The only copy is cut inside the 400 body: later statuses
    are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    secondary-mpn-ids-parameter

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        reseller_id=reseller_id,
        provider_instance_id=provider_instance_id,
        body=body,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reseller_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Reseller secondary mpnIds

     Updates the reseller's list of secondary mpn ids. Since this resource is specific to the
    Microsoft provider, this request is only valid for provider customers that belong to a Microsoft
    tenant/provider. Available to the roles: csp.
    The body is a bare JSON array of strings (Required). The success label is "OK" with no body drawn;
    its number is not printed (200 is used). The only copy is cut inside the 400 body: later statuses
    are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    secondary-mpn-ids-parameter

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            reseller_id=reseller_id,
            provider_instance_id=provider_instance_id,
            client=client,
            body=body,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
