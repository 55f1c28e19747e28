"""4. Cold start: 1,000 concurrent calls on a new client with ClientCredentials.

Each run is a new interpreter (nothing cached, the generated code not yet imported) that builds a
CloudCockpit with ClientCredentials whose token URL is the benchmark server's, and starts 1,000
add_provider_instance calls at once. It reports the time from building the client to the last
response, and the server counts the token requests: the target is exactly one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import urllib.request
from typing import Any

from ._common import Progress, Section, Summary, interleaved, run_python

TRANSPORTS = ("httpx", "aiohttp")


def server_stats(base_url: str) -> dict[str, int]:
    """The benchmark server's request counters."""
    with urllib.request.urlopen(f"{base_url}/_stats", timeout=10) as response:  # noqa: S310 - loopback
        stats: dict[str, int] = json.loads(response.read())
        return stats


async def _child(base_url: str, transport: str, calls: int) -> dict[str, Any]:
    started = time.perf_counter()
    from cloudcockpit_client import ClientCredentials, CloudCockpit

    from ._common import TENANT, sdk_add

    imported = time.perf_counter()
    creds = ClientCredentials("bench-app", "bench-secret", token_url=f"{base_url}/tenant/oauth2/v2.0/token")
    cc = CloudCockpit(
        TENANT,
        credentials=creds,
        base_url=base_url,
        transport=None if transport == "httpx" else "aiohttp",
        timeout=120,
    )
    built = time.perf_counter()
    async with cc:
        results = await asyncio.gather(*(sdk_add(cc) for _ in range(calls)))
    done = time.perf_counter()
    if len(results) != calls:
        raise RuntimeError("calls went missing")
    return {"import_s": imported - started, "calls_s": done - built}


def measure(base_url: str, calls: int, rounds: int, progress: Progress) -> Section:
    """Cold-start time and token requests for each transport, in new interpreters."""
    times: dict[str, list[float]] = {t: [] for t in TRANSPORTS}
    imports: dict[str, list[float]] = {t: [] for t in TRANSPORTS}
    tokens: dict[str, list[int]] = {t: [] for t in TRANSPORTS}
    for r in range(rounds):
        for transport in interleaved(TRANSPORTS, r):
            before = server_stats(base_url)["token_requests"]
            out = run_python(
                f"import asyncio, json; from benchmarks.coldstart import _child; "
                f"print(json.dumps(asyncio.run(_child({base_url!r}, {transport!r}, {calls}))))"
            )
            figures = json.loads(out.strip().splitlines()[-1])
            tokens[transport].append(server_stats(base_url)["token_requests"] - before)
            times[transport].append(figures["calls_s"] * 1000)
            imports[transport].append(figures["import_s"] * 1000)
    section = Section(
        "coldstart",
        f"Cold start: {calls:,} concurrent calls on a new client with ClientCredentials",
        notes=[
            f"{rounds} runs per transport, each in a new interpreter, interleaved; median (min-max).",
            "Time from building the client to the last response (includes the token request, "
            "opening the connections and the first use of the generated code).",
            "Target: exactly one token request per run.",
        ],
    )
    for transport in TRANSPORTS:
        section.rows.append(
            {
                "transport": transport,
                "ms to last response": Summary.of(times[transport]),
                "import ms": Summary.of(imports[transport]),
                "token requests per run": sorted(set(tokens[transport])),
                "target met": set(tokens[transport]) == {1},
            }
        )
        progress(
            f"coldstart {transport}: {Summary.of(times[transport]).fmt(' ms', 0)}, "
            f"token requests per run {sorted(set(tokens[transport]))}"
        )
    return section


def main() -> None:
    """Run on its own: ``python -m benchmarks.coldstart``."""
    from .throughput import bench_server

    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    with bench_server() as base_url:
        for row in measure(base_url, args.calls, 5, print).rows:
            print(row, file=sys.stdout)


if __name__ == "__main__":
    main()
