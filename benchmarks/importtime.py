"""3. Import time: ``python -X importtime -c "import cloudcockpit_client"`` against ``import httpx``.

Measured in a clean virtual environment holding only the runtime dependencies (at the versions of
the development environment) and the package compiled to bytecode, as ``pip install`` leaves it.
The development environment is not used: there httpx also imports rich and click (its CLI extra
is installed by the test tools), which would flatter the ratio.

Three statements, each in a fresh interpreter, interleaved:

- ``import httpx``: the baseline;
- ``import cloudcockpit_client``: the target (<= 1.3x);
- ``from cloudcockpit_client import CloudCockpit, Customer, Margin``: with the generated models,
  which load attrs; what the first call costs on top of a bare import.
"""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from importlib import metadata
from pathlib import Path

from ._common import Progress, Section, Summary, interleaved, ratios

STATEMENTS = {
    "import httpx": "import httpx",
    "import cloudcockpit_client": "import cloudcockpit_client",
    "... + generated models": "from cloudcockpit_client import CloudCockpit, Customer, Margin",
}
TARGET = 1.3
RUNTIME = ("httpx", "httpcore", "anyio", "h11", "idna", "certifi", "attrs", "python-dateutil", "six")
_MARK = "--- measured import starts ---"


class CleanEnvironment:
    """A throwaway venv with the runtime dependencies and a compiled copy of the package."""

    def __init__(self, source: Path | None = None) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="cc-importtime-"))
        self.python = str(self.root / "bin" / "python")
        # The package to install: the repo's, or a regenerated copy (benchmarks/facadescale.py).
        self.source = source or Path(__file__).resolve().parent.parent / "cloudcockpit_client"

    def build(self) -> CleanEnvironment:
        venv.create(self.root, with_pip=True, clear=True)
        pins = []
        for dist in RUNTIME:
            try:
                pins.append(f"{dist}=={metadata.version(dist)}")
            except metadata.PackageNotFoundError:
                continue
        done = subprocess.run(  # noqa: S603 - our own venv's pip and pinned requirement strings
            [self.python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"pip could not build the clean environment:\n{done.stderr[-3000:]}")
        site = subprocess.run(  # noqa: S603
            [self.python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        target = Path(site) / "cloudcockpit_client"
        shutil.copytree(self.source, target, ignore=shutil.ignore_patterns("__pycache__"))
        # What pip does on install: without bytecode every import would compile the sources.
        compileall.compile_dir(str(target), quiet=1)
        return self

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def import_ms(self, statement: str) -> float:
        """Milliseconds that ``statement`` spends importing, by ``-X importtime``, in a new interpreter."""
        code = f"import sys; sys.stderr.write({_MARK!r} + '\\n'); sys.stderr.flush(); {statement}"
        done = subprocess.run(  # noqa: S603
            [self.python, "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            env=self.env(),
            cwd=self.root,  # not the repo: `python -c` puts the working folder first on sys.path
            check=True,
        )
        return top_level_total(done.stderr.split(_MARK, 1)[1]) / 1000

    def env(self) -> dict[str, str]:
        return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def top_level_total(importtime_log: str) -> int:
    """Microseconds: the sum of the cumulative times of the top-level imports in the log."""
    total = 0
    for line in importtime_log.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|")
        if cumulative.strip().isdigit() and not name.startswith("  "):
            total += int(cumulative)
    return total


def measure(rounds: int, progress: Progress) -> Section:
    """Import times of the three statements, interleaved over ``rounds`` rounds."""
    env = CleanEnvironment()
    try:
        env.build()
        for statement in STATEMENTS.values():  # the first run also warms the OS file cache
            env.import_ms(statement)
        times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
        for r in range(rounds):
            for name in interleaved(list(STATEMENTS), r):
                times[name].append(env.import_ms(STATEMENTS[name]))
    finally:
        env.remove()
    section = Section(
        "importtime",
        "Import time, milliseconds (python -X importtime, clean venv, bytecode compiled)",
        notes=[
            f"{rounds} interleaved rounds, each statement in a new interpreter; median (min-max).",
            f"Target: import cloudcockpit_client <= {TARGET:g}x import httpx.",
            f"Python {sys.version.split()[0]}; runtime dependencies only.",
        ],
    )
    base = times["import httpx"]
    for name, statement in STATEMENTS.items():
        ratio = ratios(times[name], base)
        section.rows.append(
            {
                "statement": statement,
                "ms": Summary.of(times[name]),
                "x import httpx": ratio,
                "target met": ratio.median <= TARGET if name == "import cloudcockpit_client" else None,
            }
        )
    progress("importtime: " + ", ".join(f"{name} {Summary.of(t).median:.1f} ms" for name, t in times.items()))
    return section


if __name__ == "__main__":
    for row in measure(5, print).rows:
        print(row)
