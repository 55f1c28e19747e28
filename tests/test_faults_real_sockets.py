"""The retry, timeout and cancellation policies against a real HTTP server on 127.0.0.1.

Each test asserts the exact number of requests the server saw, the exception type and fields, and
that the next call on the same client succeeds. Every test runs on both transports: httpx's own
(under asyncio and trio) and the aiohttp-backed one of the ``[aiohttp]`` extra (asyncio only), so
the policies are proven to behave the same on both.
"""

from __future__ import annotations

import socket
from typing import Any

import anyio
import httpx
import pytest
from conftest import CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN, add, patch
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ClientCredentials,
    CloudCockpit,
    InternalServerError,
    RetryPolicy,
)

pytestmark = pytest.mark.anyio

POLICY = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_cap=0.02)
FAULTS_TRIED: set[str] = set()

ON_ASYNCIO = [
    pytest.param(("asyncio", None), id="asyncio-httpx"),
    pytest.param(("asyncio", "aiohttp"), id="asyncio-aiohttp"),
]
EVERYWHERE = [*ON_ASYNCIO, pytest.param(("trio", None), id="trio-httpx")]
# The transport of the running test; client() uses it. Set by the autouse fixture below.
TRANSPORT: str | None = None


@pytest.fixture(params=EVERYWHERE)
def backend_and_transport(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def anyio_backend(backend_and_transport: tuple[str, str | None]) -> str:
    return backend_and_transport[0]


@pytest.fixture(autouse=True)
def _transport(backend_and_transport: tuple[str, str | None], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(f"{__name__}.TRANSPORT", backend_and_transport[1])


def client(base_url: str, **kwargs: Any) -> CloudCockpit:
    kwargs.setdefault("token", TOKEN)
    kwargs.setdefault("retries", POLICY)
    kwargs.setdefault("transport", TRANSPORT)
    return CloudCockpit(TENANT, base_url=base_url, **kwargs)


def ids(server: FaultServer) -> set[str]:
    return {r.headers["x-correlation-id"] for r in server.requests}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_connection_refused_is_retried_then_raised_and_the_client_recovers() -> None:
    FAULTS_TRIED.add("connection refused")
    port = free_port()
    async with client(f"http://127.0.0.1:{port}") as cc:
        with pytest.raises(APIConnectionError) as info:
            await add(cc)  # POST: a refused connection never reached the server, so it is retried
        assert info.value.attempts == 3
        assert not isinstance(info.value, APITimeoutError)
        srv = FaultServer(port=port).start()
        try:
            assert await add(cc) == "created-id"
            assert len(srv.requests) == 1
        finally:
            srv.stop()


@pytest.mark.parametrize(("method", "expected_requests"), [("POST", 1), ("PATCH", 2)])
async def test_reset_before_any_response(server: FaultServer, method: str, expected_requests: int) -> None:
    FAULTS_TRIED.add("reset before response")
    server.script(Action("reset"))
    async with client(server.url) as cc:
        if method == "POST":
            with pytest.raises(APIConnectionError) as info:
                await add(cc)
            assert info.value.attempts == 1
        else:
            await patch(cc)
        assert len(server.requests) == expected_requests
        assert len(ids(server)) == 1
        await patch(cc)
    assert len(server.requests) == expected_requests + 1


@pytest.mark.parametrize(("method", "expected_requests"), [("POST", 1), ("PATCH", 2)])
async def test_reset_in_the_middle_of_the_body(
    server: FaultServer, method: str, expected_requests: int
) -> None:
    FAULTS_TRIED.add("reset mid-body")
    server.script(Action("reset_mid_body", status=500, body=b'{"description": "partial'))
    async with client(server.url) as cc:
        if method == "POST":
            with pytest.raises(APIConnectionError):
                await add(cc)
        else:
            await patch(cc)
        assert len(server.requests) == expected_requests
        assert await add(cc) == "created-id"


@pytest.mark.parametrize("second", ["POST", "PATCH"])
async def test_server_closing_a_keep_alive_connection_between_calls(server: FaultServer, second: str) -> None:
    FAULTS_TRIED.add("stale keep-alive connection")
    server.script(Action("close_after"))
    async with client(server.url) as cc:
        await patch(cc)
        await anyio.sleep(0.05)  # let the FIN arrive: the pooled connection is now stale
        if second == "POST":
            assert await add(cc) == "created-id"
        else:
            await patch(cc)
    assert len(server.requests) == 2
    assert [r.connection for r in server.requests] == [1, 2]


async def test_slow_headers_time_out_and_post_is_not_resent(server: FaultServer) -> None:
    FAULTS_TRIED.add("slow headers (read timeout)")
    server.script(Action(delay=2.0))
    async with client(server.url, timeout=httpx.Timeout(0.3)) as cc:
        with pytest.raises(APITimeoutError) as info:
            await add(cc)
        assert info.value.attempts == 1
        assert len(server.requests) == 1
        assert await add(cc) == "created-id"


async def test_total_timeout_bounds_a_patch_that_keeps_timing_out(server: FaultServer) -> None:
    FAULTS_TRIED.add("total deadline")
    server.script(Action(delay=2.0), Action(delay=2.0), Action(delay=2.0))
    async with client(server.url, timeout=0.5) as cc:
        with pytest.raises(APITimeoutError):
            await patch(cc)
        assert 1 <= len(server.requests) <= 3


async def test_503_with_retry_after_then_202(server: FaultServer) -> None:
    FAULTS_TRIED.add("503 + Retry-After")
    server.script(Action(status=503, headers={"Retry-After": "0"}))
    async with client(server.url) as cc:
        await patch(cc)
    assert [r.method for r in server.requests] == ["PATCH", "PATCH"]
    assert len(ids(server)) == 1


async def test_429_then_201(server: FaultServer) -> None:
    FAULTS_TRIED.add("429")
    server.script(Action(status=429, headers={"Retry-After": "0"}))
    async with client(server.url) as cc:
        assert await add(cc) == "created-id"
    assert len(server.requests) == 2
    assert len(ids(server)) == 1


async def test_500_on_post_is_not_retried(server: FaultServer) -> None:
    FAULTS_TRIED.add("500 on POST")
    server.script(Action(status=500, body=b'{"description": "boom"}'))
    async with client(server.url) as cc:
        with pytest.raises(InternalServerError) as info:
            await add(cc)
        assert info.value.description == "boom" and info.value.attempts == 1
        assert len(server.requests) == 1
        assert await add(cc) == "created-id"


async def test_500_on_patch_is_retried(server: FaultServer) -> None:
    FAULTS_TRIED.add("500 on PATCH")
    server.script(Action(status=500))
    async with client(server.url) as cc:
        await patch(cc)
    assert len(server.requests) == 2
    assert len(ids(server)) == 1


async def test_cancelled_calls_leave_the_pool_usable(server: FaultServer) -> None:
    FAULTS_TRIED.add("cancellation")
    server.script(*[Action("hang") for _ in range(100)])
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
    async with client(server.url, limits=limits) as cc:
        with anyio.move_on_after(0.3) as scope:
            async with anyio.create_task_group() as tg:
                for _ in range(100):
                    tg.start_soon(patch, cc)
        assert scope.cancelled_caught
        server.actions.clear()
        seen_before = len(server.requests)
        assert seen_before <= 10  # the pool limit held

        done = 0

        async def one() -> None:
            nonlocal done
            await patch(cc)
            done += 1

        with anyio.fail_after(20):
            async with anyio.create_task_group() as tg:
                for _ in range(100):
                    tg.start_soon(one)
        assert done == 100
        assert len(server.requests) == seen_before + 100


async def test_cancelled_during_backoff_sleep(server: FaultServer) -> None:
    FAULTS_TRIED.add("cancellation in backoff")
    server.script(Action(status=503, headers={"Retry-After": "5"}))
    async with client(server.url, retries=RetryPolicy(max_retries=1, max_retry_after=10)) as cc:
        with anyio.move_on_after(0.3) as scope:
            await patch(cc)
        assert scope.cancelled_caught
        assert len(server.requests) == 1
        await patch(cc)
    assert len(server.requests) == 2


async def test_1000_concurrent_calls_share_one_token_and_a_revoked_token_is_refreshed_once(
    server: FaultServer,
) -> None:
    FAULTS_TRIED.add("1000 concurrent calls, cold credentials")
    server.revoke_at_request = 500
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)
    creds = ClientCredentials("app", "secret", token_url=f"{server.url}/token")
    done = 0

    async def one(cc: CloudCockpit) -> None:
        nonlocal done
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        done += 1

    async with client(server.url, token=None, credentials=creds, limits=limits, timeout=60) as cc:
        with anyio.fail_after(60):
            async with anyio.create_task_group() as tg:
                for _ in range(1000):
                    tg.start_soon(one, cc)
    assert done == 1000
    assert server.tokens_issued == 2  # one cold fetch, one refresh after the revocation
    api = [r for r in server.requests if not r.path.endswith("/token")]
    assert len(api) >= 1000


def test_fault_suite_coverage() -> None:
    """Runs last in this file: every fault listed in docs/promises/reliability.md was tried."""
    print(f"faults tried: {len(FAULTS_TRIED)}: {sorted(FAULTS_TRIED)}")
    assert len(FAULTS_TRIED) == 13


@pytest.mark.parametrize("backend_and_transport", ON_ASYNCIO)
async def test_asyncio_task_cancel_in_flight(server: FaultServer) -> None:
    """Plain asyncio cancellation (Task.cancel), as asyncio services do it (trio has no such tasks;
    the cancel-scope tests above run under both)."""
    import asyncio

    server.script(Action("hang"), Action("hang"))
    async with client(server.url) as cc:
        tasks = [asyncio.ensure_future(patch(cc)) for _ in range(2)]
        await asyncio.sleep(0.2)
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, asyncio.CancelledError) for r in results)
        await patch(cc)
    assert len(server.requests) == 3


async def test_compressed_bodies_are_decoded_once(server: FaultServer) -> None:
    """The retry layer buffers bodies raw, so gzip is undone exactly once (by the client)."""
    import gzip

    compressed = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    server.script(
        Action(status=400, headers=compressed, body=gzip.compress(b'{"description": "zipped error"}')),
        Action(status=201, headers=compressed, body=gzip.compress(b'"zipped-id"')),
    )
    async with client(server.url) as cc:
        with pytest.raises(BadRequestError, match="zipped error"):
            await add(cc)
        assert await add(cc) == "zipped-id"
    assert len(server.requests) == 2
