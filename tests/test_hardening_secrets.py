"""Hardening (issue 15, item 5), over real sockets on every transport: a server that echoes the
request's Authorization header (in the body, a header, the reason phrase), or the client secret,
never gets a secret into an exception's text, fields, traceback, or the SDK's own log lines."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER_ID, INSTANCE_ID, TENANT
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    APIConnectionError,
    APIStatusError,
    ClientCredentials,
    CloudCockpit,
    CloudCockpitError,
    CredentialError,
    ResponseValidationError,
    RetryPolicy,
)

pytestmark = pytest.mark.anyio

STATIC = "eyJ0eXAi.static-token-echoed.c2lnbmF0dXJl"
CALLABLE = "eyJ0eXAi.callable-token-echoed.c2lnbmF0dXJl"
SECRET = "Qm9~client-secret-echoed-0123456789"
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    # Each test runs on every transport: conftest's transport_case, and its transport fixture.
    return transport_case[0]


ECHOES = [
    Action(
        "echo", status=400, headers=JSON, body=b'{"description": "bad {authorization}", "type": "{head}"}'
    ),
    Action(
        "echo",
        status=400,
        headers=JSON,
        body=b'{"errors": [{"propertyName": "{authorization}", "description": ["{authorization}"]}],'
        b' "correlationId": "{authorization}"}',
    ),
    Action("echo", status=500, headers={"Content-Type": "text/html"}),  # the whole request head, as HTML
    Action("echo", status=599, body=b"{head}"),  # an unknown status: the reason phrase is shown
    Action("echo", status=403, headers=JSON, body=b'{"detail": "' + SECRET.encode() + b' {authorization}"}'),
    Action("echo", status=200, headers=JSON, body=b'{"id": "{authorization}", "name": "{head}"}'),
]


def texts_of(error: CloudCockpitError) -> list[str]:
    """Every place a secret could show: text, fields, the traceback, the response it carries."""
    found = [str(error), repr(error), repr(vars(error)), "".join(traceback.format_exception(error))]
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        found += [
            response.text,
            repr(response.headers),
            response.reason_phrase,
            repr(response.request.headers),
            response.request.content.decode(),
        ]
    request = getattr(error, "request", None)
    if isinstance(request, httpx.Request):
        found.append(repr(request.headers))
    return found


async def collect(
    calls: list[Callable[[], Awaitable[object]]],
) -> list[CloudCockpitError]:
    errors = []
    for call in calls:
        with pytest.raises(CloudCockpitError) as info:
            await call()
        errors.append(info.value)
    return errors


def flows(cc: CloudCockpit) -> list[Callable[[], Awaitable[object]]]:
    """One call per scripted echo: five error statuses, then a 200 whose body is not a customer."""
    return [
        lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),
        lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),
        lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),
        lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),
        lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),
        lambda: cc.customers.get_customer(CUSTOMER_ID),
    ]


def assert_clean(
    errors: list[CloudCockpitError], secrets: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    assert len(errors) == len(ECHOES)
    assert [type(e) for e in errors][-1] is ResponseValidationError
    assert all(isinstance(e, APIStatusError) for e in errors[:-1])
    for error in errors:
        for text in texts_of(error):
            for secret in secrets:
                assert secret not in text, (type(error).__name__, text[:200])
    # The scrubbing leaves what helps: the status, the redacted scheme, the rest of the description.
    assert errors[0].description == "bad Bearer ***"  # type: ignore[attr-defined]
    assert errors[0].response.headers["X-Echo-Authorization"] == "Bearer ***"  # type: ignore[attr-defined]
    assert errors[3].status_code == 599 and "Bad Bearer ***" in str(errors[3])  # type: ignore[attr-defined]
    own_logs = [r.getMessage() for r in caplog.records if r.name.startswith("cloudcockpit_client")]
    assert own_logs  # DEBUG lines were written ...
    for line in own_logs:
        for secret in secrets:
            assert secret not in line  # ... and none holds a secret


async def test_a_static_token_echoed_back_never_shows(
    server: FaultServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudcockpit_client")
    server.script(*ECHOES)
    async with CloudCockpit(TENANT, token=STATIC, base_url=server.url, transport=transport) as cc:
        errors = await collect(flows(cc))
    assert_clean(errors, [STATIC], caplog)


async def test_a_callable_token_echoed_back_never_shows(
    server: FaultServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudcockpit_client")
    server.script(*ECHOES)
    async with CloudCockpit(TENANT, token=lambda: CALLABLE, base_url=server.url, transport=transport) as cc:
        errors = await collect(flows(cc))
    assert_clean(errors, [CALLABLE], caplog)


async def test_an_issued_token_and_the_client_secret_echoed_back_never_show(
    server: FaultServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudcockpit_client")
    issued = "tok-1"
    server.script(Action(), *ECHOES)  # the token, then the echoes
    creds = ClientCredentials("app-id", SECRET, token_url=f"{server.url}/token")
    async with CloudCockpit(TENANT, credentials=creds, base_url=server.url, transport=transport) as cc:
        errors = await collect(flows(cc))
    assert server.requests[1].headers["authorization"] == f"Bearer {issued}"
    assert_clean(errors, [issued, SECRET], caplog)


async def test_a_token_endpoint_that_echoes_the_secret_never_shows_it(
    server: FaultServer, transport: Any
) -> None:
    body = b'{"error": "%s", "error_description": "client_secret=%s is wrong"}' % (
        SECRET.encode(),
        SECRET.encode(),
    )
    server.token_action = Action(status=401, headers=JSON, body=body)
    creds = ClientCredentials("app-id", SECRET, token_url=f"{server.url}/token")
    async with CloudCockpit(TENANT, credentials=creds, base_url=server.url, transport=transport) as cc:
        with pytest.raises(CredentialError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert info.value.error_description == "client_secret=*** is wrong"
    for text in texts_of(info.value):
        assert SECRET not in text


async def test_a_retried_echo_logs_no_secret(
    server: FaultServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudcockpit_client")
    server.script(Action("echo", status=503, headers={"Retry-After": "0"}), Action("echo", status=503))
    policy = RetryPolicy(max_retries=1)
    async with CloudCockpit(
        TENANT, token=STATIC, base_url=server.url, transport=transport, retries=policy
    ) as cc:
        with pytest.raises(APIStatusError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert info.value.attempts == 2
    assert any(r.levelno == logging.WARNING for r in caplog.records)
    for text in [*texts_of(info.value), caplog.text]:
        assert STATIC not in text


async def test_a_transport_error_that_holds_the_token_is_scrubbed_and_not_chained() -> None:
    """httpx's own messages can hold a header value ("Illegal header value b'Bearer ...'")."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value {request.headers['Authorization'].encode()!r}")

    async with CloudCockpit(TENANT, token=STATIC, transport=httpx.MockTransport(handler), retries=0) as cc:
        with pytest.raises(APIConnectionError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    error = info.value
    assert "Illegal header value b'Bearer ***'" in str(error)
    assert error.__cause__ is None and error.__context__ is None  # the raw httpx error held the token
    for text in texts_of(error):
        assert STATIC not in text
