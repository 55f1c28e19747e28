"""A client backs off as one (RetryPolicy.shared_backoff, retries.py), over real sockets on every
transport: a 429 or 503 with Retry-After pauses every new attempt of the client and of its
with_options() copies; a call whose timeout ends first is sent at once; the pause is capped at
max_retry_after; a call cancelled while it waits sends nothing; shared_backoff=False keeps the
old behaviour (each call backs off on its own)."""

from __future__ import annotations

import logging
import time
from typing import Any

import anyio
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, TENANT, TOKEN
from faultserver import Action, FaultServer

from cloudcockpit_client import CloudCockpit, RateLimitError, RetryPolicy


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    return transport_case[0]


async def patch(cc: CloudCockpit) -> None:
    await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)


async def five_at_once(cc: CloudCockpit) -> None:
    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(patch, cc)


@pytest.mark.anyio
async def test_a_429_with_retry_after_pauses_every_call_of_the_client(
    server: FaultServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(Action(status=429, headers={"Retry-After": "1"}))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="cloudcockpit_client"), pytest.raises(RateLimitError):
            # A copy without retries: the 429 comes back at once, and still pauses the whole family.
            await patch(cc.with_options(retries=0))
        with anyio.fail_after(10):
            await five_at_once(cc)
    assert [r.method for r in server.requests] == ["PATCH"] * 6
    # None of the five was sent before the pause (1 s from the 429's arrival) was over.
    assert min(r.at for r in server.requests[1:]) >= started + 1.0
    pauses = [r.getMessage() for r in caplog.records if "pausing every request" in r.getMessage()]
    assert len(pauses) == 1 and "429" in pauses[0]


@pytest.mark.anyio
async def test_a_503_with_retry_after_pauses_the_retry_and_the_other_calls(
    server: FaultServer, transport: Any
) -> None:
    server.script(Action(status=503, headers={"Retry-After": "1"}))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        started = time.monotonic()
        with anyio.fail_after(10):
            await patch(cc)  # retried after the pause
            await five_at_once(cc)
    assert len(server.requests) == 7
    assert min(r.at for r in server.requests[1:]) >= started + 1.0


@pytest.mark.anyio
async def test_with_shared_backoff_off_each_call_backs_off_on_its_own(
    server: FaultServer, transport: Any
) -> None:
    server.script(Action(status=429, headers={"Retry-After": "30"}))
    policy = RetryPolicy(max_retries=0, shared_backoff=False)
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=server.url, retries=policy, transport=transport
    ) as cc:
        with pytest.raises(RateLimitError):
            await patch(cc)
        with anyio.fail_after(10):  # far less than the 30 s a pause would take
            await five_at_once(cc)
    assert len(server.requests) == 6


@pytest.mark.anyio
async def test_a_call_whose_timeout_ends_before_the_pause_is_sent_at_once(
    server: FaultServer, transport: Any
) -> None:
    body = b'{"statusCode": 429, "description": "Tenant over its rate"}'
    server.script(*[Action(status=429, headers={"Retry-After": "30"}, body=body)] * 2)
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        with pytest.raises(RateLimitError):
            await patch(cc.with_options(retries=0))
        with anyio.fail_after(10), pytest.raises(RateLimitError) as info:
            await patch(cc.with_options(timeout=2))
    assert info.value.description == "Tenant over its rate" and info.value.attempts == 1
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_the_pause_is_capped_at_max_retry_after(server: FaultServer, transport: Any) -> None:
    server.script(Action(status=429, headers={"Retry-After": "3600"}))
    policy = RetryPolicy(max_retry_after=1)
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=server.url, retries=policy, transport=transport
    ) as cc:
        started = time.monotonic()
        with pytest.raises(RateLimitError):  # 3600 s is past max_retry_after: not retried
            await patch(cc)
        with anyio.fail_after(10):
            await patch(cc)
    assert len(server.requests) == 2 and server.requests[1].at >= started + 1.0


@pytest.mark.anyio
async def test_a_call_cancelled_while_paused_sends_nothing_and_the_client_still_works(
    server: FaultServer, transport: Any
) -> None:
    server.script(Action(status=429, headers={"Retry-After": "2"}))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        with pytest.raises(RateLimitError):
            await patch(cc.with_options(retries=0))
        with anyio.move_on_after(0.3) as scope:
            await patch(cc)
        assert scope.cancelled_caught
        assert len(server.requests) == 1
        with anyio.fail_after(10):
            await patch(cc)
    assert len(server.requests) == 2


def test_shared_backoff_must_be_a_bool() -> None:
    with pytest.raises(ValueError, match="shared_backoff must be a bool"):
        RetryPolicy(shared_backoff="yes")  # type: ignore[arg-type]
