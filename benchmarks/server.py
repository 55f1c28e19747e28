"""A minimal HTTP/1.1 server for the loopback benchmarks, run in its own process.

    python -m benchmarks.server [--port 0]

It prints ``PORT <n>`` once it listens on 127.0.0.1, and stops when its stdin closes (so it never
outlives the benchmark that started it) or on SIGTERM. It answers every request with a canned
response, keeps connections alive, and handles pipelining, so that the clients are what is measured:

- ``POST .../provider-instances``       201 with a JSON string (add_provider_instance)
- ``POST .../provider-customers/...``   204 (retry_provider_customer)
- ``PATCH ...``                          202 (update_account_info)
- ``POST .../oauth2/v2.0/token``         200 with an access token (client credentials)
- ``GET /v1/Customers?pageNumber=&pageSize=``  a page of ``--customers`` customers (list_customers),
  each page built once and then served from memory
- ``GET /_stats``                        200 with the request counts, as JSON (under ``--rate``,
  also when the first 429 went out and when each request was admitted)

With ``--rate R`` it admits R API requests a second and answers the others ``429`` (the rate-limit
benchmark; /token and /_stats are not limited), as ``--limiter`` says:

- ``bucket`` (the default): a token bucket holding one second's worth; ``Retry-After: 1``;
- ``fixed``: R per wall-clock second (a counter per second, as a cache key ``floor(now)`` gives);
  ``Retry-After`` is the HTTP date of the second's end, when the window reopens;
- ``sliding``: at most R in any second (a log of the last second's admissions); ``Retry-After`` is
  the seconds (rounded up) until the oldest of them leaves the window.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import email.utils
import json
import math
import signal
import sys
import threading
import time

_CREATED = b'"5e1f3c2a-8d4b-4f6e-9a7c-1b2d3e4f5a6b"'
_TOKEN = json.dumps({"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600}).encode()


def _response(status: bytes, body: bytes = b"", content_type: bytes = b"application/json") -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nServer: bench\r\nContent-Length: " + str(len(body)).encode()
    if body:
        head += b"\r\nContent-Type: " + content_type + b"; charset=utf-8"
    return head + b"\r\n\r\n" + body


CREATED = _response(b"201 Created", _CREATED)
NO_CONTENT = b"HTTP/1.1 204 No Content\r\nServer: bench\r\n\r\n"
ACCEPTED = _response(b"202 Accepted")
TOKEN = _response(b"200 OK", _TOKEN)
NOT_FOUND = _response(b"404 Not Found")
TOO_MANY = b"HTTP/1.1 429 Too Many Requests\r\nServer: bench\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n"


class Bucket:
    """A token bucket: ``rate`` requests a second, at most one second's worth at once."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.tokens = rate
        self.last = time.monotonic()

    def admit(self) -> bool:
        """Take a token if there is one."""
        now = time.monotonic()
        self.tokens = min(self.rate, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


def too_many(retry_after: bytes) -> bytes:
    """A 429 with this Retry-After."""
    return (
        b"HTTP/1.1 429 Too Many Requests\r\nServer: bench\r\nRetry-After: "
        + retry_after
        + (b"\r\nContent-Length: 0\r\n\r\n")
    )


class FixedWindow:
    """``rate`` requests per wall-clock second; a refusal says when the second ends."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.window = 0
        self.count = 0

    def check(self) -> bytes | None:
        """None when admitted, else the 429 to send."""
        window = int(time.time())
        if window != self.window:
            self.window, self.count = window, 0
        if self.count < self.rate:
            self.count += 1
            return None
        return too_many(email.utils.formatdate(window + 1, usegmt=True).encode())


class SlidingWindow:
    """At most ``rate`` requests in any second; a refusal says when the oldest leaves it."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.admitted: collections.deque[float] = collections.deque()

    def check(self) -> bytes | None:
        """None when admitted, else the 429 to send."""
        now = time.monotonic()
        admitted = self.admitted
        while admitted and admitted[0] <= now - 1:
            admitted.popleft()
        if len(admitted) < self.rate:
            admitted.append(now)
            return None
        return too_many(str(max(1, math.ceil(admitted[0] + 1 - now))).encode())


class TokenBucketLimiter(Bucket):
    """The token bucket, refusing with ``Retry-After: 1``."""

    def check(self) -> bytes | None:
        """None when admitted, else the 429 to send."""
        return None if self.admit() else TOO_MANY


Limiter = FixedWindow | SlidingWindow | TokenBucketLimiter
LIMITERS: dict[str, type[Limiter]] = {
    "bucket": TokenBucketLimiter,
    "fixed": FixedWindow,
    "sliding": SlidingWindow,
}


def customer(index: int) -> dict[str, object]:
    """A customer as GET /v1/Customers sends it: every documented field, one provider customer."""
    instance = "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00"
    return {
        "id": f"3fa85f64-5717-4562-b3fc-{index:012x}",
        "companyName": f"Contoso {index:06d} Lda",
        "taxId": "PT500000000",
        "country": "PT",
        "addressLine1": "Rua Augusta 1",
        "addressLine2": None,
        "city": "Lisboa",
        "state": "Lisboa",
        "zip": "1100-053",
        "firstName": "Ada",
        "middleName": None,
        "lastName": "Lovelace",
        "email": f"ada{index}@contoso.example",
        "phone": "+351210000000",
        "internalIdentifier": None,
        "resellerId": None,
        "providerCustomers": {
            instance: {
                "providerInstanceId": instance,
                "providerCustomerId": f"0b7c2f3e-1d2c-4b5a-9e8f-{index:012x}",
                "providerCustomerData": None,
                "margin": {"marginRule": {"name": "Markup"}, "value": 10},
            }
        },
        "customerAssociations": None,
    }


class Pages:
    """The pages of ``total`` customers, each built on first request and then kept."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.cache: dict[tuple[int, int], bytes] = {}

    def answer(self, target: bytes) -> bytes:
        query = dict(part.split(b"=", 1) for part in target.partition(b"?")[2].split(b"&") if b"=" in part)
        number, size = int(query.get(b"pageNumber", b"1")), int(query.get(b"pageSize", b"25"))
        if (number, size) not in self.cache:
            first = (number - 1) * size
            pages = -(-self.total // size)
            body = {
                "items": [customer(i) for i in range(first, min(first + size, self.total))],
                "paginationParameters": {"pageNumber": number, "pageSize": size},
                "totalPages": pages,
                "totalCount": self.total,
                "hasPreviousPage": number > 1,
                "hasNextPage": number < pages,
                "continuationToken": None,
            }
            self.cache[(number, size)] = _response(b"200 OK", json.dumps(body).encode())
        return self.cache[(number, size)]


class Counters:
    """How many requests of each kind the server answered."""

    def __init__(self) -> None:
        self.requests = 0
        self.token_requests = 0
        self.connections = 0
        self.limited = 0
        # Under --rate: when (time.monotonic()) the first 429 went out, and when each API request
        # was admitted, for the rate-limit benchmark's settled throughput.
        self.first_limited_at: float | None = None
        self.admitted_at: list[float] = []


class BenchProtocol(asyncio.Protocol):
    """Parses requests just enough to find where each ends, and answers each with a canned response."""

    def __init__(self, counters: Counters, pages: Pages, bucket: Limiter | None = None) -> None:
        self.counters = counters
        self.pages = pages
        self.bucket = bucket
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.counters.connections += 1

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        out = []
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = self.buffer[:end]
            length = 0
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else None])
            total = end + 4 + length
            if len(self.buffer) < total:
                break
            self.buffer = self.buffer[total:]
            out.append(self.answer(head))
        if out and self.transport is not None:
            self.transport.write(b"".join(out))

    def answer(self, head: bytes) -> bytes:
        """The canned response for a request head."""
        line = head.split(b"\r\n", 1)[0]
        method, _, rest = line.partition(b" ")
        target = rest.rsplit(b" ", 1)[0]
        self.counters.requests += 1
        bucket = self.bucket
        if bucket is not None and target != b"/_stats" and not target.endswith(b"/token"):
            refusal = bucket.check()
            now = time.monotonic()
            if refusal is not None:
                self.counters.limited += 1
                if self.counters.first_limited_at is None:
                    self.counters.first_limited_at = now
                return refusal
            self.counters.admitted_at.append(now)
        if method == b"PATCH":
            return ACCEPTED
        if method == b"POST":
            if target.endswith(b"/provider-instances") or b"/provider-instances?" in target:
                return CREATED
            if b"/provider-customers/" in target:
                return NO_CONTENT
            if target.endswith(b"/token"):
                self.counters.token_requests += 1
                return TOKEN
        if method == b"GET" and target.startswith(b"/v1/Customers?"):
            return self.pages.answer(target)
        if method == b"GET" and target == b"/_stats":
            self.counters.requests -= 1  # asking for the counts is not a request being counted
            body = json.dumps(vars(self.counters)).encode()
            return _response(b"200 OK", body)
        return NOT_FOUND


async def serve(port: int, customers: int, rate: float | None = None, limiter: str = "bucket") -> None:
    """Serve on 127.0.0.1:``port`` until stdin closes or SIGTERM."""
    loop = asyncio.get_running_loop()
    counters = Counters()
    pages = Pages(customers)
    bucket = LIMITERS[limiter](rate) if rate else None
    server = await loop.create_server(
        lambda: BenchProtocol(counters, pages, bucket), "127.0.0.1", port, backlog=4096
    )
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)

    def watch_stdin() -> None:
        # EOF on stdin: the parent is gone (or done). A daemon thread, so it never blocks the exit.
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await stop.wait()
    server.close()
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(server.wait_closed(), 1)


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument(
        "--customers", type=int, default=100_000, help="how many customers GET /v1/Customers pages"
    )
    parser.add_argument("--rate", type=float, help="admit this many API requests a second (429 beyond)")
    parser.add_argument("--limiter", choices=sorted(LIMITERS), default="bucket", help="the shape of --rate")
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.customers, args.rate, args.limiter))


if __name__ == "__main__":
    main()
