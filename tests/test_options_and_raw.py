"""cc.with_options(timeout=, retries=) and resource.with_raw_response (openai-python's idioms):
on the wire (Recorder, real sockets) and against the in-memory CloudCockpit."""

from __future__ import annotations

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, MARGIN, TENANT, TOKEN, Recorder
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    APIResponse,
    APITimeoutError,
    ClientClosedError,
    CloudCockpit,
    Customer,
    InternalServerError,
    NotFoundError,
    Page,
    RetryPolicy,
)
from cloudcockpit_client.testing import FakeCloudCockpit

pytestmark = pytest.mark.anyio

CID = "c0ffee00-0000-4000-8000-0000000000aa"


async def test_with_options_changes_retries_and_shares_the_pool(server: FaultServer) -> None:
    server.script(Action(status=503), Action(status=503), Action(status=503))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, retries=0) as cc:
        patient = cc.with_options(retries=RetryPolicy(max_retries=2, backoff_base=0.01, backoff_cap=0.01))
        assert patient.retry_policy.max_retries == 2 and cc.retry_policy.max_retries == 0
        with pytest.raises(InternalServerError) as info:
            await patient.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        assert info.value.attempts == 3
        server.script(Action(status=503))
        with pytest.raises(InternalServerError) as first:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)  # the original: no retry
        assert first.value.attempts == 1
        assert patient._http is cc._http  # one pool, one token cache
    assert patient.is_closed  # closing one closes the pool both use
    with pytest.raises(ClientClosedError):
        await patient.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert {seen.connection for seen in server.requests} == {1}  # every attempt on the one connection


async def test_with_options_changes_the_timeout_of_that_client_only(server: FaultServer) -> None:
    server.script(Action(delay=0.5), Action(delay=0.5))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, timeout=0.2, retries=0) as cc:
        with pytest.raises(APITimeoutError):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        slow = cc.with_options(timeout=5)
        await slow.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        with pytest.raises(ValueError, match="timeout must be"):
            cc.with_options(timeout=-1)
        with pytest.raises(ValueError, match="retries must be"):
            cc.with_options(retries="many")  # type: ignore[arg-type]


async def test_raw_response_carries_status_headers_correlation_id_and_value() -> None:
    rec = Recorder(default=httpx.Response(201, json="new-id", headers={"Location": "/x", "X-Thing": "1"}))
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport(), retries=0) as cc:
        raw = await cc.customers.with_raw_response.add_provider_instance(
            CUSTOMER_ID,
            provider_instance_id=INSTANCE_ID,
            provider_customer_data=None,
            margin=MARGIN,
            correlation_id=CID,
        )
    assert isinstance(raw, APIResponse)
    assert (raw.status_code, raw.headers["Location"], raw.headers["x-thing"]) == (201, "/x", "1")
    assert raw.correlation_id == CID and raw.attempts == 1
    assert raw.parse() == raw.parsed == "new-id"
    assert rec.requests[0].headers["X-Correlation-Id"] == CID  # the same request as without it


async def test_raw_responses_against_the_in_memory_cloudcockpit() -> None:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    customer_id = fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Contoso"})
    async with CloudCockpit(TENANT, token=fake.issue_token(TENANT), transport=fake.transport()) as cc:
        got = await cc.customers.with_raw_response.get_customer(customer_id)
        assert got.status_code == 200 and isinstance(got.parsed, Customer)
        assert got.parsed.company_name == "Contoso"
        assert got.headers["Content-Type"].startswith("application/json")
        page = await cc.customers.with_raw_response.list_customers(page_size=10)
        assert isinstance(page.parsed, Page) and [c.id for c in page.parsed] == [customer_id]
        patched = await cc.customers.with_raw_response.update_account_info(
            customer_id, changes={"firstName": "Ada"}
        )
        assert patched.status_code == 202 and patched.parsed is None  # the PATCH, after its GET
        assert patched.http_response.request.method == "PATCH"
        with pytest.raises(NotFoundError):  # errors are raised as usual
            await cc.customers.with_raw_response.get_customer("00000000-0000-4000-8000-000000000000")
        with pytest.raises(AttributeError, match="no method '_send'"):
            cc.customers.with_raw_response._send  # noqa: B018
        assert "get_customer" in dir(cc.customers.with_raw_response)
    assert fake.customer(customer_id)["firstName"] == "Ada"


@pytest.mark.anyio
async def test_per_call_timeout_and_extra_headers() -> None:
    from cloudcockpit_client import APITimeoutError
    from cloudcockpit_client.testing import FakeCloudCockpit

    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    token = fake.issue_token(TENANT)
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport(), timeout=30) as cc:
        await cc.customers.get_customer(customer_id, extra_headers={"X-Debug": "1"})
        assert fake.requests[-1].headers["x-debug"] == "1"
        for bad, error in (
            ({"Authorization": "Bearer other"}, ValueError),
            ({"x-tenant": "other"}, ValueError),
            ({"X-Correlation-Id": "c"}, ValueError),
            ({"X-Bad": "a\r\nInjected: 1"}, ValueError),
            ({"Bad Name": "1"}, ValueError),
            ({"X-Number": 1}, TypeError),
        ):
            with pytest.raises(error):
                await cc.customers.get_customer(customer_id, extra_headers=bad)  # type: ignore[arg-type]
        assert len(fake.requests) == 1  # refused before any I/O
        fake.inject(delay=5.0)
        with pytest.raises(APITimeoutError):  # this call's budget, not the client's 30 s
            await cc.customers.get_customer(customer_id, timeout=0.2)
        await cc.customers.get_customer(customer_id)  # the client is still usable, with its own timeout
    pages = fake.requests[-1]
    assert pages.status == 200
