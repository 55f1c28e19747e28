import datetime
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.audit_log_page import AuditLogPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    operations: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reseller: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    params: dict[str, Any] = {}

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    params["Operations"] = operations

    params["Status"] = status

    params["Reseller"] = reseller

    params["Customer"] = customer

    json_reseller_id: str | Unset = UNSET
    if not isinstance(reseller_id, Unset):
        json_reseller_id = str(reseller_id)
    params["resellerId"] = json_reseller_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/AuditLogs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuditLogPage | ErrorResponse:
    if response.status_code == 200:
        response_200 = AuditLogPage.from_dict(response.json())

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
) -> Response[Any | AuditLogPage | ErrorResponse]:
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
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    operations: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reseller: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | AuditLogPage | ErrorResponse]:
    """List all audit logs

     Returns a list of your audit logs. The audit logs are returned sorted by Timestamp, with the most
    recent audit logs appearing first. Available to the roles: csp, reseller.
    Every copy is cut at the start of the 200 body (at `items`): no audit log field is shown, so an
    audit log is kept as the API sends it, and the page object's other fields are not shown (see
    AuditLogPage). Other statuses are not shown. The query names are PascalCase except resellerId, as
    all three copies print them; Operations' name and type come from the .md only (the HTML copies
    print it without them). Status is a plain string whose values are spelled "Succeded" by the page.
    The defaults and the page-size range are stated in the descriptions only.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-auditlogs.md

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        operations (str | Unset):
        status (str | Unset):
        reseller (str | Unset):
        customer (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditLogPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        start_date=start_date,
        end_date=end_date,
        operations=operations,
        status=status,
        reseller=reseller,
        customer=customer,
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
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    operations: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reseller: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | AuditLogPage | ErrorResponse | None:
    """List all audit logs

     Returns a list of your audit logs. The audit logs are returned sorted by Timestamp, with the most
    recent audit logs appearing first. Available to the roles: csp, reseller.
    Every copy is cut at the start of the 200 body (at `items`): no audit log field is shown, so an
    audit log is kept as the API sends it, and the page object's other fields are not shown (see
    AuditLogPage). Other statuses are not shown. The query names are PascalCase except resellerId, as
    all three copies print them; Operations' name and type come from the .md only (the HTML copies
    print it without them). Status is a plain string whose values are spelled "Succeded" by the page.
    The defaults and the page-size range are stated in the descriptions only.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-auditlogs.md

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        operations (str | Unset):
        status (str | Unset):
        reseller (str | Unset):
        customer (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditLogPage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        start_date=start_date,
        end_date=end_date,
        operations=operations,
        status=status,
        reseller=reseller,
        customer=customer,
        reseller_id=reseller_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    operations: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reseller: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | AuditLogPage | ErrorResponse]:
    """List all audit logs

     Returns a list of your audit logs. The audit logs are returned sorted by Timestamp, with the most
    recent audit logs appearing first. Available to the roles: csp, reseller.
    Every copy is cut at the start of the 200 body (at `items`): no audit log field is shown, so an
    audit log is kept as the API sends it, and the page object's other fields are not shown (see
    AuditLogPage). Other statuses are not shown. The query names are PascalCase except resellerId, as
    all three copies print them; Operations' name and type come from the .md only (the HTML copies
    print it without them). Status is a plain string whose values are spelled "Succeded" by the page.
    The defaults and the page-size range are stated in the descriptions only.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-auditlogs.md

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        operations (str | Unset):
        status (str | Unset):
        reseller (str | Unset):
        customer (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditLogPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        start_date=start_date,
        end_date=end_date,
        operations=operations,
        status=status,
        reseller=reseller,
        customer=customer,
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
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    operations: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reseller: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    reseller_id: UUID | Unset = UNSET,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | AuditLogPage | ErrorResponse | None:
    """List all audit logs

     Returns a list of your audit logs. The audit logs are returned sorted by Timestamp, with the most
    recent audit logs appearing first. Available to the roles: csp, reseller.
    Every copy is cut at the start of the 200 body (at `items`): no audit log field is shown, so an
    audit log is kept as the API sends it, and the page object's other fields are not shown (see
    AuditLogPage). Other statuses are not shown. The query names are PascalCase except resellerId, as
    all three copies print them; Operations' name and type come from the .md only (the HTML copies
    print it without them). Status is a plain string whose values are spelled "Succeded" by the page.
    The defaults and the page-size range are stated in the descriptions only.
    Source: https://developer.cloudcockpit.com/operation/operation-get-v1-auditlogs.md

    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        operations (str | Unset):
        status (str | Unset):
        reseller (str | Unset):
        customer (str | Unset):
        reseller_id (UUID | Unset):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditLogPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            start_date=start_date,
            end_date=end_date,
            operations=operations,
            status=status,
            reseller=reseller,
            customer=customer,
            reseller_id=reseller_id,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
