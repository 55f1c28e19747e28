"""SyncCloudCockpit: the same facade as CloudCockpit without async, over the same implementation.
The same flows against the in-memory CloudCockpit, the same bytes on the wire, from many threads."""

from __future__ import annotations

import inspect
import json
import threading
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, MARGIN, TENANT, TOKEN, Recorder, ms_data

import cloudcockpit_client
from cloudcockpit_client import (
    APIResponse,
    BadRequestError,
    ClientClosedError,
    CloudCockpit,
    Customer,
    NotFoundError,
    Page,
    ProviderCustomer,
    ProviderInstance,
    SyncCloudCockpit,
    SyncPaginator,
    WaitTimeoutError,
)
from cloudcockpit_client.testing import FakeCloudCockpit

CID = "c0ffee00-0000-4000-8000-0000000000bb"


def public_methods(obj: object) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(getattr(obj, name))
        for name in dir(obj)
        if not name.startswith("_") and callable(getattr(obj, name)) and name != "with_raw_response"
    }


def test_both_facades_expose_the_same_methods_with_the_same_parameters() -> None:
    async_cc = CloudCockpit(TENANT, token=TOKEN)
    with SyncCloudCockpit(TENANT, token=TOKEN) as sync_cc:
        for resource in ("customers", "provider_instances"):
            async_methods = public_methods(getattr(async_cc, resource))
            sync_methods = public_methods(getattr(sync_cc, resource))
            assert set(sync_methods) == set(async_methods) and async_methods
            for name, signature in async_methods.items():
                assert list(sync_methods[name].parameters.values()) == list(signature.parameters.values()), (
                    name
                )
            for name in async_methods:  # the docstrings are the async ones, Args/Returns/Raises included
                assert (
                    getattr(getattr(sync_cc, resource), name).__doc__
                    == getattr(getattr(async_cc, resource), name).__doc__
                )
        assert inspect.signature(SyncCloudCockpit.__init__) == inspect.signature(CloudCockpit.__init__)
        assert repr(sync_cc).startswith("SyncCloudCockpit(tenant='portal.example.com'")
        assert TOKEN not in repr(sync_cc)


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit(creation_delay=0.2)
    fake.add_tenant(TENANT)
    return fake


def sync_client(fake: FakeCloudCockpit, **kwargs: Any) -> SyncCloudCockpit:
    return SyncCloudCockpit(TENANT, token=fake.issue_token(TENANT), transport=fake.transport(), **kwargs)


def test_the_documented_flows_against_the_in_memory_cloudcockpit(fake: FakeCloudCockpit) -> None:
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    for n in range(5):
        fake.add_customer(TENANT, {**CUSTOMER, "companyName": f"Extra {n}"})
    instance = fake.add_provider_instance(TENANT, provider="microsoft")
    with sync_client(fake) as cc:
        customer = cc.customers.get_customer(customer_id)
        assert isinstance(customer, Customer) and customer.company_name == CUSTOMER["companyName"]
        listing = cc.customers.list_customers(page_size=2)
        assert isinstance(listing, SyncPaginator)
        assert len(list(listing)) == 6
        pages = list(cc.customers.list_customers(page_size=4).pages())
        assert [len(p.items) for p in pages] == [4, 2] and all(isinstance(p, Page) for p in pages)
        assert cc.customers.list_customers(page_size=4).first_page().total_count == 6
        instances = list(cc.provider_instances.list_provider_instances())
        assert [i.id for i in instances] == [instance] and isinstance(instances[0], ProviderInstance)

        created = cc.customers.add_provider_instance(
            customer_id, provider_instance_id=instance, provider_customer_data=ms_data(), margin=MARGIN
        )
        assert isinstance(created, str)
        with pytest.raises(WaitTimeoutError):
            cc.customers.wait_for_provider_customer(customer_id, instance, timeout=0.05, interval=0.01)
        pc = cc.customers.wait_for_provider_customer(customer_id, instance, timeout=10, interval=0.05)
        assert isinstance(pc, ProviderCustomer) and pc.provider_customer_id
        with pytest.raises(BadRequestError):  # created, not failed: nothing to retry
            cc.customers.retry_provider_customer(customer_id, instance, correlation_id=CID)
        cc.customers.update_account_info(customer_id, changes={"firstName": "Grace"})
        with pytest.raises(NotFoundError):
            cc.customers.get_customer("00000000-0000-4000-8000-000000000000")
        with pytest.raises(ValueError, match="customer_id must be a UUID"):
            cc.customers.get_customer("not-a-uuid")
        raw = cc.customers.with_raw_response.get_customer(customer_id)
        assert isinstance(raw, APIResponse) and raw.status_code == 200 and raw.parsed.first_name == "Grace"
        slow = cc.with_options(timeout=60, retries=0)
        assert slow.customers.get_customer(customer_id).first_name == "Grace"
    assert fake.customer(customer_id)["firstName"] == "Grace"
    assert cc.is_closed and slow.is_closed
    with pytest.raises(ClientClosedError):
        cc.customers.get_customer(customer_id)
    with pytest.raises(ClientClosedError):
        slow.customers.get_customer(customer_id)
    cc.close()  # twice is harmless
    slow.close()


def test_the_same_bytes_on_the_wire_as_the_async_client() -> None:
    def send(build: Any) -> httpx.Request:
        rec = Recorder(default=httpx.Response(201, json="id"))
        build(rec)
        (request,) = rec.requests
        return request

    def with_sync(rec: Recorder) -> None:
        with SyncCloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
            cc.customers.add_provider_instance(
                CUSTOMER_ID,
                provider_instance_id=INSTANCE_ID,
                provider_customer_data=ms_data(),
                margin=MARGIN,
                correlation_id=CID,
            )

    def with_async(rec: Recorder) -> None:
        async def main() -> None:
            async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
                await cc.customers.add_provider_instance(
                    CUSTOMER_ID,
                    provider_instance_id=INSTANCE_ID,
                    provider_customer_data=ms_data(),
                    margin=MARGIN,
                    correlation_id=CID,
                )

        import anyio

        anyio.run(main)

    sync_request, async_request = send(with_sync), send(with_async)
    assert sync_request.url == async_request.url and sync_request.method == async_request.method

    def headers(request: httpx.Request) -> list[tuple[str, str]]:
        # traceparent (present once a test has imported OpenTelemetry) is per call by design.
        return [(k, v) for k, v in request.headers.multi_items() if k != "traceparent"]

    assert headers(sync_request) == headers(async_request)
    assert json.loads(sync_request.content) == json.loads(async_request.content)


def test_many_threads_share_one_client(fake: FakeCloudCockpit) -> None:
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    errors: list[BaseException] = []
    names: list[str] = []
    with sync_client(fake) as cc:

        def work() -> None:
            try:
                for _ in range(25):
                    names.append(cc.customers.get_customer(customer_id).company_name)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == [] and len(names) == 200
    assert len([r for r in fake.requests if r.method == "GET"]) == 200


def test_the_async_client_says_what_to_do_when_used_with_a_plain_with() -> None:
    with pytest.raises(TypeError, match="use `async with CloudCockpit"), CloudCockpit(TENANT, token=TOKEN):
        pass


def test_a_bad_argument_fails_before_any_thread_is_left_running() -> None:
    before = threading.active_count()
    with pytest.raises(ValueError, match="tenant"):
        SyncCloudCockpit("", token=TOKEN)
    assert threading.active_count() == before
    assert "SyncCloudCockpit" in cloudcockpit_client.__all__


def test_public_methods_document_their_args_returns_and_raises() -> None:
    from cloudcockpit_client.resources._common import Resource, SyncResource
    from cloudcockpit_client.resources.customers import Customers, SyncCustomers
    from cloudcockpit_client.resources.provider_instances import ProviderInstances, SyncProviderInstances

    # The hand-written classes and the generated ones they extend.
    resources = [
        cls
        for top in (Customers, ProviderInstances, SyncCustomers, SyncProviderInstances)
        for cls in top.__mro__
        if cls not in (Resource, SyncResource, object)
    ]
    assert len(resources) == 6
    undocumented = []
    for cls in (*resources, CloudCockpit, SyncCloudCockpit):
        for name, member in vars(cls).items():
            if (name.startswith("_") and name != "__init__") or not inspect.isfunction(member):
                continue
            doc = member.__doc__ or ""
            takes_args = len(inspect.signature(member).parameters) > 1
            wanted = ("Args:", "Returns:", "Raises:") if takes_args else ("Returns:", "Raises:")
            undocumented += [f"{cls.__name__}.{name}: {w}" for w in wanted if w not in doc]
    assert undocumented == []
    assert "Args:" in (
        CloudCockpit.__init__.__doc__ or ""
    )  # help(CloudCockpit.__init__) is not "Initialize self"
