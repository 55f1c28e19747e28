"""Client-side adaptive rate limiting (issue 25, item 11; RetryPolicy(adaptive_rate=True),
cloudcockpit_client/_ratelimit.py): CUBIC's numbers against botocore's formula, the token bucket
and the limiter on a fake clock (no sleeps), waits bounded by the call's deadline and cancellable,
and, over loopback, a fixed-window server whose 429s stop after the client's first contact."""

from __future__ import annotations

import asyncio
import collections
import email.utils
import math
import threading
import time
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, TENANT, TOKEN

from cloudcockpit_client import CloudCockpit, RateLimitError, RetryPolicy
from cloudcockpit_client._ratelimit import AdaptiveRateLimiter, CubicCalculator, RateClocker, TokenBucket


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def botocore_rate(w_max: float, beta: float, scale: float, last_fail: float, t: float) -> float:
    """botocore.retries.throttling.CubicCalculator.success_received, written out."""
    k = (w_max * (1 - beta) / scale) ** (1 / 3)
    return scale * (t - last_fail - k) ** 3 + w_max


@pytest.mark.parametrize("beta", [0.7, 0.9])
def test_the_cubic_calculator_follows_botocores_formula(beta: float) -> None:
    cubic = CubicCalculator(0.0, 0.0, scale_constant=0.4, beta=beta)
    assert cubic.error_received(10.0, 5.0) == pytest.approx(10.0 * beta)
    for t in (5.0, 5.5, 6.0, 7.0, 9.0, 12.0):
        assert cubic.success_received(t) == pytest.approx(botocore_rate(10.0, beta, 0.4, 5.0, t))
    # Back to w_max after k seconds, and past it after.
    k = (10.0 * (1 - beta) / 0.4) ** (1 / 3)
    assert cubic.success_received(5.0 + k) == pytest.approx(10.0)
    assert cubic.success_received(5.0 + k + 1) > 10.0
    # A second throttle starts a new curve from the rate it was at.
    assert cubic.error_received(8.0, 20.0) == pytest.approx(8.0 * beta)
    assert cubic.success_received(21.0) == pytest.approx(botocore_rate(8.0, beta, 0.4, 20.0, 21.0))


def test_the_rate_clocker_smooths_over_half_seconds() -> None:
    clock = FakeClock(10.0)
    clocker = RateClocker(clock)
    for _ in range(9):
        assert clocker.record(10.1) == 0.0  # still in the first half-second
    # The tenth response opens a new half-second: 10 responses in 0.5 s = 20/s, smoothed by 0.8.
    assert clocker.record(10.5) == pytest.approx(16.0)


def test_the_token_bucket_refills_at_its_rate_up_to_its_capacity() -> None:
    bucket = TokenBucket(10.0, 0.0, burst=0.5)
    assert bucket.capacity == 5.0
    assert bucket.take(0.0) == pytest.approx(0.1)  # empty at first: a token in 0.1 s
    assert bucket.take(0.1) == 0.0
    assert bucket.take(0.1) == pytest.approx(0.1)
    # Ten seconds idle saves up five tokens, not a hundred.
    assert [bucket.take(10.0) for _ in range(6)] == [0.0] * 5 + [pytest.approx(0.1)]
    # A lower rate keeps the tokens already filled, within the new capacity.
    bucket.set_rate(2.0, 10.5)
    assert bucket.capacity == 1.0 and bucket.take(10.5) == 0.0
    assert bucket.take(10.5) == pytest.approx(0.5)
    # Never below MIN_RATE: a rate of 0 would never give a token.
    bucket.set_rate(0.0, 11.0)
    assert bucket.rate == TokenBucket.MIN_RATE


def test_a_held_bucket_gives_nothing_until_the_pause_ends_and_saves_nothing_up() -> None:
    bucket = TokenBucket(10.0, 0.0, burst=1.0)
    bucket.tokens = 10.0
    bucket.hold(2.0, 0.5)
    assert bucket.take(1.0) == pytest.approx(1.1)  # 1 s of pause left, then 0.1 s for a token
    assert bucket.take(2.1) == 0.0
    assert bucket.take(2.1) == pytest.approx(0.1)


def test_the_limiter_slow_starts_then_cuts_to_the_rate_the_server_admitted() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock, initial_rate=10.0, beta=0.9, burst=0.1)
    started = clock.now
    assert limiter.slow_start
    # Ten at once, then one every 0.1 s.
    assert [limiter.try_acquire() for _ in range(10)] == [0.0] * 10
    assert limiter.try_acquire() == pytest.approx(0.1)
    clock.now += 0.1
    assert limiter.try_acquire() == 0.0
    assert limiter.rate == 10.0  # nobody waited
    # A call waits, but no attempt has come back admitted: no evidence that the server takes more.
    assert limiter.try_acquire() == pytest.approx(0.1)
    assert limiter.rate == 10.0
    assert limiter.on_response(started, throttled=False) is None  # the first attempt, admitted
    assert limiter.try_acquire() == pytest.approx(1 / 20)  # a call waits: the rate doubles
    assert limiter.rate == 20.0
    # Past the 25 ms step, but no attempt sent at 20/s has come back: once a round trip at most.
    clock.now += 0.06
    assert limiter.try_acquire() == 0.0
    assert limiter.try_acquire() == pytest.approx(0.8 / 20)
    assert limiter.rate == 20.0
    # The server admits 30 responses within a second (the one above and 29 more), then refuses one.
    for _ in range(29):
        clock.now += 0.02
        assert limiter.on_response(clock.now, throttled=False) is None
    sent = clock.now
    clock.now += 0.01
    assert limiter.on_response(sent, throttled=True) == pytest.approx(0.9 * 30)
    assert not limiter.slow_start
    # No burst at the old rate after the cut: the bucket starts empty.
    assert limiter.try_acquire() == pytest.approx(1 / 27)
    # The calls refused together are one event: no second cut within the second, nor for an
    # attempt sent before the cut.
    assert limiter.on_response(sent, throttled=True) is None
    clock.now += 0.5
    assert limiter.on_response(clock.now, throttled=True) is None
    clock.now += 1.0
    assert limiter.on_response(sent, throttled=True) is None
    assert limiter.rate == pytest.approx(27.0)


def test_after_a_cut_successes_grow_the_rate_along_cubic_capped_at_twice_the_last_rate() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock, initial_rate=10.0, beta=0.9)
    for _ in range(20):
        clock.now += 0.04
        limiter.on_response(clock.now, throttled=False)
    clock.now += 0.01
    cut_at = clock.now
    assert limiter.on_response(cut_at, throttled=True) == pytest.approx(18.0)
    clock.now = cut_at + 1.0
    limiter.on_response(clock.now, throttled=False)
    assert limiter.rate == pytest.approx(botocore_rate(20.0, 0.9, 0.4, cut_at, clock.now))
    clock.now = cut_at + 60.0  # CUBIC alone would be at 0.4 * 58 ** 3: far past any evidence
    limiter.on_response(clock.now, throttled=False)
    assert limiter.rate == pytest.approx(40.0)


def test_a_limiter_that_has_never_seen_a_throttle_does_not_grow_while_nobody_waits() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock, initial_rate=10.0)
    for _ in range(50):
        clock.now += 1.0
        assert limiter.try_acquire() == 0.0
    assert limiter.rate == 10.0


def test_adaptive_rate_must_be_a_bool() -> None:
    with pytest.raises(ValueError, match="adaptive_rate must be a bool"):
        RetryPolicy(adaptive_rate="yes")  # type: ignore[arg-type]
    assert RetryPolicy().adaptive_rate is False


def throttled(limiter: AdaptiveRateLimiter) -> None:
    """Bring the limiter to its least rate (0.5/s): a 429 with nothing admitted before it."""
    limiter.on_response(limiter.clock(), throttled=True)
    assert limiter.rate == TokenBucket.MIN_RATE


@pytest.mark.anyio
async def test_a_call_whose_deadline_ends_before_its_token_is_let_through_at_once() -> None:
    limiter = AdaptiveRateLimiter()
    throttled(limiter)  # the next token is 2 s away
    with anyio.fail_after(1):
        await limiter.acquire(time.monotonic() + 0.5)
    assert not limiter._waiters


@pytest.mark.anyio
async def test_a_call_cancelled_while_it_waits_leaves_the_queue_and_the_next_one_is_served() -> None:
    limiter = AdaptiveRateLimiter()
    throttled(limiter)
    served: list[str] = []

    async def call(name: str) -> None:
        await limiter.acquire(None)
        served.append(name)

    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            with anyio.move_on_after(0.2) as scope:
                await call("cancelled")
            assert scope.cancelled_caught and served == []
            assert not limiter._waiters
            limiter._bucket.set_rate(20.0, limiter.clock())  # so that the two below wait 0.1 s
            tg.start_soon(call, "first")
            await anyio.lowlevel.checkpoint()
            tg.start_soon(call, "second")
    assert served == ["first", "second"]  # first come, first served
    assert not limiter._waiters


class WindowServer:
    """R requests a second on 127.0.0.1, the others answered 429; counts what it answered and runs
    its own asyncio loop in a thread.

    ``fixed``: R per wall-clock second, Retry-After the HTTP date of that second's end.
    ``sliding``: at most R in any second, Retry-After the seconds (rounded up) until the oldest
    admission leaves the window.
    """

    def __init__(self, rate: int, shape: str = "fixed") -> None:
        self.rate = rate
        self.shape = shape
        self.window = 0
        self.count = 0
        self.log: collections.deque[float] = collections.deque()
        self.admitted = 0
        self.refused = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self.url = ""

    def __enter__(self) -> WindowServer:
        self._thread.start()
        start = asyncio.start_server(self._handle, "127.0.0.1", 0)
        self._server = asyncio.run_coroutine_threadsafe(start, self._loop).result(timeout=10)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        return self

    def __exit__(self, *exc: object) -> None:
        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def _answer(self) -> bytes:
        if self.shape == "sliding":
            return self._sliding()
        window = int(time.time())
        if window != self.window:
            self.window, self.count = window, 0
        if self.count < self.rate:
            self.count += 1
            self.admitted += 1
            return b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
        self.refused += 1
        return self._refusal(email.utils.formatdate(window + 1, usegmt=True))

    def _sliding(self) -> bytes:
        now = time.monotonic()
        while self.log and self.log[0] <= now - 1:
            self.log.popleft()
        if len(self.log) < self.rate:
            self.log.append(now)
            self.admitted += 1
            return b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
        self.refused += 1
        return self._refusal(str(max(1, math.ceil(self.log[0] + 1 - now))))

    @staticmethod
    def _refusal(retry_after: str) -> bytes:
        return f"HTTP/1.1 429 Too Many Requests\r\nRetry-After: {retry_after}\r\nContent-Length: 0\r\n\r\n".encode()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.decode("latin-1").split("\r\n")[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                await reader.readexactly(length)
                writer.write(self._answer())
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        except asyncio.CancelledError:
            pass  # the server's shutdown: ended quietly, not logged by asyncio as a failed callback
        finally:
            writer.close()


CALLS = 160
CONCURRENCY = 20
RATE = 40  # per window: 160 calls take four windows at least


async def run_calls(url: str, adaptive: bool) -> None:
    policy = RetryPolicy(max_retries=50, adaptive_rate=adaptive)
    remaining = CALLS
    async with CloudCockpit(
        TENANT,
        token=TOKEN,
        base_url=url,
        retries=policy,
        timeout=60,
        limits=httpx.Limits(max_connections=CONCURRENCY),
    ) as cc:

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)

        with anyio.fail_after(60):
            async with anyio.create_task_group() as tg:
                for _ in range(CONCURRENCY):
                    tg.start_soon(worker)


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
@pytest.mark.anyio
async def test_against_a_fixed_window_the_429s_stop_after_the_first_contact(anyio_backend: Any) -> None:
    with WindowServer(RATE) as server:
        await run_calls(server.url, adaptive=True)
    assert server.admitted == CALLS
    # Meeting the limit costs at most the calls in flight then; after it the client is paced
    # under the window's rate. Without adaptive_rate every window refuses about CONCURRENCY
    # calls: all those in flight when it fills (at least 3 * 20 here).
    assert server.refused <= CONCURRENCY + 10, server.refused
    assert server.refused / (server.admitted + server.refused) < 0.2


def test_the_429s_without_adaptive_rate_are_the_calls_in_flight_in_every_window() -> None:
    """The same run without adaptive_rate: what the bound above is against (the shared backoff
    pauses the client to each window's end, and the whole client meets the next one at once)."""
    with WindowServer(RATE) as server:
        anyio.run(run_calls, server.url, False)
    assert server.admitted == CALLS
    assert server.refused > CONCURRENCY, server.refused


@pytest.mark.parametrize("adaptive", [True, False])
def test_against_a_sliding_window_the_429s_stop_after_the_first_contact(adaptive: bool) -> None:
    """A window that frees its slots only as admissions leave it, with a rounded-up Retry-After:
    paced, the client meets it once; without adaptive_rate it meets it in every window."""
    with WindowServer(RATE, "sliding") as server:
        anyio.run(run_calls, server.url, adaptive)
    assert server.admitted == CALLS
    if adaptive:
        assert server.refused <= CONCURRENCY + 10, server.refused
    else:
        assert server.refused > CONCURRENCY, server.refused


def test_with_options_copies_share_the_clients_limiter() -> None:
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        status = 429 if len(seen) == 6 else 202
        return httpx.Response(status, headers={"Retry-After": "0"})

    async def main() -> tuple[Any, Any]:
        policy = RetryPolicy(adaptive_rate=True, max_retries=1)
        async with CloudCockpit(
            TENANT,
            token=TOKEN,
            base_url="https://api.example.com",
            retries=policy,
            transport=httpx.MockTransport(handler),
        ) as cc:
            for _ in range(5):
                await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
            with anyio.fail_after(10):
                await cc.with_options(retries=3).customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
            limiters = dict(cc._transport._limiters)
            return limiters, next(iter(limiters.values())).slow_start

    limiters, slow_start = anyio.run(main)
    # The copy's 429 (its policy has adaptive_rate off) cut the one limiter of the client, to
    # beta times the 5 responses admitted in the second before it.
    assert len(seen) == 7 and len(limiters) == 1 and slow_start is False
    assert next(iter(limiters.values())).rate < 5


@pytest.mark.anyio
async def test_a_429_that_cuts_the_rate_slows_the_client_instead_of_pausing_it(anyio_backend: Any) -> None:
    """With adaptive_rate, the limiter's cut is how the client backs off as one: the 30 s
    Retry-After of the 429 that caused it holds back no other call (the shared backoff would)."""
    from faultserver import Action, FaultServer

    server = FaultServer().start()
    try:
        server.script(*[Action(status=202)] * 10, Action(status=429, headers={"Retry-After": "30"}))
        policy = RetryPolicy(adaptive_rate=True)
        async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, retries=policy) as cc:
            with anyio.fail_after(10):
                for _ in range(10):
                    await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
                with pytest.raises(RateLimitError):
                    await cc.with_options(retries=0).customers.update_account_info(
                        CUSTOMER_ID, customer=CUSTOMER
                    )
                for _ in range(3):
                    await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
            limiter = next(iter(cc._transport._limiters.values()))
        assert len(server.requests) == 14
        assert not limiter.slow_start and limiter.rate < 10
    finally:
        server.stop()


def test_the_limiter_keeps_one_second_of_admissions_not_all_of_them() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock)
    for _ in range(10_000):
        clock.now += 0.01
        limiter.on_response(clock.now, throttled=False)
    assert len(limiter._admitted) <= 101  # a client running for days holds a second's worth
