"""The high-concurrency transport of the ``[aiohttp]`` extra: ``CloudCockpit(..., transport="aiohttp")``.

httpx-aiohttp's AiohttpTransport sends httpx requests through an aiohttp ClientSession, whose
connection pool holds up under concurrency where httpx's own slows down (httpx issue #3215).
This module is imported only when that transport is asked for, so aiohttp stays optional.

It corrects one thing: the exception types. httpx-aiohttp maps every aiohttp
ClientConnectionError to httpx.ConnectTimeout, so a connection reset or a server that hung up
after receiving a POST would look like "never sent" and be retried, and an aiohttp error it does
not know escapes unmapped. Here each aiohttp error becomes the httpx error that httpx's own
transport raises for the same event, so the retry policy and the error mapping behave the same
on both transports.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport as _HttpxAiohttpTransport

__all__ = ["AiohttpTransport"]


def _httpx_error(cause: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception that httpx's own transport raises for the event behind ``cause``."""
    message = str(cause) or type(cause).__name__
    error: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ClientConnectorError):
        error = httpx.ConnectError  # refused, DNS, TLS handshake: nothing was sent
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):
        error = httpx.ConnectTimeout  # connecting, or waiting for a pooled connection
    elif isinstance(cause, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        error = httpx.ReadTimeout  # the request may have been received
    elif isinstance(cause, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        error = httpx.RemoteProtocolError  # hung up before or during the response
    elif isinstance(cause, aiohttp.NonHttpUrlClientError | aiohttp.InvalidUrlClientError):
        error = httpx.UnsupportedProtocol
    elif isinstance(cause, aiohttp.ClientResponseError):
        error = httpx.RemoteProtocolError  # a malformed response
    else:
        error = httpx.ReadError  # reset, broken pipe, anything else: may have been received
    return error(message, request=request)


@contextlib.contextmanager
def _translated(request: httpx.Request) -> Iterator[None]:
    """Re-raise aiohttp's errors, bare or wrapped by httpx-aiohttp, as the httpx errors of the same event."""
    try:
        yield
    except (TimeoutError, httpx.TransportError, aiohttp.ClientError) as exc:
        cause = _aiohttp_cause(exc)
        if cause is None:
            raise
        raise _httpx_error(cause, request) from cause


def _aiohttp_cause(exc: BaseException) -> BaseException | None:
    if isinstance(exc, aiohttp.ClientError | asyncio.TimeoutError):
        return exc
    if isinstance(exc, httpx.TransportError) and isinstance(
        exc.__cause__, aiohttp.ClientError | asyncio.TimeoutError
    ):
        return exc.__cause__
    return None


class _Stream(httpx.AsyncByteStream):
    """The response body, with aiohttp's errors while reading it translated too."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _translated(self._request):
            async for chunk in self._inner:
                yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport with httpx's exception types; asyncio only.

    ``limits.max_connections`` caps the pool and ``limits.keepalive_expiry`` closes idle
    connections; aiohttp has no cap on idle connections, so ``max_keepalive_connections`` is unused.
    """

    def __init__(self, limits: httpx.Limits) -> None:
        def session() -> aiohttp.ClientSession:
            # Built on the first request, inside the running loop, as aiohttp requires. Same TLS
            # defaults as httpx's transport; no cookie jar, like the SDK's httpx client (client.py).
            connector = aiohttp.TCPConnector(
                limit=limits.max_connections or 0,
                keepalive_timeout=limits.keepalive_expiry,
                ssl=httpx.create_ssl_context(),
            )
            return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())

        self._inner = _HttpxAiohttpTransport(client=session)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through aiohttp."""
        if asyncio._get_running_loop() is None:
            raise RuntimeError(
                'transport="aiohttp" runs on asyncio only; under trio use the default transport'
            )
        with _translated(request):
            response = await self._inner.handle_async_request(request)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Stream(response.stream, request)
        return response

    async def aclose(self) -> None:
        """Close the aiohttp session and its connections."""
        await self._inner.aclose()
