from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    email: str,
    *,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/users/{email}".format(
            email=quote(str(email), safe=""),
        ),
        "params": params,
    }

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
    email: str,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete a User

     Deletes the specified User. This request only soft-deletes the user, so it will still exists
    after this request but, will be hidden. The page shows no roles line and is cut inside the 404
    body.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-users-parameter

    Args:
        email (str):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email=email,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email: str,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete a User

     Deletes the specified User. This request only soft-deletes the user, so it will still exists
    after this request but, will be hidden. The page shows no roles line and is cut inside the 404
    body.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-users-parameter

    Args:
        email (str):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        email=email,
        client=client,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    email: str,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete a User

     Deletes the specified User. This request only soft-deletes the user, so it will still exists
    after this request but, will be hidden. The page shows no roles line and is cut inside the 404
    body.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-users-parameter

    Args:
        email (str):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email=email,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email: str,
    *,
    client: AuthenticatedClient | Client,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete a User

     Deletes the specified User. This request only soft-deletes the user, so it will still exists
    after this request but, will be hidden. The page shows no roles line and is cut inside the 404
    body.
    Source: https://developer.cloudcockpit.com/customer/operation/operation-delete-v1-users-parameter

    Args:
        email (str):
        reseller_id (UUID | Unset):
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
            email=email,
            client=client,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
