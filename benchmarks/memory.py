"""5. Memory: peak RSS with 10,000 calls awaited at once, and growth over 100,000 sequential calls.

Both in new interpreters against benchmarks/server.py, for each transport:

- peak: a client with the default pool (100 connections) and 10,000 add_provider_instance calls
  passed to one asyncio.gather; the peak resident set size (ru_maxrss) after, and its rise over
  the same process after 100 warm-up calls.
- growth: 1,000 warm-up calls, a tracemalloc snapshot, ``sequential`` calls one after the other,
  another snapshot; the net growth of what was allocated in between and is still alive, and the
  source line that grew most. A leak of even one small object per call shows as calls x size.
"""

from __future__ import annotations

import json
from typing import Any

from ._common import Progress, Section, Summary, interleaved, run_python

TRANSPORTS = ("httpx", "aiohttp")


async def _client_and_call(base_url: str, transport: str) -> Any:
    from cloudcockpit_client import CloudCockpit

    from ._common import TENANT, TOKEN, sdk_add

    cc = CloudCockpit(
        TENANT,
        token=TOKEN,
        base_url=base_url,
        transport=None if transport == "httpx" else "aiohttp",
        timeout=300,
    )

    async def call() -> str:
        return await sdk_add(cc)

    return cc, call


async def _peak_child(base_url: str, transport: str, calls: int) -> dict[str, float]:
    import asyncio
    import resource

    cc, call = await _client_and_call(base_url, transport)
    async with cc:
        for _ in range(100):
            await call()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        await asyncio.gather(*(call() for _ in range(calls)))
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"peak_mb": after / 1024, "rise_mb": (after - before) / 1024}  # ru_maxrss is KiB on Linux


async def _growth_child(base_url: str, transport: str, calls: int) -> dict[str, Any]:
    import gc
    import tracemalloc

    cc, call = await _client_and_call(base_url, transport)
    async with cc:
        for _ in range(1000):
            await call()
        gc.collect()
        tracemalloc.start(1)
        first = tracemalloc.take_snapshot()
        for _ in range(calls):
            await call()
        gc.collect()
        second = tracemalloc.take_snapshot()
        tracemalloc.stop()
    diff = second.compare_to(first, "lineno")
    growth = sum(stat.size_diff for stat in diff)
    top = max(diff, key=lambda stat: stat.size_diff)
    where = top.traceback[0]
    return {
        "growth_kb": growth / 1024,
        "top": f"{where.filename.rsplit('site-packages/', 1)[-1]}:{where.lineno} {top.size_diff / 1024:+.1f} KiB",
    }


def _run(function: str, base_url: str, transport: str, calls: int) -> dict[str, Any]:
    out = run_python(
        f"import asyncio, json; from benchmarks.memory import {function}; "
        f"print(json.dumps(asyncio.run({function}({base_url!r}, {transport!r}, {calls}))))",
        timeout=3600,  # 100,000 calls under tracemalloc take several minutes
    )
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def measure(base_url: str, at_once: int, sequential: int, rounds: int, progress: Progress) -> Section:
    """Peak RSS (``rounds`` runs) and tracemalloc growth (one run) for each transport."""
    peaks: dict[str, list[float]] = {t: [] for t in TRANSPORTS}
    rises: dict[str, list[float]] = {t: [] for t in TRANSPORTS}
    for r in range(rounds):
        for transport in interleaved(TRANSPORTS, r):
            figures = _run("_peak_child", base_url, transport, at_once)
            peaks[transport].append(figures["peak_mb"])
            rises[transport].append(figures["rise_mb"])
    section = Section(
        "memory",
        "Memory: peak RSS with calls awaited at once; growth over sequential calls",
        notes=[
            f"Peak: {at_once:,} calls in one gather, default pool; {rounds} runs, median (min-max).",
            f"Growth: tracemalloc diff over {sequential:,} sequential calls after 1,000 warm-up calls "
            "(one run: it counts bytes, not time).",
        ],
    )
    for transport in TRANSPORTS:
        growth = _run("_growth_child", base_url, transport, sequential)
        section.rows.append(
            {
                "transport": transport,
                "peak RSS MiB": Summary.of(peaks[transport]),
                "rise MiB": Summary.of(rises[transport]),
                "growth KiB": round(growth["growth_kb"], 1),
                "bytes per call": round(growth["growth_kb"] * 1024 / sequential, 2),
                "largest growth": growth["top"],
            }
        )
        progress(
            f"memory {transport}: peak {Summary.of(peaks[transport]).fmt(' MiB')}, "
            f"growth {growth['growth_kb']:.1f} KiB over {sequential:,} calls ({growth['top']})"
        )
    return section


if __name__ == "__main__":
    from .throughput import bench_server

    with bench_server() as url:
        for row in measure(url, 10_000, 20_000, 2, print).rows:
            print(row)
