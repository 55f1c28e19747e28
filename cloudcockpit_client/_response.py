"""Raw responses: ``cc.customers.with_raw_response.<method>(...)`` (openai-python's idiom).

The operation runs exactly as usual, while the client's send path records the responses it
received (a context variable, so no operation needs a second copy); the result carries the last
one with the value the method returned.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

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


class RawResponses:
    """``resource.with_raw_response``: the resource's methods, returning APIResponse instead."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        method = None if name.startswith("_") else getattr(self._resource, name, None)
        if method is None or not callable(method):
            raise AttributeError(f"{type(self._resource).__name__}.with_raw_response has no method {name!r}")

        @functools.wraps(method)
        async def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            captured: list[httpx.Response] = []
            token = CAPTURED.set(captured)
            try:
                result = method(*args, **kwargs)
                if inspect.isawaitable(result):  # a paginator is awaited: its first page
                    result = await result
            finally:
                CAPTURED.reset(token)
            return APIResponse(captured[-1], result)

        return call

    def __dir__(self) -> list[str]:
        return [
            name for name in dir(self._resource) if not name.startswith("_") and name != "with_raw_response"
        ]
