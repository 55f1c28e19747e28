"""Raw responses: ``cc.customers.with_raw_response.<method>(...)`` (openai-python's idiom).

The operation runs exactly as usual, while the client's send path records the responses it
received (a context variable, so no operation needs a second copy); the result carries the last
one with the value the method returned. The typed wrappers are ``resources._common.raw`` and
``raw_pages``; each generated resource has a ``<Resource>WithRawResponse`` class made of them.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Generic, TypeVar

import httpx

from .retries import ATTEMPTS_EXTENSION

__all__ = ["APIResponse"]

T = TypeVar("T")

#: The 2xx responses of the operation running in this context, when a raw response was asked for.
CAPTURED: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "cloudcockpit_captured", default=None
)


class APIResponse(Generic[T]):
    """An operation's HTTP response with the value the method returns.

    Attributes:
        status_code: the HTTP status of the (last) response, e.g. 201.
        headers: its headers (``httpx.Headers``, case-insensitive).
        correlation_id: the X-Correlation-Id the request was sent with.
        attempts: how many attempts the retry policy made.
        http_response: the ``httpx.Response`` itself (its body already read).
        parsed: what the method returns (also ``parse()``).

    An operation that sends several requests (``update_account_info(changes=...)`` reads, then
    writes; ``wait_for_provider_customer`` polls) reports its last one.
    """

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self.parsed = parsed
        self.status_code = http_response.status_code
        self.headers = http_response.headers
        self.correlation_id: str | None = http_response.request.headers.get("X-Correlation-Id")
        self.attempts: int = http_response.request.extensions.get(ATTEMPTS_EXTENSION, 1)

    def parse(self) -> T:
        """The value the method returns (the same as ``parsed``)."""
        return self.parsed

    def __repr__(self) -> str:
        return (
            f"<APIResponse [{self.status_code}] correlation id {self.correlation_id}, "
            f"parsed {type(self.parsed).__name__}>"
        )


def record(response: httpx.Response) -> None:
    """Called by the client's send path with every 2xx response."""
    captured = CAPTURED.get()
    if captured is not None:
        captured.append(response)


class _Captured:
    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    def response(self, parsed: T) -> APIResponse[T]:
        return APIResponse(self.responses[-1], parsed)


@contextlib.contextmanager
def capture() -> Iterator[_Captured]:
    """Record the 2xx responses of the operation run inside (``with_raw_response``)."""
    captured = _Captured()
    token = CAPTURED.set(captured.responses)
    try:
        yield captured
    finally:
        CAPTURED.reset(token)
