"""``cloudcockpit invoices export``: every line item of an invoice, to JSON Lines or CSV, resumable.

The items come from the SDK's own paginator (``cc.invoices.list_<kind>_line_items``), one page at a
time: memory holds one page whatever the invoice's size. After each page is written and flushed,
a small state file next to the output (``<output>.export-state.json``) records the byte length of
the output and the page's continuation token, replaced atomically. ``--resume`` cuts the output
back to that length (dropping a page that was half written when the run was stopped) and asks for
the next page with that token, so an interrupted export, resumed, holds every line item once.
The state file is removed when the export is complete.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable
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
# The CSV column that holds, as JSON, the fields of an item that the header (the first item's
# fields) does not have: a field the API adds later is kept, not dropped.
EXTRA_COLUMN = "additionalFields"


class ExportError(Exception):
    """A problem with the export's own files or state (a usage error, exit status 2)."""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), default=str)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _Writer:
    """Turns a page of items into the output's bytes in one format; ``header`` is restored on
    resume (CSV)."""

    def __init__(self, file_format: str, header: list[str] | None) -> None:
        self._format = file_format
        self.header = header

    def page(self, items: list[dict[str, Any]]) -> bytes:
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
    if not isinstance(state, dict) or not isinstance(state.get("offset"), int):
        raise ExportError(f"{path}: not an export state file")
    return state


def _write_state(path: Path, state: dict[str, Any]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, path)


class _Target:
    """Where an export writes and where it starts: a fresh output, or the point a resume goes on from."""

    def __init__(self, output: Path | None, invoice_id: str, kind: str, file_format: str) -> None:
        self.output = output
        self.identity = {"invoiceId": invoice_id, "kind": kind, "format": file_format}
        self.state_path = None if output is None else output.with_name(output.name + STATE_SUFFIX)
        self.token: str | None = None
        self.items = self.pages = 0
        self.header: list[str] | None = None
        self.finished = False  # a resumed state saved after the last page (only its removal was lost)

    def open(self, *, resume: bool, overwrite: bool) -> IO[bytes]:
        output, state_path = self.output, self.state_path
        if output is None or state_path is None:
            if resume:
                raise ExportError("--resume needs --output (a file): stdout cannot be resumed")
            return sys.stdout.buffer
        if not resume:
            if (output.exists() or state_path.exists()) and not overwrite:
                raise ExportError(
                    f"{output} exists: --resume continues an interrupted export, --overwrite starts again"
                )
            return output.open("wb")
        if not state_path.exists():
            raise ExportError(f"{state_path}: no export to resume (it is removed when an export completes)")
        state = _read_state(state_path)
        if {k: state.get(k) for k in self.identity} != self.identity:
            raise ExportError(
                f"{state_path}: it is the export of invoice {state.get('invoiceId')} "
                f"--kind {state.get('kind')} --format {state.get('format')}, not this one"
            )
        self.token, self.items, self.pages = state["continuationToken"], state["items"], state["pages"]
        self.header = state["header"]
        self.finished = self.token is None
        try:
            out = output.open("r+b")
        except OSError as exc:
            raise ExportError(f"{output}: cannot reopen the output to resume ({exc})") from None
        out.truncate(state["offset"])  # drops what was written after the last whole page
        out.seek(state["offset"])
        return out

    def checkpoint(self, out: IO[bytes], token: str | None, header: list[str] | None) -> None:
        """Record that everything up to here is on disk, and the token of what comes next."""
        if self.state_path is None:
            return
        os.fsync(out.fileno())  # the state never claims bytes that are not on disk
        state = {**self.identity, "continuationToken": token, "items": self.items, "pages": self.pages}
        _write_state(self.state_path, {**state, "header": header, "offset": out.tell()})

    def discard(self) -> None:
        """Remove the output of an export that wrote nothing."""
        if self.output is not None:
            self.output.unlink(missing_ok=True)

    def complete(self) -> None:
        if self.state_path is not None:
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
    each page. The file work is blocking by design: a page is written and synced before the next
    is asked for, which is what makes the state file true.
    """
    method = getattr(cc.invoices, LINE_ITEM_KINDS[kind])
    target = _Target(output, str(invoice_id), kind, file_format)
    out = target.open(resume=resume, overwrite=overwrite)
    writer = _Writer(file_format, target.header)
    try:
        if not target.finished:
            paginator = method(invoice_id, page_size=page_size, continuation_token=target.token)
            async for page in paginator.pages():
                out.write(writer.page([item.to_dict() for item in page.items]))
                out.flush()
                target.items += len(page)
                target.pages += 1
                target.checkpoint(out, page.continuation_token, writer.header)
                if progress is not None:
                    progress(target.items, target.pages)
    finally:
        if output is not None:
            out.close()
            if target.pages == 0 and not resume:
                target.discard()  # nothing came: leave no empty file to --overwrite
    target.complete()
    return {
        **target.identity,
        "output": None if output is None else str(output),
        "items": target.items,
        "pages": target.pages,
    }


def csv_rows(text: str) -> list[list[str]]:
    """The rows of an exported CSV text (for tests and readers)."""
    return list(csv.reader(io.StringIO(text)))


def check_kind(_: click.Context, __: click.Parameter, value: str) -> str:
    """A click callback: the ``--kind`` in its canonical spelling."""
    return value.lower()


def register(
    cli: click.Group, run: Callable[..., Any], settings: Callable[[], Any], common: Callable[[Any], Any]
) -> None:
    """Add ``cloudcockpit invoices export`` to ``cli`` (the generated invoice commands join the group)."""

    @cli.group()
    def invoices() -> None:
        """The monthly invoices and their line items."""

    @invoices.command("export")
    @common
    @click.argument("invoice_id")
    @click.option(
        "--kind",
        required=True,
        type=click.Choice(list(LINE_ITEM_KINDS), case_sensitive=False),
        callback=check_kind,
        help="Which line items: the path's /v1/Invoices/{id}/<kind>-lineitems.",
    )
    @click.option(
        "--format",
        "file_format",
        type=click.Choice(["jsonl", "csv"], case_sensitive=False),
        default="jsonl",
        show_default=True,
        help="JSON Lines (one item per line, as the API sent it) or CSV (a header of the first item's fields).",
    )
    @click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False, path_type=Path),
        help="The file to write (default: stdout, which cannot be resumed).",
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
                        file_format=file_format.lower(),
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
        if as_json:
            click.echo(json.dumps(summary))
        elif output is not None:
            click.echo(
                f"exported {summary['items']:,} line items ({summary['pages']} pages) to {output}", err=True
            )
