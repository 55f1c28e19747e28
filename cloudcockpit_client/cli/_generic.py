"""The runtime of the generated commands (``_generated/facade/cli.py``): groups, commands that a
hand-written one of the same name overrides, parameter types, running a call and printing it.

A generated command is ``cloudcockpit <resource> <operation>``: the operation's path parameters are
arguments, its query, header and body parameters are options (``--kebab-case``); an object or a
list of objects is given as JSON text, or ``@file`` for a file holding it. The result is printed as
JSON: indented for people, one line with ``--json``; a list operation prints one item per line
(``--limit`` stops early).
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID as _UUID

import click

from ..client import CloudCockpit
from ._commands import _common, _run, _settings

__all__ = ["DATE", "FINITE", "JSON", "UUID", "command", "group", "run", "run_list"]

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    _ParamType = click.ParamType[Any, Any]
else:  # click before 8.3 does not subscript it at run time
    _ParamType = click.ParamType


class _Uuid(_ParamType):
    name = "uuid"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, _UUID):
            return value
        try:
            return _UUID(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a UUID", param, ctx)


class _Finite(_ParamType):
    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return int(number) if isinstance(value, str) and value.strip().lstrip("-").isdigit() else number


class _Date(_ParamType):
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date (YYYY-MM-DD)", param, ctx)


class _Json(_ParamType):
    """JSON text, or ``@path`` for a file holding it."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value.startswith("@"):
            try:
                text = Path(value[1:]).read_text(encoding="utf-8")
            except OSError as exc:
                self.fail(f"cannot read {value[1:]!r}: {exc.strerror}", param, ctx)
        try:
            return json.loads(text)
        except ValueError as exc:
            self.fail(f"not JSON ({exc})", param, ctx)


UUID = _Uuid()
FINITE = _Finite()
DATE = _Date()
JSON = _Json()


def group(root: click.Group, name: str, help_text: str) -> click.Group:
    """The command group ``name`` of ``root``: the hand-written one if there is one, else a new one."""
    existing = root.commands.get(name)
    if isinstance(existing, click.Group):
        return existing
    created = click.Group(name, help=help_text)
    root.add_command(created)
    return created


def command(parent: click.Group, name: str, help_text: str) -> Callable[[F], F]:
    """Register the decorated function as ``parent``'s command ``name``, with --json and --base-url,
    unless a hand-written command already has that name (the hand-written one is kept)."""

    def register(function: F) -> F:
        if name not in parent.commands:
            parent.add_command(click.command(name, help=help_text)(_common(function)))
        return function

    return register


def _plain(value: Any) -> Any:
    """A result as JSON-ready data: models through to_dict(), lists item by item."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _echo(value: Any, *, compact: bool) -> None:
    if compact:
        click.echo(json.dumps(value, default=str, separators=(",", ":")))
    else:
        click.echo(json.dumps(value, default=str, indent=2))


def _arguments(params: dict[str, Any]) -> dict[str, Any]:
    # click gives an option that was not given as None, and a repeatable one as ().
    return {
        k: (list(v) if isinstance(v, tuple) else v) for k, v in params.items() if v is not None and v != ()
    }


def run(call: Callable[[CloudCockpit, dict[str, Any]], Awaitable[Any]], params: dict[str, Any]) -> None:
    """Run one call with the command's parameters and print its result (nothing for None)."""
    arguments = _arguments(params)

    async def main(cc: CloudCockpit) -> Any:
        return await call(cc, arguments)

    result = _run(main)
    if result is not None:
        _echo(_plain(result), compact=_settings().json_output)


def run_list(call: Callable[[CloudCockpit, dict[str, Any]], Any], params: dict[str, Any]) -> None:
    """Run a list operation and print every item as it comes, one JSON object per line."""
    limit = params.pop("limit", None)
    arguments = _arguments(params)

    async def main(cc: CloudCockpit) -> int:
        shown = 0
        items: AsyncIterator[Any] = aiter(call(cc, arguments))
        async for item in items:
            if limit is not None and shown >= limit:
                break
            _echo(_plain(item), compact=True)
            shown += 1
        return shown

    _run(main)
