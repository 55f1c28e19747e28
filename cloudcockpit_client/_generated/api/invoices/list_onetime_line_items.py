from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.onetime_line_item_page import OnetimeLineItemPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    page_size: int,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    if not isinstance(x_continuation_token, Unset):
        headers["X-ContinuationToken"] = x_continuation_token

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Invoices/{id}/onetime-lineitems".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | OnetimeLineItemPage:
    if response.status_code == 200:
        response_200 = OnetimeLineItemPage.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | OnetimeLineItemPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | OnetimeLineItemPage]:
    """Gets all the invoice one time line items of an invoice, using pagination.

     Returns a subset of the invoice one time line items of an invoice on each request. Pass the
    continuation token in the headers to obtain the remaining items. Available to the roles: csp.
    The page prints its first header (the continuation token: "This header should not be set when the
    first page is desired...") without a name or type; it is declared as X-ContinuationToken, the name
    the sibling page GET /v1/Invoices/{id}/usage-lineitems (row 58) prints in its .md for the same text.
    The copies are cut inside the items, before continuationToken: the envelope {items,
    continuationToken} is row 58's. pageSize is marked Required on this page (1-2000; no default is
    printed). No status after 200 is visible in any copy: 401 and 403 are declared as on every
    operation, and any other status is read as the API's error object. Only the first six item fields
    are shown (see OnetimeLineItem).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices-parameter-onetime-
    lineitems

    Args:
        id (UUID):
        page_size (int):
        x_tenant (str):
        x_correlation_id (str | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | OnetimeLineItemPage]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
        x_continuation_token=x_continuation_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Any | ErrorResponse | OnetimeLineItemPage | None:
    """Gets all the invoice one time line items of an invoice, using pagination.

     Returns a subset of the invoice one time line items of an invoice on each request. Pass the
    continuation token in the headers to obtain the remaining items. Available to the roles: csp.
    The page prints its first header (the continuation token: "This header should not be set when the
    first page is desired...") without a name or type; it is declared as X-ContinuationToken, the name
    the sibling page GET /v1/Invoices/{id}/usage-lineitems (row 58) prints in its .md for the same text.
    The copies are cut inside the items, before continuationToken: the envelope {items,
    continuationToken} is row 58's. pageSize is marked Required on this page (1-2000; no default is
    printed). No status after 200 is visible in any copy: 401 and 403 are declared as on every
    operation, and any other status is read as the API's error object. Only the first six item fields
    are shown (see OnetimeLineItem).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices-parameter-onetime-
    lineitems

    Args:
        id (UUID):
        page_size (int):
        x_tenant (str):
        x_correlation_id (str | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | OnetimeLineItemPage
    """

    return sync_detailed(
        id=id,
        client=client,
        page_size=page_size,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
        x_continuation_token=x_continuation_token,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | OnetimeLineItemPage]:
    """Gets all the invoice one time line items of an invoice, using pagination.

     Returns a subset of the invoice one time line items of an invoice on each request. Pass the
    continuation token in the headers to obtain the remaining items. Available to the roles: csp.
    The page prints its first header (the continuation token: "This header should not be set when the
    first page is desired...") without a name or type; it is declared as X-ContinuationToken, the name
    the sibling page GET /v1/Invoices/{id}/usage-lineitems (row 58) prints in its .md for the same text.
    The copies are cut inside the items, before continuationToken: the envelope {items,
    continuationToken} is row 58's. pageSize is marked Required on this page (1-2000; no default is
    printed). No status after 200 is visible in any copy: 401 and 403 are declared as on every
    operation, and any other status is read as the API's error object. Only the first six item fields
    are shown (see OnetimeLineItem).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices-parameter-onetime-
    lineitems

    Args:
        id (UUID):
        page_size (int):
        x_tenant (str):
        x_correlation_id (str | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | OnetimeLineItemPage]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
        x_continuation_token=x_continuation_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Any | ErrorResponse | OnetimeLineItemPage | None:
    """Gets all the invoice one time line items of an invoice, using pagination.

     Returns a subset of the invoice one time line items of an invoice on each request. Pass the
    continuation token in the headers to obtain the remaining items. Available to the roles: csp.
    The page prints its first header (the continuation token: "This header should not be set when the
    first page is desired...") without a name or type; it is declared as X-ContinuationToken, the name
    the sibling page GET /v1/Invoices/{id}/usage-lineitems (row 58) prints in its .md for the same text.
    The copies are cut inside the items, before continuationToken: the envelope {items,
    continuationToken} is row 58's. pageSize is marked Required on this page (1-2000; no default is
    printed). No status after 200 is visible in any copy: 401 and 403 are declared as on every
    operation, and any other status is read as the API's error object. Only the first six item fields
    are shown (see OnetimeLineItem).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices-parameter-onetime-
    lineitems

    Args:
        id (UUID):
        page_size (int):
        x_tenant (str):
        x_correlation_id (str | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | OnetimeLineItemPage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page_size=page_size,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
            x_continuation_token=x_continuation_token,
        )
    ).parsed
