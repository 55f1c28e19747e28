"""Hardening, third round (issue 25), the promises landed so far, over real loopback sockets where a
server is involved: item 12's small things users hit."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER_ID, TENANT, TOKEN, Recorder

from cloudcockpit_client import APIConnectionError, AuthenticationError, CloudCockpit, SyncCloudCockpit
from cloudcockpit_client.testing import FakeCloudCockpit


@pytest.mark.anyio
@pytest.mark.parametrize("bad", ["cid-1", "not a uuid", "c0ffee00-0000-4000-8000-00000000000"])
async def test_a_correlation_id_that_is_not_a_uuid_is_refused_before_io(bad: str) -> None:
    recorder = Recorder()
    async with CloudCockpit(TENANT, token=TOKEN, transport=recorder.transport()) as cc:
        with pytest.raises(ValueError, match="correlation_id must be a UUID"):
            await cc.customers.get_customer(CUSTOMER_ID, correlation_id=bad)
        with pytest.raises(ValueError, match="correlation_id must be a UUID"):
            await cc.orders.wait_for_order(CUSTOMER_ID, CUSTOMER_ID, correlation_id=bad)
        # A UUID in any of its spellings goes out as given.
        recorder.default = httpx.Response(204)
        await cc.customers.retry_provider_customer(
            CUSTOMER_ID, CUSTOMER_ID, correlation_id="C0FFEE00-0000-4000-8000-000000000000"
        )
    assert [r.headers["X-Correlation-Id"] for r in recorder.requests] == [
        "C0FFEE00-0000-4000-8000-000000000000"
    ]


def test_a_401_says_what_it_can_mean_without_either_secret() -> None:
    from servedfake import ServedFake

    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    fake.add_tenant("other.example.com")
    token = fake.issue_token(TENANT)
    served = ServedFake(fake).start()
    try:
        for tenant, bearer in (("other.example.com", token), (TENANT, "fake.wrong-token-value")):
            with (
                SyncCloudCockpit(tenant, token=bearer, base_url=served.url, retries=0) as cc,
                pytest.raises(AuthenticationError) as info,
            ):
                cc.customers.get_customer(CUSTOMER_ID)
            text = str(info.value)
            assert "Unauthorized: Unauthorized" not in text
            assert "bearer token" in text and "X-Tenant" in text
            assert bearer not in text and bearer not in repr(info.value)
    finally:
        served.stop()


@pytest.mark.anyio
async def test_async_with_on_the_sync_client_says_what_to_use() -> None:
    with pytest.raises(TypeError, match=r"use `with SyncCloudCockpit\(\.\.\.\)`"):
        async with SyncCloudCockpit(TENANT, token=TOKEN):
            pass


@pytest.mark.anyio
async def test_a_connection_error_reads_as_one_sentence() -> None:
    from test_faults_real_sockets import free_port

    port = free_port()  # a port nobody listens on
    async with CloudCockpit(TENANT, token=TOKEN, base_url=f"http://127.0.0.1:{port}", retries=0) as cc:
        with pytest.raises(APIConnectionError) as info:
            await cc.customers.get_customer(
                CUSTOMER_ID, correlation_id="c0ffee00-0000-4000-8000-000000000000"
            )
    text = str(info.value)
    assert "(correlation id c0ffee00-0000-4000-8000-000000000000" in text
    assert ".;" not in text and ".)" not in text.replace("127.0.0.1", "")


@pytest.mark.anyio
async def test_a_403_without_a_body_names_the_role() -> None:
    import uuid

    from cloudcockpit_client import PermissionDeniedError

    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    token = fake.issue_token(TENANT, role="reseller", reseller_id=uuid.uuid4())
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        with pytest.raises(PermissionDeniedError) as info:
            await cc.customers.delete_customer(CUSTOMER_ID)  # the CSP's only
    assert "role (csp or reseller) may not call this operation" in str(info.value)
    assert token not in str(info.value)


@pytest.fixture
def cli_site() -> Any:
    from test_cli import Site

    site = Site()
    try:
        yield site
    finally:
        site.served.stop()


def test_an_input_file_with_a_byte_order_mark_is_read(cli_site: Any, tmp_path: Path) -> None:
    """Excel's "CSV UTF-8" starts the file with a BOM: the first column is still customer_id."""
    from test_cli import ROW

    [customer] = cli_site.customers(1)
    source = tmp_path / "in.csv"
    header = ["customer_id", *ROW]
    values = [
        str(customer),
        *("" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for v in ROW.values()),
    ]
    with source.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([header, values])
    assert source.read_bytes().startswith(b"\xef\xbb\xbf")
    done = cli_site.run(
        "add-provider-instance", "--input", str(source), "--provider-instance-id", str(cli_site.ms),
        "--margin-rule", "Markup", "--margin-value", "1", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(cli_site.requests("POST")) == 1


def test_a_journal_that_is_not_utf8_is_one_line_and_exit_2(cli_site: Any, tmp_path: Path) -> None:
    from test_cli import write_input

    [customer] = cli_site.customers(1)
    journal = tmp_path / "journal.jsonl"
    journal.write_bytes(b'{"job": "add-provider-instance", "key": "\xff\xfe"}\n')
    done = cli_site.run(
        "add-provider-instance", "--input", str(write_input(tmp_path / "in.jsonl", [customer])),
        "--provider-instance-id", str(cli_site.ms), "--margin-rule", "Markup", "--margin-value", "1",
        "--journal", str(journal),
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "not UTF-8 text" in done.stderr and "Traceback" not in done.stderr
    assert cli_site.fake.requests == []


# ----------------------------------------------------------------- item 4: paging that never ends


def _customers_page(names: list[str], **flags: Any) -> bytes:
    import json

    items = [
        {**_CUSTOMER_FIELDS, "id": f"3fa85f64-5717-4562-b3fc-{i:012x}", "companyName": n}
        for i, n in enumerate(names)
    ]
    return json.dumps({"items": items, **flags}).encode()


_CUSTOMER_FIELDS: dict[str, Any] = {
    "country": "PT", "addressLine1": "Rua 1", "city": "Lisboa", "state": "Lisboa", "zip": "1100",
    "firstName": "Ada", "lastName": "Lovelace", "email": "ada@contoso.example", "phone": "1",
    "providerCustomers": None,
}  # fmt: skip


async def _collect(paginator: Any, seen: list[Any], field: str) -> None:
    async for item in paginator:
        seen.append(getattr(item, field))


def _script_forever(server: Any, body: bytes, count: int = 50) -> None:
    from faultserver import Action

    server.script(*[Action(status=200, headers={"Content-Type": "application/json"}, body=body)] * count)


@pytest.mark.anyio
async def test_a_list_that_repeats_its_page_is_an_error_naming_the_page(server: Any) -> None:
    from cloudcockpit_client import ResponseValidationError

    _script_forever(server, _customers_page(["A", "B"], hasNextPage=True))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url) as cc:
        seen: list[Any] = []
        with pytest.raises(ResponseValidationError, match="page 2 repeats the page before it") as info:
            await _collect(cc.customers.list_customers(page_size=2), seen, "company_name")
        assert seen == ["A", "B"]  # the first page's items, once
        assert info.value.correlation_id == server.requests[0].headers["x-correlation-id"]
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_a_walk_stops_at_total_pages_whatever_has_next_says(server: Any) -> None:
    from faultserver import Action

    server.script(
        Action(status=200, headers={"Content-Type": "application/json"},
               body=_customers_page(["A", "B"], hasNextPage=True, totalPages=1)),
    )  # fmt: skip
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url) as cc:
        names = [c.company_name async for c in cc.customers.list_customers(page_size=2)]
    assert names == ["A", "B"] and len(server.requests) == 1


@pytest.mark.anyio
async def test_a_continuation_token_that_does_not_change_is_an_error(server: Any) -> None:
    import json

    from faultserver import Action

    from cloudcockpit_client import ResponseValidationError

    def page(offset: int) -> Action:
        items = [{"mpnId": offset + i} for i in range(2)]
        body = json.dumps({"items": items, "continuationToken": "same-token"}).encode()
        return Action(status=200, headers={"Content-Type": "application/json"}, body=body)

    server.script(page(0), page(2), page(4))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url) as cc:
        seen: list[Any] = []
        with pytest.raises(ResponseValidationError, match="continuationToken repeats"):
            await _collect(cc.invoices.list_usage_line_items(CUSTOMER_ID, page_size=2), seen, "mpn_id")
    assert seen == [0, 1, 2, 3] and len(server.requests) == 2
    assert server.requests[1].headers["x-continuationtoken"] == "same-token"
