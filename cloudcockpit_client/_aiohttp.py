"""The high-concurrency transport of the ``[aiohttp]`` extra: ``CloudCockpit(..., transport="aiohttp")``.

An httpx transport that sends each request through an aiohttp ClientSession, whose connection
pool holds up under concurrency where httpx's own slows down (httpx issue #3215). This module is
imported only when that transport is asked for, so aiohttp stays optional.

Two things differ from a general-purpose adapter such as httpx-aiohttp, on purpose:

- The response body is read here, whole, and handed back in memory. The SDK's retry layer reads
  every body inside its retry loop anyway (retries.py), so streaming it through httpx's and
  aiohttp's iterators only cost time: about 15 % of the throughput at 50 concurrent calls
  (BENCHMARKS.md).
- Each aiohttp error becomes the httpx error that httpx's own transport raises for the same event,
  so the retry policy and the error mapping behave the same on both transports. httpx-aiohttp 0.2
  maps every ClientConnectionError to ConnectTimeout, which would make a connection reset after a
  POST look like "never sent" and have it sent twice.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import httpx
from yarl import URL

from .errors import ResponseTooLargeError
from .retries import read_capped

__all__ = ["AiohttpTransport"]

_DECIDED_BY_HTTPX = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


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


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport over an aiohttp ClientSession, with httpx's exception types; asyncio only.

    ``limits.max_connections`` caps the pool and ``limits.keepalive_expiry`` closes idle
    connections; aiohttp has no cap on idle connections, so ``max_keepalive_connections`` is unused.
    httpx's per-request timeouts map to aiohttp's: ``connect`` to ``sock_connect``, ``read`` to
    ``sock_read``, ``pool`` to ``connect`` (which aiohttp counts from the start of the wait for a
    connection); aiohttp has no write timeout.
    """

    def __init__(
        self, limits: httpx.Limits, *, max_response_bytes: int | None = None, proxy: str | None = None
    ) -> None:
        self._limits = limits
        self._max_response_bytes = max_response_bytes
        self._proxy = proxy
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        # On the first request, inside the running loop, as aiohttp requires. Same TLS defaults as
        # httpx's transport; no cookie jar, like the SDK's httpx client (client.py).
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=httpx.create_ssl_context(),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            # httpx has already decided these, present or absent: aiohttp must not add its own
            # (it would send Content-Type: application/octet-stream on a POST without a body).
            skip_auto_headers=_DECIDED_BY_HTTPX,
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through aiohttp and return the response with its body read."""
        if asyncio._get_running_loop() is None:
            raise RuntimeError(
                'transport="aiohttp" runs on asyncio only; under trio use the default transport'
            )
        session = self._session or self._open()
        timeout = request.extensions.get("timeout", {})
        encoding = request.headers.encoding
        headers = [(k.decode(encoding), v.decode(encoding)) for k, v in request.headers.raw]
        data: Any
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            data = request.stream  # an async iterable: aiohttp sends it chunked, with its own header
            headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),  # httpx has already percent-encoded it
                headers=headers,
                data=data,
                allow_redirects=False,  # httpx's client decides about redirects
                auto_decompress=False,  # and decodes Content-Encoding when the body is read
                timeout=aiohttp.ClientTimeout(
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                    connect=timeout.get("pool"),
                ),
                server_hostname=request.extensions.get("sni_hostname"),
                proxy=self._proxy,  # https targets through CONNECT, as httpx's transport does
            ) as response:
                body = await self._read(response, request)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _httpx_error(exc, request) from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=httpx.ByteStream(body),  # raw bytes: not read, so not decoded, here
            request=request,
            extensions=extensions,
        )

    async def _read(self, response: aiohttp.ClientResponse, request: httpx.Request) -> bytes:
        """The whole body, or ResponseTooLargeError past the cap (the connection is then closed)."""
        limit = self._max_response_bytes
        length = response.content_length
        if limit is None or (length is not None and length <= limit):
            return await response.read()  # aiohttp reads no more than Content-Length
        try:
            return await read_capped(response.content.iter_any(), request, response.status, limit, length)
        except ResponseTooLargeError:
            response.close()  # not released to the pool: the rest of the body is never read
            raise

    async def aclose(self) -> None:
        """Close the aiohttp session and its connections."""
        if self._session is not None:
            await self._session.close()
