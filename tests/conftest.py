"""Shared fixtures: every async test runs under asyncio and trio (anyio's pytest plugin)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import httpx
import pytest
from faultserver import FaultServer

from cloudcockpit_client import CloudCockpit, MicrosoftCustomerData

TENANT = "portal.example.com"
TOKEN = "eyJ0eXAiOiJKV1Qi.test-static-token.sig"
CUSTOMER_ID = UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
INSTANCE_ID = UUID("8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00")
RESELLER_ID = UUID("11111111-2222-4333-8444-555555555555")

CUSTOMER: dict[str, Any] = {
    "companyName": "Contoso Ltd",
    "country": "PT",
    "addressLine1": "Rua Augusta 1",
    "city": "Lisboa",
    "state": "Lisboa",
    "zip": "1100-053",
    "firstName": "Ada",
    "lastName": "Lovelace",
    "email": "ada@contoso.example",
    "phone": "+351210000000",
    "providerCustomers": None,
}
MARGIN: dict[str, Any] = {"marginRule": {"name": "Markup"}, "value": 10}


_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _no_proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client honours HTTPS_PROXY and friends (trust_env): a CI machine's proxy settings must
    not send the tests' loopback calls elsewhere. test_proxy.py sets them where it means to."""
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records every request and plays scripted replies in order.

    When the script runs out, it answers with ``default``.
    """

    def __init__(self, replies: Iterable[Reply] = (), default: Reply | None = None) -> None:
        self.replies = list(replies)
        self.default = default if default is not None else httpx.Response(204)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies.pop(0) if self.replies else self.default
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        # A fresh copy: a response object can be read only once.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def json_body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def error_body(status: int, description: str = "Something is wrong", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "statusCode": status,
        "type": "ValidationError",
        "description": description,
        "correlationId": "b5f7d2a4-0000-4000-8000-000000000001",
        "errors": [{"propertyName": "Margin.Value", "description": ["Should not be above 999."]}],
    }
    body.update(extra)
    return body


def ms_data(**overrides: Any) -> MicrosoftCustomerData:
    """The docs' Microsoft providerCustomerData example, with ``overrides``."""
    fields: dict[str, Any] = {
        "domain": "TestDomain",
        "credentials_email": "test@email.com",
        "accepted_mca": True,
        "agreement_date": datetime(2022, 12, 28, tzinfo=UTC),
        "keep_primary_information": True,
        "first_name": "Test",
        "last_name": "Test",
        "email": "test@email.com",
        "phone": "921231231",
        "default_culture": "en-US",
        "language": "en",
        "associated_partner_id": "6234552",
        "qualifications": [],
        "enable_gdap": True,
    }
    fields.update(overrides)
    return MicrosoftCustomerData(**fields)


async def add(cc: CloudCockpit) -> str:
    """add_provider_instance with the minimal documented body."""
    return await cc.customers.add_provider_instance(
        CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=None, margin=MARGIN
    )


async def patch(cc: CloudCockpit) -> None:
    """update_account_info with the whole customer."""
    await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)


@pytest.fixture(
    params=[
        pytest.param(("asyncio", None), id="asyncio-httpx"),
        pytest.param(("trio", None), id="trio-httpx"),
        pytest.param(("asyncio", "aiohttp"), id="asyncio-aiohttp"),
    ]
)
def transport_case(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    """(anyio backend, transport=) for the real-socket hardening tests: every transport, and trio
    where the transport allows. A module uses it by overriding anyio_backend with its first half."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def transport(transport_case: tuple[str, str | None]) -> Any:
    """The ``transport=`` of transport_case (test_transports.py has its own)."""
    return transport_case[1]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A scripted HTTP server on 127.0.0.1 (tests/faultserver.py), stopped after the test."""
    srv = FaultServer().start()
    try:
        yield srv
    finally:
        srv.stop()
