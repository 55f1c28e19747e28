"""Figures for the README's Reliability section (issue 15): ``python -m benchmarks.hardening [--smoke]``.

Against the hostile server of the tests (tests/faultserver.py, real loopback sockets), on each
transport: how many token requests 200 cold calls make against a token endpoint that refuses the
client secret (after 50 ms), and how long they all take; how much the RSS of a client process
grows while an endless body is refused at the default max_response_bytes; how long after a 429
with ``Retry-After: 45`` (timeout=3) the RateLimitError comes; what a 1 GiB gzip-in-gzip bomb
costs (RSS growth, time, the longest stall of the event loop; issue 25). Nothing is asserted here: the
tests assert the behaviour, this reports the figures (benchmarks/results/hardening.md).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Literal

import anyio

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from faultserver import Action, FaultServer  # type: ignore[import-not-found]  # noqa: E402

from cloudcockpit_client import (  # noqa: E402
    ClientCredentials,
    CloudCockpit,
    CredentialError,
    RateLimitError,
    _constants,
)

Transport = Literal["aiohttp"] | None
CASES: list[tuple[str, Transport]] = [("asyncio", None), ("trio", None), ("asyncio", "aiohttp")]
CUSTOMER = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
INSTANCE = "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00"


def _name(backend: str, transport: str | None) -> str:
    return f"{backend}, {transport or 'httpx'}"


async def _refused_token(server: FaultServer, transport: Transport, calls: int) -> dict[str, Any]:
    server.token_requests = 0
    server.token_action = Action(
        status=401,
        headers={"Content-Type": "application/json"},
        body=b'{"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret."}',
        delay=0.05,
    )
    creds = ClientCredentials("app-id", "wrong-secret", token_url=f"{server.url}/token")
    credential_errors = 0
    async with CloudCockpit("t.example", credentials=creds, base_url=server.url, transport=transport) as cc:

        async def one() -> None:
            nonlocal credential_errors
            try:
                await cc.customers.retry_provider_customer(CUSTOMER, INSTANCE)
            except CredentialError:
                credential_errors += 1

        started = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for _ in range(calls):
                tg.start_soon(one)
        elapsed = time.perf_counter() - started
    server.token_action = None
    return {
        "token_requests": server.token_requests,
        "credential_errors": credential_errors,
        "all_done_s": elapsed,
    }


async def _long_retry_after(server: FaultServer, transport: Transport) -> float:
    server.script(Action(status=429, headers={"Retry-After": "45"}))
    async with CloudCockpit(
        "t.example",
        token="tok-0123456789",  # noqa: S106 - a loopback test token
        base_url=server.url,
        timeout=3,
        transport=transport,
    ) as cc:
        started = time.perf_counter()
        with contextlib.suppress(RateLimitError):
            await cc.customers.retry_provider_customer(CUSTOMER, INSTANCE)
        return time.perf_counter() - started


_RSS_CHILD = """
import json, resource, anyio
from cloudcockpit_client import CloudCockpit, ResponseTooLargeError

def rss_now():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()

def peak_rss():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, from the process this one forked from.
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) * 1024

async def main():
    async with CloudCockpit("t.example", token="tok-0123456789", base_url={url!r}, transport={transport!r}) as cc:
        await cc.customers.retry_provider_customer({customer!r}, {instance!r})
        before = rss_now()
        try:
            await cc.customers.retry_provider_customer({customer!r}, {instance!r})
        except ResponseTooLargeError as exc:
            received = exc.received
        return {{"growth": peak_rss() - before,
                 "received": received}}

print(json.dumps(anyio.run(main, backend={backend!r})))
"""


_BOMB_CHILD = """
import json, resource, time, anyio
from cloudcockpit_client import CloudCockpit, ResponseTooLargeError
{rss_functions}

async def main():
    async with CloudCockpit("t.example", token="tok-0123456789", base_url={url!r}, transport={transport!r},
                            timeout=2) as cc:
        await cc.customers.retry_provider_customer({customer!r}, {instance!r})
        before = rss_now()
        longest_stall = 0.0
        done = False

        async def ticker():
            nonlocal longest_stall
            last = time.perf_counter()
            while not done:
                await anyio.sleep(0.001)
                now = time.perf_counter()
                longest_stall = max(longest_stall, now - last)
                last = now

        outcome = "returned"
        async with anyio.create_task_group() as tg:
            tg.start_soon(ticker)
            started = time.perf_counter()
            try:
                await cc.customers.retry_provider_customer({customer!r}, {instance!r})
            except ResponseTooLargeError as exc:
                outcome = type(exc).__name__
            except Exception as exc:
                outcome = type(exc).__name__
            seconds = time.perf_counter() - started
            done = True
        return {{"growth": peak_rss() - before, "seconds": seconds, "stall": longest_stall, "outcome": outcome}}

print(json.dumps(anyio.run(main, backend={backend!r})))
"""


def _gzip_bomb(decoded_mib: int) -> bytes:
    """``decoded_mib`` MiB of zeros in two layers of gzip (a few KB), built without holding them."""
    import gzip
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * 2**20
    once = b"".join(compressor.compress(block) for _ in range(decoded_mib)) + compressor.flush()
    return gzip.compress(once, compresslevel=9, mtime=0)


def _bomb(server: FaultServer, backend: str, transport: str | None, bomb: bytes) -> dict[str, Any]:
    """A 1 GiB ``gzip, gzip`` bomb under the default cap, timeout=2: RSS growth, time, longest loop stall."""
    server.script(Action(), Action(status=200, headers={"Content-Encoding": "gzip, gzip"}, body=bomb))
    rss_functions = _RSS_CHILD[_RSS_CHILD.index("def rss_now") : _RSS_CHILD.index("async def main")]
    code = _BOMB_CHILD.format(
        url=server.url,
        transport=transport,
        backend=backend,
        customer=CUSTOMER,
        instance=INSTANCE,
        rss_functions=rss_functions,
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, with this module's own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _sync_close(server: FaultServer, transport: str | None, threads: int) -> dict[str, Any]:
    """``threads`` threads inside calls the server never answers, then close(): how long until the
    last caller is back (and with what), how long close() took, threads left behind."""
    import threading

    from cloudcockpit_client import SyncCloudCockpit

    server.script(*[Action("hang") for _ in range(threads)])
    seen_before = len(server.requests)
    ended: list[tuple[float, str]] = []
    cc = SyncCloudCockpit(
        "t.example",
        token="tok-0123456789",  # noqa: S106 - the scripted server's test token
        base_url=server.url,
        transport=transport,
    )
    before = set(threading.enumerate())

    def call() -> None:
        try:
            cc.customers.retry_provider_customer(CUSTOMER, INSTANCE)
            outcome = "returned"
        except Exception as exc:
            outcome = type(exc).__name__
        ended.append((time.perf_counter(), outcome))

    callers = [threading.Thread(target=call) for _ in range(threads)]
    for caller in callers:
        caller.start()
    deadline = time.monotonic() + 30
    while len(server.requests) - seen_before < threads and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.perf_counter()
    cc.close()
    closed = time.perf_counter() - started
    for caller in callers:
        caller.join(timeout=30)
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    return {
        "last_back_s": max(at for at, _ in ended) - started if ended else float("nan"),
        "close_s": closed,
        "outcomes": sorted({outcome for _, outcome in ended}),
        "back": len(ended),
        "left": len(left),
    }


def sync_close_rows(rounds: int, threads: int) -> list[dict[str, Any]]:
    """SyncCloudCockpit.close() with ``threads`` threads inside calls, per transport (worst of ``rounds``)."""
    rows = []
    for transport in (None, "aiohttp"):
        server = FaultServer().start()
        try:
            runs = [_sync_close(server, transport, threads) for _ in range(rounds)]
        finally:
            server.stop()
        rows.append(
            {
                "transport": transport or "httpx",
                "threads": threads,
                "back": min(r["back"] for r in runs),
                "outcomes": "/".join(sorted({o for r in runs for o in r["outcomes"]})),
                "last_back_ms": max(r["last_back_s"] for r in runs) * 1000,
                "close_ms": max(r["close_s"] for r in runs) * 1000,
                "left": max(r["left"] for r in runs),
            }
        )
    return rows


def sync_close_markdown(rows: list[dict[str, Any]]) -> str:
    """The close() figures as a Markdown table."""
    lines = [
        "",
        "SyncCloudCockpit.close() with threads inside calls that the server never answers (worst of the rounds):",
        "",
        "| transport | threads in calls | back | with | last caller back after close() (ms) | close() took (ms) | threads left |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['transport']} | {r['threads']} | {r['back']} | {r['outcomes']} | "
            f"{r['last_back_ms']:.0f} | {r['close_ms']:.0f} | {r['left']} |"
        )
    return "\n".join(lines) + "\n"


def _rss_growth(server: FaultServer, backend: str, transport: str | None) -> dict[str, Any]:
    server.script(Action(), Action("endless", status=200))
    code = _RSS_CHILD.format(
        url=server.url, transport=transport, backend=backend, customer=CUSTOMER, instance=INSTANCE
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, with this module's own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(rounds: int, calls: int) -> list[dict[str, Any]]:
    """One row per transport: the medians over ``rounds``."""
    rows = []
    bomb = _gzip_bomb(1024 if rounds > 1 else 64)
    for backend, transport in CASES:
        server = FaultServer().start()
        try:
            refused = [
                anyio.run(_refused_token, server, transport, calls, backend=backend) for _ in range(rounds)
            ]
            waits = [anyio.run(_long_retry_after, server, transport, backend=backend) for _ in range(rounds)]
            rss = [_rss_growth(server, backend, transport) for _ in range(rounds)]
            bombs = [_bomb(server, backend, transport, bomb) for _ in range(rounds)]
        finally:
            server.stop()
        rows.append(
            {
                "transport": _name(backend, transport),
                "calls": calls,
                "token_requests": max(r["token_requests"] for r in refused),
                "credential_errors": min(r["credential_errors"] for r in refused),
                "all_done_ms": statistics.median(r["all_done_s"] for r in refused) * 1000,
                "rate_limit_error_ms": statistics.median(waits) * 1000,
                "rss_growth_mib": statistics.median(r["growth"] for r in rss) / 2**20,
                "cap_mib": _constants.DEFAULT_MAX_RESPONSE_BYTES / 2**20,
                "bomb_bytes": len(bomb),
                "bomb_outcome": "/".join(sorted({b["outcome"] for b in bombs})),
                "bomb_rss_mib": statistics.median(b["growth"] for b in bombs) / 2**20,
                "bomb_ms": statistics.median(b["seconds"] for b in bombs) * 1000,
                "bomb_stall_ms": max(b["stall"] for b in bombs) * 1000,
            }
        )
    return rows


def markdown(rows: list[dict[str, Any]]) -> str:
    """The figures as one Markdown table."""
    lines = [
        "# Hostile servers: the figures (python -m benchmarks.hardening)",
        "",
        "| transport | cold calls, wrong secret | token requests | CredentialErrors | all done (ms, "
        "endpoint answers after 50 ms) | RateLimitError after (ms; Retry-After 45, timeout 3) | "
        "RSS growth, endless body (MiB; cap) | gzip-in-gzip bomb: outcome, RSS growth (MiB), ms, "
        "longest event-loop stall (ms) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['transport']} | {r['calls']} | {r['token_requests']} | {r['credential_errors']} | "
            f"{r['all_done_ms']:.0f} | {r['rate_limit_error_ms']:.1f} | "
            f"{r['rss_growth_mib']:.1f} ({r['cap_mib']:.0f}) | {r['bomb_outcome']}, "
            f"{r['bomb_rss_mib']:.1f}, {r['bomb_ms']:.0f}, {r['bomb_stall_ms']:.1f} |"
        )
    lines.append("")
    lines.append(
        f"The bomb: {rows[0]['bomb_bytes']:,} bytes of `Content-Encoding: gzip, gzip` that decode to "
        "1 GiB (64 MiB in a smoke run), against the default max_response_bytes, with timeout=2."
    )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure, print, and write benchmarks/results/hardening.md (not with --smoke)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="one round of 20 calls; nothing written")
    args = parser.parse_args()
    rows = measure(1, 20) if args.smoke else measure(5, 200)
    text = markdown(rows) + sync_close_markdown(
        sync_close_rows(1 if args.smoke else 5, 10 if args.smoke else 50)
    )
    print(text)
    if not args.smoke:
        (ROOT / "benchmarks" / "results" / "hardening.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
