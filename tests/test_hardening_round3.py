"""Hardening, third round (issue 25), the promises landed so far, over real loopback sockets where a
server is involved: item 12's small things users hit."""

from __future__ import annotations

import socket

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
