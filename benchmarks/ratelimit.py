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
- settled throughput / R: the admissions a second from ``SETTLE`` (1 s) after the first 429 until
  fewer calls are left than workers (the 50th admission before the last), by the server's clock,
  over R. The whole-run figure at 600 calls is mostly the first contact: a sliding window admits
  its first R at once and the next only as they leave it, so a client that does not burst scores
  at most 0.83 R there whatever its pacing (BENCHMARKS.md, section 8). "Settles just under the
  server's rate" is what the settled figure measures;
- the share of requests answered 429, over the whole run;
- calls failed (RateLimitError after ``max_retries``): 0 expected, the policy allows 50 retries.

Target (issue 25, item 11): settled >= 0.9 R and <= 5 % 429s over the whole run, with
adaptive_rate on, for every shape.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from typing import Any

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
# Seconds after the first 429 before the settled throughput is counted: one window of each shape
# (the sliding window's first admissions leave it, the fixed window turns over, the token bucket's
# Retry-After: 1 passes), in which the client learns the limit.
SETTLE = 1.0
# The shortest span a settled throughput is reported over (seconds).
MIN_SETTLED_SPAN = 2.0


def _stats(base_url: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{base_url}/_stats", timeout=10) as answer:  # noqa: S310 - loopback
        return dict(json.loads(answer.read()))


def settled(stats: dict[str, Any], rate: float, tail: int = CONCURRENCY) -> float | None:
    """Admissions a second, over R, while the client is under the limit and has work for every worker.

    Counted from ``SETTLE`` seconds after the first 429 to the admission ``tail`` before the last:
    once fewer calls are left than there are workers, the client no longer presses on the limit
    (and one last call refused by a CUBIC probe waits out a whole Retry-After alone). None when the
    server never refused a request, or that span is shorter than ``MIN_SETTLED_SPAN``.
    """
    first: float | None = stats["first_limited_at"]
    admitted: list[float] = stats["admitted_at"]
    if first is None or len(admitted) <= tail:
        return None
    start = first + SETTLE
    end = admitted[-1 - tail]
    if end - start < MIN_SETTLED_SPAN:
        return None
    return sum(1 for at in admitted if start < at <= end) / (end - start) / rate


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
        run: {"throughput": [], "settled": [], "limited": [], "failed": [], "elapsed": []} for run in runs
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
            steady = settled(stats, rate)
            if steady is not None:
                values["settled"].append(steady)
            values["limited"].append(stats["limited"] / stats["requests"])
            values["failed"].append(failed)
            values["elapsed"].append(elapsed)
        progress(f"rate limit: round {number + 1}/{rounds}")
    met = {
        shape: bool(figures[(shape, MODES[1])]["settled"])
        and Summary.of(figures[(shape, MODES[1])]["settled"]).median >= TARGET_THROUGHPUT
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
            f"Settled / R: the admissions a second from {SETTLE:g} s after the first 429 until fewer calls are "
            f"left than the {CONCURRENCY} workers (the server's clock), over R: the rate the client settles at "
            "once it has met the limit, while it has work for every worker.",
            f"Target with adaptive_rate on: settled >= {TARGET_THROUGHPUT} R and <= {TARGET_LIMITED:.0%} 429s "
            "over the whole run; met: "
            + ", ".join(f"{shape} {'yes' if ok else 'no'}" for shape, ok in met.items())
            + ".",
        ],
    )
    section.rows = [
        {
            "limiter": SHAPE_NAMES[shape],
            "mode": mode,
            "throughput / R": Summary.of(values["throughput"]),
            "settled / R": Summary.of(values["settled"]) if values["settled"] else None,
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
