from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reseller import Reseller
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reseller_id: UUID,
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
        "url": "/v1/Resellers/{reseller_id}".format(
            reseller_id=quote(str(reseller_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Reseller:
    if response.status_code == 200:
        response_200 = Reseller.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | Reseller]:
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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Reseller]:
    """Retrieve a reseller

     Retrieves a Reseller with the specified GUID identifier. Available to the roles: csp, reseller.
    The success label is "OK" in the newest copy and "Success" in the older ones; its number is not
    printed (200 is used). Every copy is cut inside the body (the furthest at phone): the fields after
    phone are those the list page draws for the same view model. Later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-parameter

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Reseller]
    """

    kwargs = _get_kwargs(
        reseller_id=reseller_id,
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
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Reseller | None:
    """Retrieve a reseller

     Retrieves a Reseller with the specified GUID identifier. Available to the roles: csp, reseller.
    The success label is "OK" in the newest copy and "Success" in the older ones; its number is not
    printed (200 is used). Every copy is cut inside the body (the furthest at phone): the fields after
    phone are those the list page draws for the same view model. Later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-parameter

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Reseller
    """

    return sync_detailed(
        reseller_id=reseller_id,
        client=client,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    reseller_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Reseller]:
    """Retrieve a reseller

     Retrieves a Reseller with the specified GUID identifier. Available to the roles: csp, reseller.
    The success label is "OK" in the newest copy and "Success" in the older ones; its number is not
    printed (200 is used). Every copy is cut inside the body (the furthest at phone): the fields after
    phone are those the list page draws for the same view model. Later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-parameter

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Reseller]
    """

    kwargs = _get_kwargs(
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reseller_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Reseller | None:
    """Retrieve a reseller

     Retrieves a Reseller with the specified GUID identifier. Available to the roles: csp, reseller.
    The success label is "OK" in the newest copy and "Success" in the older ones; its number is not
    printed (200 is used). Every copy is cut inside the body (the furthest at phone): the fields after
    phone are those the list page draws for the same view model. Later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-resellers-parameter

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Reseller
    """

    return (
        await asyncio_detailed(
            reseller_id=reseller_id,
            client=client,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
