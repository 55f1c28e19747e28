"""8. A client backing off as one under a rate limit (RetryPolicy.shared_backoff).

benchmarks/server.py runs in its own process with ``--rate R``: a token bucket admits R requests a
second (one second's worth at most) and answers the others 429 with ``Retry-After: 1``. The SDK
(aiohttp transport, 50 connections) makes ``calls`` add_provider_instance calls at concurrency 50,
with shared_backoff on and off, each round on a fresh server, the two modes in rotated order.

Figures per run:

- effective throughput / R: the calls the bucket could not have admitted at once (``calls - R``,
  since it starts full) over the elapsed time, divided by R. 1.0 is the fastest the server allows;
- the share of requests answered 429;
- calls failed (RateLimitError after ``max_retries``): 0 expected, the policy allows 50 retries.

Target: >= 0.9 R and <= 5 % 429s with the shared backoff on.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request

import httpx

from cloudcockpit_client import CloudCockpit, RateLimitError, RetryPolicy

from ._common import TENANT, TOKEN, Progress, Section, Summary, interleaved, sdk_add
from .throughput import bench_server

MODES = ("shared backoff on", "shared backoff off")
CONCURRENCY = 50
TARGET_THROUGHPUT = 0.9
TARGET_LIMITED = 0.05


def _stats(base_url: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{base_url}/_stats", timeout=10) as answer:  # noqa: S310 - loopback
        return dict(json.loads(answer.read()))


async def _run(base_url: str, calls: int, shared: bool) -> tuple[float, int]:
    """Elapsed seconds for ``calls`` calls at concurrency 50, and how many failed."""
    policy = RetryPolicy(max_retries=50, shared_backoff=shared)
    failed = 0
    remaining = calls
    async with CloudCockpit(
        TENANT,
        token=TOKEN,
        base_url=base_url,
        retries=policy,
        timeout=120,
        transport="aiohttp",
        limits=httpx.Limits(max_connections=CONCURRENCY),
    ) as cc:

        async def worker() -> None:
            nonlocal failed, remaining
            while remaining > 0:
                remaining -= 1
                try:
                    await sdk_add(cc)
                except RateLimitError:
                    failed += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return time.perf_counter() - started, failed


def measure(calls: int, rate: float, rounds: int, progress: Progress) -> Section:
    """Throughput / R and 429 share for both modes, over ``rounds`` rounds."""
    figures: dict[str, dict[str, list[float]]] = {
        mode: {"throughput": [], "limited": [], "failed": [], "elapsed": []} for mode in MODES
    }
    for number in range(rounds):
        for mode in interleaved(MODES, number):
            with bench_server(customers=10, rate=rate) as base_url:
                elapsed, failed = asyncio.run(_run(base_url, calls, mode == MODES[0]))
                stats = _stats(base_url)
            beyond_burst = max(calls - failed - rate, 0)
            figures[mode]["throughput"].append(beyond_burst / elapsed / rate)
            figures[mode]["limited"].append(stats["limited"] / stats["requests"])
            figures[mode]["failed"].append(failed)
            figures[mode]["elapsed"].append(elapsed)
        progress(f"rate limit: round {number + 1}/{rounds}")
    on = figures[MODES[0]]
    met = (
        Summary.of(on["throughput"]).median >= TARGET_THROUGHPUT
        and Summary.of(on["limited"]).median <= TARGET_LIMITED
    )
    section = Section(
        "ratelimit",
        f"A client backing off as one: {calls:,} calls at concurrency {CONCURRENCY} against R = {rate:,.0f} req/s",
        notes=[
            f"{rounds} rounds, modes in rotated order, a fresh server each run; median (min-max).",
            "Effective throughput / R = (calls - R) / elapsed / R: the bucket starts full, so its first "
            "R admissions are free; 1.0 is the fastest the server allows.",
            f"Target with the shared backoff on: >= {TARGET_THROUGHPUT} R and <= {TARGET_LIMITED:.0%} "
            f"429s; met: {'yes' if met else 'no'}.",
        ],
    )
    section.rows = [
        {
            "mode": mode,
            "throughput / R": Summary.of(values["throughput"]),
            "429 share %": Summary.of([v * 100 for v in values["limited"]]),
            "failed calls": Summary.of(values["failed"]),
            "elapsed s": Summary.of(values["elapsed"]),
        }
        for mode, values in figures.items()
    ]
    return section
