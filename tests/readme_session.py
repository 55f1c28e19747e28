"""The recorded ``cloudcockpit`` sessions of the documentation (the whole one in
docs/guides/cli.md, a short one in README.md): replayed by test_readme.py, re-recorded with

    .venv/bin/python tests/readme_session.py     # prints the block to paste into docs/guides/cli.md

(the README's session is the two ``retry-failed`` commands of the guide's, with their output).
Both serve the in-memory CloudCockpit seeded with examples/bulk-seed.json on 127.0.0.1, run each
``$ cloudcockpit ...`` line of the session in a fresh folder (with examples/ linked into it), and
compare stdout and stderr, with the timings masked.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from servedfake import ServedFake

from cloudcockpit_client.testing import from_seed

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "cloudcockpit"
SETUP = [
    "python -m cloudcockpit_client.testing --port 8080 --seed examples/bulk-seed.json &",
    "export CLOUDCOCKPIT_TENANT=portal.example.com CLOUDCOCKPIT_TOKEN=dev-token "
    "CLOUDCOCKPIT_BASE_URL=http://127.0.0.1:8080",
]
COMMANDS = [
    "cloudcockpit provider-instances list",
    "cloudcockpit customers list",
    "cloudcockpit retry-failed --dry-run",
    "cloudcockpit retry-failed --journal retry.jsonl --wait 30",
    "cloudcockpit customers list",
    "cloudcockpit add-provider-instance --input examples/add-provider-instance.csv "
    "--provider-instance-id 9c3e7b62-1d3f-4d8f-8e1b-6c8f4e3d2e11 --margin-rule Markup --margin-value 10 "
    "--journal add.jsonl --json",
    "cloudcockpit add-provider-instance --input examples/add-provider-instance.csv "
    "--provider-instance-id 9c3e7b62-1d3f-4d8f-8e1b-6c8f4e3d2e11 --margin-rule Markup --margin-value 10 "
    "--journal add.jsonl",
]
_TIMING = re.compile(r"in [0-9.]+ s \([0-9,.]+/s\)|\"elapsed\": [0-9.]+")


def masked(text: str) -> list[str]:
    """The output's lines, timings masked, trailing spaces dropped."""
    return [_TIMING.sub("<timing>", line).rstrip() for line in text.splitlines()]


def run_session(commands: list[str]) -> list[tuple[str, int, str]]:
    """Each command's (command, exit status, stdout + stderr) against a freshly seeded double."""
    fake = from_seed(json.loads((ROOT / "examples" / "bulk-seed.json").read_text()))
    served = ServedFake(fake).start()
    results = []
    try:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("CLOUDCOCKPIT_") and "PROXY" not in k.upper()
        }
        env.update(
            CLOUDCOCKPIT_TENANT="portal.example.com",
            CLOUDCOCKPIT_TOKEN="dev-token",
            CLOUDCOCKPIT_BASE_URL=served.url,
            COLUMNS="100",
        )
        with tempfile.TemporaryDirectory(prefix="cc-session-") as folder:
            (Path(folder) / "examples").symlink_to(ROOT / "examples")
            for command in commands:
                argv = shlex.split(command)
                done = subprocess.run(
                    [str(SCRIPT), *argv[1:]],
                    cwd=folder,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=120,
                    stdin=subprocess.DEVNULL,
                )
                results.append((command, done.returncode, done.stdout + done.stderr))
    finally:
        served.stop()
    return results


def render(results: list[tuple[str, int, str]]) -> str:
    """The session as docs/guides/cli.md shows it."""
    lines = ["```console"]
    lines += [f"$ {line}" for line in SETUP]
    for command, _status, output in results:
        lines.append(f"$ {command}")
        lines += [line.rstrip() for line in output.splitlines()]
    lines.append("```")
    return "\n".join(lines)


def sessions(page: str) -> list[tuple[list[str], list[tuple[str, list[str]]]]]:
    """Every recorded session of a page: its setup lines (``$`` lines before the first
    ``cloudcockpit`` one), and each cloudcockpit command with the lines shown after it."""
    found = []
    for block in re.findall(r"```console\n(\$ python -m cloudcockpit_client\.testing.*?)```", page, re.S):
        setup: list[str] = []
        commands: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ cloudcockpit "):
                commands.append((line[2:], []))
            elif line.startswith("$ "):
                if commands:
                    raise ValueError(f"a setup line after the first command: {line}")
                setup.append(line[2:])
            elif commands:
                commands[-1][1].append(line)
        found.append((setup, commands))
    return found


def recorded(page: str) -> list[tuple[str, list[str]]]:
    """The page's one recorded session: each cloudcockpit command and the lines shown after it."""
    found = sessions(page)
    if len(found) != 1:
        raise LookupError(f"{len(found)} recorded sessions on the page, not 1")
    return found[0][1]


if __name__ == "__main__":
    print(render(run_session(COMMANDS)))
