from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_reseller_margins_request import UpdateResellerMarginsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reseller_id: UUID,
    provider_instance_id: UUID,
    *,
    body: UpdateResellerMarginsRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/Resellers/{reseller_id}/margins/{provider_instance_id}".format(
            reseller_id=quote(str(reseller_id), safe=""),
            provider_instance_id=quote(str(provider_instance_id), safe=""),
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
    body: UpdateResellerMarginsRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Updates a Reseller margins

     Updates the specified reseller margins. Available to the roles: csp.
    The body's field is priceMargin (the customer counterpart's is margin), and it repeats the path's
    providerInstanceId: both are declared, so the path one is the facade's
    path_provider_instance_id. The HTML marks providerInstanceId and priceMargin Required but not the
    body itself. Neither copy expands priceMargin or offerTypeMargins: they are the Margin and
    OfferTypeMargins documented on the other margin pages (the same description; the list-resellers
    page draws priceMargin as marginRule plus the 0-999 value). The .md is cut inside the 400 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-margins-
    parameter.md

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerMarginsRequest | Unset): The reseller's new margins on one provider
            instance (the field is priceMargin, not margin).

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
    body: UpdateResellerMarginsRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Updates a Reseller margins

     Updates the specified reseller margins. Available to the roles: csp.
    The body's field is priceMargin (the customer counterpart's is margin), and it repeats the path's
    providerInstanceId: both are declared, so the path one is the facade's
    path_provider_instance_id. The HTML marks providerInstanceId and priceMargin Required but not the
    body itself. Neither copy expands priceMargin or offerTypeMargins: they are the Margin and
    OfferTypeMargins documented on the other margin pages (the same description; the list-resellers
    page draws priceMargin as marginRule plus the 0-999 value). The .md is cut inside the 400 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-margins-
    parameter.md

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerMarginsRequest | Unset): The reseller's new margins on one provider
            instance (the field is priceMargin, not margin).

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
    body: UpdateResellerMarginsRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Updates a Reseller margins

     Updates the specified reseller margins. Available to the roles: csp.
    The body's field is priceMargin (the customer counterpart's is margin), and it repeats the path's
    providerInstanceId: both are declared, so the path one is the facade's
    path_provider_instance_id. The HTML marks providerInstanceId and priceMargin Required but not the
    body itself. Neither copy expands priceMargin or offerTypeMargins: they are the Margin and
    OfferTypeMargins documented on the other margin pages (the same description; the list-resellers
    page draws priceMargin as marginRule plus the 0-999 value). The .md is cut inside the 400 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-margins-
    parameter.md

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerMarginsRequest | Unset): The reseller's new margins on one provider
            instance (the field is priceMargin, not margin).

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
    body: UpdateResellerMarginsRequest | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Updates a Reseller margins

     Updates the specified reseller margins. Available to the roles: csp.
    The body's field is priceMargin (the customer counterpart's is margin), and it repeats the path's
    providerInstanceId: both are declared, so the path one is the facade's
    path_provider_instance_id. The HTML marks providerInstanceId and priceMargin Required but not the
    body itself. Neither copy expands priceMargin or offerTypeMargins: they are the Margin and
    OfferTypeMargins documented on the other margin pages (the same description; the list-resellers
    page draws priceMargin as marginRule plus the 0-999 value). The .md is cut inside the 400 body:
    later statuses are not shown.
    Source: https://developer.cloudcockpit.com/operation/operation-patch-v1-resellers-parameter-margins-
    parameter.md

    Args:
        reseller_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):
        body (UpdateResellerMarginsRequest | Unset): The reseller's new margins on one provider
            instance (the field is priceMargin, not margin).

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
