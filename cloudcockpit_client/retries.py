"""The retry policy, and the httpx transport that applies it to every request.

Retrying sits in the transport, below the auth flow, so it covers every operation (including ones
added to the spec later) and re-sends the very same request: same X-Correlation-Id, same body.

What is retried (DESIGN.md "Policies"):

- for every method, what the server cannot have acted on: connection refused or failed, connect
  timeout, pool timeout, 429 and 503;
- for idempotent methods only (GET, HEAD, OPTIONS, PUT, PATCH, DELETE), the ambiguous outcomes:
  read or write timeout, connection lost after the request was sent, 500, 502 and 504.

POST is never re-sent after it may have reached the server: adding a provider instance twice is
not harmless. Waits use exponential backoff with full jitter, or the server's Retry-After
(seconds or an HTTP date) when it is not longer than ``max_retry_after``.

A client backs off as one (``RetryPolicy.shared_backoff``, on by default): a 429 or 503 with a
Retry-After pauses every new attempt of the client, not only the retry of the call that got it.
Otherwise 50 concurrent calls keep sending into a rate limit, each learning about it on its own.

With ``RetryPolicy.adaptive_rate`` (off by default) the client also paces itself after the first
429 to the rate the server admits (_ratelimit.py, after botocore's adaptive retry mode).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import random
import re
import time
from collections.abc import AsyncGenerator, AsyncIterable
from collections.abc import Set as AbstractSet
from email.utils import parsedate_to_datetime
from typing import cast

import anyio
import httpx

from . import _constants
from ._body import content_codings, decode, drop_connection_if_poisoned, without_content_encoding
from ._ratelimit import AdaptiveRateLimiter
from .errors import too_large

__all__ = ["RetryPolicy", "RetryTransport"]

logger = logging.getLogger(_constants.LOGGER_NAME)
# Silent unless the application configures logging: without a handler, Python's last-resort
# handler would print every retry WARNING to stderr.
logger.addHandler(logging.NullHandler())

ATTEMPTS_EXTENSION = "cloudcockpit.attempts"
# The time.monotonic() at which the call's total timeout ends, set by the client on each request:
# a wait that would end after it is not started (the error is raised at once instead).
DEADLINE_EXTENSION = "cloudcockpit.deadline"
# A RetryPolicy for this request only (CloudCockpit.with_options(retries=...)), instead of the
# transport's own.
POLICY_EXTENSION = "cloudcockpit.retry_policy"
_DELAY_SECONDS = re.compile(r"[0-9]+")

# The statuses whose Retry-After pauses the whole client (RetryPolicy.shared_backoff).
_PAUSING_STATUSES = frozenset({429, 503})

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})

# Errors raised before any byte of the request can have reached the server's application.
_SAFE_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors after which the server may or may not have acted on the request.
_AMBIGUOUS_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


@dataclasses.dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How failed attempts are retried. ``RetryPolicy(max_retries=0)`` turns retrying off.

    Attributes:
        max_retries: attempts after the first one.
        backoff_base: the first backoff ceiling in seconds; it doubles on every retry.
        backoff_cap: the largest backoff ceiling in seconds. The wait is uniform in [0, ceiling].
        max_retry_after: the longest Retry-After the SDK waits for; a longer one is not retried.
        retry_statuses: statuses retried for every method (the server did not act on them).
        idempotent_retry_statuses: statuses retried only for idempotent methods.
        retry_errors: httpx exception types retried for every method (nothing reached the server).
        idempotent_retry_errors: httpx exception types retried only for idempotent methods.
        deadline: seconds after the first attempt past which no retry is started (None: no limit);
            the last error is raised instead. The client's ``timeout`` still bounds the whole call.
        shared_backoff: when a response is a 429 or 503 with a Retry-After, no attempt of any call
            of this client starts until that time has passed (at most ``max_retry_after``). A call
            whose total timeout would end before then is sent at once, and gets the server's answer.
        adaptive_rate: pace the client to the rate its server admits, learnt from the 429s (and the
            503s with a Retry-After), after botocore's "adaptive" retry mode: attempts wait for a
            client-side token bucket. Until the first such response it allows 50 calls at once and
            50 a second, doubled every 100 ms while calls wait; then its rate drops on each
            throttle and grows back (CUBIC) on the other responses. One limiter per client and
            server, shared by its ``with_options`` copies; a wait never outlasts the call's total
            timeout (the call is sent at once instead). Off by default.
    """

    max_retries: int = _constants.DEFAULT_MAX_RETRIES
    backoff_base: float = _constants.DEFAULT_BACKOFF_BASE
    backoff_cap: float = _constants.DEFAULT_BACKOFF_CAP
    max_retry_after: float = _constants.DEFAULT_MAX_RETRY_AFTER
    retry_statuses: AbstractSet[int] = frozenset({429, 503})
    idempotent_retry_statuses: AbstractSet[int] = frozenset({500, 502, 504})
    retry_errors: tuple[type[Exception], ...] = _SAFE_ERRORS
    idempotent_retry_errors: tuple[type[Exception], ...] = _AMBIGUOUS_ERRORS
    deadline: float | None = None
    shared_backoff: bool = True
    adaptive_rate: bool = False

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ValueError(f"RetryPolicy.max_retries must be an int >= 0, got {self.max_retries!r}")
        for name in ("backoff_base", "backoff_cap", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
                raise ValueError(f"RetryPolicy.{name} must be >= 0, got {value!r}")
        if not isinstance(self.shared_backoff, bool):
            raise ValueError(f"RetryPolicy.shared_backoff must be a bool, got {self.shared_backoff!r}")
        if not isinstance(self.adaptive_rate, bool):
            raise ValueError(f"RetryPolicy.adaptive_rate must be a bool, got {self.adaptive_rate!r}")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError(f"RetryPolicy.deadline must be > 0 seconds or None, got {self.deadline!r}")
        # Frozen copies: a set or list passed in can be changed later by its owner, this policy not.
        for name in ("retry_statuses", "idempotent_retry_statuses"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        for name in ("retry_errors", "idempotent_retry_errors"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def should_retry_status(self, method: str, status_code: int) -> bool:
        """Whether a response with this status may be retried for this method."""
        if status_code in self.retry_statuses:
            return True
        return status_code in self.idempotent_retry_statuses and method.upper() in IDEMPOTENT_METHODS

    def should_retry_error(self, method: str, exc: Exception) -> bool:
        """Whether a transport error may be retried for this method."""
        if isinstance(exc, self.retry_errors):
            return True
        return isinstance(exc, self.idempotent_retry_errors) and method.upper() in IDEMPOTENT_METHODS

    def allows_wait(self, elapsed: float, delay: float) -> bool:
        """Whether waiting ``delay`` more seconds keeps the retries within ``deadline``."""
        return self.deadline is None or elapsed + delay <= self.deadline

    def backoff(self, retry_number: int) -> float:
        """Full-jitter backoff before retry number ``retry_number`` (1-based)."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (retry_number - 1)))
        return random.uniform(0, ceiling)  # noqa: S311 - jitter, not cryptography


async def read_capped(
    chunks: AsyncIterable[bytes],
    request: httpx.Request,
    status_code: int,
    limit: int | None,
    content_length: int | None,
) -> bytes:
    """A response body from its chunks, or ResponseTooLargeError past ``limit`` (max_response_bytes).

    A Content-Length past the limit is refused before any chunk is read; otherwise reading stops
    at the first chunk past it. The caller closes the response, and with it the connection.
    Shared by httpx's transport (RetryTransport) and the aiohttp transport.
    """
    if (
        limit is not None
        and content_length is not None
        and content_length > limit
        and request.method != "HEAD"
    ):
        raise too_large(request, status_code, limit, content_length, announced=True)
    parts = []
    received = 0
    async for chunk in chunks:
        received += len(chunk)
        if limit is not None and received > limit:
            raise too_large(request, status_code, limit, received)
        parts.append(chunk)
    return b"".join(parts)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header, or None when it is not one.

    RFC 9110: delay-seconds is digits only, or an HTTP-date. "-5", "2.5", "1e3", "1_0" or "nan" are
    neither, so the normal backoff applies (float() would read "1e3" as 1,000 s and "-5" as 0).
    """
    if value is None:
        return None
    value = value.strip()
    if _DELAY_SECONDS.fullmatch(value):
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryTransport(httpx.AsyncBaseTransport):
    """Wraps another transport and re-sends a request as the RetryPolicy allows.

    With ``max_in_flight``, at most that many attempts are inside the inner transport at once and
    the others wait in a FIFO queue here, not in the transport's pool: httpx's pool scans every
    waiting request whenever a connection frees up, so 10,000 calls gathered at once cost it
    quadratic time (httpx issue #3215), while a waiting slot here costs nothing. A backoff sleep
    does not hold a slot.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        max_in_flight: int | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.max_response_bytes = max_response_bytes
        self._slots = anyio.Semaphore(max_in_flight, fast_acquire=True) if max_in_flight else None
        # time.monotonic() before which no attempt starts (RetryPolicy.shared_backoff).
        self._paused_until = 0.0
        # RetryPolicy.adaptive_rate: one limiter per server (the API's, the token endpoint's).
        self._limiters: dict[bytes, AdaptiveRateLimiter] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying what the policy allows; return the last response."""
        method = request.method
        extensions = request.extensions
        policy: RetryPolicy = extensions.get(POLICY_EXTENSION) or self.policy
        retry_number = 0
        first_started = time.monotonic()
        call_deadline = extensions.get(DEADLINE_EXTENSION)
        limiter = self._limiter_for(request, policy)
        while True:
            attempt = extensions.get(ATTEMPTS_EXTENSION, 0) + 1
            extensions[ATTEMPTS_EXTENSION] = attempt
            if limiter is not None:
                # The pause first, then a token: tokens taken during a pause would all be spent at
                # its end, in one burst into the window that just reopened.
                await self._wait_out_pause(policy, call_deadline)
                await limiter.acquire(call_deadline)
            started = time.monotonic()
            try:
                response = await self._send_buffered(request, policy, call_deadline)
            except Exception as exc:
                if retry_number >= policy.max_retries or not policy.should_retry_error(method, exc):
                    raise
                delay = policy.backoff(retry_number + 1)
                if not self._may_wait(policy, first_started, delay, call_deadline):
                    raise
                retry_number += 1
                self._log_retry(request, attempt, type(exc).__name__, delay)
                await anyio.sleep(delay)
                continue

            status = response.status_code
            # With adaptive_rate, a throttle slows the client (the limiter's cut) instead of
            # pausing it, and so do those of the attempts sent before the cut; one sent after it
            # that the server still refuses pauses the client too.
            slowed = limiter is not None and self._adapt_rate(limiter, request, response, started)
            if status in _PAUSING_STATUSES and policy.shared_backoff and not slowed:
                self._pause_for(request, response, policy)
                if limiter is not None and self._paused_until > time.monotonic():
                    limiter.hold(self._paused_until)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s -> %d in %.1f ms (attempt %d, correlation id %s)",
                    method,
                    request.url.path,
                    status,
                    (time.monotonic() - started) * 1000,
                    attempt,
                    request.headers.get("X-Correlation-Id", "-"),
                )
            if retry_number >= policy.max_retries or not policy.should_retry_status(method, status):
                return response
            delay = policy.backoff(retry_number + 1)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                if retry_after > policy.max_retry_after:
                    # Waiting that long would hold the caller hostage; let them decide.
                    return response
                delay = retry_after
            if not self._may_wait(policy, first_started, delay, call_deadline):
                # The wait would outlast the call: the caller gets this answer (a RateLimitError
                # with its description) now, rather than an APITimeoutError later.
                return response
            retry_number += 1
            await response.aclose()
            self._log_retry(request, attempt, str(status), delay)
            await anyio.sleep(delay)

    def _limiter_for(self, request: httpx.Request, policy: RetryPolicy) -> AdaptiveRateLimiter | None:
        """The client-side rate limiter for this request's server, or None (adaptive_rate off)."""
        # The client's own policy decides, so that its with_options(retries=...) copies share it.
        if not (self.policy.adaptive_rate or policy.adaptive_rate):
            return None
        server = request.url.netloc
        limiter = self._limiters.get(server)
        if limiter is None:
            limiter = self._limiters[server] = AdaptiveRateLimiter()
        return limiter

    @staticmethod
    def _adapt_rate(
        limiter: AdaptiveRateLimiter, request: httpx.Request, response: httpx.Response, sent_at: float
    ) -> bool:
        """Tell the limiter of a response; True when it is a throttle the limiter acted on."""
        status = response.status_code
        throttled = status == 429 or (status == 503 and "Retry-After" in response.headers)
        first = limiter.slow_start
        new_rate = limiter.on_response(sent_at, throttled)
        if new_rate is not None:
            logger.log(
                logging.WARNING if first else logging.INFO,
                "pacing this client to %.1f requests/s after %d (adaptive_rate; correlation id %s)",
                new_rate,
                status,
                request.headers.get("X-Correlation-Id", "-"),
            )
        return new_rate is not None or (throttled and limiter.sent_before_cut(sent_at))

    @staticmethod
    def _may_wait(policy: RetryPolicy, first_started: float, delay: float, call_deadline: object) -> bool:
        now = time.monotonic()
        if isinstance(call_deadline, float) and now + delay >= call_deadline:
            return False
        return policy.allows_wait(now - first_started, delay)

    def _pause_for(self, request: httpx.Request, response: httpx.Response, policy: RetryPolicy) -> None:
        """Pause every new attempt of this client for the response's Retry-After (shared backoff)."""
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if not retry_after:
            return
        now = time.monotonic()
        until = now + min(retry_after, policy.max_retry_after)
        if until <= self._paused_until:
            return
        if self._paused_until <= now:  # one line per pause, not one per call that ran into it
            logger.warning(
                "pausing every request of this client for %.2f s after %d (Retry-After; correlation id %s)",
                until - now,
                response.status_code,
                request.headers.get("X-Correlation-Id", "-"),
            )
        self._paused_until = until

    def _pause_left(self, policy: RetryPolicy, call_deadline: object) -> float:
        """Seconds this attempt must wait for the client's pause (0: send now)."""
        if not policy.shared_backoff:
            return 0.0
        now = time.monotonic()
        wait = self._paused_until - now
        if wait <= 0 or (isinstance(call_deadline, float) and now + wait >= call_deadline):
            # A call whose timeout ends first is sent now: the server's answer (a RateLimitError
            # with its description) is more use to the caller than an APITimeoutError later.
            return 0.0
        return wait

    async def _send_buffered(
        self, request: httpx.Request, policy: RetryPolicy, call_deadline: object
    ) -> httpx.Response:
        await self._wait_out_pause(policy, call_deadline)
        if self._slots is None:
            return await self._send_and_read(request)
        while True:
            async with self._slots:
                # A 429 may have paused the client while this attempt waited for its slot; the
                # pause is waited out without the slot, as a backoff is.
                if not self._pause_left(policy, call_deadline):
                    return await self._send_and_read(request)
            await self._wait_out_pause(policy, call_deadline)

    async def _wait_out_pause(self, policy: RetryPolicy, call_deadline: object) -> None:
        wait = self._pause_left(policy, call_deadline)
        while wait:
            await anyio.sleep(wait)
            # Another 429 may have extended the pause meanwhile.
            wait = self._pause_left(policy, call_deadline)

    async def _send_and_read(self, request: httpx.Request) -> httpx.Response:
        # The body is read here, inside the retry loop, so that a connection lost in the middle
        # of it is an error this policy can retry (for idempotent methods), not one raised later.
        # A body past max_response_bytes is not read further: the response is closed half-read,
        # which makes httpcore close its connection rather than return it to the pool.
        # Content-Encoding is undone here too (_body.decode), under the same cap and in bounded
        # steps, so that httpx, which would decode in one go without a bound, gets plain bytes.
        response = await self.inner.handle_async_request(request)
        if response.is_stream_consumed:
            return response  # already read, and decoded, by whoever built it
        codings = content_codings(response.headers)
        if isinstance(response.stream, httpx.ByteStream):
            # In memory already (an httpx.MockTransport's or the aiohttp transport's): raw bytes.
            if not codings:
                return response
            content = b"".join([part async for part in response.stream])
        else:
            content = await self._read_stream(request, response)
        headers = response.headers
        if codings:
            content = await decode(content, codings, request, response.status_code, self.max_response_bytes)
            headers = without_content_encoding(headers)
        # stream=, not content=: content= would set Content-Length.
        return httpx.Response(
            response.status_code,
            headers=headers,
            stream=httpx.ByteStream(content),
            extensions=response.extensions,
            request=request,
        )

    async def _read_stream(self, request: httpx.Request, response: httpx.Response) -> bytes:
        """The raw body of a streamed ``response``, under the cap; the response is closed after."""
        announced = response.headers.get("Content-Length", "")
        try:
            # The stream itself, not response.aiter_raw(), which closes the response at its end:
            # the connection must still be ours when drop_connection_if_poisoned looks at it.
            # It is an async generator (typed as an iterator): closed now rather than when it is
            # collected, which trio reports as a ResourceWarning.
            stream = cast(AsyncIterable[bytes], response.stream)
            raw_chunks = cast(AsyncGenerator[bytes, None], aiter(stream))
            async with contextlib.aclosing(raw_chunks) as raw:
                content = await read_capped(
                    raw,
                    request,
                    response.status_code,
                    self.max_response_bytes,
                    int(announced) if announced.isdigit() else None,
                )
            # Bytes past the end of this response (a 204 with a body, a short Content-Length) would
            # be read as the next response on the pooled connection: it is closed instead.
            drop_connection_if_poisoned(response)
        finally:
            await response.aclose()
        return content

    def _log_retry(self, request: httpx.Request, attempt: int, outcome: str, delay: float) -> None:
        logger.warning(
            "retrying %s %s after %s (attempt %d, waiting %.2f s, correlation id %s)",
            request.method,
            request.url.path,
            outcome,
            attempt,
            delay,
            request.headers.get("X-Correlation-Id", "-"),
        )

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.inner.aclose()
