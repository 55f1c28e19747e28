"""How a bulk command runs its items: concurrency, the journal, progress, output, Ctrl-C.

A producer feeds items into a small buffer; ``concurrency`` workers take them one at a time. Every
item ends in one ``Outcome``, which is journaled, printed (one JSON object per line with
``--json``) and counted. Ctrl-C (or SIGTERM) stops taking new items, lets the calls in flight
finish for up to ``grace`` seconds (a second Ctrl-C cuts that short), and then cancels them:
a cancelled item is journaled ``unknown``, so a re-run checks it before sending anything.

Within a run an item is taken once, whatever the list does (offset paging over data that changes
can list a customer twice): the keys seen are kept in a set. A journal or stdout that cannot be
written (a full disk) stops the run as Ctrl-C does, with one line and the summary, and no call is
sent that the journal could not announce.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import anyio
import httpx
from anyio.streams.memory import MemoryObjectReceiveStream
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..errors import (
    APIConnectionError,
    APIStatusError,
    CloudCockpitError,
    CredentialError,
    ResponseValidationError,
)
from ._journal import DONE, Journal, JournalWriteError

__all__ = ["Item", "Outcome", "Runner", "Summary", "classify"]

# Exit statuses: every item succeeded (or was skipped), some did not.
EXIT_OK, EXIT_SOME_FAILED = 0, 1
# Errors after which the request cannot have reached the API.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class Item:
    """One unit of work: a customer and a provider instance (and what the command needs for it)."""

    customer_id: UUID
    provider_instance_id: UUID
    payload: Any = None

    @property
    def key(self) -> str:
        """The journal key."""
        return f"{self.customer_id}/{self.provider_instance_id}"


@dataclass(frozen=True)
class Outcome:
    """What happened to one item: succeeded, skipped, failed, unknown (the POST may have taken effect) or dry-run."""

    outcome: str
    detail: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)


def classify(exc: CloudCockpitError) -> Outcome:
    """The outcome of a call that raised ``exc``: ``unknown`` when the request may have taken effect."""
    status = getattr(exc, "status_code", None)
    fields: dict[str, Any] = {"error": type(exc).__name__}
    if status is not None:
        fields["status"] = status
    if getattr(exc, "correlation_id", None):
        fields["correlationId"] = exc.correlation_id  # type: ignore[attr-defined]
    detail = str(exc)
    if isinstance(exc, CredentialError):
        return Outcome("failed", detail, fields)  # no token: nothing was sent
    if isinstance(exc, APIStatusError):
        return Outcome("unknown" if exc.status_code >= 500 else "failed", detail, fields)
    if isinstance(exc, APIConnectionError):
        sent = not isinstance(exc.__cause__, _NOT_SENT)
        return Outcome("unknown" if sent else "failed", detail, fields)
    if isinstance(exc, ResponseValidationError):
        return Outcome("unknown", detail, fields)  # answered, but not as documented
    return Outcome("failed", detail, fields)


class _Rate(ProgressColumn):
    """Items a second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.1f}/s", style="progress.data.speed")


@dataclass
class Summary:
    """The counts of a run, and whether it was interrupted or its walk failed."""

    counts: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    # What stopped the run early: its walk failed, or its journal or stdout could not be written.
    walk_error: str | None = None
    # The first SIGINT / SIGTERM received, if any (the command exits with 128 + it).
    signal: int | None = None
    # Items the list gave again within the run (each was done once).
    repeated: int = 0
    # False once stdout could not be written: the summary then goes to stderr.
    stdout_ok: bool = True

    @property
    def interrupted(self) -> bool:
        """Whether a signal stopped the run (the run is cancelled only after one)."""
        return self.signal is not None

    @property
    def exit_status(self) -> int:
        """0: every item succeeded or was skipped; 1: some failed or are unknown, or the walk failed."""
        bad = self.counts["failed"] + self.counts["unknown"]
        return EXIT_SOME_FAILED if bad or self.walk_error else EXIT_OK

    def line(self) -> str:
        """One line for people."""
        total = sum(self.counts.values())
        elapsed = time.monotonic() - self.started
        parts = ", ".join(
            f"{self.counts[name]} {name}"
            for name in ("succeeded", "skipped", "failed", "unknown", "dry-run")
            if self.counts[name] or name in ("succeeded", "failed")
        )
        text = f"{total} items: {parts} in {elapsed:.1f} s ({total / elapsed if elapsed else 0:,.1f}/s)"
        if self.repeated:
            text += f"; {self.repeated} listed again (each done once)"
        if self.interrupted:
            text += "; interrupted (re-run with the same --journal to finish)"
        if self.walk_error:
            text += f"; stopped early: {self.walk_error}"
        return text

    def as_json(self) -> dict[str, Any]:
        """The summary as one JSON object (``signal`` and ``repeated`` only when there is one)."""
        summary: dict[str, Any] = {
            "summary": dict(self.counts),
            "elapsed": round(time.monotonic() - self.started, 3),
            "interrupted": self.interrupted,
            "error": self.walk_error,
        }
        if self.signal is not None:
            summary["signal"] = signal.Signals(self.signal).name
        if self.repeated:
            summary["repeated"] = self.repeated
        return summary


class Runner:
    """Runs one bulk command's items (see the module docstring).

    Args:
        journal: where outcomes are recorded (a Journal with ``path=None`` keeps nothing).
        concurrency: items in flight at once.
        json_output: one JSON object per item on stdout, and the summary on stderr.
        description: the progress bar's label.
        total: the number of items, when known (for the bar and its ETA).
        grace: seconds the calls in flight get to finish after Ctrl-C.
        show_progress: None: a bar when stderr is a terminal.
    """

    def __init__(
        self,
        *,
        journal: Journal,
        concurrency: int,
        json_output: bool,
        description: str,
        total: int | None = None,
        grace: float = 30.0,
        show_progress: bool | None = None,
    ) -> None:
        self.journal = journal
        self.concurrency = concurrency
        self.json_output = json_output
        self.description = description
        self.total = total
        self.grace = grace
        self.stdout = sys.stdout
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)
        self.show_progress = self.err.is_terminal if show_progress is None else show_progress
        self.summary = Summary()
        self._stopping = False
        self._scope: anyio.CancelScope | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._progress: Progress | None = None
        self._task_id: Any = None

    # ----------------------------------------------------------------- running

    async def run(
        self,
        items: Callable[[], AsyncIterator[Item]],
        work: Callable[[Item], Awaitable[Outcome]],
    ) -> Summary:
        """Take every item from ``items()`` (or until interrupted), do ``work`` on each, and sum up."""
        send, receive = anyio.create_memory_object_stream[Item](self.concurrency)

        async def produce() -> None:
            taken: set[str] = set()  # this run's keys: an item the list gives again is not redone
            async with send:
                try:
                    async for item in items():
                        if self._stopping:
                            break
                        if item.key in taken:
                            self.summary.repeated += 1
                            continue
                        taken.add(item.key)
                        if self.journal.state(item.key) in DONE:
                            self._finish(
                                item, Outcome("skipped", "done in an earlier run (journal)"), record=False
                            )
                            continue
                        await send.send(item)
                except CloudCockpitError as exc:
                    # Reading the items failed (a page of customers, say): no more items.
                    self._stop_early(str(exc), stop=False)

        async def worker(stream: MemoryObjectReceiveStream[Item]) -> None:
            async with stream:
                async for item in stream:
                    if self._stopping:
                        continue  # drain what is buffered without starting it
                    try:
                        outcome = await work(item)
                    except JournalWriteError as exc:
                        # Its "sending" line could not be written: it was not sent, and nothing is.
                        self._stop_early(str(exc))
                        continue
                    except CloudCockpitError as exc:
                        outcome = classify(exc)
                    except (ValueError, TypeError) as exc:
                        # The SDK's checks before any I/O (a value the API could not take): this
                        # item failed, the others go on.
                        outcome = Outcome("failed", str(exc), {"error": type(exc).__name__})
                    except anyio.get_cancelled_exc_class():
                        # Synchronous (a file write): nothing here can be cancelled again.
                        detail = f"abandoned in flight after the {self.grace:g}-s grace period (may have taken effect)"
                        self._finish(item, Outcome("unknown", detail))
                        raise
                    self._finish(item, outcome)

        with self._signals(), self._bar():
            with anyio.CancelScope() as self._scope:
                async with anyio.create_task_group() as group, receive:
                    group.start_soon(produce)
                    for _ in range(self.concurrency):
                        group.start_soon(worker, receive.clone())
        self.journal.close()
        if self.journal.write_error and not self.summary.walk_error:
            self._stop_early(self.journal.write_error, stop=False)
        return self.summary

    def _stop_early(self, reason: str, *, stop: bool = True) -> None:
        """Record why the run ends early (the first reason only) and take no new items."""
        if stop:
            self._stopping = True
        if self.summary.walk_error is not None:
            return
        self.summary.walk_error = reason
        if not self.json_output:  # with --json the summary's "error" says it, once
            self._say(f"error: {reason}" + ("; no new calls" if stop else ""))

    def _say(self, text: str) -> None:
        """One line for people on stderr (the bar, if any, stays below it)."""
        with contextlib.suppress(OSError):
            self.err.print(text, markup=False)

    def _finish(self, item: Item, outcome: Outcome, *, record: bool = True) -> None:
        ids = {"customerId": str(item.customer_id), "providerInstanceId": str(item.provider_instance_id)}
        rest = {"detail": outcome.detail, **outcome.fields}
        if record and outcome.outcome != "dry-run":
            try:
                self.journal.record(item.key, outcome.outcome, **ids, **rest)
            except JournalWriteError as exc:
                # Its "sending" line is on disk: a re-run checks the item before sending again.
                self._stop_early(str(exc))
        self.summary.counts[outcome.outcome] += 1
        if self.json_output:
            line = {**ids, "outcome": outcome.outcome, **rest}
            self._write(json.dumps(line, default=str) + "\n")
        elif outcome.outcome in ("failed", "unknown"):
            self._say(f"{outcome.outcome}: customer {item.customer_id}: {outcome.detail}")
        elif outcome.outcome == "dry-run":
            self._write(f"would retry: customer {item.customer_id} on {item.provider_instance_id}\n")
        if self._progress is not None:
            bad = self.summary.counts["failed"] + self.summary.counts["unknown"]
            self._progress.update(self._task_id, advance=1, failed=bad)

    def _write(self, text: str) -> None:
        """A line on stdout; a stdout that cannot be written (a full disk) stops the run."""
        if not self.summary.stdout_ok:
            return
        try:
            self.stdout.write(text)
            self.stdout.flush()
        except OSError as exc:
            self.summary.stdout_ok = False
            # What the failed flush left in the buffer would fail again at exit (exit status
            # 120): stdout is swapped for /dev/null, and the summary goes to stderr.
            self.stdout = sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
            self._stop_early(f"stdout: cannot be written ({exc.strerror or exc})")

    # ----------------------------------------------------------------- Ctrl-C and the bar

    def _interrupt(self, signum: int) -> None:
        # A callback of the event loop, not a task: anyio's current_time() and the like need a
        # task (NoEventLoopError here); the loop's own clock is the scope's clock under asyncio.
        if self._stopping and self.summary.signal is not None:
            if not self.json_output:
                self._say("stopping now: the calls in flight are abandoned (journaled as unknown)")
            if self._scope is not None:
                self._scope.cancel()
            return
        self._stopping = True
        self.summary.signal = signum
        if not self.json_output:  # with --json the summary says it ("interrupted", "signal")
            self._say(
                f"{signal.Signals(signum).name}: no new calls; waiting up to {self.grace:g} s for the "
                "calls in flight (Ctrl-C again to stop now)"
            )
        if self._scope is not None and self._loop is not None:
            # The deadline of the scope, not a timer of our own: cancelling it is the whole stop.
            self._scope.deadline = min(self._scope.deadline, self._loop.time() + self.grace)

    @contextlib.contextmanager
    def _signals(self) -> Iterator[None]:
        loop = self._loop = asyncio.get_running_loop()
        installed = []
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._interrupt, signum)
                installed.append(signum)
        try:
            yield
        finally:
            for signum in installed:
                loop.remove_signal_handler(signum)

    @contextlib.contextmanager
    def _bar(self) -> Iterator[None]:
        if not self.show_progress:
            yield
            return
        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            _Rate(),
            TimeRemainingColumn(),
            console=self.err,
            transient=False,
        )
        self._progress = progress
        self._task_id = progress.add_task(self.description, total=self.total, failed=0)
        with progress:
            yield
        self._progress = None
