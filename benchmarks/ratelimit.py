"""8. A client under a rate limit: the shared backoff, and client-side adaptive rate limiting.

benchmarks/server.py runs in its own process with ``--rate R --limiter SHAPE``, for three shapes:

- ``bucket``: a token bucket admitting R requests a second (one second's worth at most); the
  others get 429 with ``Retry-After: 1``;
- ``fixed``: R requests per wall-clock second; the others get 429 with ``Retry-After`` the HTTP
  date of that second's end;
- ``sliding``: at most R requests in any second; the others get 429 with ``Retry-After`` the
  seconds (rounded up) until the oldest admission leaves the window.

The SDK (aiohttp transport, 50 connections, ``RetryPolicy(max_retries=50)``, shared backoff on as
by default) makes ``calls`` add_provider_instance calls at concurrency 50, with
``adaptive_rate`` off and on, each run on a fresh server, the modes in rotated order.

Figures per run:

- effective throughput / R: the calls the limiter could not have admitted at once (``calls - R``,
  since every shape starts with R to give) over the elapsed time, divided by R. 1.0 is the
  fastest the server allows;
- the share of requests answered 429;
- calls failed (RateLimitError after ``max_retries``): 0 expected, the policy allows 50 retries.

Target (issue 25, item 11): >= 0.9 R and <= 5 % 429s with adaptive_rate on, for every shape.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request

import httpx

from cloudcockpit_client import CloudCockpit, RateLimitError, RetryPolicy

from ._common import TENANT, TOKEN, Progress, Section, Summary, machine, sdk_add
from .throughput import bench_server

SHAPES = ("bucket", "fixed", "sliding")
SHAPE_NAMES = {
    "bucket": "token bucket",
    "fixed": "fixed window (Retry-After: the window's end)",
    "sliding": "sliding window",
}
MODES = ("adaptive_rate off", "adaptive_rate on")
CONCURRENCY = 50
TARGET_THROUGHPUT = 0.9
TARGET_LIMITED = 0.05


def _stats(base_url: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{base_url}/_stats", timeout=10) as answer:  # noqa: S310 - loopback
        return dict(json.loads(answer.read()))


async def _run(base_url: str, calls: int, adaptive: bool) -> tuple[float, int]:
    """Elapsed seconds for ``calls`` calls at concurrency 50, and how many failed."""
    policy = RetryPolicy(max_retries=50, adaptive_rate=adaptive)
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
    """Throughput / R and 429 share for every shape and mode, over ``rounds`` rounds."""
    runs = [(shape, mode) for shape in SHAPES for mode in MODES]
    figures: dict[tuple[str, str], dict[str, list[float]]] = {
        run: {"throughput": [], "limited": [], "failed": [], "elapsed": []} for run in runs
    }
    for number in range(rounds):
        shift = number % len(runs)  # rotated, as interleaved() rotates names
        for shape, mode in runs[shift:] + runs[:shift]:
            with bench_server(customers=10, rate=rate, limiter=shape) as base_url:
                elapsed, failed = asyncio.run(_run(base_url, calls, mode == MODES[1]))
                stats = _stats(base_url)
            beyond_burst = max(calls - failed - rate, 0)
            values = figures[(shape, mode)]
            values["throughput"].append(beyond_burst / elapsed / rate)
            values["limited"].append(stats["limited"] / stats["requests"])
            values["failed"].append(failed)
            values["elapsed"].append(elapsed)
        progress(f"rate limit: round {number + 1}/{rounds}")
    met = {
        shape: Summary.of(figures[(shape, MODES[1])]["throughput"]).median >= TARGET_THROUGHPUT
        and Summary.of(figures[(shape, MODES[1])]["limited"]).median <= TARGET_LIMITED
        for shape in SHAPES
    }
    section = Section(
        "ratelimit",
        f"A client under a rate limit: {calls:,} calls at concurrency {CONCURRENCY} against R = {rate:,.0f} req/s",
        notes=[
            f"{rounds} rounds, runs in rotated order, a fresh server each run; median (min-max).",
            "Effective throughput / R = (calls - R) / elapsed / R: every shape starts with R to give, so "
            "its first R admissions are free; 1.0 is the fastest the server allows.",
            f"Target with adaptive_rate on: >= {TARGET_THROUGHPUT} R and <= {TARGET_LIMITED:.0%} 429s; met: "
            + ", ".join(f"{shape} {'yes' if ok else 'no'}" for shape, ok in met.items())
            + ".",
        ],
    )
    section.rows = [
        {
            "limiter": SHAPE_NAMES[shape],
            "mode": mode,
            "throughput / R": Summary.of(values["throughput"]),
            "429 share %": Summary.of([v * 100 for v in values["limited"]]),
            "failed calls": Summary.of(values["failed"]),
            "elapsed s": Summary.of(values["elapsed"]),
        }
        for (shape, mode), values in figures.items()
    ]
    return section


def main() -> None:
    """``python -m benchmarks.ratelimit --calls 3000 --rounds 3``: section 8 at another scale,
    printed as markdown (the steady state, where meeting the limit is a smaller part of the run)."""
    import argparse

    from .run import markdown

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rate", type=float, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    section = measure(args.calls, args.rate, args.rounds, lambda message: print(message, flush=True))
    print(markdown([section], machine()))


if __name__ == "__main__":
    main()
