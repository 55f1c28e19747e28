from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user import User
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reseller_id: UUID,
    *,
    body: User,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reseller/{reseller_id}/users".format(
            reseller_id=quote(str(reseller_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | str:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    if response.status_code == 201:
        response_201 = cast(str, response.json())
        return response_201

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
) -> Response[Any | ErrorResponse | str]:
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
    body: User,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | str]:
    """Create a Reseller User

     Creates a new User with the provided UserViewModel. Available to the roles: csp, reseller. The
    .md is cut inside the 500 body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-reseller-parameter-users.md

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (User): View model that represents a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | str]
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
    body: User,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | str | None:
    """Create a Reseller User

     Creates a new User with the provided UserViewModel. Available to the roles: csp, reseller. The
    .md is cut inside the 500 body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-reseller-parameter-users.md

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (User): View model that represents a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | str
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
    body: User,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | str]:
    """Create a Reseller User

     Creates a new User with the provided UserViewModel. Available to the roles: csp, reseller. The
    .md is cut inside the 500 body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-reseller-parameter-users.md

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (User): View model that represents a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | str]
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
    body: User,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | str | None:
    """Create a Reseller User

     Creates a new User with the provided UserViewModel. Available to the roles: csp, reseller. The
    .md is cut inside the 500 body.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-reseller-parameter-users.md

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (User): View model that represents a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | str
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
