from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mca_status_refresh import McaStatusRefresh
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    provider_instance_id: UUID,
    *,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Tenant"] = x_tenant

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Customers/{customer_id}/provider-instances/{provider_instance_id}/mca/status".format(
            customer_id=quote(str(customer_id), safe=""),
            provider_instance_id=quote(str(provider_instance_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | McaStatusRefresh:
    if response.status_code == 200:
        response_200 = McaStatusRefresh.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | McaStatusRefresh]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | McaStatusRefresh]:
    """Manually refresh customer MCA status

     Manually updates the Microsoft Customer Agreement (MCA) status for the customer in the given
    provider instance. This will get the latest MCA status from Microsoft and update it in the portal.
    This action is logged in the audit log. Available to the roles: csp, reseller. The page documents
    the 200 body as a signatory and an expiration time (it reads like an attestation-link request;
    it is declared as documented). Statuses after 400 are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-provider-
    instances-parameter-mca-status.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | McaStatusRefresh]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | McaStatusRefresh | None:
    """Manually refresh customer MCA status

     Manually updates the Microsoft Customer Agreement (MCA) status for the customer in the given
    provider instance. This will get the latest MCA status from Microsoft and update it in the portal.
    This action is logged in the audit log. Available to the roles: csp, reseller. The page documents
    the 200 body as a signatory and an expiration time (it reads like an attestation-link request;
    it is declared as documented). Statuses after 400 are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-provider-
    instances-parameter-mca-status.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | McaStatusRefresh
    """

    return sync_detailed(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        client=client,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | McaStatusRefresh]:
    """Manually refresh customer MCA status

     Manually updates the Microsoft Customer Agreement (MCA) status for the customer in the given
    provider instance. This will get the latest MCA status from Microsoft and update it in the portal.
    This action is logged in the audit log. Available to the roles: csp, reseller. The page documents
    the 200 body as a signatory and an expiration time (it reads like an attestation-link request;
    it is declared as documented). Statuses after 400 are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-provider-
    instances-parameter-mca-status.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | McaStatusRefresh]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        provider_instance_id=provider_instance_id,
        x_tenant=x_tenant,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    provider_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_tenant: str,
    x_correlation_id: str | Unset = UNSET,
) -> Any | ErrorResponse | McaStatusRefresh | None:
    """Manually refresh customer MCA status

     Manually updates the Microsoft Customer Agreement (MCA) status for the customer in the given
    provider instance. This will get the latest MCA status from Microsoft and update it in the portal.
    This action is logged in the audit log. Available to the roles: csp, reseller. The page documents
    the 200 body as a signatory and an expiration time (it reads like an attestation-link request;
    it is declared as documented). Statuses after 400 are not documented here.
    Source: https://developer.cloudcockpit.com/operation/operation-post-v1-customers-parameter-provider-
    instances-parameter-mca-status.md

    Args:
        customer_id (UUID):
        provider_instance_id (UUID):
        x_tenant (str):
        x_correlation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | McaStatusRefresh
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            provider_instance_id=provider_instance_id,
            client=client,
            x_tenant=x_tenant,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
