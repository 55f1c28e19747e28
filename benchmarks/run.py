"""Run the benchmark suite: ``python -m benchmarks.run [--smoke] [--out DIR] [--only NAMES]``.

``make bench`` runs the full counts and writes benchmarks/results/ (results.json, results.md and
throughput.png), from which BENCHMARKS.md quotes. ``make bench-smoke`` runs every benchmark with
tiny counts into a temporary folder, so CI proves the suite still works; its figures mean nothing.
No benchmark asserts a timing: the targets are reported, met or not.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import coldstart, facadescale, importtime, memory, paging, percall, ratelimit, syncpercall, throughput
from ._common import Section, Summary, machine, write_json

NAMES = (
    "percall",
    "throughput",
    "importtime",
    "coldstart",
    "memory",
    "paging",
    "syncpercall",
    "ratelimit",
    "facadescale",
)


@dataclass(frozen=True)
class Counts:
    """How much work each benchmark does."""

    percall_calls: int
    percall_rounds: int
    throughput_calls: int
    throughput_rounds: int
    concurrencies: tuple[int, ...]
    import_rounds: int
    cold_calls: int
    cold_rounds: int
    memory_at_once: int
    memory_sequential: int
    memory_rounds: int
    paging_customers: int
    paging_page_size: int
    paging_rounds: int
    sync_calls: int
    sync_rounds: int
    ratelimit_calls: int
    ratelimit_rate: float
    ratelimit_rounds: int
    facadescale_rounds: int


FULL = Counts(
    3000,
    7,
    5000,
    9,
    (1, 10, 50, 200),
    15,
    1000,
    5,
    10_000,
    100_000,
    5,
    100_000,
    2000,
    9,  # paging rounds: this machine drifts, 9 let the median settle
    3000,
    9,
    600,  # ratelimit: 600 calls against R = 100/s, as issue 25 item 11 measured
    100,
    5,
    9,
)
SMOKE = Counts(60, 2, 60, 2, (1, 10, 50, 200), 2, 50, 1, 200, 500, 1, 300, 100, 1, 60, 2, 120, 100, 1, 1)


def run(names: tuple[str, ...], counts: Counts, out: Path) -> list[Section]:
    """Run the benchmarks named, write their results into ``out``, and return them.

    The results are rewritten after every benchmark, so a run that fails late keeps what it measured.
    """
    out.mkdir(parents=True, exist_ok=True)
    sections: list[Section] = []
    machine_info = machine()
    started = time.monotonic()

    def progress(message: str) -> None:
        print(f"[{time.monotonic() - started:6.1f} s] {message}", flush=True)

    def done(section: Section) -> None:
        sections.append(section)
        write_json(
            str(out / "results.json"), {"machine": machine_info, "counts": counts, "sections": sections}
        )
        (out / "results.md").write_text(markdown(sections, machine_info), encoding="utf-8")
        if section.name == "throughput":
            from .plot import plot_throughput

            plot_throughput(section, out / "throughput.png")

    if "percall" in names:
        done(asyncio.run(percall.measure(counts.percall_calls, counts.percall_rounds, progress)))
    if "importtime" in names:
        done(importtime.measure(counts.import_rounds, progress))
    if {"throughput", "coldstart", "memory"} & set(names):
        with throughput.bench_server() as base_url:
            if "throughput" in names:
                done(
                    asyncio.run(
                        throughput.measure(
                            base_url,
                            counts.throughput_calls,
                            counts.throughput_rounds,
                            counts.concurrencies,
                            progress,
                        )
                    )
                )
            if "coldstart" in names:
                done(coldstart.measure(base_url, counts.cold_calls, counts.cold_rounds, progress))
            if "memory" in names:
                done(
                    memory.measure(
                        base_url,
                        counts.memory_at_once,
                        counts.memory_sequential,
                        counts.memory_rounds,
                        progress,
                    )
                )
    if "paging" in names:
        done(
            asyncio.run(
                paging.measure(
                    counts.paging_customers, counts.paging_page_size, counts.paging_rounds, progress
                )
            )
        )
    if "syncpercall" in names:
        done(syncpercall.measure(counts.sync_calls, counts.sync_rounds, progress))
    if "ratelimit" in names:
        done(
            ratelimit.measure(
                counts.ratelimit_calls, counts.ratelimit_rate, counts.ratelimit_rounds, progress
            )
        )
    if "facadescale" in names:
        done(facadescale.measure(counts.facadescale_rounds, progress))
    progress(f"results in {out}")
    return sections


def _cell(value: Any) -> str:
    if isinstance(value, Summary):
        digits = 3 if value.median < 10 else 1 if value.median < 1000 else 0
        return value.fmt(digits=digits)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "**no**"
    return str(value)


def markdown(sections: list[Section], machine_info: dict[str, Any]) -> str:
    """The results as Markdown tables, one per benchmark."""
    packages = ", ".join(f"{k} {v}" for k, v in machine_info["packages"].items())
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine_info['cpu']}, {machine_info['cores']} cores; Python {machine_info['python']}; "
        f"{machine_info['platform']}.",
        f"Packages: {packages}.",
        "",
    ]
    for section in sections:
        lines += [f"## {section.title}", ""]
        lines += [f"- {note}" for note in section.notes]
        lines.append("")
        if section.rows:
            columns = list(section.rows[0])
            lines.append("| " + " | ".join(columns) + " |")
            lines.append("|" + "---|" * len(columns))
            for row in section.rows:
                lines.append("| " + " | ".join(_cell(row.get(c)) for c in columns) + " |")
            lines.append("")
    return "\n".join(lines)


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description="Run the cloudcockpit-client benchmarks.")
    parser.add_argument("--smoke", action="store_true", help="tiny counts, into a temporary folder")
    parser.add_argument("--out", type=Path, help="results folder (default: benchmarks/results)")
    parser.add_argument("--only", default=",".join(NAMES), help=f"comma-separated subset of {NAMES}")
    args = parser.parse_args()
    names = tuple(n.strip() for n in args.only.split(",") if n.strip())
    unknown = set(names) - set(NAMES)
    if unknown:
        parser.error(f"unknown benchmarks: {sorted(unknown)}")
    if args.smoke:
        with tempfile.TemporaryDirectory(prefix="cc-bench-smoke-") as tmp:
            out = args.out or Path(tmp)
            sections = run(names, SMOKE, out)
            check_smoke(sections, names, out)
        print("bench-smoke: every benchmark ran; the figures of a smoke run mean nothing")
    else:
        run(names, FULL, args.out or Path(__file__).parent / "results")


def check_smoke(sections: list[Section], names: tuple[str, ...], out: Path) -> None:
    """Fail unless every benchmark produced rows and the outputs were written."""
    produced = {s.name for s in sections if s.rows}
    missing = set(names) - produced
    if missing:
        sys.exit(f"bench-smoke: no results from {sorted(missing)}")
    json.loads((out / "results.json").read_text(encoding="utf-8"))
    if "throughput" in names and not (out / "throughput.png").stat().st_size:
        sys.exit("bench-smoke: the plot is empty")


if __name__ == "__main__":
    main()
