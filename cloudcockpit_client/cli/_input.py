"""The input file of ``cloudcockpit add-provider-instance``: one customer per line, JSON Lines or CSV.

Columns (JSON keys): ``customer_id``, then the provider customer data as MicrosoftCustomerData's
attribute names (``domain``, ``credentials_email``, ``accepted_mca``, ``agreement_date``, ...).
A row with ``customer_id`` only sends ``providerCustomerData: null`` (providers other than
Microsoft). In CSV, booleans are true/false (or yes/no, 1/0), ``qualifications`` is a
``;``-separated list, and an empty cell is a missing value. examples/add-provider-instance.jsonl
and .csv are complete examples.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

from .._validation import as_uuid
from ..providers import MicrosoftCustomerData

__all__ = ["InputError", "Row", "read_rows"]

_FIELDS = {f.name: f for f in dataclasses.fields(MicrosoftCustomerData)}
_REQUIRED = tuple(
    f.name
    for f in dataclasses.fields(MicrosoftCustomerData)
    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
)
_BOOLEANS = {"accepted_mca", "keep_primary_information", "enable_gdap"}
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}
_COLUMNS = ("customer_id", *_FIELDS)
# Input errors listed before giving up: enough to fix a file, not a wall of text.
_MAX_ERRORS = 10


class InputError(ValueError):
    """The input file cannot be used; the message names the lines and fields."""


@dataclasses.dataclass(frozen=True)
class Row:
    """One customer of the input: where it is, and what to send for it."""

    line: int
    customer_id: UUID
    data: MicrosoftCustomerData | None


def _boolean(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(f"{name} must be true or false, got {value!r}")


def _row(line: int, record: Any, csv_file: bool) -> Row:
    if not isinstance(record, dict):
        raise ValueError("a row must be a JSON object")
    values = {k: v for k, v in record.items() if not (csv_file and v in ("", None))}
    unknown = sorted(set(values) - set(_COLUMNS), key=str)
    if unknown:
        raise ValueError(
            f"unknown column(s) {', '.join(map(repr, unknown))}; the columns are {', '.join(_COLUMNS)}"
        )
    if "customer_id" not in values:
        raise ValueError("customer_id is missing")
    customer_id = as_uuid(values.pop("customer_id"), "customer_id")
    if not values:
        return Row(line, customer_id, None)
    missing = [name for name in _REQUIRED if name not in values]
    if missing:
        raise ValueError(f"missing Microsoft field(s) {', '.join(missing)}")
    for name in _BOOLEANS:
        values[name] = _boolean(values[name], name)
    if csv_file and "qualifications" in values:
        values["qualifications"] = [q.strip() for q in str(values["qualifications"]).split(";") if q.strip()]
    for name, value in values.items():
        if name not in _BOOLEANS and name != "qualifications" and not isinstance(value, str | int | None):
            raise ValueError(f"{name} must be a string, got {type(value).__name__}")
    return Row(line, customer_id, MicrosoftCustomerData(**values))


def _records(path: Path) -> Iterator[tuple[int, Any, bool]]:
    csv_file = path.suffix.lower() == ".csv"
    # utf-8-sig: a byte-order mark (what Excel's "CSV UTF-8" writes) is read past, not refused.
    with path.open(encoding="utf-8-sig", newline="" if csv_file else None) as handle:
        if csv_file:
            reader = csv.DictReader(handle)
            for record in reader:
                yield reader.line_num, record, True
            return
        for number, text in enumerate(handle, 1):
            if not text.strip():
                continue
            try:
                yield number, json.loads(text), False
            except ValueError as exc:
                yield number, exc, False


def read_rows(path: Path) -> Iterator[Row]:
    """The rows of ``path`` (``.csv``: CSV with a header; anything else: JSON Lines), in order.

    Raises InputError naming every bad line (up to 10) and the first repeated customer, or an
    unreadable file. Call it once through to check a file before any I/O; it keeps nothing.
    """
    errors: list[str] = []
    seen: dict[UUID, int] = {}
    try:
        for line, record, csv_file in _records(path):
            try:
                if isinstance(record, ValueError):
                    raise ValueError(f"not JSON ({record})")
                row = _row(line, record, csv_file)
            except (ValueError, TypeError) as exc:
                errors.append(f"line {line}: {exc}")
                if len(errors) >= _MAX_ERRORS:
                    break
                continue
            if row.customer_id in seen:
                errors.append(
                    f"line {line}: customer {row.customer_id} is already on line {seen[row.customer_id]}"
                )
                continue
            seen[row.customer_id] = line
            if not errors:
                yield row
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if errors:
        raise InputError(f"{path}:\n  " + "\n  ".join(errors))
