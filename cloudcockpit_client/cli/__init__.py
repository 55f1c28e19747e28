"""The ``cloudcockpit`` command line (the ``[cli]`` extra: click and rich).

    pip install "cloudcockpit-client[cli]"
    cloudcockpit --help

This module imports neither click nor rich, so that a missing extra is reported as such; the
commands are in ``_commands.py``, the bulk runner in ``_bulk.py``, the journal in ``_journal.py``
and the input file reader in ``_input.py``. ``import cloudcockpit_client`` never imports any of it.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    """The console script: run the command line, or say which extra is missing (exit status 2)."""
    try:
        from ._commands import run_cli
    except ImportError as exc:
        if exc.name not in ("click", "rich") and not str(exc.name).startswith(("click.", "rich.")):
            raise
        print(
            f'the cloudcockpit command needs the optional extra: pip install "cloudcockpit-client[cli]" '
            f"({exc.name} is not installed)",
            file=sys.stderr,
        )
        sys.exit(2)
    sys.exit(run_cli(argv))
