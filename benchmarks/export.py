"""Exporting an invoice's line items: ``cloudcockpit invoices export`` and the SDK's paginator against a
hand-written httpx loop, over the in-memory CloudCockpit served on loopback.

    python -m benchmarks.export [--smoke]

The double (``python -m cloudcockpit_client.testing``, its own process) serves one invoice whose
usage line items it generates on demand (a million cost it no memory), by continuation token, in
pages of 2,000. Each contender runs in a child process of its own, writing every item as JSON Lines
(or CSV) to a file, and reports its items per second and its peak RSS (VmHWM):

- raw httpx: an ``httpx.AsyncClient`` loop, ``X-ContinuationToken`` by hand, ``json.dumps`` per item;
- SDK: ``async for item in cc.invoices.list_usage_line_items(...)``, ``json.dumps(item.to_dict())``
  (every item checked and built as the generated ``UsageLineItem``);
- CLI: ``cloudcockpit invoices export <id> --kind usage`` (JSON Lines, then CSV), which also fsyncs
  each page and saves its resume state.

Writes benchmarks/results/export.md (not with --smoke). Timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ._common import TENANT, TOKEN

ROOT = Path(__file__).resolve().parent.parent
INVOICE = "9e1f0c3a-5b7d-4e2f-8a6c-0d1e2f3a4b5c"
INSTANCE = "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00"
PAGE_SIZE = 2000

# Each child: run one contender, then write "<items> <seconds> <VmHWM bytes>" to argv[1].
_CHILD = """
import asyncio, json, sys, time
kind, out_path, base_url = sys.argv[2], sys.argv[3], sys.argv[4]
TENANT, TOKEN, INVOICE, PAGE_SIZE = sys.argv[5], sys.argv[6], sys.argv[7], int(sys.argv[8])

async def raw() -> int:
    import httpx
    headers = {"X-Tenant": TENANT, "Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    count, token = 0, None
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as http:
        with open(out_path, "w", encoding="utf-8") as out:
            while True:
                extra = {"X-ContinuationToken": token} if token else {}
                response = await http.get(
                    f"/v1/Invoices/{INVOICE}/usage-lineitems", params={"pageSize": PAGE_SIZE}, headers=extra
                )
                response.raise_for_status()
                body = response.json()
                out.write("".join(json.dumps(item) + "\\n" for item in body["items"]))
                count += len(body["items"])
                token = body.get("continuationToken")
                if not token or not body["items"]:
                    return count

async def sdk() -> int:
    from cloudcockpit_client import CloudCockpit
    count = 0
    async with CloudCockpit(TENANT, token=TOKEN, base_url=base_url) as cc:
        with open(out_path, "w", encoding="utf-8") as out:
            async for item in cc.invoices.list_usage_line_items(INVOICE, page_size=PAGE_SIZE):
                out.write(json.dumps(item.to_dict()) + "\\n")
                count += 1
    return count

def cli(file_format: str) -> int:
    import os
    from cloudcockpit_client.cli import main
    os.environ.update(CLOUDCOCKPIT_TENANT=TENANT, CLOUDCOCKPIT_TOKEN=TOKEN, CLOUDCOCKPIT_BASE_URL=base_url)
    try:
        main(["invoices", "export", INVOICE, "--kind", "usage", "--format", file_format, "-o", out_path,
              "--overwrite", "--no-progress", "--page-size", str(PAGE_SIZE), "--json"])
    except SystemExit as exit:
        if exit.code:
            raise
    with open(out_path, "rb") as written:
        return sum(1 for _ in written) - (file_format == "csv")

start = time.perf_counter()
count = asyncio.run(raw()) if kind == "raw" else asyncio.run(sdk()) if kind == "sdk" else cli(kind[4:])
elapsed = time.perf_counter() - start
with open("/proc/self/status") as status:
    peak = int(next(line for line in status if line.startswith("VmHWM:")).split()[1]) * 1024
with open(sys.argv[1], "w") as report:
    report.write(f"{count} {elapsed} {peak}")
"""

CONTENDERS = (
    ("raw", "raw httpx loop (JSON Lines)"),
    ("sdk", "SDK paginator (JSON Lines)"),
    ("cli-jsonl", "cloudcockpit invoices export --format jsonl"),
    ("cli-csv", "cloudcockpit invoices export --format csv"),
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def served_double(items: int, folder: Path) -> Iterator[str]:
    """The in-memory CloudCockpit in its own process, with one invoice of ``items`` usage line items."""
    seed = {
        "tenants": [
            {
                "domain": TENANT,
                "tokens": [{"token": TOKEN}],
                "providerInstances": [{"id": INSTANCE, "provider": "microsoft", "alias": "MS"}],
                "invoices": [{"id": INVOICE, "providerInstanceId": INSTANCE, "lineItems": {"usage": items}}],
            }
        ]
    }
    seed_file = folder / "seed.json"
    seed_file.write_text(json.dumps(seed))
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - this interpreter, the package's own server
        [sys.executable, "-m", "cloudcockpit_client.testing", "--port", str(port), "--seed", str(seed_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the served double did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


def _run(kind: str, base_url: str, folder: Path) -> dict[str, float]:
    report = folder / f"report-{uuid.uuid4().hex}"
    out = folder / f"out-{kind}"
    args = [str(report), kind, str(out), base_url, TENANT, TOKEN, INVOICE, str(PAGE_SIZE)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUDCOCKPIT_")}
    done = subprocess.run(  # noqa: S603 - this interpreter, this module's own code
        [sys.executable, "-c", _CHILD, *args], env=env, capture_output=True, text=True, timeout=3600
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} failed ({done.returncode}): {done.stderr[-2000:]}")
    count, elapsed, peak = report.read_text().split()
    out.unlink(missing_ok=True)
    return {"items": int(count), "seconds": float(elapsed), "peak": int(peak)}


def measure(items: int, rounds: int) -> list[dict[str, Any]]:
    """One row per contender: medians over ``rounds`` (the contenders interleaved)."""
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind, _ in CONTENDERS}
    with tempfile.TemporaryDirectory(prefix="cc-export-") as tmp, served_double(items, Path(tmp)) as base_url:
        for _ in range(rounds):
            for kind, _ in CONTENDERS:
                result = _run(kind, base_url, Path(tmp))
                if result["items"] != items:
                    raise RuntimeError(f"{kind} exported {result['items']:,} items, not {items:,}")
                runs[kind].append(result)
    rows = []
    for kind, label in CONTENDERS:
        seconds = statistics.median(r["seconds"] for r in runs[kind])
        rows.append(
            {
                "contender": label,
                "items": items,
                "items/s": items / seconds,
                "seconds": seconds,
                "peak MiB": statistics.median(r["peak"] for r in runs[kind]) / 2**20,
            }
        )
        print(rows[-1], flush=True)
    return rows


def markdown(rows: list[dict[str, Any]], rounds: int) -> str:
    """The results as a Markdown table, with each contender's speed against the raw loop."""
    raw = rows[0]["items/s"]
    lines = [
        f"# Exporting {rows[0]['items']:,} usage line items (pages of {PAGE_SIZE:,}, median of {rounds})",
        "",
        "| contender | items/s | vs raw httpx | seconds | peak RSS MiB |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['contender']} | {r['items/s']:,.0f} | {r['items/s'] / raw:.2f}x | {r['seconds']:.1f} "
        f"| {r['peak MiB']:.1f} |"
        for r in rows
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure, print, and write benchmarks/results/export.md (not with --smoke)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="5,000 items, once; nothing written")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    items, rounds = (5000, 1) if args.smoke else (args.items, args.rounds)
    rows = measure(items, rounds)
    text = markdown(rows, rounds)
    print(text)
    if not args.smoke:
        results = ROOT / "benchmarks" / "results"
        results.mkdir(exist_ok=True)
        (results / "export.md").write_text(text)


if __name__ == "__main__":
    main()
