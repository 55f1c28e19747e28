"""Hardening, third round (issue 25), the promises landed so far, over real loopback sockets where a
server is involved: item 12's small things users hit."""

from __future__ import annotations

import csv
import socket
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
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
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
