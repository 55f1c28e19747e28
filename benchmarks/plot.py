"""The throughput plot: requests per second against concurrency, one line per client."""

from __future__ import annotations

from pathlib import Path

from ._common import Section, Summary


def plot_throughput(section: Section, path: Path) -> None:
    """Write a PNG of the throughput section: medians as lines, min-max as error bars."""
    import matplotlib

    matplotlib.use("Agg")  # no display: CI and servers
    import matplotlib.pyplot as plt

    from .throughput import CLIENTS

    concurrencies = [row["concurrency"] for row in section.rows]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=120)
    for name in CLIENTS:
        summaries: list[Summary] = [row[name] for row in section.rows]
        medians = [s.median for s in summaries]
        below = [s.median - s.min for s in summaries]
        above = [s.max - s.median for s in summaries]
        ax.errorbar(concurrencies, medians, yerr=[below, above], marker="o", capsize=3, label=name)
    ax.set_xscale("log")
    ax.set_xticks(concurrencies)
    ax.set_xticklabels([str(c) for c in concurrencies])
    ax.set_xlabel("concurrent calls")
    ax.set_ylabel("requests per second (median; bars: min-max)")
    ax.set_title("add_provider_instance over loopback")
    ax.grid(True, which="major", alpha=0.3)
    ax.set_ylim(bottom=0)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
