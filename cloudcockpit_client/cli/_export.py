"""``cloudcockpit invoices export``: every line item of an invoice, to JSON Lines, CSV or Parquet, resumable.

The items come from the SDK's own paginator (``cc.invoices.list_<kind>_line_items``), one page at a
time: memory holds one page whatever the invoice's size. Once a second while pages come, and when
the export stops between two pages, the output is synced and a small state file next to it
(``<output>.export-state.json``) records its byte length and the continuation token of the next
page, replaced atomically. ``--resume`` cuts the output
back to that length (dropping a page that was half written when the run was stopped) and asks for
the next page with that token, so an interrupted export, resumed, holds every line item once.
The state file is removed when the export is complete. Parquet (the ``[parquet]`` extra, pyarrow)
is a folder of part files, one per checkpoint: a resume removes the parts after the last state.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import click

__all__ = ["LINE_ITEM_KINDS", "STATE_SUFFIX", "export_line_items"]

#: ``--kind`` -> the method of ``cc.invoices`` that lists those line items (the path's
#: ``/v1/Invoices/{id}/<kind>-lineitems``).
LINE_ITEM_KINDS: dict[str, str] = {
    "usage": "list_usage_line_items",
    "onetime": "list_onetime_line_items",
    "license": "list_license_line_items",
    "dailyratedusage": "list_daily_rated_usage_line_items",
    "reseller-usage": "list_reseller_usage_line_items",
    "reseller-onetime": "list_reseller_onetime_line_items",
    "reseller-license": "list_reseller_license_line_items",
    "reseller-dailyratedusage": "list_reseller_daily_rated_usage_line_items",
    "customer-onetime": "list_customer_onetime_line_items",
    "customer-license": "list_customer_license_line_items",
}
STATE_SUFFIX = ".export-state.json"
# How often, at most, the output is synced and the state saved while pages come.
CHECKPOINT_SECONDS = 1.0
# The CSV column that holds, as JSON, the fields of an item that the header (the first item's
# fields) does not have: a field the API adds later is kept, not dropped.
EXTRA_COLUMN = "additionalFields"


class ExportError(Exception):
    """A problem with the export's own files or state (a usage error, exit status 2)."""


class ExportWriteError(click.ClickException):
    """The output (or its state file) could not be written mid-export, a full disk (exit status 1):
    the message says how far the export got and that --resume goes on from its last checkpoint."""


def _wire_order(item: Any) -> dict[str, Any]:
    """The item as a dict, its documented fields first in the spec's order, then the others (a
    generated model's to_dict puts the fields it does not know first)."""
    data: dict[str, Any] = item.to_dict()
    extra = item.additional_properties
    if not extra:
        return data
    ordered = {k: v for k, v in data.items() if k not in extra}
    ordered.update((k, data[k]) for k in extra if k in data)
    return ordered


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return _text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _Writer:
    """Turns a page of items into the output's bytes in one format; ``header`` is restored on
    resume (CSV)."""

    def __init__(self, file_format: str, header: list[str] | None) -> None:
        self._format = file_format
        self.header = header

    def page(self, items: Iterable[dict[str, Any]]) -> bytes:
        if self._format == "jsonl":
            return "".join(json.dumps(i, separators=(",", ":"), default=str) + "\n" for i in items).encode()
        buffer = io.StringIO()
        rows = csv.writer(buffer, lineterminator="\n")
        for item in items:
            if self.header is None:
                self.header = [*item, EXTRA_COLUMN]
                rows.writerow(self.header)
            known = self.header[:-1]
            extra = {k: v for k, v in item.items() if k not in known}
            rows.writerow([*(_cell(item.get(k)) for k in known), _cell(extra) if extra else ""])
        return buffer.getvalue().encode()


def _read_state(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ExportError(f"{path}: cannot read the export state ({exc})") from None
    shape: dict[str, type | tuple[type, ...]] = {
        "offset": int,
        "items": int,
        "pages": int,
        "continuationToken": (str, type(None)),
    }
    if not isinstance(state, dict) or not all(isinstance(state.get(k), v) for k, v in shape.items()):
        raise ExportError(f"{path}: not an export state file")
    if not isinstance(state.get("header"), list | None):
        raise ExportError(f"{path}: not an export state file")
    return state


def _write_state(path: Path, state: dict[str, Any]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, path)


class _ByteSink:
    """JSON Lines or CSV into one file (or stdout): the position is the file's length."""

    def __init__(self, out: IO[bytes], file_format: str, header: list[Any] | None, *, owned: bool) -> None:
        self._out = out
        self._writer = _Writer(file_format, header)
        self._owned = owned

    @property
    def header(self) -> list[Any] | None:
        return self._writer.header

    def write_page(self, items: Iterable[dict[str, Any]]) -> None:
        self._out.write(self._writer.page(items))

    def position(self) -> int:
        return self._out.tell()

    def full(self) -> bool:
        return False

    def commit(self, position: int) -> int:
        self._out.flush()
        os.fsync(self._out.fileno())  # the state never claims bytes that are not on disk
        return position

    def close(self) -> None:
        if self._owned:
            # What matters is synced by commit(); a close that fails to flush the rest (a full disk)
            # must not hide the error that stopped the export.
            with contextlib.suppress(OSError):
                self._out.close()


class _ParquetSink:
    """Parquet: a folder of ``part-NNNNN.parquet`` files (a dataset, as pyarrow, pandas, DuckDB and
    Spark read one). Pages are buffered and each commit writes them as the next part, so a part is
    whole or absent; the position is the number of parts.

    Columns are the first item's fields and ``additionalFields`` (the JSON of any other field), typed
    from the first page: numbers as double (the API writes a double as ``10`` or ``10.5``), booleans
    as bool, everything else as string (nested values as their JSON text).
    """

    MAX_ROWS = 50_000  # a part's rows at most: the buffer's bound, whatever the speed

    def __init__(self, folder: Path, header: list[Any] | None, parts: int) -> None:
        import pyarrow  # the [parquet] extra: checked by the command before it starts
        import pyarrow.parquet

        self._pa = pyarrow
        self._pq = pyarrow.parquet
        self._folder = folder
        self.header = header  # [[name, "double" | "bool" | "string"], ...]
        self._parts = parts
        self._rows: list[dict[str, Any]] = []

    def write_page(self, items: Iterable[dict[str, Any]]) -> None:
        rows = list(items)  # the whole page, or nothing if one of its items is broken
        if rows and self.header is None:
            self.header = [[name, _parquet_type(value)] for name, value in rows[0].items()]
            self.header.append([EXTRA_COLUMN, "string"])
        self._rows.extend(rows)

    def position(self) -> int:
        return self._parts

    def full(self) -> bool:
        return len(self._rows) >= self.MAX_ROWS

    def commit(self, position: int) -> int:
        if self._rows and self.header is not None:
            columns = _parquet_columns(self.header, self._rows, self._parts)
            types = {"double": self._pa.float64(), "bool": self._pa.bool_(), "string": self._pa.string()}
            schema = self._pa.schema([(name, types[kind]) for name, kind in self.header])
            table = self._pa.Table.from_pydict(columns, schema=schema)
            part = self._folder / f"part-{self._parts:05d}.parquet"
            temporary = part.with_name(part.name + ".tmp")
            self._pq.write_table(table, temporary)
            with temporary.open("rb") as written:
                os.fsync(written.fileno())
            os.replace(temporary, part)
            self._parts += 1
            self._rows = []
        return self._parts

    def close(self) -> None:
        self._rows = []


def _parquet_type(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "double"
    return "string"


def _parquet_columns(header: list[Any], rows: list[dict[str, Any]], part: int) -> dict[str, list[Any]]:
    known = {name: kind for name, kind in header[:-1]}
    columns: dict[str, list[Any]] = {name: [] for name, _ in header}
    for index, row in enumerate(rows):
        for name, kind in known.items():
            value = row.get(name)
            if value is None or kind == "string":
                columns[name].append(None if value is None else _text(value))
            elif kind == "bool" and isinstance(value, bool):
                columns[name].append(value)
            elif kind == "double" and isinstance(value, int | float) and not isinstance(value, bool):
                columns[name].append(float(value))
            else:
                raise ExportError(
                    f"part {part}, row {index}: {name} is {type(value).__name__}, where the first items "
                    f"had {kind}: export this invoice with --format jsonl"
                )
        extra = {k: v for k, v in row.items() if k not in known}
        columns[EXTRA_COLUMN].append(_text(extra) if extra else None)
    return columns


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), default=str)


class _Target:
    """Where an export writes and where it starts: a fresh output, or the point a resume goes on from."""

    def __init__(self, output: Path | None, invoice_id: str, kind: str, file_format: str) -> None:
        self.output = output
        self.format = file_format
        self.identity = {"invoiceId": invoice_id, "kind": kind, "format": file_format}
        self.state_path = None if output is None else output.with_name(output.name + STATE_SUFFIX)
        self.token: str | None = None
        self.items = self.pages = 0
        # Line items and pages that the state file on disk accounts for (what --resume keeps).
        self.saved_items = self.saved_pages = 0
        self.finished = False  # a resumed state saved after the last page (only its removal was lost)
        self._written: tuple[str | None, int] | None = None  # after the last whole page: token, position
        self._synced_at = time.monotonic()

    def open(self, *, resume: bool, overwrite: bool) -> _ByteSink | _ParquetSink:
        output, state_path = self.output, self.state_path
        if output is None or state_path is None:
            if resume:
                raise ExportError("--resume needs --output (a file): stdout cannot be resumed")
            if self.format == "parquet":
                raise ExportError("--format parquet needs --output (a folder for its part files)")
            return _ByteSink(sys.stdout.buffer, self.format, None, owned=False)
        if not resume:
            if (output.exists() or state_path.exists()) and not overwrite:
                raise ExportError(
                    f"{output} exists: --resume continues an interrupted export, --overwrite starts again"
                )
            state_path.unlink(missing_ok=True)  # a stale state must never be resumed over a new output
            return self._sink(output, None, 0, fresh=True)
        if not state_path.exists():
            raise ExportError(f"{state_path}: no export to resume (it is removed when an export completes)")
        state = _read_state(state_path)
        if {k: state.get(k) for k in self.identity} != self.identity:
            raise ExportError(
                f"{state_path}: it is the export of invoice {state.get('invoiceId')} "
                f"--kind {state.get('kind')} --format {state.get('format')}, not this one"
            )
        self.token, self.items, self.pages = state["continuationToken"], state["items"], state["pages"]
        self.saved_items, self.saved_pages = self.items, self.pages
        self.finished = self.token is None
        return self._sink(output, state["header"], state["offset"], fresh=False)

    def _sink(
        self, output: Path, header: list[Any] | None, offset: int, *, fresh: bool
    ) -> _ByteSink | _ParquetSink:
        """The output, cut back to ``offset`` (what was written after the last state is dropped)."""
        if self.format == "parquet":
            if output.exists() and not output.is_dir():
                raise ExportError(f"{output}: --format parquet writes a folder of part files, not a file")
            output.mkdir(parents=True, exist_ok=True)
            for part in output.glob("part-*.parquet*"):
                number = part.name.removeprefix("part-").split(".", 1)[0]
                if fresh or not number.isdigit() or int(number) >= offset or part.suffix == ".tmp":
                    part.unlink()
            return _ParquetSink(output, header, offset)
        if output.is_dir():
            raise ExportError(f"{output} is a folder: --format {self.format} writes one file")
        if fresh:
            return _ByteSink(output.open("wb"), self.format, None, owned=True)
        try:
            out = output.open("r+b")
        except OSError as exc:
            raise ExportError(f"{output}: cannot reopen the output to resume ({exc})") from None
        out.truncate(offset)
        out.seek(offset)
        return _ByteSink(out, self.format, header, owned=True)

    def written(self, sink: _ByteSink | _ParquetSink, count: int, token: str | None) -> None:
        """A whole page is in the output: checkpoint when the last one is a second old."""
        self.items += count
        self.pages += 1
        if self.state_path is None:  # stdout: nothing to resume, and a pipe has no position
            return
        self._written = (token, sink.position())
        if sink.full() or time.monotonic() - self._synced_at >= CHECKPOINT_SECONDS:
            self.checkpoint(sink)

    def checkpoint(self, sink: _ByteSink | _ParquetSink) -> None:
        """Record that every whole page written so far is on disk, and the token of what comes next.

        Called at most once a second while pages come (an fsync per page cost the export a third
        of its speed), and when the export stops for any reason between two pages (a failed call,
        Ctrl-C): a kill loses at most a second of pages, which the resume asks for again.
        """
        self._synced_at = time.monotonic()
        if self.state_path is None or self._written is None:
            return
        token, position = self._written
        offset = sink.commit(position)
        state = {**self.identity, "continuationToken": token, "items": self.items, "pages": self.pages}
        _write_state(self.state_path, {**state, "header": sink.header, "offset": offset})
        self.saved_items, self.saved_pages = self.items, self.pages

    def discard(self) -> None:
        """Remove the output of an export that wrote nothing."""
        if self.output is None:
            return
        if self.output.is_dir():
            with contextlib.suppress(OSError):
                self.output.rmdir()  # only if empty: a folder of the user's own is left alone
        else:
            self.output.unlink(missing_ok=True)

    def complete(self, sink: _ByteSink | _ParquetSink) -> None:
        if self.state_path is not None:
            if self._written is not None:
                sink.commit(self._written[1])  # the last part, and the last bytes, on disk
            self.state_path.unlink(missing_ok=True)


async def export_line_items(
    cc: Any,
    invoice_id: Any,
    kind: str,
    *,
    output: Path | None,
    file_format: str,
    page_size: int,
    resume: bool,
    overwrite: bool,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Export one invoice's line items of ``kind``; returns the summary (items, pages, output).

    ``output`` None writes to stdout (not resumable). ``progress(items, pages)`` is called after
    each page. The file work is blocking by design: a page is written before the next is asked
    for, and the state file names only pages that were synced.
    """
    method = getattr(cc.invoices, LINE_ITEM_KINDS[kind])
    target = _Target(output, str(invoice_id), kind, file_format)
    sink = target.open(resume=resume, overwrite=overwrite)
    try:
        if not target.finished:
            paginator = method(invoice_id, page_size=page_size, continuation_token=target.token)
            # The paginator's own walk (pages unbuilt, items built one at a time, as `async for`
            # over the items does): a page of models is never held, which keeps the garbage
            # collector's work to that of a plain JSON loop. A broken item still fails its page.
            async for page in paginator._unbuilt_pages():
                sink.write_page(_wire_order(item) for item in page._each_item())
                target.written(sink, len(page), page.continuation_token)
                if progress is not None:
                    progress(target.items, target.pages)
        target.complete(sink)
    except BaseException as exc:
        # Stopped between two pages (a failed call, Ctrl-C): what was written is whole pages.
        if output is not None and target.pages == 0 and not resume:
            sink.close()
            target.discard()  # nothing came: leave no empty file to --overwrite
        elif output is not None:
            with contextlib.suppress(OSError, ExportError):  # a full disk: the state saved before stays true
                target.checkpoint(sink)
        if isinstance(exc, OSError) and output is not None:
            raise _write_error(output, exc, target) from None
        raise
    finally:
        sink.close()
    return {
        **target.identity,
        "output": None if output is None else str(output),
        "items": target.items,
        "pages": target.pages,
    }


def _write_error(output: Path, exc: OSError, target: _Target) -> ExportWriteError:
    """One line: what failed, and what a resume keeps."""
    reason = f"{output}: cannot be written ({exc.strerror or exc})"
    if target.state_path is None or not target.state_path.exists():
        if not output.exists():
            return ExportWriteError(f"{reason}; nothing was exported")
        return ExportWriteError(f"{reason}; no checkpoint was saved: start again with --overwrite")
    return ExportWriteError(
        f"{reason}; {target.saved_items:,} line items ({target.saved_pages} pages) are on disk: "
        "--resume goes on from there once there is room"
    )


def check_invoice_id(_: click.Context, __: click.Parameter, value: str) -> str:
    """A click callback: the invoice id as a canonical UUID string, or a usage error (exit 2)."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a UUID") from None


def register(
    cli: click.Group, run: Callable[..., Any], settings: Callable[[], Any], common: Callable[[Any], Any]
) -> None:
    """Add ``cloudcockpit invoices export`` to ``cli`` (the generated invoice commands join the group)."""

    @cli.group()
    def invoices() -> None:
        """The monthly invoices and their line items."""

    @invoices.command("export")
    @common
    @click.argument("invoice_id", callback=check_invoice_id)
    @click.option(
        "--kind",
        required=True,
        type=click.Choice(list(LINE_ITEM_KINDS), case_sensitive=False),
        help="Which line items: the path's /v1/Invoices/{id}/<kind>-lineitems.",
    )
    @click.option(
        "--format",
        "file_format",
        type=click.Choice(["jsonl", "csv", "parquet"], case_sensitive=False),
        default="jsonl",
        show_default=True,
        help="JSON Lines (one item per line), CSV (a header of the first item's fields), or Parquet "
        "(a folder of part files; the [parquet] extra).",
    )
    @click.option(
        "--output",
        "-o",
        type=click.Path(path_type=Path),
        help="The file to write (a folder for --format parquet; default: stdout, which cannot be resumed).",
    )
    @click.option("--resume", is_flag=True, help="Continue an interrupted export of the same --output.")
    @click.option("--overwrite", is_flag=True, help="Start again, replacing an existing --output.")
    @click.option(
        "--page-size",
        type=click.IntRange(1, 2000),
        default=2000,
        show_default=True,
        help="Line items per request (the API allows 1 to 2000).",
    )
    @click.option("--no-progress", is_flag=True, help="No progress line on stderr.")
    def export(
        invoice_id: str,
        kind: str,
        file_format: str,
        output: Path | None,
        resume: bool,
        overwrite: bool,
        page_size: int,
        no_progress: bool,
    ) -> None:
        """Stream every line item of an invoice to JSON Lines or CSV, page by page, resumable.

        Memory holds one page whatever the invoice's size. After each page, OUTPUT.export-state.json
        records how far the export got; --resume goes on from there (each line item once).
        """
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        if file_format == "parquet":  # click gives the choice as spelled in the list
            try:
                import pyarrow.parquet  # noqa: F401 (only to name the extra if it is missing)
            except ImportError:
                raise click.UsageError(
                    'the parquet format needs the optional extra: pip install "cloudcockpit-client[parquet]"'
                ) from None

        as_json = settings().json_output
        show = not no_progress and not as_json and sys.stderr.isatty()

        async def main(cc: Any) -> dict[str, Any]:
            progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                transient=True,
                disable=not show,
            )
            with progress:
                task = progress.add_task(f"invoice {invoice_id}: {kind} line items", total=None)

                def advance(items: int, pages: int) -> None:
                    progress.update(
                        task, description=f"invoice {invoice_id}: {items:,} {kind} line items, {pages} pages"
                    )

                try:
                    return await export_line_items(
                        cc,
                        invoice_id,
                        kind,
                        output=output,
                        file_format=file_format,
                        page_size=page_size,
                        resume=resume,
                        overwrite=overwrite,
                        progress=advance,
                    )
                except ExportError as exc:
                    raise click.UsageError(str(exc)) from None
                except OSError as exc:
                    raise click.ClickException(f"{output}: {exc.strerror or exc}") from None

        summary = run(main)
        if as_json:  # on stderr when stdout carries the items
            click.echo(json.dumps(summary), err=output is None)
        elif output is not None:
            click.echo(
                f"exported {summary['items']:,} line items ({summary['pages']} pages) to {output}", err=True
            )
