"""A response body once its bytes have arrived: Content-Encoding decoded under the size cap, in
bounded steps, and a pooled connection whose framing was wrong taken out of the pool.

Why here and not in httpx: httpx decodes a body in one call when it is read, after the raw bytes
were counted against ``max_response_bytes``; 1.8 KB of ``gzip, gzip`` then becomes gigabytes in
one step that also blocks the event loop. RetryTransport hands httpx a body already decoded here
(and no Content-Encoding), on both transports and for the token endpoint, which shares it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

import anyio.lowlevel
import httpx

from .errors import too_large

# What the SDK asks for, so that a server has no reason to send another coding. httpx would add
# br and zstd when brotli or zstandard happen to be installed; their decoders have no output bound.
ACCEPT_ENCODING = "gzip, deflate"

# Decoded bytes produced per step; the event loop runs between two steps.
_STEP = 256 * 1024

_GZIP_WBITS = zlib.MAX_WBITS | 16
_ZLIB_WBITS = zlib.MAX_WBITS
_RAW_DEFLATE_WBITS = -zlib.MAX_WBITS


def content_codings(headers: httpx.Headers) -> list[str]:
    """The codings of a Content-Encoding header, in the order they were applied ("identity" left out)."""
    values = headers.get_list("content-encoding", split_commas=True)
    return [v for v in (value.strip().lower() for value in values) if v and v != "identity"]


def _inflate(chunks: Iterator[bytes], wbits: int, fallback_wbits: int | None = None) -> Iterator[bytes]:
    """Decompressed pieces of at most _STEP bytes each: zlib never makes more per call."""
    decompressor = zlib.decompressobj(wbits)
    first = True
    for chunk in chunks:
        data = chunk
        while True:
            try:
                out = decompressor.decompress(data, _STEP)
            except zlib.error:
                if not first or fallback_wbits is None:
                    raise
                # "deflate" is meant to be zlib-wrapped, but servers send it raw too (as httpx allows).
                decompressor = zlib.decompressobj(fallback_wbits)
                fallback_wbits = None
                continue
            first = False
            if out:
                yield out
            if decompressor.eof:
                return  # what follows the end of the stream is ignored, as httpx does
            data = decompressor.unconsumed_tail
            if not data and len(out) < _STEP:
                break
    tail = decompressor.flush()
    if tail:
        yield tail


def _gzip(chunks: Iterator[bytes]) -> Iterator[bytes]:
    return _inflate(chunks, _GZIP_WBITS)


def _deflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    return _inflate(chunks, _ZLIB_WBITS, _RAW_DEFLATE_WBITS)


_DECODERS = {"gzip": _gzip, "deflate": _deflate}


async def decode(
    content: bytes, codings: list[str], request: httpx.Request, status_code: int, limit: int | None
) -> bytes:
    """``content`` with its ``codings`` undone, or ResponseTooLargeError once the decoded size
    passes ``limit``; httpx.DecodingError for a coding the client does not accept or a broken stream.

    The layers are chained, so only the final output is held; each step makes at most _STEP bytes
    and the event loop (and with it the call's timeout) runs between steps.
    """
    unknown = [coding for coding in codings if coding not in _DECODERS]
    if unknown:
        raise httpx.DecodingError(
            f"the response's Content-Encoding {', '.join(unknown)!r} is not one the client accepts "
            f"({ACCEPT_ENCODING})",
            request=request,
        )
    pieces: Iterator[bytes] = iter((content,))
    for coding in reversed(codings):  # the last coding applied is the first to undo
        pieces = _DECODERS[coding](pieces)
    parts: list[bytes] = []
    size = 0
    try:
        for piece in pieces:
            size += len(piece)
            if limit is not None and size > limit:
                raise too_large(request, status_code, limit, size, decoded=True)
            if parts:
                await anyio.lowlevel.checkpoint()
            parts.append(piece)
    except zlib.error as exc:
        raise httpx.DecodingError(
            f"the response body is not valid {'+'.join(codings)}: {exc}", request=request
        ) from None
    return b"".join(parts)


def without_content_encoding(headers: httpx.Headers) -> httpx.Headers:
    """``headers`` less Content-Encoding, for a body that has been decoded."""
    headers = headers.copy()
    del headers["content-encoding"]
    return headers


def drop_connection_if_poisoned(response: httpx.Response) -> bool:
    """Make httpcore close the connection of ``response`` when bytes past its end wait on it.

    A 204 that carries a body, or a body longer than its Content-Length, leaves bytes that h11
    would read as the next response on this connection. h11 holds them as "trailing data" once the
    body is read; marking the exchange failed makes httpcore close the connection when the
    response is closed, instead of returning it to the pool. Call it after the body was read to its
    end and before closing the response. Only httpx's own HTTP/1.1 transport pools this way; for any
    other stream this does nothing.
    """
    stream: Any = getattr(response.stream, "_httpcore_stream", None)  # httpx's AsyncResponseStream
    stream = getattr(stream, "_stream", None)  # httpcore's PoolByteStream
    connection = getattr(stream, "_connection", None)  # HTTP11ConnectionByteStream
    state = getattr(connection, "_h11_state", None)
    if state is None or not hasattr(state, "trailing_data"):
        return False
    leftover, _closed = state.trailing_data
    if not leftover:
        return False
    state.send_failed()  # our side is now h11.ERROR: httpcore closes rather than reuses it
    return True
