"""How far one process goes: ``cloudcockpit add-provider-instance`` against benchmarks/server.py.

    python -m benchmarks.bulk [--smoke]

The command runs in a child process (the console script's own code, in-process there) on input
files of 1,000 and 100,000 customers, at concurrency 50, with a journal, against the canned
loopback server in a third process. Per run: items per second (from the command's summary) and
the child's peak RSS (VmHWM). The growth from 1,000 to 100,000 items is the memory a queued item
costs; the throughput is what one process can send when the API is not the limit.
Writes benchmarks/results/bulk.md (not with --smoke).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ._common import TENANT, TOKEN
from .throughput import bench_server

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00"
# Every line: a fresh customer id with the Microsoft fields of the example input's first line.
ROW = {
    k: v
    for k, v in json.loads(
        (ROOT / "examples" / "add-provider-instance.jsonl").read_text().splitlines()[0]
    ).items()
    if k != "customer_id"
}

# Runs the console script's main() and reports the peak RSS, VmHWM (ru_maxrss is carried over
# exec from the parent, so it can show the parent's peak).
_CHILD = """
import sys
from cloudcockpit_client.cli import main
try:
    main(sys.argv[2:])
finally:
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    with open(sys.argv[1], "w") as out:
        out.write(str(int(peak.split()[1]) * 1024))
"""


def _input(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps({"customer_id": f"3fa85f64-5717-4562-b3fc-{index:012x}", **ROW}) + "\n")


def _run(base_url: str, folder: Path, count: int, transport: str) -> dict[str, Any]:
    source = folder / f"in-{count}.jsonl"
    if not source.exists():
        _input(source, count)
    journal = folder / f"journal-{count}-{transport}.jsonl"
    journal.unlink(missing_ok=True)
    peak_file = folder / "peak"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUDCOCKPIT_")}
    env.update(CLOUDCOCKPIT_TENANT=TENANT, CLOUDCOCKPIT_TOKEN=TOKEN, CLOUDCOCKPIT_BASE_URL=base_url)
    args = [
        "add-provider-instance", "--input", str(source), "--provider-instance-id", INSTANCE,
        "--margin-rule", "Markup", "--margin-value", "10", "--concurrency", "50",
        "--journal", str(journal), "--transport", transport, "--json", "--no-progress",
    ]  # fmt: skip
    done = subprocess.run(  # noqa: S603 - this interpreter, with this module's own code
        [sys.executable, "-c", _CHILD, str(peak_file), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the command failed ({done.returncode}): {done.stderr[-2000:]}")
    summary = json.loads(done.stderr.strip().splitlines()[-1])
    return {
        "items": count,
        "transport": transport,
        "items/s": summary["summary"]["succeeded"] / summary["elapsed"],
        "peak MiB": int(peak_file.read_text()) / 2**20,
    }


def measure(counts: tuple[int, ...], transports: tuple[str, ...], rounds: int) -> list[dict[str, Any]]:
    """One row per (items, transport): medians over ``rounds``."""
    rows = []
    with bench_server(customers=10) as base_url, tempfile.TemporaryDirectory(prefix="cc-bulk-") as tmp:
        for count in counts:
            for transport in transports:
                runs = [_run(base_url, Path(tmp), count, transport) for _ in range(rounds)]
                rows.append(
                    {
                        "items": count,
                        "transport": transport,
                        "items/s": statistics.median(r["items/s"] for r in runs),
                        "peak MiB": statistics.median(r["peak MiB"] for r in runs),
                    }
                )
                print(rows[-1], flush=True)
    return rows


def markdown(rows: list[dict[str, Any]]) -> str:
    """The results as a Markdown table, and the memory per queued item."""
    lines = [
        "# One process running a bulk job (`cloudcockpit add-provider-instance`, concurrency 50)",
        "",
        "| items | transport | items/s | peak RSS MiB |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {r['items']:,} | {r['transport']} | {r['items/s']:,.0f} | {r['peak MiB']:.1f} |" for r in rows
    ]
    for transport in {r["transport"] for r in rows}:
        mine = sorted((r for r in rows if r["transport"] == transport), key=lambda r: r["items"])
        if len(mine) >= 2 and mine[-1]["items"] > mine[0]["items"]:
            per_item = (
                (mine[-1]["peak MiB"] - mine[0]["peak MiB"]) * 2**20 / (mine[-1]["items"] - mine[0]["items"])
            )
            lines.append("")
            lines.append(
                f"{transport}: {per_item:,.0f} bytes of peak RSS per item between {mine[0]['items']:,} "
                f"and {mine[-1]['items']:,} items ({per_item * 100_000 / 2**20:.1f} MiB per 100,000)."
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure, print, and write benchmarks/results/bulk.md (not with --smoke)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="200 items, once; nothing written")
    args = parser.parse_args()
    if args.smoke:
        rows = measure((50, 200), ("httpx",), 1)
    else:
        rows = measure((1_000, 100_000), ("aiohttp", "httpx"), 1)
    text = markdown(rows)
    print(text)
    if not args.smoke:
        (ROOT / "benchmarks" / "results" / "bulk.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
