"""Hardening (issue 15, item 3), over real sockets on every transport: a response body past
``max_response_bytes`` (an endless chunked one, or a Content-Length announcing too much) raises
ResponseTooLargeError while it is read, the connection is closed rather than reused, the next call
works, and memory stays within the cap. The same cap holds for the token endpoint."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from conftest import CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    ClientCredentials,
    CloudCockpit,
    CloudCockpitError,
    InternalServerError,
    ResponseTooLargeError,
    _constants,
)

pytestmark = [
    pytest.mark.anyio,
    # Stopping a body half-read leaves httpcore's nested async generators suspended (they have no
    # aclose chain); trio warns when it finalizes them, asyncio finalizes them silently. The
    # connection itself is closed (asserted below). httpx PR #3777 is the upstream fix in progress.
    pytest.mark.filterwarnings("ignore:Async generator 'httpcore.*:ResourceWarning"),
    pytest.mark.filterwarnings("ignore:Async generator 'httpx.*:ResourceWarning"),
]

TESTS = Path(__file__).resolve().parent
MIB = 1024 * 1024


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    # Each test runs on every transport: conftest's transport_case, and its transport fixture.
    return transport_case[0]


async def test_an_endless_body_raises_within_the_cap_and_the_next_call_works(
    server: FaultServer, transport: Any
) -> None:
    server.script(Action("endless", status=200, headers={"Content-Type": "application/json"}))
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=server.url, transport=transport, max_response_bytes=MIB
    ) as cc:
        with pytest.raises(ResponseTooLargeError) as info:
            await cc.customers.retry_provider_customer(
                CUSTOMER_ID, INSTANCE_ID, correlation_id="c0ffee00-0000-4000-8000-000000000001"
            )
        error = info.value
        assert (error.limit, error.status_code, error.announced) == (MIB, 200, False)
        assert MIB < error.received < 2 * MIB  # stopped at the first chunk past the cap
        assert error.correlation_id == "c0ffee00-0000-4000-8000-000000000001"
        assert f"max_response_bytes={MIB:,}" in str(error) and server.url in str(error)
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    first, second = server.requests
    assert first.connection != second.connection  # the half-read connection was not reused
    assert server.endless_bytes_sent < 64 * MIB  # the server was not read to the end of time


async def test_an_announced_content_length_past_the_cap_raises_before_the_body_is_read(
    server: FaultServer, transport: Any
) -> None:
    big = str(_constants.DEFAULT_MAX_RESPONSE_BYTES + 1)
    server.script(Action(status=500, headers={"Content-Length": big}, body=b"{}"))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport, retries=0) as cc:
        with pytest.raises(ResponseTooLargeError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        assert (info.value.received, info.value.announced, info.value.status_code) == (int(big), True, 500)
        assert info.value.limit == _constants.DEFAULT_MAX_RESPONSE_BYTES
        # An error body past the cap is refused the same way; one within it is mapped as usual.
        server.script(Action(status=500, body=b'{"description": "small"}'))
        with pytest.raises(InternalServerError, match="small"):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert len({seen.connection for seen in server.requests}) == 2


async def test_the_cap_holds_for_the_token_endpoint_and_the_failure_is_shared(
    server: FaultServer, transport: Any
) -> None:
    server.token_action = Action("endless", status=200, delay=0.05)
    creds = ClientCredentials("app-id", "client-secret-value", token_url=f"{server.url}/token")
    async with CloudCockpit(
        TENANT, credentials=creds, base_url=server.url, transport=transport, max_response_bytes=MIB
    ) as cc:
        errors: list[CloudCockpitError] = []

        async def call() -> None:
            try:
                await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
            except CloudCockpitError as exc:
                errors.append(exc)

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(call)
    assert server.token_requests == 1
    assert len(errors) == 20 and all(isinstance(e, ResponseTooLargeError) for e in errors)
    assert {e.url for e in errors} == {f"{server.url}/token"}


def test_max_response_bytes_is_checked_before_any_io() -> None:
    for bad in (0, -1, 1.5, "1", True, None):
        with pytest.raises(ValueError, match="max_response_bytes must be an int >= 1"):
            CloudCockpit(TENANT, token=TOKEN, max_response_bytes=bad)  # type: ignore[arg-type]


RSS_PROBE = """
import json, resource, sys
import anyio
from cloudcockpit_client import CloudCockpit, ResponseTooLargeError

def rss_now() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()

def peak_rss() -> int:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so it would include the peak of
    # the (large) pytest process this one was forked from.
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) * 1024

async def main() -> dict:
    async with CloudCockpit("t.example", token="tok-0123456789", base_url={url!r},
                            transport={transport!r}) as cc:
        await cc.customers.retry_provider_customer({customer!r}, {instance!r})  # warm: imports, pool
        before = rss_now()
        try:
            await cc.customers.retry_provider_customer({customer!r}, {instance!r})  # the endless body
        except ResponseTooLargeError as exc:
            limit, received = exc.limit, exc.received
        peak = peak_rss()
        await cc.customers.retry_provider_customer({customer!r}, {instance!r})
    return {{"limit": limit, "received": received, "growth": peak - before}}

print(json.dumps(anyio.run(main, backend={backend!r})))
"""


@pytest.mark.parametrize(
    ("backend", "transport"),
    [("asyncio", None), ("trio", None), ("asyncio", "aiohttp")],
    ids=["asyncio-httpx", "trio-httpx", "asyncio-aiohttp"],
)
def test_rss_under_an_endless_body_grows_by_less_than_twice_the_default_cap(
    server: FaultServer, backend: str, transport: str | None
) -> None:
    """The client runs alone in a subprocess (its RSS is the client's); the server runs here."""
    server.script(Action(), Action("endless", status=200), Action())
    script = RSS_PROBE.format(
        url=server.url,
        transport=transport,
        backend=backend,
        customer=str(CUSTOMER_ID),
        instance=str(INSTANCE_ID),
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["limit"] == _constants.DEFAULT_MAX_RESPONSE_BYTES
    assert result["received"] > result["limit"]
    assert result["growth"] < 2 * _constants.DEFAULT_MAX_RESPONSE_BYTES, result
    assert len(server.requests) == 3
