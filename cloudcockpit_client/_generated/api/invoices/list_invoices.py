from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_page import InvoicePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider_instance_id: UUID,
    invoice_type: str,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    json_provider_instance_id = str(provider_instance_id)
    params["providerInstanceId"] = json_provider_instance_id

    params["invoiceType"] = invoice_type

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["ascendingOrder"] = ascending_order

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customerId"] = json_customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Invoices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | InvoicePage:
    if response.status_code == 200:
        response_200 = InvoicePage.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | InvoicePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    invoice_type: str,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | InvoicePage]:
    """Gets the invoices.

     Returns a list of invoices. The invoices are returned ordered by the "Timestamp" property and by the
    boolean value sent in the ascendingOrder parameter. The ascending order might be true or false. The
    page shows no roles line.
    Parameter names are the .md's; Required markers are the HTML copies' (the .md prints none). The HTML
    marks pageNumber and pageSize Required although their descriptions give defaults (1 and 25): the
    shared PageNumber/PageSize parameters (optional) are used, and the SDK's paginator always sends
    pageNumber. invoiceType is a plain string (values as printed, lower case). Only the 200 response is
    visible (every copy is cut in the page or in the first invoice's fields): 401 and 403 are declared
    as on every operation, and any other status is read as the API's error object. The invoice model is
    cut after its third field (see Invoice).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices.md

    Args:
        provider_instance_id (UUID):
        invoice_type (str):
        page_number (int | Unset):
        page_size (int | Unset):
        ascending_order (bool | Unset):
        reseller_id (UUID | Unset):
        customer_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | InvoicePage]
    """

    kwargs = _get_kwargs(
        provider_instance_id=provider_instance_id,
        invoice_type=invoice_type,
        page_number=page_number,
        page_size=page_size,
        ascending_order=ascending_order,
        reseller_id=reseller_id,
        customer_id=customer_id,
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
    provider_instance_id: UUID,
    invoice_type: str,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | InvoicePage | None:
    """Gets the invoices.

     Returns a list of invoices. The invoices are returned ordered by the "Timestamp" property and by the
    boolean value sent in the ascendingOrder parameter. The ascending order might be true or false. The
    page shows no roles line.
    Parameter names are the .md's; Required markers are the HTML copies' (the .md prints none). The HTML
    marks pageNumber and pageSize Required although their descriptions give defaults (1 and 25): the
    shared PageNumber/PageSize parameters (optional) are used, and the SDK's paginator always sends
    pageNumber. invoiceType is a plain string (values as printed, lower case). Only the 200 response is
    visible (every copy is cut in the page or in the first invoice's fields): 401 and 403 are declared
    as on every operation, and any other status is read as the API's error object. The invoice model is
    cut after its third field (see Invoice).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices.md

    Args:
        provider_instance_id (UUID):
        invoice_type (str):
        page_number (int | Unset):
        page_size (int | Unset):
        ascending_order (bool | Unset):
        reseller_id (UUID | Unset):
        customer_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | InvoicePage
    """

    return sync_detailed(
        client=client,
        provider_instance_id=provider_instance_id,
        invoice_type=invoice_type,
        page_number=page_number,
        page_size=page_size,
        ascending_order=ascending_order,
        reseller_id=reseller_id,
        customer_id=customer_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    invoice_type: str,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | InvoicePage]:
    """Gets the invoices.

     Returns a list of invoices. The invoices are returned ordered by the "Timestamp" property and by the
    boolean value sent in the ascendingOrder parameter. The ascending order might be true or false. The
    page shows no roles line.
    Parameter names are the .md's; Required markers are the HTML copies' (the .md prints none). The HTML
    marks pageNumber and pageSize Required although their descriptions give defaults (1 and 25): the
    shared PageNumber/PageSize parameters (optional) are used, and the SDK's paginator always sends
    pageNumber. invoiceType is a plain string (values as printed, lower case). Only the 200 response is
    visible (every copy is cut in the page or in the first invoice's fields): 401 and 403 are declared
    as on every operation, and any other status is read as the API's error object. The invoice model is
    cut after its third field (see Invoice).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices.md

    Args:
        provider_instance_id (UUID):
        invoice_type (str):
        page_number (int | Unset):
        page_size (int | Unset):
        ascending_order (bool | Unset):
        reseller_id (UUID | Unset):
        customer_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | InvoicePage]
    """

    kwargs = _get_kwargs(
        provider_instance_id=provider_instance_id,
        invoice_type=invoice_type,
        page_number=page_number,
        page_size=page_size,
        ascending_order=ascending_order,
        reseller_id=reseller_id,
        customer_id=customer_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    provider_instance_id: UUID,
    invoice_type: str,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ascending_order: bool | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | InvoicePage | None:
    """Gets the invoices.

     Returns a list of invoices. The invoices are returned ordered by the "Timestamp" property and by the
    boolean value sent in the ascendingOrder parameter. The ascending order might be true or false. The
    page shows no roles line.
    Parameter names are the .md's; Required markers are the HTML copies' (the .md prints none). The HTML
    marks pageNumber and pageSize Required although their descriptions give defaults (1 and 25): the
    shared PageNumber/PageSize parameters (optional) are used, and the SDK's paginator always sends
    pageNumber. invoiceType is a plain string (values as printed, lower case). Only the 200 response is
    visible (every copy is cut in the page or in the first invoice's fields): 401 and 403 are declared
    as on every operation, and any other status is read as the API's error object. The invoice model is
    cut after its third field (see Invoice).
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-invoices.md

    Args:
        provider_instance_id (UUID):
        invoice_type (str):
        page_number (int | Unset):
        page_size (int | Unset):
        ascending_order (bool | Unset):
        reseller_id (UUID | Unset):
        customer_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | InvoicePage
    """

    return (
        await asyncio_detailed(
            client=client,
            provider_instance_id=provider_instance_id,
            invoice_type=invoice_type,
            page_number=page_number,
            page_size=page_size,
            ascending_order=ascending_order,
            reseller_id=reseller_id,
            customer_id=customer_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
