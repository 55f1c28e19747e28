"""The bulk commands' journal: an append-only JSON Lines file of what happened to each item.

One line per event, flushed at once, so a run killed at any point (even SIGKILL) leaves every
line written before it on disk::

    {"job": "add-provider-instance", "key": "<customer>/<instance>", "state": "sending", ...}
    {"job": "add-provider-instance", "key": "<customer>/<instance>", "state": "succeeded", ...}

``sending`` is written before a POST goes out. An item whose last line is ``sending`` (the run
died with the call in flight) or ``unknown`` (a timeout, a reset or a 5xx after sending) may or
may not have taken effect: a re-run reads the customer before it sends anything for it.
``succeeded`` and ``skipped`` items are not touched again; ``failed`` ones are tried again.

Each line goes to the file in one ``os.write`` (no buffer of our own). When a write fails (a full
disk), the journal writes nothing more in that run and every later ``record`` raises
JournalWriteError, so that no call goes out that the journal could not announce: at most the
failed write's line is left half written, and the next run ignores and cuts off such a last line.
A journal that is not a regular file (``/dev/null``) is written to and never read.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path
from typing import Any

__all__ = ["DONE", "IN_DOUBT", "Journal", "JournalError", "JournalWriteError"]

# Last states after which a re-run leaves the item alone.
DONE = frozenset({"succeeded", "skipped"})
# Last states after which the outcome of the POST is not known: a re-run checks before re-sending.
IN_DOUBT = frozenset({"sending", "unknown"})


class JournalError(ValueError):
    """The journal cannot be used: unreadable, of another job, or damaged before its last line."""


class JournalWriteError(Exception):
    """A line could not be written to the journal (a full disk): the run must send nothing more."""


class Journal:
    """The journal of one bulk job at ``path``, or a journal that keeps nothing (``path=None``).

    ``read_only`` reads an existing journal and writes nothing (a dry run).

    ``state(key)`` is the item's last recorded state (from earlier runs and this one).
    """

    def __init__(self, path: Path | None, job: str, *, read_only: bool = False) -> None:
        self.path = path
        self.job = job
        self._last: dict[str, str] = {}
        self._fd: int | None = None
        # Why the journal stopped taking lines (a failed write), once it has.
        self.write_error: str | None = None
        if path is not None:
            self._load(path, repair=not read_only)
            if not read_only:
                try:
                    self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
                except OSError as exc:
                    raise JournalError(f"journal {path}: cannot be written ({exc.strerror})") from None

    def _load(self, path: Path, *, repair: bool) -> None:
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                return  # /dev/null, a pipe: no earlier run to read (and /dev/zero would never end)
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise JournalError(f"journal {path}: cannot be read ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise JournalError(f"journal {path}: not a journal (not UTF-8 text)") from None
        lines = text.split("\n")
        # A run killed in the middle of a write leaves a last line without its newline: it is
        # ignored, and cut off so that the next line starts on a line of its own.
        complete, partial = lines[:-1], lines[-1]
        for number, line in enumerate(complete, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                key, state, job = record["key"], record["state"], record["job"]
            except (ValueError, KeyError, TypeError):
                raise JournalError(f"journal {path}, line {number}: not a journal record") from None
            if job != self.job:
                raise JournalError(
                    f"journal {path} belongs to a {job!r} job, not {self.job!r}: use one journal per job"
                )
            self._last[str(key)] = str(state)
        if partial and repair:
            with path.open("r+", encoding="utf-8") as handle:
                handle.truncate(len(text.encode("utf-8")) - len(partial.encode("utf-8")))

    def state(self, key: str) -> str | None:
        """The item's last recorded state, or None if it was never recorded."""
        return self._last.get(key)

    def __len__(self) -> int:
        return len(self._last)

    def record(self, key: str, state: str, **fields: Any) -> None:
        """Append one line for ``key``, handed to the operating system at once.

        Raises JournalWriteError when the line cannot be written, and for every line after that
        (the state is still remembered for this run: ``state(key)``).
        """
        self._last[key] = state
        if self.write_error is not None:
            raise JournalWriteError(self.write_error)
        if self._fd is None:
            return
        line = {"job": self.job, "key": key, "state": state, "at": round(time.time(), 3), **fields}
        data = (json.dumps(line, default=str) + "\n").encode("utf-8")
        try:
            while data:  # a short write (a disk filling up) writes the rest, or fails on it
                data = data[os.write(self._fd, data) :]
        except OSError as exc:
            self.write_error = f"journal {self.path}: cannot be written ({exc.strerror or exc})"
            raise JournalWriteError(self.write_error) from None

    def close(self) -> None:
        """Close the file (records already written are on disk either way)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.close(fd)
            except OSError as exc:  # an NFS server may report a failed write only here
                self.write_error = (
                    self.write_error or f"journal {self.path}: cannot be written ({exc.strerror})"
                )
