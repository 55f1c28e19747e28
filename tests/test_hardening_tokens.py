"""Hardening (issue 15, items 1 and 2), over real sockets on every transport: a failed token
request is shared by every call that waited for it and not repeated during a cool-down; a 429/503
from the token endpoint is honoured within the calls' time; a malformed 200 is a CredentialError
that never shows the token; expires_in is clamped to a floor and a ceiling."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import pytest
from conftest import CUSTOMER_ID, INSTANCE_ID, TENANT
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    APIConnectionError,
    ClientCredentials,
    CloudCockpit,
    CloudCockpitError,
    CredentialError,
    _constants,
)

pytestmark = pytest.mark.anyio

SECRET = "Zq8~client-secret-0123456789-never-shown"
JSON = {"Content-Type": "application/json"}
INVALID_CLIENT = (
    b'{"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."}'
)


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    # Each test runs on every transport: conftest's transport_case, and its transport fixture.
    return transport_case[0]


def client(server: FaultServer, transport: Any, **kwargs: Any) -> CloudCockpit:
    creds = ClientCredentials("app-id", SECRET, token_url=f"{server.url}/token")
    return CloudCockpit(TENANT, credentials=creds, base_url=server.url, transport=transport, **kwargs)


async def concurrently(count: int, call: Callable[[], Awaitable[object]]) -> list[CloudCockpitError | None]:
    """Run ``call`` ``count`` times at once; each one's error, or None."""
    outcomes: list[CloudCockpitError | None] = []

    async def one() -> None:
        try:
            await call()
        except CloudCockpitError as exc:
            outcomes.append(exc)
        else:
            outcomes.append(None)

    async with anyio.create_task_group() as tg:
        for _ in range(count):
            tg.start_soon(one)
    return outcomes


def retry(cc: CloudCockpit) -> Callable[[], Awaitable[None]]:
    return lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)


async def test_200_cold_calls_against_a_refusing_endpoint_make_one_token_request(
    server: FaultServer, transport: Any
) -> None:
    server.token_action = Action(status=401, headers=JSON, body=INVALID_CLIENT, delay=0.05)
    async with client(server, transport) as cc:
        errors = await concurrently(200, retry(cc))
        assert server.token_requests == 1
        for error in errors:
            assert isinstance(error, CredentialError)
            assert (error.status_code, error.error_code) == (401, "invalid_client")
            assert error.error_description == "AADSTS7000215: Invalid client secret provided."
        # Each caller has its own copy: one exception raised in 200 tasks would collect 200 tracebacks.
        assert len({id(error) for error in errors}) == 200
        # Within the cool-down, a new call gets the same error without asking again.
        with pytest.raises(CredentialError, match="invalid_client"):
            await retry(cc)()
        assert server.token_requests == 1
    assert [seen.path for seen in server.requests] == ["/token"]


async def test_the_next_token_request_comes_after_the_cool_down(
    server: FaultServer, transport: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_constants, "TOKEN_FAILURE_COOLDOWN", 0.3)
    server.script(Action(status=401, headers=JSON, body=INVALID_CLIENT))
    async with client(server, transport) as cc:
        with pytest.raises(CredentialError):
            await retry(cc)()
        with pytest.raises(CredentialError):
            await retry(cc)()
        assert server.token_requests == 1
        await anyio.sleep(0.35)  # the cool-down is over: the next call asks again, and succeeds
        await retry(cc)()
    assert server.token_requests == 2


async def test_an_unreachable_token_endpoint_is_shared_and_is_also_a_connection_error(
    server: FaultServer, transport: Any
) -> None:
    server.token_action = Action("reset", delay=0.05)
    async with client(server, transport) as cc:
        errors = await concurrently(50, retry(cc))
    assert server.token_requests == 1  # a reset after the POST was sent is not retried
    for error in errors:
        assert isinstance(error, CredentialError) and isinstance(error, APIConnectionError)
        assert "could not reach the token endpoint" in str(error)


async def test_a_token_endpoint_retry_after_within_the_deadline_is_honoured(
    server: FaultServer, transport: Any
) -> None:
    server.script(Action(status=429, headers={"Retry-After": "1"}, delay=0.05))
    async with client(server, transport, timeout=10) as cc:
        errors = await concurrently(200, retry(cc))
    assert errors == [None] * 200
    assert server.token_requests == 2


@pytest.mark.parametrize("status", [429, 503])
async def test_a_token_endpoint_retry_after_past_the_deadline_fails_every_call_at_once(
    server: FaultServer, transport: Any, status: int
) -> None:
    server.token_action = Action(status=status, headers={"Retry-After": "45"}, delay=0.05)
    async with client(server, transport, timeout=3) as cc:
        errors = await concurrently(200, retry(cc))
        assert server.token_requests == 1
        # The status error, not the calls' APITimeoutError: the 45 s wait was not started.
        assert all(type(e) is CredentialError and e.status_code == status for e in errors)
        with pytest.raises(CredentialError):
            await retry(cc)()  # the endpoint asked for 45 s: no request before then
    assert server.token_requests == 1


MALFORMED = {
    "not JSON": b"<html>Sign in</html>",
    "a JSON list": b'["SeCrEtToKeN"]',
    "no access_token": b'{"token_type": "Bearer", "expires_in": 3599}',
    "an empty access_token": b'{"access_token": ""}',
    "a number": b'{"access_token": 12345}',
    "a space": b'{"access_token": "SeCrEtToKeN part2"}',
    "a tab": b'{"access_token": "SeCrEtToKeN\\tpart2"}',
    "a control character": b'{"access_token": "SeCrEtToKeN\\u0001part2"}',
    "CR LF": b'{"access_token": "SeCrEtToKeN\\r\\nX-Injected: 1"}',
    "leading space": b'{"access_token": " SeCrEtToKeN"}',
    "non-ASCII": b'{"access_token": "SeCrEtToKeN\\u00e9"}',
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
async def test_a_malformed_200_is_a_shared_credential_error_that_never_shows_the_token(
    server: FaultServer, transport: Any, body: bytes
) -> None:
    server.token_action = Action(status=200, headers=JSON, body=body, delay=0.02)
    async with client(server, transport) as cc:
        errors = await concurrently(20, retry(cc))
    assert server.token_requests == 1
    assert [r.path for r in server.requests] == ["/token"]
    for error in errors:
        assert isinstance(error, CredentialError) and error.status_code == 200
        for text in (str(error), repr(error), repr(vars(error))):
            assert "SeCrEtToKeN" not in text and SECRET not in text


@pytest.mark.parametrize(
    "expires_in", ["0", "-5", "NaN", "-Infinity", '"soon"', "null", '"-1"', "1e-9", "[]"]
)
async def test_a_nonsense_token_lifetime_is_held_to_the_floor(
    server: FaultServer, transport: Any, expires_in: str
) -> None:
    body = b'{"access_token": "tok-a", "expires_in": %s}' % expires_in.encode()
    server.token_action = Action(status=200, headers=JSON, body=body)
    async with client(server, transport) as cc:
        for _ in range(5):
            await retry(cc)()
    assert server.token_requests == 1  # was one per call: every token was already expired


@pytest.mark.parametrize("expires_in", ["1e400", "Infinity", '"inf"', "99999999999"])
async def test_an_endless_token_lifetime_is_held_to_the_ceiling(
    server: FaultServer, transport: Any, expires_in: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With the floor and the ceiling at 0, a token clamped to the ceiling is refreshed on every
    # call; unclamped, "inf" would keep it forever (one request).
    monkeypatch.setattr(_constants, "TOKEN_LIFETIME_FLOOR", 0.0)
    monkeypatch.setattr(_constants, "TOKEN_LIFETIME_CEILING", 0.0)
    body = b'{"access_token": "tok-a", "expires_in": %s}' % expires_in.encode()
    server.token_action = Action(status=200, headers=JSON, body=body)
    async with client(server, transport) as cc:
        for _ in range(3):
            await retry(cc)()
    assert server.token_requests == 3


async def test_a_401_still_refreshes_a_token_held_by_the_floor_at_once(
    server: FaultServer, transport: Any
) -> None:
    server.token_lifetime = 0
    async with client(server, transport) as cc:
        await retry(cc)()  # /token, then the call
        server.revoke_at_request = 3  # the next API request finds its token revoked
        await retry(cc)()  # 401, one refresh, one resend
    assert [r.path.rsplit("/", 1)[-1] for r in server.requests] == [
        "token",
        str(INSTANCE_ID),
        str(INSTANCE_ID),
        "token",
        str(INSTANCE_ID),
    ]
    assert server.requests[-1].headers["authorization"] == "Bearer tok-2"
