from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.add_reseller_provider_instance_request import (
    AddResellerProviderInstanceRequest,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reseller_id: UUID,
    *,
    body: AddResellerProviderInstanceRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Resellers/{reseller_id}/provider-instances".format(
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
    reseller_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddResellerProviderInstanceRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Add a provider instance to the given reseller.

     When creating the provider reseller, we validate that the reseller's company address country is
    supported on all its provider instances plus the newly added provider instance. If not
    supported, then the creation attempt will fail. Available to the roles: csp.
    The path parameter's name and type are not printed (only "The reseller id."): resellerId is the
    path template's name, and string(uuid) the type every sibling page gives it. The body (a
    ProviderResellerViewModel) is not marked Required; the copies are cut inside offerTypeMargins, so
    priceMargin's name comes from the body description, its Required mark is not shown, and
    providerResellerId and resellerProviderData are named only by the body description (their types
    are not drawn, so they are sent as given). No response is shown: any 2xx is success, and its JSON
    body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers-parameter-provider-
    instances

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (AddResellerProviderInstanceRequest | Unset): The ProviderResellerViewModel to add.
            The copies are cut inside offerTypeMargins:
            providerResellerId and resellerProviderData are named only by the body description
            (PascalCase
            there; the camelCase JSON names follow providerInstanceId's), with no type drawn.

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
    body: AddResellerProviderInstanceRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Add a provider instance to the given reseller.

     When creating the provider reseller, we validate that the reseller's company address country is
    supported on all its provider instances plus the newly added provider instance. If not
    supported, then the creation attempt will fail. Available to the roles: csp.
    The path parameter's name and type are not printed (only "The reseller id."): resellerId is the
    path template's name, and string(uuid) the type every sibling page gives it. The body (a
    ProviderResellerViewModel) is not marked Required; the copies are cut inside offerTypeMargins, so
    priceMargin's name comes from the body description, its Required mark is not shown, and
    providerResellerId and resellerProviderData are named only by the body description (their types
    are not drawn, so they are sent as given). No response is shown: any 2xx is success, and its JSON
    body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers-parameter-provider-
    instances

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (AddResellerProviderInstanceRequest | Unset): The ProviderResellerViewModel to add.
            The copies are cut inside offerTypeMargins:
            providerResellerId and resellerProviderData are named only by the body description
            (PascalCase
            there; the camelCase JSON names follow providerInstanceId's), with no type drawn.

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
    body: AddResellerProviderInstanceRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Add a provider instance to the given reseller.

     When creating the provider reseller, we validate that the reseller's company address country is
    supported on all its provider instances plus the newly added provider instance. If not
    supported, then the creation attempt will fail. Available to the roles: csp.
    The path parameter's name and type are not printed (only "The reseller id."): resellerId is the
    path template's name, and string(uuid) the type every sibling page gives it. The body (a
    ProviderResellerViewModel) is not marked Required; the copies are cut inside offerTypeMargins, so
    priceMargin's name comes from the body description, its Required mark is not shown, and
    providerResellerId and resellerProviderData are named only by the body description (their types
    are not drawn, so they are sent as given). No response is shown: any 2xx is success, and its JSON
    body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers-parameter-provider-
    instances

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (AddResellerProviderInstanceRequest | Unset): The ProviderResellerViewModel to add.
            The copies are cut inside offerTypeMargins:
            providerResellerId and resellerProviderData are named only by the body description
            (PascalCase
            there; the camelCase JSON names follow providerInstanceId's), with no type drawn.

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
    body: AddResellerProviderInstanceRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Add a provider instance to the given reseller.

     When creating the provider reseller, we validate that the reseller's company address country is
    supported on all its provider instances plus the newly added provider instance. If not
    supported, then the creation attempt will fail. Available to the roles: csp.
    The path parameter's name and type are not printed (only "The reseller id."): resellerId is the
    path template's name, and string(uuid) the type every sibling page gives it. The body (a
    ProviderResellerViewModel) is not marked Required; the copies are cut inside offerTypeMargins, so
    priceMargin's name comes from the body description, its Required mark is not shown, and
    providerResellerId and resellerProviderData are named only by the body description (their types
    are not drawn, so they are sent as given). No response is shown: any 2xx is success, and its JSON
    body (if any) is returned as it comes.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-resellers-parameter-provider-
    instances

    Args:
        reseller_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (AddResellerProviderInstanceRequest | Unset): The ProviderResellerViewModel to add.
            The copies are cut inside offerTypeMargins:
            providerResellerId and resellerProviderData are named only by the body description
            (PascalCase
            there; the camelCase JSON names follow providerInstanceId's), with no type drawn.

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
