"""Walking every customer: ``list_customers`` against a hand-written httpx loop over the same pages.

The loopback server (benchmarks/server.py) serves ``total`` customers in pages of ``page_size``
(built once, then served from memory, so the clients are what is measured). Each round walks all
of them with both contenders, interleaved:

- raw httpx: a default ``httpx.AsyncClient`` fetching page after page and ``response.json()``-ing it;
- the SDK: ``async for customer in cc.customers.list_customers(page_size=...)``, which also checks
  every item and builds the generated ``Customer`` model of each.

The cost of building the models is measured on its own (``Customer.from_dict`` over one page's
decoded items), so the report names the share of the SDK's time it takes.
"""

from __future__ import annotations

import gc
import time
from typing import Any

import httpx

from ._common import TENANT, TOKEN, Progress, Section, Summary, interleaved, ratios
from .throughput import bench_server


async def _raw_walk(base_url: str, page_size: int) -> int:
    headers = {"X-Tenant": TENANT, "Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    count = 0
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30) as http:
        number = 1
        while True:
            response = await http.get("/v1/Customers", params={"pageNumber": number, "pageSize": page_size})
            if response.status_code != 200:
                raise RuntimeError(f"raw httpx got {response.status_code}")
            body = response.json()
            count += len(body["items"])
            if not body["hasNextPage"]:
                return count
            number += 1


async def _sdk_walk(base_url: str, page_size: int) -> int:
    from cloudcockpit_client import CloudCockpit

    count = 0
    async with CloudCockpit(TENANT, token=TOKEN, base_url=base_url) as cc:
        async for customer in cc.customers.list_customers(page_size=page_size):
            count += customer.id is not None
    return count


def _model_cost(base_url: str, page_size: int) -> tuple[float, float]:
    """Microseconds per customer: json-decoding one page, and Customer.from_dict over its items."""
    from cloudcockpit_client import Customer

    response = httpx.get(
        f"{base_url}/v1/Customers",
        params={"pageNumber": 1, "pageSize": page_size},
        headers={"X-Tenant": TENANT, "Authorization": f"Bearer {TOKEN}"},
    )
    # The best of 5 for each: a single run can include a garbage collection, or a cold cache.
    decode = build = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        items: list[dict[str, Any]] = response.json()["items"]
        decode = min(decode, (time.perf_counter() - started) / len(items) * 1e6)
        started = time.perf_counter()
        for item in items:
            Customer.from_dict(item)
        build = min(build, (time.perf_counter() - started) / len(items) * 1e6)
    return decode, build


async def _timed(walk: Any, base_url: str, page_size: int, total: int) -> float:
    started = time.perf_counter()
    count = await walk(base_url, page_size)
    elapsed = time.perf_counter() - started
    if count != total:
        raise RuntimeError(f"walked {count} customers, expected {total}")
    return total / elapsed


async def measure(total: int, page_size: int, rounds: int, progress: Progress) -> Section:
    """Items per second for both contenders over ``rounds`` interleaved rounds."""
    walks = {"raw httpx": _raw_walk, "SDK list_customers": _sdk_walk}
    rates: dict[str, list[float]] = {name: [] for name in walks}
    with bench_server(customers=total) as base_url:
        await _raw_walk(base_url, page_size)  # the server builds (and caches) every page once
        for round_number in range(rounds):
            for name in interleaved(list(walks), round_number):
                rates[name].append(await _timed(walks[name], base_url, page_size, total))
            progress(f"paging round {round_number + 1}/{rounds}")
        decode_us, build_us = _model_cost(base_url, page_size)
        # Attribution only (never how the SDK runs): the same walk with the cyclic GC off, which
        # the many small objects of the generated models keep busy.
        gc.disable()
        try:
            no_gc = await _timed(_sdk_walk, base_url, page_size, total)
        finally:
            gc.enable()
    raw, sdk = Summary.of(rates["raw httpx"]), Summary.of(rates["SDK list_customers"])
    ratio = ratios(rates["SDK list_customers"], rates["raw httpx"])
    sdk_us = 1e6 / sdk.median
    section = Section(
        "paging",
        f"Walking {total:,} customers in pages of {page_size:,} (list_customers)",
        notes=[
            f"{rounds} interleaved rounds; items/s as median (min-max).",
            f"SDK / raw httpx: {ratio.fmt(digits=2)}x (target >= 0.5x).",
            f"json-decoding a customer costs {decode_us:.1f} us; building its generated Customer model "
            f"(Customer.from_dict, with its provider customer and margin) {build_us:.1f} us, "
            f"{build_us / sdk_us:.0%} of the SDK's {sdk_us:.1f} us per customer.",
            f"With the cyclic GC off (one walk, for attribution only) the SDK takes {1e6 / no_gc:.1f} us per "
            f"customer: the collector's share is about {1 - (1e6 / no_gc) / sdk_us:.0%}.",
        ],
    )
    section.rows = [
        {"client": "raw httpx (json only)", "items/s": raw, "us/item": round(1e6 / raw.median, 1)},
        {"client": "SDK list_customers", "items/s": sdk, "us/item": round(sdk_us, 1)},
        {"client": "ratio SDK / raw", "items/s": ratio, "us/item": None},
        {"client": "SDK, cyclic GC off (attribution)", "items/s": None, "us/item": round(1e6 / no_gc, 1)},
        {"client": "Customer.from_dict alone", "items/s": None, "us/item": round(build_us, 1)},
    ]
    return section
