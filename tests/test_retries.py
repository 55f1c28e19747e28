"""Retry policy: what is retried for which method, Retry-After, attempts, and the same correlation id."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN, Recorder, add, patch

from cloudcockpit_client import (
    APIConnectionError,
    APITimeoutError,
    CloudCockpit,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from cloudcockpit_client.retries import parse_retry_after

pytestmark = pytest.mark.anyio

FAST = RetryPolicy(max_retries=3, backoff_base=0, backoff_cap=0)


def client(rec: Recorder, retries: int | RetryPolicy = FAST) -> CloudCockpit:
    return CloudCockpit(TENANT, token=TOKEN, transport=rec.transport(), retries=retries)


def correlation_ids(rec: Recorder) -> set[str]:
    return {r.headers["X-Correlation-Id"] for r in rec.requests}


async def test_503_with_retry_after_then_success_on_patch() -> None:
    rec = Recorder([httpx.Response(503, headers={"Retry-After": "0"})], default=httpx.Response(202))
    async with client(rec) as cc:
        await patch(cc)
    assert len(rec.requests) == 2
    assert len(correlation_ids(rec)) == 1
    assert rec.requests[0].content == rec.requests[1].content


async def test_429_then_201_on_post() -> None:
    rec = Recorder(
        [httpx.Response(429, headers={"Retry-After": "0"})], default=httpx.Response(201, json="id")
    )
    async with client(rec) as cc:
        assert await add(cc) == "id"
    assert len(rec.requests) == 2
    assert len(correlation_ids(rec)) == 1


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_ambiguous_status_is_not_retried_for_post(status: int) -> None:
    rec = Recorder(default=httpx.Response(status))
    async with client(rec) as cc:
        with pytest.raises(InternalServerError) as info:
            await add(cc)
    assert len(rec.requests) == 1
    assert info.value.attempts == 1


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_ambiguous_status_is_retried_for_patch(status: int) -> None:
    rec = Recorder([httpx.Response(status), httpx.Response(status)], default=httpx.Response(202))
    async with client(rec) as cc:
        await patch(cc)
    assert len(rec.requests) == 3
    assert len(correlation_ids(rec)) == 1


async def test_gives_up_after_max_retries_and_reports_attempts() -> None:
    rec = Recorder(default=httpx.Response(503))
    async with client(rec) as cc:
        with pytest.raises(InternalServerError) as info:
            await add(cc)
        rec.default = httpx.Response(201, json="later")
        assert await add(cc) == "later"  # the client stays usable
    assert len(rec.requests) == 4 + 1
    assert info.value.attempts == 4
    assert "4 attempts" in str(info.value)


async def test_retry_after_above_the_cap_is_not_waited_for() -> None:
    rec = Recorder(default=httpx.Response(429, headers={"Retry-After": "3600"}))
    async with client(rec, RetryPolicy(max_retries=3, max_retry_after=10)) as cc:
        with pytest.raises(RateLimitError):
            await add(cc)
    assert len(rec.requests) == 1


async def test_connect_error_is_retried_for_post() -> None:
    rec = Recorder(
        [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow")], default=httpx.Response(201, json="x")
    )
    async with client(rec) as cc:
        assert await add(cc) == "x"
    assert len(rec.requests) == 3
    assert len(correlation_ids(rec)) == 1


async def test_read_timeout_on_post_is_not_retried() -> None:
    rec = Recorder([httpx.ReadTimeout("slow")], default=httpx.Response(201, json="x"))
    async with client(rec) as cc:
        with pytest.raises(APITimeoutError) as info:
            await add(cc)
    assert len(rec.requests) == 1
    assert info.value.attempts == 1


async def test_read_error_on_patch_is_retried() -> None:
    rec = Recorder([httpx.ReadError("reset"), httpx.ReadTimeout("slow")], default=httpx.Response(202))
    async with client(rec) as cc:
        await patch(cc)
    assert len(rec.requests) == 3


async def test_connection_errors_exhausted() -> None:
    rec = Recorder(default=httpx.Response(204))
    rec.replies = [httpx.ConnectError("refused")] * 4
    async with client(rec) as cc:
        with pytest.raises(APIConnectionError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert info.value.attempts == 4
    assert len(rec.requests) == 4


async def test_retries_zero_turns_retrying_off() -> None:
    rec = Recorder([httpx.Response(503)], default=httpx.Response(202))
    async with client(rec, retries=0) as cc:
        with pytest.raises(InternalServerError):
            await patch(cc)
    assert len(rec.requests) == 1


async def test_one_warning_per_retry_without_bodies(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudcockpit_client")
    rec = Recorder([httpx.Response(503), httpx.Response(503)], default=httpx.Response(202))
    async with client(rec) as cc:
        await cc.customers.update_account_info(
            CUSTOMER_ID, customer=CUSTOMER, correlation_id="c1d00000-0000-4000-8000-000000000001"
        )
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert all(
        "PATCH" in r.getMessage()
        and "503" in r.getMessage()
        and "c1d00000-0000-4000-8000-000000000001" in r.getMessage()
        for r in warnings
    )
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(debug) == 3
    assert "Lovelace" not in caplog.text and TOKEN not in caplog.text


def test_policy_decisions() -> None:
    policy = RetryPolicy()
    assert policy.should_retry_status("POST", 429) and policy.should_retry_status("POST", 503)
    assert not policy.should_retry_status("POST", 500)
    assert policy.should_retry_status("PATCH", 500) and policy.should_retry_status("GET", 504)
    assert not policy.should_retry_status("PATCH", 400) and not policy.should_retry_status("PATCH", 501)
    assert policy.should_retry_error("POST", httpx.ConnectError("x"))
    assert policy.should_retry_error("POST", httpx.PoolTimeout("x"))
    assert not policy.should_retry_error("POST", httpx.ReadTimeout("x"))
    assert not policy.should_retry_error("POST", httpx.RemoteProtocolError("x"))
    assert policy.should_retry_error("PATCH", httpx.RemoteProtocolError("x"))


def test_backoff_is_full_jitter_and_capped() -> None:
    policy = RetryPolicy(backoff_base=1, backoff_cap=4)
    for retry in range(1, 8):
        ceiling = min(4, 2 ** (retry - 1))
        samples = [policy.backoff(retry) for _ in range(200)]
        assert all(0 <= s <= ceiling for s in samples)
        assert max(samples) > ceiling / 2  # really spread over the range


def test_parse_retry_after() -> None:
    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now.timestamp()) == pytest.approx(30)
    assert parse_retry_after("25") == 25.0
    assert parse_retry_after(" 0 ") == 0.0
    # RFC 9110: delay-seconds is digits only; anything else is not a number of seconds.
    for not_seconds in ("2.5", "-4", "-5", "1e3", "1_0", "+3", "inf", "\u0661"):
        assert parse_retry_after(not_seconds) is None, not_seconds
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3"])
def test_policy_validation(bad: object) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=bad)  # type: ignore[arg-type]


async def test_deadline_stops_retrying_before_a_wait_that_would_pass_it() -> None:
    rec = Recorder([httpx.Response(503, headers={"Retry-After": "5"})], default=httpx.Response(202))
    async with client(rec, RetryPolicy(max_retries=3, deadline=1.0)) as cc:
        with pytest.raises(InternalServerError) as info:
            await patch(cc)
    assert len(rec.requests) == 1
    assert info.value.attempts == 1


async def test_error_kinds_are_configurable() -> None:
    policy = RetryPolicy(
        max_retries=2, backoff_base=0, backoff_cap=0, idempotent_retry_errors=(), retry_errors=()
    )
    rec = Recorder([httpx.ConnectError("refused")], default=httpx.Response(202))
    async with client(rec, policy) as cc:
        with pytest.raises(APIConnectionError):
            await patch(cc)
    assert len(rec.requests) == 1
    eager = RetryPolicy(max_retries=1, backoff_base=0, backoff_cap=0, retry_errors=(httpx.ReadTimeout,))
    rec = Recorder([httpx.ReadTimeout("slow")], default=httpx.Response(201, json="x"))
    async with client(rec, eager) as cc:
        assert await add(cc) == "x"  # the caller chose to re-send POST after a read timeout
    assert len(rec.requests) == 2


def test_deadline_validation() -> None:
    with pytest.raises(ValueError, match="deadline"):
        RetryPolicy(deadline=0)


async def test_calls_beyond_max_in_flight_wait_outside_the_pool() -> None:
    """The SDK's own transports hold back calls beyond the pool size (see RetryTransport)."""
    import anyio

    from cloudcockpit_client.retries import RetryTransport

    in_flight = 0
    most = 0
    order: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        order.append(request.headers["X-Seq"])
        await anyio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(204)

    transport = RetryTransport(httpx.MockTransport(handler), RetryPolicy(), max_in_flight=3)
    async with httpx.AsyncClient(transport=transport) as http:

        async def one(seq: int) -> None:
            response = await http.post("https://api.test/x", headers={"X-Seq": str(seq)})
            assert response.status_code == 204

        async with anyio.create_task_group() as tg:
            for seq in range(20):
                tg.start_soon(one, seq)
    assert most == 3
    assert sorted(order, key=int) == [str(seq) for seq in range(20)]
