"""Client-side adaptive rate limiting (``RetryPolicy(adaptive_rate=True)``), after botocore's
"adaptive" retry mode: a token bucket paces the attempts, and its fill rate follows a CUBIC
calculator driven by the server's 429s.

Until the first throttling response (429, or 503 with Retry-After) the limiter is in slow start:
50 requests a second and 50 at once, the rate doubled while calls wait for it, at most every 25 ms
and once a round trip (an attempt sent at the doubled rate must come back admitted before the
next doubling, as TCP's slow start waits for its acknowledgements). On a throttle the rate drops
to ``beta`` times the rate the server was found to admit; on every other response it grows along
CUBIC's curve, back to that rate after ``K`` seconds and slowly past it, probing for more.

Where this differs from botocore, and why:

- slow start: botocore's limiter does nothing until the first throttle, so the client meets the
  limit with every call in flight, and all of them are refused together (50 429s at concurrency
  50: 8 % of 600 calls before any pacing could help). Paced, only the few attempts sent between
  the limit and its first 429 are refused;
- the rate a throttle is measured against is the count of responses the server *admitted* in the
  last second, not the client's send rate: a client that bursts into a limit sends far faster than
  the server admits (50 calls in flight on loopback: thousands a second), and botocore's estimate
  then takes many 429 rounds to come down to the server's rate. After slow start the bucket's rate
  bounds it, as botocore's does (a token bucket admits its content and its refill in one second);
- after slow start the bucket holds 0.1 s of tokens (botocore: 1 s), is emptied by a cut and
  gives none during the shared backoff's pause: a second's worth spent at once after a pause
  refills a sliding window in a moment, and every call in flight is refused together;
- one decrease per throttling event: a throttle for an attempt sent before the last decrease, or
  within a second of it, was sent at the old rate (or answered on the same evidence) and does not
  cut the rate again. Otherwise the 50 calls refused together by a full fixed window cut the rate
  by ``beta ** 50``;
- the growth is capped at twice the larger of the measured send rate and the last throttled rate:
  botocore caps it at twice the measured send rate only, which collapses after any pause (a
  Retry-After) because no response arrives while the client is paused;
- ``beta`` is 0.9, not CUBIC's 0.7: the admitted rate is already the server's rate, not an
  overshoot, so a gentler cut settles closer under it;
- RetryTransport lets a throttle the limiter acts on (its cut, or an attempt sent before the cut)
  slow the client instead of pausing it; the pause comes when an attempt sent after the cut is
  refused too (a window still full). A pause of the sliding window's or the token bucket's
  ``Retry-After: 1`` on every CUBIC cycle cost a fifth of the throughput;
- waiting is asynchronous (anyio: asyncio and trio), FIFO, bounded by the call's deadline and
  cancellable. The state is changed only between awaits, so no lock is needed on one event loop.
"""

from __future__ import annotations

import collections
import math
import time
from collections.abc import Callable

import anyio

__all__ = ["AdaptiveRateLimiter", "CubicCalculator", "RateClocker", "TokenBucket"]

Clock = Callable[[], float]

# Seconds over which the admitted rate is counted, and the least time between two decreases.
_WINDOW = 1.0
# After slow start the bucket holds this many seconds' worth: enough to absorb the event loop's
# lateness in waking a waiting call, not a burst (a burst after a pause refills a window at once).
_BURST = 0.1
# Slow start doubles the rate at most this often (seconds), and at most once a round trip.
_SLOW_START_STEP = 0.025
# The longest a waiting call sleeps before looking at the bucket again: the rate may have grown.
_POLL = 0.05


class CubicCalculator:
    """CUBIC's rate curve (RFC 9438, as botocore's ``CubicCalculator``).

    After a throttle at rate ``w_max`` at time ``t0``, the rate at time ``t`` is
    ``scale_constant * (t - t0 - k) ** 3 + w_max`` with ``k = (w_max * (1 - beta) / scale_constant) ** (1/3)``:
    it starts at ``beta * w_max``, is back to ``w_max`` after ``k`` seconds, and grows past it after.
    """

    def __init__(
        self, starting_max_rate: float, start_time: float, *, scale_constant: float = 0.4, beta: float = 0.7
    ) -> None:
        self.scale_constant = scale_constant
        self.beta = beta
        self.w_max = starting_max_rate
        self.k = self._zero_point()
        self.last_fail = start_time

    def _zero_point(self) -> float:
        return float((self.w_max * (1 - self.beta) / self.scale_constant) ** (1 / 3))

    def success_received(self, timestamp: float) -> float:
        """The rate CUBIC allows at ``timestamp`` (requests a second)."""
        return float(self.scale_constant * (timestamp - self.last_fail - self.k) ** 3 + self.w_max)

    def error_received(self, current_rate: float, timestamp: float) -> float:
        """Record a throttle at ``current_rate``; return the rate to send at now."""
        self.w_max = current_rate
        self.k = self._zero_point()
        self.last_fail = timestamp
        return current_rate * self.beta


class RateClocker:
    """The client's measured rate (responses a second), smoothed over half-second buckets (botocore)."""

    def __init__(self, clock: Clock, *, smoothing: float = 0.8, bucket_seconds: float = 0.5) -> None:
        self._smoothing = smoothing
        self._scale = 1 / bucket_seconds
        self._last_bucket = math.floor(clock() * self._scale) / self._scale
        self._count = 0
        self.measured_rate = 0.0

    def record(self, now: float) -> float:
        """Count one response at ``now``; return the measured rate."""
        bucket = math.floor(now * self._scale) / self._scale
        self._count += 1
        if bucket > self._last_bucket:
            current = self._count / (bucket - self._last_bucket)
            self.measured_rate = current * self._smoothing + self.measured_rate * (1 - self._smoothing)
            self._count = 0
            self._last_bucket = bucket
        return self.measured_rate


class TokenBucket:
    """Tokens at ``rate`` a second, holding at most ``burst`` seconds' worth (at least one token).

    Never blocks: :meth:`take` takes a token or says how long until there is one.
    """

    MIN_RATE = 0.5

    def __init__(self, rate: float, now: float, *, burst: float = 1.0) -> None:
        self.burst = burst
        self.rate = max(rate, self.MIN_RATE)
        self.capacity = max(self.rate * burst, 1.0)
        self.tokens = 0.0
        self._last = now

    def _refill(self, now: float) -> None:
        if now > self._last:
            self.tokens = min(self.capacity, self.tokens + (now - self._last) * self.rate)
        self._last = max(self._last, now)

    def set_rate(self, rate: float, now: float) -> None:
        """Change the fill rate from ``now`` on (the time before it fills at the old rate)."""
        self._refill(now)
        self.rate = max(rate, self.MIN_RATE)
        self.capacity = max(self.rate * self.burst, 1.0)
        self.tokens = min(self.tokens, self.capacity)

    def take(self, now: float) -> float:
        """Take a token (0.0), or return the seconds until one is there (nothing taken)."""
        self._refill(now)
        if self.tokens >= 1 and now >= self._last:
            self.tokens -= 1
            return 0.0
        return max(self._last - now, 0.0) + (1 - self.tokens) / self.rate

    def hold(self, until: float, now: float) -> None:
        """Give no token before ``until``, and start filling from empty then."""
        self._refill(now)
        self.tokens = 0.0
        self._last = max(self._last, until)


class AdaptiveRateLimiter:
    """Paces one client's attempts to the rate its server admits, learnt from the 429s.

    One per client and server (RetryTransport holds them; ``with_options`` copies share them).
    It starts in slow start: ``initial_rate`` requests a second (and as many at once), doubled at
    most every 25 ms and once a round trip while calls are waiting for it, so that the client
    meets the server's limit with a handful of attempts in flight rather than all of them. The
    first throttle ends slow start.
    """

    def __init__(
        self,
        clock: Clock = time.monotonic,
        *,
        initial_rate: float = 50.0,
        beta: float = 0.9,
        scale_constant: float = 0.4,
        burst: float = _BURST,
        headroom: float = 1.0,
    ) -> None:
        self.clock = clock
        now = clock()
        self._cubic = CubicCalculator(0.0, now, scale_constant=scale_constant, beta=beta)
        self._clocker = RateClocker(clock)
        self._bucket = TokenBucket(initial_rate, now)
        self._bucket.tokens = self._bucket.capacity
        self._headroom = headroom
        self._burst = burst
        #: True until the first throttling response.
        self.slow_start = True
        self._grown_at = now
        # Whether an attempt sent at the rate of the last doubling has come back admitted.
        self._confirmed = False
        self._admitted: collections.deque[float] = collections.deque()
        self._last_decrease = -math.inf
        self._waiters: collections.deque[anyio.Event] = collections.deque()

    @property
    def rate(self) -> float:
        """The requests a second the limiter allows now."""
        return self._bucket.rate

    def admitted_rate(self, now: float) -> float:
        """Responses not throttled in the last second, per second."""
        admitted = self._admitted
        while admitted and admitted[0] <= now - _WINDOW:
            admitted.popleft()
        return len(admitted) / _WINDOW

    def on_response(self, sent_at: float, throttled: bool) -> float | None:
        """Update the rate from a response to an attempt sent at ``sent_at``.

        Returns the new rate when this response cut it, else None.
        """
        now = self.clock()
        measured = self._clocker.record(now)
        if not throttled:
            if sent_at >= self._grown_at:
                self._confirmed = True
            self._admitted.append(now)
            self.admitted_rate(now)  # drops what left the window: the deque holds one second
            if not self.slow_start:
                ceiling = 2 * max(measured, self._cubic.w_max)
                self._bucket.set_rate(min(self._cubic.success_received(now), ceiling), now)
            return None
        if sent_at < self._last_decrease or now < self._last_decrease + _WINDOW:
            return None  # sent at the old rate, or refused on the evidence already acted on
        # What the server admitted in the last second is its rate (botocore takes the client's
        # send rate, which overshoots it by far when the client bursts into the limit).
        current = self.admitted_rate(now)
        if not self.slow_start:
            # A token bucket admits its content and its refill within one second: up to twice
            # its rate. The rate the client was sending at bounds the estimate (as in botocore).
            current = min(current, self._bucket.rate)
        current = max(current * self._headroom, TokenBucket.MIN_RATE)
        new_rate = self._cubic.error_received(current, now)
        if self.slow_start:
            # Paced from now on: a burst after a pause would refill a window at once.
            self._bucket.burst = self._burst
        self.slow_start = False
        self._last_decrease = now
        self._bucket.set_rate(new_rate, now)
        self._bucket.tokens = 0.0  # no burst at the old rate after the cut
        return self._bucket.rate

    def sent_before_cut(self, sent_at: float) -> bool:
        """Whether an attempt sent at ``sent_at`` went out before the last cut (at the old rate)."""
        return sent_at < self._last_decrease

    def hold(self, until: float) -> None:
        """No token before ``until`` (the shared backoff's pause): none are saved up for its end."""
        self._bucket.hold(until, self.clock())

    def _take(self, now: float) -> float:
        wait = self._bucket.take(now)
        if wait and self.slow_start and self._confirmed and now >= self._grown_at + _SLOW_START_STEP:
            # Calls are waiting, no server has refused one yet, and the server admitted an attempt
            # sent at the current rate: grow. Without that evidence (a round trip longer than the
            # step) the rate would double blindly, and more attempts meet the limit together.
            self._bucket.set_rate(self._bucket.rate * 2, now)
            self._grown_at = now
            self._confirmed = False
            wait = self._bucket.take(now)
        return wait

    def try_acquire(self) -> float:
        """Take a token now (0.0) or return the seconds until one (nothing taken)."""
        return self._take(self.clock())

    async def acquire(self, deadline: object = None) -> None:
        """Wait for a token, first come first served.

        A call whose ``deadline`` (a time.monotonic() value) would pass before its token is sent at
        once, as a call is during the shared backoff's pause: the server's answer is more use to the
        caller than a timeout. Cancelling the call while it waits takes it out of the queue.
        """
        if not self._waiters and not self._take(self.clock()):
            return
        # The calls queued ahead each take a token first: this call's turn is that far off.
        if isinstance(deadline, float) and self.clock() + (len(self._waiters) + 1) / self.rate >= deadline:
            return
        turn = anyio.Event()
        self._waiters.append(turn)
        try:
            if self._waiters[0] is not turn:
                if isinstance(deadline, float):
                    with anyio.move_on_after(deadline - self.clock()):
                        await turn.wait()
                    if not turn.is_set():
                        return  # the deadline came first: sent at once
                else:
                    await turn.wait()
            while True:
                now = self.clock()
                wait = self._take(now)
                if not wait or (isinstance(deadline, float) and now + wait >= deadline):
                    return
                await anyio.sleep(min(wait, _POLL))
        finally:
            first = self._waiters[0] is turn
            self._waiters.remove(turn)
            if first and self._waiters:
                self._waiters[0].set()
