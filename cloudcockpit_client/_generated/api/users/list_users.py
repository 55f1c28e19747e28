from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_page import UserPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    groups: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["groups"] = groups

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UserPage:
    if response.status_code == 200:
        response_200 = UserPage.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | UserPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    groups: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | UserPage]:
    """List all Users

     Returns a list of your users. The users are returned sorted by the specified sortPropertyName.
    Available to the roles: csp, reseller. The docs print the path as GET /v1 (the curl sample too);
    it is written so. The page prints three more query parameters without their names (a search
    string; a sort property, Name or Email; an ascending flag): they are left out until their names
    are documented. The copies are cut after the 400 response.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        groups (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UserPage]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        groups=groups,
        reseller_id=reseller_id,
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
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    groups: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | UserPage | None:
    """List all Users

     Returns a list of your users. The users are returned sorted by the specified sortPropertyName.
    Available to the roles: csp, reseller. The docs print the path as GET /v1 (the curl sample too);
    it is written so. The page prints three more query parameters without their names (a search
    string; a sort property, Name or Email; an ascending flag): they are left out until their names
    are documented. The copies are cut after the 400 response.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        groups (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UserPage
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        groups=groups,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    groups: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | UserPage]:
    """List all Users

     Returns a list of your users. The users are returned sorted by the specified sortPropertyName.
    Available to the roles: csp, reseller. The docs print the path as GET /v1 (the curl sample too);
    it is written so. The page prints three more query parameters without their names (a search
    string; a sort property, Name or Email; an ascending flag): they are left out until their names
    are documented. The copies are cut after the 400 response.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        groups (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UserPage]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        groups=groups,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    groups: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | UserPage | None:
    """List all Users

     Returns a list of your users. The users are returned sorted by the specified sortPropertyName.
    Available to the roles: csp, reseller. The docs print the path as GET /v1 (the curl sample too);
    it is written so. The page prints three more query parameters without their names (a search
    string; a sort property, Name or Email; an ascending flag): they are left out until their names
    are documented. The copies are cut after the 400 response.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        groups (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UserPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            groups=groups,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
