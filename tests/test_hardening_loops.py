"""Hardening (issue 15, item 8), over real sockets on every transport: a client used after aclose()
raises ClientClosedError, and one used from a second event loop (asyncio.run twice, trio.run
twice, another thread's loop) raises WrongEventLoopError, on every call, before any I/O and with
no "Event loop is closed" or "Future exception was never retrieved" noise."""

from __future__ import annotations

import gc
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.to_thread
import pytest
from conftest import CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN
from faultserver import FaultServer

from cloudcockpit_client import ClientClosedError, CloudCockpit, CloudCockpitError, WrongEventLoopError

TRANSPORT_CASES = pytest.mark.parametrize(
    ("backend", "transport"),
    [("asyncio", None), ("trio", None), ("asyncio", "aiohttp")],
    ids=["asyncio-httpx", "trio-httpx", "asyncio-aiohttp"],
)


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    # Each test runs on every transport: conftest's transport_case, and its transport fixture.
    return transport_case[0]


def retry(cc: CloudCockpit) -> Callable[[], Awaitable[None]]:
    return lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)


@pytest.mark.anyio
async def test_a_closed_client_raises_client_closed_error_before_any_io(
    server: FaultServer, transport: Any
) -> None:
    cc = CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport)
    async with cc:
        await retry(cc)()
    assert cc.is_closed
    for _ in range(2):
        with pytest.raises(ClientClosedError, match="create a new client") as info:
            await retry(cc)()
        assert isinstance(info.value, RuntimeError) and isinstance(info.value, CloudCockpitError)
    with pytest.raises(ClientClosedError):
        async for _ in cc.customers.list_customers():
            pass
    await cc.aclose()  # closing twice is harmless
    never_used = CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport)
    await never_used.aclose()
    with pytest.raises(ClientClosedError):
        await retry(never_used)()
    assert len(server.requests) == 1


def no_loop_noise(caplog: pytest.LogCaptureFixture) -> None:
    noise = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert noise == []


@TRANSPORT_CASES
def test_a_client_used_from_a_second_event_loop_raises_wrong_event_loop_error(
    server: FaultServer, backend: str, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    cc = CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport)
    anyio.run(retry(cc), backend=backend)
    for _ in range(3):  # every call, not only the first
        with pytest.raises(WrongEventLoopError, match="one client per event loop") as info:
            anyio.run(retry(cc), backend=backend)
        assert isinstance(info.value, RuntimeError) and isinstance(info.value, CloudCockpitError)
    # From the wrong loop, aclose() raises nothing and closes the client. The connection the first
    # loop left open cannot be closed on a closed loop: Python warns of it when it is collected.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        anyio.run(cc.aclose, backend=backend)
        gc.collect()
    assert cc.is_closed
    with pytest.raises(ClientClosedError):
        anyio.run(retry(cc), backend=backend)
    assert len(server.requests) == 1
    no_loop_noise(caplog)


@TRANSPORT_CASES
def test_a_client_used_from_another_threads_loop_raises_and_keeps_working_on_its_own(
    server: FaultServer, backend: str, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    cc = CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport)
    outcome: list[BaseException] = []

    def from_another_thread() -> None:
        try:
            anyio.run(retry(cc), backend=backend)
        except BaseException as exc:
            outcome.append(exc)

    async def main() -> None:
        async with cc:
            await retry(cc)()
            await anyio.to_thread.run_sync(from_another_thread)
            await retry(cc)()

    anyio.run(main, backend=backend)
    assert [type(e) for e in outcome] == [WrongEventLoopError]
    assert len(server.requests) == 2
    no_loop_noise(caplog)
