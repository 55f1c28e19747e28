"""The ``cloudcockpit`` commands (click): one per facade operation, and the two bulk jobs.

Configuration comes from the CLOUDCOCKPIT_* variables of ``CloudCockpit.from_env()``; ``--base-url``
overrides CLOUDCOCKPIT_BASE_URL. ``--json`` (before or after the command name) prints JSON on
stdout: one object for one result, one object per line for a list or a bulk job. Exit statuses:
0 done, 1 a call (or some items) failed, 2 a usage error (bad option, input or configuration,
found before any request), 128+N when stopped by signal N (130 for Ctrl-C). With ``--json`` an
error is one JSON object on stderr (``error``: its type, ``detail``, and ``status`` /
``correlationId`` for an API error); a bulk job's summary object carries what stopped it.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar, get_args
from uuid import UUID

import click
import httpx
from rich.console import Console
from rich.table import Column, Table

from .. import __version__
from .._generated.models.margin_rule_name import MarginRuleName
from ..client import CloudCockpit
from ..errors import BadRequestError, CloudCockpitError, WaitTimeoutError
from ..pagination import _walk_error
from ..resources.customers import _find_provider_customer, _provider_customer_entries, _provider_instance_of
from ..retries import RetryPolicy
from ._bulk import Item, Outcome, Runner, Summary, classify
from ._input import InputError, read_rows
from ._journal import IN_DOUBT, Journal, JournalError

__all__ = ["cli", "run_cli"]

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

# The documented rule names, from the spec (the generated enum).
MARGIN_RULES = get_args(MarginRuleName)


# ----------------------------------------------------------------- shared options and plumbing


class _Settings:
    """The options that every command takes, from the group or from the command itself."""

    def __init__(self) -> None:
        self.base_url: str | None = None
        self.json_output = False
        self.adaptive_rate = False


def _remember_flag(name: str) -> Callable[[click.Context, click.Parameter, bool], None]:
    """A click callback that sets the _Settings attribute ``name`` when its flag is given (a flag
    given on the group or on the command alike)."""

    def remember(ctx: click.Context, _: click.Parameter, value: bool) -> None:
        if value:
            setattr(ctx.ensure_object(_Settings), name, True)

    return remember


def _common(command: F) -> F:
    """``--base-url`` and ``--json`` on the command too, so they may follow its name."""

    def remember_base_url(ctx: click.Context, _: click.Parameter, value: str | None) -> None:
        if value is not None:
            ctx.ensure_object(_Settings).base_url = value

    command = click.option(
        "--json",
        "json_flag",
        is_flag=True,
        expose_value=False,
        callback=_remember_flag("json_output"),
        help="Print JSON on stdout.",
    )(command)
    return click.option(
        "--base-url",
        expose_value=False,
        callback=remember_base_url,
        metavar="URL",
        help="The API's base URL (default: CLOUDCOCKPIT_BASE_URL, or the SDK's).",
    )(command)


def _settings() -> _Settings:
    return click.get_current_context().ensure_object(_Settings)


def _client(concurrency: int | None = None, transport: str = "httpx") -> CloudCockpit:
    settings = _settings()
    kwargs: dict[str, Any] = {}
    if settings.base_url:
        kwargs["base_url"] = settings.base_url
    if transport != "httpx":  # httpx's transport is the SDK's default: leave it to the SDK
        kwargs["transport"] = transport
    if concurrency is not None:
        kwargs["limits"] = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    if settings.adaptive_rate:
        kwargs["retries"] = RetryPolicy(adaptive_rate=True)
    try:
        return CloudCockpit.from_env(**kwargs)
    except (ValueError, TypeError) as exc:
        raise click.UsageError(f"configuration: {exc}") from None


def _run(
    main: Callable[[CloudCockpit], Coroutine[Any, Any, T]],
    concurrency: int | None = None,
    transport: str = "httpx",
) -> T:
    """Run ``main(client)`` on a fresh event loop; map the SDK's errors to exit statuses."""

    async def with_client() -> T:
        async with _client(concurrency, transport) as cc:
            return await main(cc)

    try:
        return asyncio.run(with_client())
    except ValueError as exc:  # the SDK's checks before any I/O: bad ids, fields, values
        raise click.UsageError(str(exc)) from None
    except CloudCockpitError as exc:
        outcome = classify(exc)
        _error(outcome.fields.pop("error"), str(exc), **outcome.fields)
        raise SystemExit(1) from None
    except KeyboardInterrupt:  # Ctrl-C outside a bulk job's own handling (asyncio.run's)
        _error("Interrupted", "SIGINT: stopped", signal="SIGINT")
        raise SystemExit(130) from None


def _error(kind: str, detail: str, **fields: Any) -> None:
    """An error on stderr: one line for people, or one JSON object with --json."""
    if _json_requested():
        click.echo(json.dumps({"error": kind, "detail": detail, **fields}, default=str), err=True)
    else:
        _err().print(f"error: {detail}", markup=False)


def _json_requested(args: list[str] | None = None) -> bool:
    """--json, as parsed, or (before parsing ends, for click's own errors) as given."""
    ctx = click.get_current_context(silent=True)
    settings = None if ctx is None else ctx.find_object(_Settings)
    if settings is not None and settings.json_output:
        return True
    given = sys.argv[1:] if args is None else args
    return "--json" in (given[: given.index("--")] if "--" in given else given)


def run_cli(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status; click's errors are printed as ours are
    (one JSON object on stderr with --json), and Ctrl-C is 130 wherever it comes."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        status = cli.main(args=args, prog_name="cloudcockpit", standalone_mode=False)
    except click.ClickException as exc:
        if _json_requested(args):
            click.echo(json.dumps({"error": type(exc).__name__, "detail": exc.format_message()}), err=True)
        else:
            exc.show()
        return exc.exit_code
    except click.Abort as exc:  # click's KeyboardInterrupt (a prompt) or end of input
        interrupted = isinstance(exc.__cause__, KeyboardInterrupt)
        if _json_requested(args):
            click.echo(json.dumps({"error": "Interrupted" if interrupted else "Aborted"}), err=True)
        else:
            click.echo("interrupted" if interrupted else "aborted", err=True)
        return 130 if interrupted else 1
    return status if isinstance(status, int) else 0


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _out() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _print_json(value: Any) -> None:
    click.echo(json.dumps(value, default=str, indent=2))


def _uuid(_: click.Context | None, param: click.Parameter | None, value: Any) -> Any:
    """A click callback: the value as a UUID (None stays None), or a usage error naming it."""
    if value is None:
        return None
    try:
        return UUID(str(value))
    except ValueError:
        name = param.name if param is not None else "value"
        raise click.BadParameter(f"{value!r} is not a UUID", param_hint=name) from None


def _provider_customers(customer_dict: dict[str, Any]) -> list[dict[str, Any]]:
    entries = customer_dict.get("providerCustomers") or {}
    return [dict(v, key=k) if isinstance(v, dict) else {"key": k} for k, v in entries.items()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cloudcockpit")
@_common
def cli() -> None:
    """The CloudCockpit API from the command line (cloudcockpit-client).

    Configure it with CLOUDCOCKPIT_TENANT and CLOUDCOCKPIT_TOKEN (or CLOUDCOCKPIT_CLIENT_ID and
    CLOUDCOCKPIT_CLIENT_SECRET), as CloudCockpit.from_env() reads them.
    """


# ----------------------------------------------------------------- one-off commands


@cli.group()
def customers() -> None:
    """Read and change customers."""


@customers.command("get")
@click.argument("customer_id", callback=_uuid)
@click.option("--reseller-id", callback=_uuid, help="Scope it to the relation with this reseller.")
@_common
def customers_get(customer_id: UUID, reseller_id: UUID | None) -> None:
    """Show one customer and its provider customers."""

    async def main(cc: CloudCockpit) -> None:
        customer = (await cc.customers.get_customer(customer_id, reseller_id=reseller_id)).to_dict()
        if _settings().json_output:
            _print_json(customer)
            return
        table = Table("field", "value", title=f"customer {customer_id}", title_justify="left")
        for name, value in customer.items():
            if name != "providerCustomers":
                table.add_row(name, "" if value is None else str(value))
        out = _out()
        out.print(table)
        pcs = Table(
            "provider instance", "provider customer id", title="provider customers", title_justify="left"
        )
        for entry in _provider_customers(customer):
            pcs.add_row(
                str(entry.get("providerInstanceId", entry["key"])),
                str(entry.get("providerCustomerId") or "-"),
            )
        out.print(pcs)

    _run(main)


@customers.command("list")
@click.option("--reseller-id", callback=_uuid, help="Only the customers related to this reseller.")
@click.option("--page-size", type=click.IntRange(1, 2000), help="Customers per request (1-2000).")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many customers.")
@_common
def customers_list(reseller_id: UUID | None, page_size: int | None, limit: int | None) -> None:
    """List customers (one JSON object per line with --json)."""

    async def main(cc: CloudCockpit) -> None:
        await _list(
            cc.customers.list_customers(page_size=page_size, reseller_id=reseller_id), limit, _customer_row
        )

    _run(main)


def _customer_row(customer: dict[str, Any]) -> tuple[str, ...]:
    pcs = _provider_customers(customer)
    waiting = sum(1 for entry in pcs if not entry.get("providerCustomerId"))
    return (
        str(customer.get("id", "")),
        str(customer.get("companyName", "")),
        str(customer.get("country", "")),
        f"{len(pcs)} ({waiting} without an id)" if waiting else str(len(pcs)),
    )


_CUSTOMER_COLUMNS = ("id", "company", "country", "provider customers")
_INSTANCE_COLUMNS = ("id", "alias", "provider", "offer types")


def _instance_row(instance: dict[str, Any]) -> tuple[str, ...]:
    provider = instance.get("provider") or {}
    offers = str(len(instance.get("offerTypes") or []))  # the names: --json
    return (
        str(instance.get("id", "")),
        str(instance.get("alias", "")),
        str(provider.get("name", "") if isinstance(provider, dict) else provider),
        offers,
    )


async def _list(paginator: Any, limit: int | None, row: Callable[[dict[str, Any]], tuple[str, ...]]) -> None:
    """Print every item as it comes: JSON Lines, or a table per page for people."""
    json_output = _settings().json_output
    columns = _CUSTOMER_COLUMNS if row is _customer_row else _INSTANCE_COLUMNS
    shown = 0
    out = _out()
    async for page in paginator.pages():
        table = Table(
            *(Column(name, no_wrap=name == "id") for name in columns),
            show_header=shown == 0,
            box=None,
            pad_edge=False,
        )
        for item in page:
            if limit is not None and shown >= limit:
                break
            data = item.to_dict()
            if json_output:
                click.echo(json.dumps(data, default=str))
            else:
                table.add_row(*row(data))
            shown += 1
        if not json_output and table.row_count:
            out.print(table)
        if limit is not None and shown >= limit:
            break
    if not json_output:
        _err().print(f"{shown} shown")


@cli.group("provider-instances")
def provider_instances() -> None:
    """The tenant's provider instances."""


@provider_instances.command("list")
@click.option("--page-size", type=click.IntRange(1, 2000), help="Instances per request (1-2000).")
@_common
def provider_instances_list(page_size: int | None) -> None:
    """List the provider instances (their ids are the provider_instance_id values)."""

    async def main(cc: CloudCockpit) -> None:
        await _list(cc.provider_instances.list_provider_instances(page_size=page_size), None, _instance_row)

    _run(main)


@customers.command("retry-provider-customer")
@click.argument("customer_id", callback=_uuid)
@click.argument("provider_instance_id", callback=_uuid)
@_common
def customers_retry(customer_id: UUID, provider_instance_id: UUID) -> None:
    """Retry creating a failed provider customer (the API answers 400 when it has not failed)."""

    async def main(cc: CloudCockpit) -> None:
        await cc.customers.retry_provider_customer(customer_id, provider_instance_id)
        _report(
            {"customerId": customer_id, "providerInstanceId": provider_instance_id, "outcome": "accepted"}
        )

    _run(main)


def _report(result: dict[str, Any]) -> None:
    if _settings().json_output:
        _print_json(result)
    else:
        click.echo(" ".join(f"{k}={v}" for k, v in result.items()))


def _assignments(values: tuple[str, ...], as_json: bool) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    option = "--set-json" if as_json else "--set"
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not field=value", param_hint=option)
        if as_json:
            try:
                changes[name] = json.loads(text)
            except ValueError:
                raise click.BadParameter(f"{name}: {text!r} is not JSON", param_hint=option) from None
        else:
            changes[name] = text
    return changes


@customers.command("update-account-info")
@click.argument("customer_id", callback=_uuid)
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE", help="A camelCase field and its text.")
@click.option(
    "--set-json", "json_sets", multiple=True, metavar="FIELD=JSON", help="A field and a JSON value (null)."
)
@click.option(
    "--retry-failed", is_flag=True, help="Also retry the provider customers that failed on company info."
)
@_common
def customers_update(
    customer_id: UUID, sets: tuple[str, ...], json_sets: tuple[str, ...], retry_failed: bool
) -> None:
    """Change fields of a customer's account info (reads the customer, applies, sends it whole)."""
    changes = {**_assignments(sets, False), **_assignments(json_sets, True)}
    if not changes:
        raise click.UsageError("give at least one --set FIELD=VALUE (or --set-json FIELD=JSON)")

    async def main(cc: CloudCockpit) -> None:
        await cc.customers.update_account_info(
            customer_id, changes=changes, retry_failed_provider_customers_from_company_info=retry_failed
        )
        _report({"customerId": customer_id, "outcome": "accepted", "changed": ",".join(changes)})

    _run(main)


def _finite(_: click.Context, param: click.Parameter, value: float) -> float:
    if not math.isfinite(value):
        raise click.BadParameter(f"must be a finite number, got {value!r}", param_hint=param.name)
    return value


def _margin_options(command: F) -> F:
    command = click.option(
        "--margin-value",
        type=float,
        required=True,
        callback=_finite,
        help="The margin's value (10 for a 10 % markup).",
    )(command)
    return click.option(
        "--margin-rule",
        required=True,
        type=click.Choice(MARGIN_RULES, case_sensitive=False),
        help="The margin rule.",
    )(command)


def _margin(rule: str, value: float) -> dict[str, Any]:
    # click.Choice gives the documented spelling whatever the case typed; the SDK checks the rest.
    return {"marginRule": {"name": rule}, "value": int(value) if value.is_integer() else value}


@customers.command("add-provider-instance")
@click.argument("customer_id", callback=_uuid)
@click.option("--provider-instance-id", required=True, callback=_uuid, help="The instance to add.")
@_margin_options
@click.option(
    "--provider-customer-data",
    "data_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A one-line JSON Lines or CSV file with customer_id and the Microsoft fields (as for the bulk command).",
)
@click.option("--reseller-id", callback=_uuid, help="Add it on this reseller's relation with the customer.")
@_common
def customers_add(
    customer_id: UUID,
    provider_instance_id: UUID,
    margin_rule: str,
    margin_value: float,
    data_file: Path | None,
    reseller_id: UUID | None,
) -> None:
    """Add a provider instance to one customer (POST; never retried once it may have been sent)."""
    data = None
    if data_file is not None:
        rows = _checked_rows(data_file)
        if len(rows) != 1 or rows[0].customer_id != customer_id:
            raise click.BadParameter(
                f"must hold one row, for customer {customer_id}", param_hint="--provider-customer-data"
            )
        data = rows[0].data

    async def main(cc: CloudCockpit) -> None:
        created = await cc.customers.add_provider_instance(
            customer_id,
            provider_instance_id=provider_instance_id,
            provider_customer_data=data,
            margin=_margin(margin_rule, margin_value),
            reseller_id=reseller_id,
        )
        _report(
            {
                "customerId": customer_id,
                "providerInstanceId": provider_instance_id,
                "outcome": "created",
                "result": created,
            }
        )

    _run(main)


def _checked_rows(path: Path) -> list[Any]:
    try:
        return list(read_rows(path))
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


# ----------------------------------------------------------------- bulk jobs


def _bulk_options(command: F) -> F:
    for decorator in reversed(
        (
            click.option(
                "--concurrency",
                type=click.IntRange(1, 200),
                default=8,
                show_default=True,
                help="Calls in flight at once (and connections).",
            ),
            click.option(
                "--journal",
                type=click.Path(dir_okay=False, path_type=Path),
                help="Record every item's outcome here; a re-run with it skips what succeeded.",
            ),
            click.option(
                "--grace",
                type=click.FloatRange(min=0),
                default=30.0,
                show_default=True,
                help="Seconds the calls in flight get to finish after Ctrl-C.",
            ),
            click.option(
                "--progress/--no-progress",
                default=None,
                help="A progress bar on stderr (default: when stderr is a terminal).",
            ),
            click.option(
                "--transport",
                type=click.Choice(("httpx", "aiohttp")),
                default="httpx",
                show_default=True,
                help="aiohttp needs the [aiohttp] extra.",
            ),
            click.option(
                "--adaptive-rate",
                is_flag=True,
                expose_value=False,
                callback=_remember_flag("adaptive_rate"),
                help="Pace the calls to the rate the server admits, learnt from its 429s "
                "(RetryPolicy(adaptive_rate=True)).",
            ),
        )
    ):
        command = decorator(command)
    return command


def _open_journal(path: Path | None, job: str, *, read_only: bool = False) -> Journal:
    try:
        return Journal(path, job, read_only=read_only)
    except (JournalError, OSError) as exc:
        raise click.BadParameter(str(exc), param_hint="--journal") from None


def _finish(summary: Summary) -> None:
    if _settings().json_output:
        click.echo(json.dumps(summary.as_json()), err=True)
    elif summary.stdout_ok:
        try:
            click.echo(summary.line())
        except OSError as exc:  # a full disk: the summary is never lost, and the run did not end well
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - what is left in the old buffer would fail at exit
            summary.stdout_ok = False
            summary.walk_error = summary.walk_error or f"stdout: cannot be written ({exc.strerror or exc})"
            _err().print(f"error: {summary.walk_error}", markup=False)
            click.echo(summary.line(), err=True)
    else:
        click.echo(summary.line(), err=True)
    if summary.signal is not None:
        raise SystemExit(128 + summary.signal)
    raise SystemExit(summary.exit_status)


def _runner(
    journal: Journal,
    concurrency: int,
    grace: float,
    progress: bool | None,
    description: str,
    total: int | None = None,
) -> Runner:
    return Runner(
        journal=journal,
        concurrency=concurrency,
        json_output=_settings().json_output,
        description=description,
        total=total,
        grace=grace,
        show_progress=progress,
    )


@cli.command("retry-failed")
@click.option("--reseller-id", callback=_uuid, help="Only the customers related to this reseller.")
@click.option("--dry-run", is_flag=True, help="Only list what would be retried.")
@click.option(
    "--wait",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="After each retry, wait up to this long for the provider customer to be created.",
)
@_bulk_options
@_common
def retry_failed(
    reseller_id: UUID | None,
    dry_run: bool,
    wait: float | None,
    concurrency: int,
    journal: Path | None,
    grace: float,
    progress: bool | None,
    transport: str,
) -> None:
    """Retry every provider customer that has no providerCustomerId yet.

    Walks every customer. A 400 from the API means that provider customer had not failed (it is
    being created): it is recorded as skipped, not as an error.
    """
    # A dry run reads the journal (to leave out what a run would skip) and writes nothing.
    book = _open_journal(journal, "retry-failed", read_only=dry_run)

    async def main(cc: CloudCockpit) -> Summary:
        async def items() -> AsyncIterator[Item]:
            # The paginator's walk (it stops at totalPages, and on a page that repeats the one
            # before it), and one more bound: a page of customers all listed before in this walk
            # means the paging goes round (offset paging over data that changes, or a server that
            # repeats itself), so the walk stops there. The runner takes each item once anyway.
            listed: set[UUID] = set()
            walk = cc.customers.list_customers(page_size=2000, reseller_id=reseller_id)
            async for page in walk._unbuilt_pages():
                new = known = 0
                for customer in page._each_item():
                    if not isinstance(customer.id, UUID):
                        continue
                    known += 1
                    if customer.id not in listed:
                        listed.add(customer.id)
                        new += 1
                    for key, entry in _provider_customer_entries(customer):
                        instance = _provider_instance_of(key, entry)
                        if instance is not None and not entry.provider_customer_id:
                            yield Item(customer.id, instance)
                if known and not new:
                    raise _walk_error(
                        page,
                        f"page {page.page_number}: every customer on it was listed before in this "
                        "walk (the server's paging goes round)",
                    )

        async def work(item: Item) -> Outcome:
            if book.state(item.key) in IN_DOUBT:
                current = await cc.customers.get_customer(item.customer_id, reseller_id=reseller_id)
                pc = _find_provider_customer(current, item.provider_instance_id)
                if pc is not None and pc.provider_customer_id:
                    return Outcome("succeeded", "created since the earlier run's retry; not sent again")
            if dry_run:
                return Outcome("dry-run", "would retry")
            book.record(item.key, "sending")
            try:
                await cc.customers.retry_provider_customer(item.customer_id, item.provider_instance_id)
            except BadRequestError as exc:
                return Outcome("skipped", f"not failed: {exc.description}", {"status": 400})
            if wait is None:
                return Outcome("succeeded", "retry accepted")
            try:
                created = await cc.customers.wait_for_provider_customer(
                    item.customer_id, item.provider_instance_id, timeout=wait, reseller_id=reseller_id
                )
            except WaitTimeoutError:
                return Outcome("failed", f"retry accepted, but not created within {wait:g} s")
            return Outcome("succeeded", "created", {"providerCustomerId": created.provider_customer_id})

        runner = _runner(book, concurrency, grace, progress, "retrying failed provider customers")
        return await runner.run(items, work)

    _finish(_run(main, concurrency, transport))


@cli.command("add-provider-instance")
@click.option(
    "--input",
    "input_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines (or .csv): customer_id and the Microsoft fields, one customer per line.",
)
@click.option(
    "--provider-instance-id", required=True, callback=_uuid, help="The instance to add to every customer."
)
@_margin_options
@click.option("--reseller-id", callback=_uuid, help="Add it on this reseller's relation with each customer.")
@_bulk_options
@_common
def add_provider_instance(
    input_file: Path,
    provider_instance_id: UUID,
    margin_rule: str,
    margin_value: float,
    reseller_id: UUID | None,
    concurrency: int,
    journal: Path | None,
    grace: float,
    progress: bool | None,
    transport: str,
) -> None:
    """Add a provider instance to every customer of the input file, at most once each.

    An item whose POST may have taken effect (a timeout, a reset or a 5xx after sending, or a run
    killed mid-call) is not sent again blindly: a re-run with the same --journal reads the
    customer first and sends only if the instance is not linked.
    """
    total = _count_rows(input_file)  # the whole file is checked before any request
    book = _open_journal(journal, "add-provider-instance")
    margin = _margin(margin_rule, margin_value)

    async def main(cc: CloudCockpit) -> Summary:
        async def items() -> AsyncIterator[Item]:
            for row in read_rows(input_file):
                yield Item(row.customer_id, provider_instance_id, row.data)

        async def work(item: Item) -> Outcome:
            if book.state(item.key) in IN_DOUBT:
                current = await cc.customers.get_customer(item.customer_id, reseller_id=reseller_id)
                if _find_provider_customer(current, item.provider_instance_id) is not None:
                    return Outcome(
                        "succeeded", "already linked (an earlier run's call went through); not sent again"
                    )
            book.record(item.key, "sending")
            try:
                created = await cc.customers.add_provider_instance(
                    item.customer_id,
                    provider_instance_id=item.provider_instance_id,
                    provider_customer_data=item.payload,
                    margin=margin,
                    reseller_id=reseller_id,
                )
            except BadRequestError as exc:
                # Refused: if the instance is linked already (added by hand, or by a run without
                # a journal), the job's goal holds for this customer.
                current = await cc.customers.get_customer(item.customer_id, reseller_id=reseller_id)
                if _find_provider_customer(current, item.provider_instance_id) is None:
                    raise
                return Outcome("skipped", f"already linked ({exc.description})", {"status": 400})
            return Outcome("succeeded", "added", {"result": created})

        runner = _runner(book, concurrency, grace, progress, "adding the provider instance", total)
        return await runner.run(items, work)

    _finish(_run(main, concurrency, transport))


def _count_rows(path: Path) -> int:
    try:
        return sum(1 for _ in read_rows(path))
    except InputError as exc:
        raise click.BadParameter(str(exc), param_hint="--input") from None


def _add_export_command() -> None:
    """``cloudcockpit invoices export`` (cli/_export.py); the generated invoice commands join its group."""
    from ._export import register

    register(cli, _run, _settings, _common)


_add_export_command()


def _add_generated_commands() -> None:
    """Every operation of the spec as ``cloudcockpit <resource> <operation>`` (generated; the
    hand-written commands above keep their names and win on a clash)."""
    from .._generated.facade.cli import register

    register(cli)


_add_generated_commands()
