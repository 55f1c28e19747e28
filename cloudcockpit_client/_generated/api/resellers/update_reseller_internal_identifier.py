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
    *,
    body: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/Resellers/{reseller_id}/internal-identifier".format(
            reseller_id=quote(str(reseller_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    body: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Reseller internal identifier

     Updates the specified reseller internal identifier. Available to the roles: csp.
    The body is a bare JSON string, not marked Required; its 255-character limit is in prose only.
    The status numbers are not printed (the labels No Content, Bad Request, Unauthorized, Forbidden
    and Not Found are read as 204, 400, 401, 403, 404). The only copy is cut inside the 404 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    internal-identifier

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (str):

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
    body: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Reseller internal identifier

     Updates the specified reseller internal identifier. Available to the roles: csp.
    The body is a bare JSON string, not marked Required; its 255-character limit is in prose only.
    The status numbers are not printed (the labels No Content, Bad Request, Unauthorized, Forbidden
    and Not Found are read as 204, 400, 401, 403, 404). The only copy is cut inside the 404 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    internal-identifier

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (str):

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
    body: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a Reseller internal identifier

     Updates the specified reseller internal identifier. Available to the roles: csp.
    The body is a bare JSON string, not marked Required; its 255-character limit is in prose only.
    The status numbers are not printed (the labels No Content, Bad Request, Unauthorized, Forbidden
    and Not Found are read as 204, 400, 401, 403, 404). The only copy is cut inside the 404 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    internal-identifier

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (str):

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
    body: str,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a Reseller internal identifier

     Updates the specified reseller internal identifier. Available to the roles: csp.
    The body is a bare JSON string, not marked Required; its 255-character limit is in prose only.
    The status numbers are not printed (the labels No Content, Bad Request, Unauthorized, Forbidden
    and Not Found are read as 204, 400, 401, 403, 404). The only copy is cut inside the 404 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-
    internal-identifier

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (str):

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
