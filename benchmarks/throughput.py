"""2. Loopback throughput: add_provider_instance calls against benchmarks/server.py in another process.

Four clients make the same request (POST .../provider-instances with the same JSON body, 201 back):

- ``raw httpx``: httpx.AsyncClient with its defaults, the request written by hand;
- ``sdk (httpx)``: CloudCockpit on httpx's own transport (the default);
- ``sdk (aiohttp)``: CloudCockpit(..., transport="aiohttp"), the ``[aiohttp]`` extra;
- ``raw aiohttp``: aiohttp.ClientSession, the request written by hand.

Each run opens a new client, warms up one connection per worker, then times ``calls`` calls made by
``concurrency`` workers. A round runs every client once, in a rotated order.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import httpx

from cloudcockpit_client import CloudCockpit

from ._common import (
    CUSTOMER_ID,
    TENANT,
    TOKEN,
    Progress,
    Section,
    Summary,
    add_body,
    interleaved,
    ratios,
    raw_httpx_add,
    sdk_add,
)

CLIENTS = ("raw httpx", "sdk (httpx)", "sdk (aiohttp)", "raw aiohttp")
TARGET_VS_HTTPX = 5.0
STRETCH_VS_AIOHTTP = 0.5

Call = Callable[[], Awaitable[Any]]
ClientFactory = Callable[[str], contextlib.AbstractAsyncContextManager[Call]]


@contextlib.contextmanager
def bench_server(
    customers: int = 100_000, rate: float | None = None, limiter: str = "bucket"
) -> Iterator[str]:
    """Start benchmarks/server.py in its own process; yield its base URL; stop it."""
    extra = ["--rate", str(rate), "--limiter", limiter] if rate else []
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "benchmarks.server", "--customers", str(customers), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the server stops on EOF
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.asynccontextmanager
async def raw_httpx(base_url: str) -> AsyncIterator[Call]:
    """httpx.AsyncClient with its default pool, the request written by hand."""
    headers = {"X-Tenant": TENANT, "Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30) as http:

        async def call() -> str:
            return await raw_httpx_add(http)

        yield call


@contextlib.asynccontextmanager
async def raw_aiohttp(base_url: str) -> AsyncIterator[Call]:
    """aiohttp.ClientSession with the same pool size as the SDK, the request written by hand."""
    headers = {"X-Tenant": TENANT, "Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    connector = aiohttp.TCPConnector(limit=100)
    async with aiohttp.ClientSession(base_url=base_url, headers=headers, connector=connector) as session:

        async def call() -> str:
            async with session.post(
                f"/v1/Customers/{CUSTOMER_ID}/provider-instances",
                data=json.dumps(add_body()).encode(),
                headers={"Content-Type": "application/json", "X-Correlation-Id": str(uuid.uuid4())},
            ) as response:
                if response.status != 201:
                    raise RuntimeError(f"raw aiohttp got {response.status}")
                value: str = json.loads(await response.read())
                return value

        yield call


def _sdk(transport: str | None) -> ClientFactory:
    @contextlib.asynccontextmanager
    async def factory(base_url: str) -> AsyncIterator[Call]:
        cc = CloudCockpit(TENANT, token=TOKEN, base_url=base_url, transport=transport)  # type: ignore[arg-type]
        async with cc:

            async def call() -> str:
                return await sdk_add(cc)

            yield call

    return factory


FACTORIES: dict[str, ClientFactory] = {
    "raw httpx": raw_httpx,
    "sdk (httpx)": _sdk(None),
    "sdk (aiohttp)": _sdk("aiohttp"),
    "raw aiohttp": raw_aiohttp,
}


async def run_once(factory: ClientFactory, base_url: str, calls: int, concurrency: int) -> float:
    """Requests per second for ``calls`` calls made by ``concurrency`` workers on a new client."""
    async with factory(base_url) as call:
        await asyncio.gather(*(call() for _ in range(concurrency)))  # open the connections
        gc.collect()
        remaining = calls

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await call()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return calls / (time.perf_counter() - started)


async def measure(
    base_url: str, calls: int, rounds: int, concurrencies: tuple[int, ...], progress: Progress
) -> Section:
    """Throughput of every client at every concurrency."""
    section = Section(
        "throughput",
        "Loopback throughput, add_provider_instance, requests per second",
        notes=[
            f"{calls} calls per run, {rounds} rounds, clients interleaved; median (min-max).",
            f"Target: sdk (aiohttp) >= {TARGET_VS_HTTPX:g}x raw httpx at c=50; "
            f"stretch: >= {STRETCH_VS_AIOHTTP:g}x raw aiohttp.",
            "Pools: raw httpx uses httpx's defaults (100 connections, 20 kept alive); the SDK its own "
            "defaults; raw aiohttp a TCPConnector(limit=100).",
        ],
    )
    for concurrency in concurrencies:
        results: dict[str, list[float]] = {name: [] for name in CLIENTS}
        for r in range(rounds):
            for name in interleaved(CLIENTS, r):
                results[name].append(await run_once(FACTORIES[name], base_url, calls, concurrency))
        row: dict[str, Any] = {"concurrency": concurrency}
        row.update({name: Summary.of(results[name]) for name in CLIENTS})
        row["sdk (aiohttp) / raw httpx"] = ratios(results["sdk (aiohttp)"], results["raw httpx"])
        row["sdk (aiohttp) / raw aiohttp"] = ratios(results["sdk (aiohttp)"], results["raw aiohttp"])
        row["sdk (httpx) / raw httpx"] = ratios(results["sdk (httpx)"], results["raw httpx"])
        section.rows.append(row)
        progress(
            f"throughput c={concurrency}: "
            + ", ".join(f"{name} {Summary.of(results[name]).median:,.0f}/s" for name in CLIENTS)
        )
    return section


def main() -> None:
    """Run on its own: ``python -m benchmarks.throughput``."""
    with bench_server() as base_url:
        asyncio.run(measure(base_url, 2000, 3, (1, 10, 50, 200), print))


if __name__ == "__main__":
    main()
