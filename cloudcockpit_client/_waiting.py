"""The one implementation of waiting for an asynchronous outcome (every ``wait_for_*`` uses it).

A waiter reads a state, again and again, until the state says the outcome is there (success), or
that it failed (``WaitFailedError``), or the time runs out (``WaitTimeoutError``). The pause between
two reads starts at ``interval`` and grows 1.5x per read up to 30 s (never below ``interval``); a
Retry-After on a read, or on a 429/503 answer, lengthens it, as the server asks. Any other error
of a read is raised at once. Cancelling the waiter cancels the read in flight.

A state is what the server sent, and a server may echo a token into it (a customer's name, an
order's error message): the ``last_state`` of a WaitTimeoutError or WaitFailedError, and its
message, hold a copy with the client's secrets scrubbed, as an APIStatusError's body does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import anyio
import httpx

from . import _constants
from ._scrub import scrub, scrub_value
from .errors import APIStatusError, WaitFailedError, WaitTimeoutError, secrets_of
from .retries import parse_retry_after

__all__ = ["Poll", "positive_seconds"]

S = TypeVar("S")  # the state a read returns
R = TypeVar("R")  # the waiter's result

# A read answers the state and the response it came in (for its Retry-After).
Read = Callable[[], Awaitable[tuple[S, httpx.Response]]]


def positive_seconds(value: object, name: str) -> float:
    """``value`` as seconds, or a ValueError naming ``name`` (before any I/O)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds > 0, got {value!r}")
    return float(value)


class Poll(Generic[S, R]):
    """One wait: ``await Poll(read, outcome, ...).run()``.

    ``outcome(state)`` returns the result when the wait is over, None to keep waiting, or raises
    (``WaitFailedError`` for an outcome that failed). ``describe(last_state)`` says, on a timeout,
    what was still not there; ``last_state(last_state)``, when given, what the WaitTimeoutError's
    ``last_state`` holds (default: the last state read).
    """

    def __init__(
        self,
        read: Read[S],
        outcome: Callable[[S], R | None],
        describe: Callable[[S | None], str],
        *,
        timeout: object,
        interval: object,
        correlation_id: str,
        last_state: Callable[[S | None], object] | None = None,
    ) -> None:
        self._read = read
        self._last_state = last_state
        self._outcome = outcome
        self._describe = describe
        # Checked here, at the waiter's call, so that bad values fail before any I/O.
        self.timeout = positive_seconds(timeout, "timeout")
        self.interval = positive_seconds(interval, "interval")
        self.correlation_id = correlation_id

    async def run(self) -> R:
        """Read until the outcome; raise WaitTimeoutError when the time runs out."""
        pause = self.interval
        longest = max(pause, _constants.MAX_WAIT_INTERVAL)
        polls = 0
        last: S | None = None
        last_response: httpx.Response | None = None
        with anyio.move_on_after(self.timeout):
            while True:
                try:
                    state, response = await self._read()
                except APIStatusError as exc:
                    if exc.status_code not in (429, 503):
                        raise
                    response = exc.response  # the server said "not now": keep waiting, as it says
                else:
                    last, last_response = state, response
                    try:
                        result = self._outcome(state)
                    except WaitFailedError as failed:
                        _scrub_failure(failed, secrets_of(response.request))
                        raise
                    if result is not None:
                        return result
                finally:
                    polls += 1
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                await anyio.sleep(max(pause, retry_after or 0.0))
                pause = min(pause * _constants.WAIT_INTERVAL_GROWTH, longest)
        secrets = secrets_of(last_response.request) if last_response is not None else ()
        raise WaitTimeoutError(
            scrub(self._describe(last), secrets),
            last_state=scrub_value(last if self._last_state is None else self._last_state(last), secrets),
            polls=polls,
            timeout=self.timeout,
            correlation_id=self.correlation_id,
        )


def _scrub_failure(failed: WaitFailedError, secrets: tuple[str, ...]) -> None:
    """Scrub the secrets from a WaitFailedError an outcome raised (its message quotes the state)."""
    failed.message = scrub(failed.message, secrets)
    failed.last_state = scrub_value(failed.last_state, secrets)
    failed.args = (str(failed),)
