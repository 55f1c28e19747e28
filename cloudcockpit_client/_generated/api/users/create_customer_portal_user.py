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
    customer_id: UUID,
    *,
    body: User,
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
        "method": "post",
        "url": "/v1/customer/{customer_id}/users".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: User,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | str]:
    """Create a Customer User

     Creates a new User with the provided UserViewModel. The page shows no roles line. Its copies show
    200 and 201 with the example `string` (the reseller variant's .md types the same answer as
    string(uuid)), 400 and a 404 example; 401, 403 and 500 are not visible.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customer-parameter-users

    Args:
        customer_id (UUID):
        reseller_id (UUID | Unset):
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
        customer_id=customer_id,
        body=body,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: User,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | str | None:
    """Create a Customer User

     Creates a new User with the provided UserViewModel. The page shows no roles line. Its copies show
    200 and 201 with the example `string` (the reseller variant's .md types the same answer as
    string(uuid)), 400 and a 404 example; 401, 403 and 500 are not visible.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customer-parameter-users

    Args:
        customer_id (UUID):
        reseller_id (UUID | Unset):
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
        customer_id=customer_id,
        client=client,
        body=body,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: User,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | str]:
    """Create a Customer User

     Creates a new User with the provided UserViewModel. The page shows no roles line. Its copies show
    200 and 201 with the example `string` (the reseller variant's .md types the same answer as
    string(uuid)), 400 and a 404 example; 401, 403 and 500 are not visible.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customer-parameter-users

    Args:
        customer_id (UUID):
        reseller_id (UUID | Unset):
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
        customer_id=customer_id,
        body=body,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: User,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | str | None:
    """Create a Customer User

     Creates a new User with the provided UserViewModel. The page shows no roles line. Its copies show
    200 and 201 with the example `string` (the reseller variant's .md types the same answer as
    string(uuid)), 400 and a 404 example; 401, 403 and 500 are not visible.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customer-parameter-users

    Args:
        customer_id (UUID):
        reseller_id (UUID | Unset):
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
            customer_id=customer_id,
            client=client,
            body=body,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
