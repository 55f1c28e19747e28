"""The read side: get_customer, list_customers / list_provider_instances (paging), waiting for a
provider customer, and update_account_info with changes=. On the wire (Recorder) and against the
in-memory CloudCockpit."""

from __future__ import annotations

import itertools
import json
import time
import uuid
from typing import Any

import anyio
import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, MARGIN, RESELLER_ID, TENANT, TOKEN, Recorder, ms_data

from cloudcockpit_client import (
    UNSET,
    AsyncPaginator,
    BadRequestError,
    CloudCockpit,
    Customer,
    NotFoundError,
    Page,
    PermissionDeniedError,
    ProviderCustomer,
    ProviderInstance,
    ResponseValidationError,
    WaitTimeoutError,
)
from cloudcockpit_client.testing import FakeCloudCockpit

CID = "c0ffee00-0000-4000-8000-000000000000"


def wire_customer(**extra: Any) -> dict[str, Any]:
    """A customer as the API sends it: every documented field, one provider customer."""
    return {
        "id": str(CUSTOMER_ID),
        "companyName": "Contoso Ltd",
        "taxId": None,
        "country": "PT",
        "addressLine1": "Rua Augusta 1",
        "addressLine2": None,
        "city": "Lisboa",
        "state": "Lisboa",
        "zip": "1100-053",
        "firstName": "Ada",
        "middleName": None,
        "lastName": "Lovelace",
        "email": "ada@contoso.example",
        "phone": "+351210000000",
        "internalIdentifier": None,
        "resellerId": None,
        "providerCustomers": {
            str(INSTANCE_ID): {
                "providerInstanceId": str(INSTANCE_ID),
                "providerCustomerId": None,
                "providerCustomerData": "{}",
                "margin": {"marginRule": {"name": "Markup", "id": 1}, "value": 10},
            }
        },
        "customerAssociations": None,
        **extra,
    }


def page_body(items: list[Any], number: int, size: int, total: int, **extra: Any) -> dict[str, Any]:
    pages = -(-total // size)
    return {
        "items": items,
        "paginationParameters": {"pageNumber": number, "pageSize": size},
        "totalPages": pages,
        "totalCount": total,
        "hasPreviousPage": number > 1,
        "hasNextPage": number < pages,
        "continuationToken": None,
        **extra,
    }


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake


def client(fake: FakeCloudCockpit, **kwargs: Any) -> CloudCockpit:
    kwargs.setdefault("token", fake.issue_token(TENANT))
    return CloudCockpit(TENANT, transport=fake.transport(), **kwargs)


# ------------------------------------------------------------------ get_customer


@pytest.mark.anyio
async def test_get_customer_on_the_wire_and_round_trip() -> None:
    """GET with resellerId; unknown fields are kept; the customer goes back through PATCH unchanged."""
    sent = wire_customer(futureField={"x": 1})
    sent["providerCustomers"][str(INSTANCE_ID)]["status"] = {"name": "Failed"}
    rec = Recorder([httpx.Response(200, json=sent), httpx.Response(202)])
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        customer = await cc.customers.get_customer(
            str(CUSTOMER_ID), reseller_id=RESELLER_ID, correlation_id=CID
        )
        assert isinstance(customer, Customer)
        assert customer.company_name == "Contoso Ltd" and customer["futureField"] == {"x": 1}
        pc = customer.provider_customers[str(INSTANCE_ID)]  # type: ignore[union-attr]
        assert isinstance(pc, ProviderCustomer) and pc.provider_customer_id is None
        await cc.customers.update_account_info(CUSTOMER_ID, customer=customer)
    get, patch = rec.requests
    assert get.method == "GET" and get.url.path == f"/v1/Customers/{CUSTOMER_ID}"
    assert dict(get.url.params) == {"resellerId": str(RESELLER_ID)}
    assert get.headers["X-Tenant"] == TENANT and get.headers["X-Correlation-Id"] == CID
    assert get.headers["Authorization"] == f"Bearer {TOKEN}" and get.headers["Accept"] == "application/json"
    assert json.loads(patch.content)["customer"] == sent


@pytest.mark.anyio
async def test_get_customer_errors_and_bad_bodies() -> None:
    rec = Recorder(
        [
            httpx.Response(404, json={"statusCode": 404, "description": "No such customer"}),
            httpx.Response(403),
            httpx.Response(200, json=["not", "an", "object"]),
            httpx.Response(200, json={k: v for k, v in wire_customer().items() if k != "companyName"}),
            httpx.Response(200, json=wire_customer(id="not-a-uuid")),
        ]
    )
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport(), retries=0) as cc:
        with pytest.raises(NotFoundError, match="No such customer"):
            await cc.customers.get_customer(CUSTOMER_ID)
        with pytest.raises(PermissionDeniedError):
            await cc.customers.get_customer(CUSTOMER_ID, reseller_id=RESELLER_ID)
        with pytest.raises(ResponseValidationError, match="expected a JSON object"):
            await cc.customers.get_customer(CUSTOMER_ID)
        with pytest.raises(ResponseValidationError, match="missing required field 'companyName'"):
            await cc.customers.get_customer(CUSTOMER_ID)
        with pytest.raises(ResponseValidationError, match="customer: id: expected a UUID string"):
            await cc.customers.get_customer(CUSTOMER_ID)
        with pytest.raises(ValueError, match="customer_id must be a UUID"):
            await cc.customers.get_customer("../x")
    assert len(rec.requests) == 5


@pytest.mark.anyio
async def test_get_customer_against_the_double(fake: FakeCloudCockpit) -> None:
    rid = uuid.uuid4()
    mine = fake.add_customer(TENANT, {**CUSTOMER, "resellerId": str(rid)})
    other = fake.add_customer(TENANT, CUSTOMER)
    instance = fake.add_provider_instance(TENANT, provider="microsoft")
    fake.add_provider_customer(mine, instance, status="created")
    reseller_token = fake.issue_token(TENANT, role="reseller", reseller_id=rid)
    async with client(fake) as cc:
        customer = await cc.customers.get_customer(mine)
        pc = customer.provider_customers[str(instance)]  # type: ignore[union-attr]
        assert pc.provider_customer_id == fake.provider_customer(mine, instance).provider_customer_id
        assert pc.provider_instance_id == instance
        with pytest.raises(PermissionDeniedError):  # documented: no relation with that reseller
            await cc.customers.get_customer(other, reseller_id=rid)
        with pytest.raises(NotFoundError):
            await cc.customers.get_customer(uuid.uuid4())
    async with client(fake, token=reseller_token) as cc:
        assert (await cc.customers.get_customer(mine)).id == mine
        with pytest.raises(PermissionDeniedError):
            await cc.customers.get_customer(other)


# ------------------------------------------------------------------ paging


@pytest.mark.anyio
async def test_list_customers_walks_every_page_lazily(fake: FakeCloudCockpit) -> None:
    names = [f"Company {i:02d}" for i in range(7)]
    for name in reversed(names):
        fake.add_customer(TENANT, {**CUSTOMER, "companyName": name})
    async with client(fake) as cc:
        paginator = cc.customers.list_customers(page_size=3, correlation_id=CID)
        assert isinstance(paginator, AsyncPaginator)
        assert fake.requests == []  # nothing is sent before the iteration starts
        seen = []
        async for customer in paginator:
            seen.append(customer.company_name)
            # The next page is fetched only once the current one is used up.
            assert len(fake.requests) == (len(seen) - 1) // 3 + 1
        assert seen == names  # sorted by company name, every customer once
    assert [r.query for r in fake.requests] == [
        {"pageNumber": "1", "pageSize": "3"},
        {"pageNumber": "2", "pageSize": "3"},
        {"pageNumber": "3", "pageSize": "3"},
    ]
    assert {r.headers["x-correlation-id"] for r in fake.requests} == {CID}
    assert {(r.method, r.path, r.status) for r in fake.requests} == {("GET", "/v1/Customers", 200)}


@pytest.mark.anyio
async def test_pages_carry_their_totals_and_await_gives_the_first(fake: FakeCloudCockpit) -> None:
    for i in range(5):
        fake.add_customer(TENANT, {**CUSTOMER, "companyName": f"C{i}"})
    async with client(fake) as cc:
        pages = [page async for page in cc.customers.list_customers(page_size=2).pages()]
        assert [len(p) for p in pages] == [2, 2, 1]
        assert [(p.page_number, p.total_count, p.total_pages, p.has_next_page) for p in pages] == [
            (1, 5, 3, True),
            (2, 5, 3, True),
            (3, 5, 3, False),
        ]
        assert [p.has_previous_page for p in pages] == [False, True, True]
        first = await cc.customers.list_customers(page_size=2, page_number=2)
        assert isinstance(first, Page) and [c.company_name for c in first] == ["C2", "C3"]
        assert first.raw.total_count == 5 and first.page_size == 2
        default = await cc.customers.list_customers()
        assert len(default) == 5 and default.page_size == 25  # the API default, read from the body
    assert fake.requests[-1].query == {"pageNumber": "1"}


@pytest.mark.anyio
async def test_list_customers_filters_by_reseller_and_refuses_bad_input_before_io(
    fake: FakeCloudCockpit,
) -> None:
    rid = uuid.uuid4()
    fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Theirs", "resellerId": str(rid)})
    fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Ours"})
    async with client(fake) as cc:
        assert [c.company_name async for c in cc.customers.list_customers(reseller_id=str(rid))] == ["Theirs"]
        assert fake.requests[-1].query == {"pageNumber": "1", "resellerId": str(rid)}
        before = len(fake.requests)
        with pytest.raises(ValueError, match="page_size must be >= 1"):
            cc.customers.list_customers(page_size=0)
        with pytest.raises(TypeError, match="page_size must be an int"):
            cc.customers.list_customers(page_size="10")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="page_number must be >= 1"):
            cc.customers.list_customers(page_number=0)
        with pytest.raises(ValueError, match="reseller_id must be a UUID"):
            cc.customers.list_customers(reseller_id="x")
        assert len(fake.requests) == before
        # The upper bound (2000) is the server's: the double answers 400, as documented.
        with pytest.raises(BadRequestError) as info:
            await cc.customers.list_customers(page_size=2001)
        assert [e.property_name for e in info.value.errors] == ["pageSize"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("bodies", "expected_requests"),
    [
        # No has-next flag: totalPages decides.
        ([{"items": [1, 2], "totalPages": 2}, {"items": [3], "totalPages": 2}], 2),
        # Neither: a page shorter than the page size is the last.
        ([{"items": [1, 2]}, {"items": [3]}], 2),
        ([{"items": [1, 2]}, {"items": [3, 4]}, {"items": []}], 3),
        # A has-next flag that lies on an empty page cannot make the walk endless.
        ([{"items": [1, 2], "hasNextPage": True}, {"items": [], "hasNextPage": True}], 2),
        # A has-next flag wins over totalPages (wrongly typed totals are a ResponseValidationError:
        # tests/test_round3_types.py).
        ([{"items": [1], "hasNextPage": False, "totalPages": 9}], 1),
    ],
)
async def test_paging_does_not_depend_on_the_undocumented_flag(
    bodies: list[dict[str, Any]], expected_requests: int
) -> None:
    def item(n: int) -> dict[str, Any]:
        return {"id": str(uuid.UUID(int=n)), "alias": f"I{n}"}

    replies = [httpx.Response(200, json={**b, "items": [item(n) for n in b["items"]]}) for b in bodies]
    rec = Recorder(replies)
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        got = [i async for i in cc.provider_instances.list_provider_instances(page_size=2)]
    assert len(rec.requests) == expected_requests
    assert all(isinstance(i, ProviderInstance) for i in got)
    assert [i.alias for i in got] == [f"I{n}" for b in bodies for n in b["items"]]
    assert [r.url.params["pageNumber"] for r in rec.requests] == [
        str(n + 1) for n in range(expected_requests)
    ]


@pytest.mark.anyio
async def test_a_broken_item_or_page_is_a_response_validation_error() -> None:
    rec = Recorder(
        [
            httpx.Response(200, json=page_body([wire_customer(), {"companyName": "x"}], 1, 25, 2)),
            httpx.Response(200, json={"items": {"not": "a list"}}),
            httpx.Response(200, text="<html>"),
        ]
    )
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        with pytest.raises(ResponseValidationError, match=r"items\[1\]: missing required field"):
            await cc.customers.list_customers()
        with pytest.raises(ResponseValidationError, match="items: expected a JSON array"):
            await cc.customers.list_customers()
        with pytest.raises(ResponseValidationError, match="expected a JSON object"):
            await cc.customers.list_customers()


@pytest.mark.anyio
async def test_a_walk_builds_each_item_when_it_reaches_it_and_pages_are_built_whole() -> None:
    broken = page_body([wire_customer(), {"companyName": "x"}, wire_customer()], 1, 25, 3)
    rec = Recorder(default=httpx.Response(200, json=broken))
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        # async for: the item before the broken one is handed out, then the error names the item.
        walk = aiter(cc.customers.list_customers())
        assert isinstance(await anext(walk), Customer)
        with pytest.raises(ResponseValidationError, match=r"items\[1\]: missing required field"):
            await anext(walk)
        # pages() and await: the page is built whole before it is handed over, so it fails there.
        with pytest.raises(ResponseValidationError, match=r"items\[1\]"):
            await cc.customers.list_customers().pages().__anext__()
        rec.default = httpx.Response(200, json=page_body([wire_customer(), wire_customer()], 1, 25, 2))
        page = await cc.customers.list_customers()
        assert page.items is page.items and page.raw.items is page.items  # built once, and kept
        assert len(page) == 2 and list(page) == page.items
        assert "Page(page_number=1, items=2" in repr(page)


@pytest.mark.anyio
async def test_each_page_request_is_a_normal_call(fake: FakeCloudCockpit) -> None:
    """A 503 on page 2 is retried (GET is idempotent) and the walk goes on."""
    for i in range(3):
        fake.add_customer(TENANT, {**CUSTOMER, "companyName": f"C{i}"})
    fake.inject(status=503, headers={"Retry-After": "0"}, method="GET", times=1)
    async with client(fake) as cc:
        walk = cc.customers.list_customers(page_size=2).pages()
        first = await walk.__anext__()
        fake.inject(status=500, method="GET", times=1)  # ambiguous, but GET may be re-sent
        second = await walk.__anext__()
        with pytest.raises(StopAsyncIteration):
            await walk.__anext__()
    assert (len(first), len(second)) == (2, 1)
    assert [r.status for r in fake.requests] == [503, 200, 500, 200]


@pytest.mark.anyio
async def test_list_provider_instances_against_the_double(fake: FakeCloudCockpit) -> None:
    ms = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    other = fake.add_provider_instance(TENANT, provider="acme", alias="Acme")
    fake.add_tenant("other.example.com")
    fake.add_provider_instance("other.example.com", provider="microsoft")
    async with client(fake) as cc:
        instances = [i async for i in cc.provider_instances.list_provider_instances(page_size=1)]
    assert [(i.id, i.alias) for i in instances] == [(other, "Acme"), (ms, "MS")]  # sorted by provider
    assert "AzurePlan" in [o.name for o in instances[1].offer_types]  # type: ignore[union-attr]
    assert instances[1].provider["name"] == "microsoft"  # undocumented fields are kept
    assert [r.path for r in fake.requests] == ["/v1/Providers/Instances"] * 2


# ------------------------------------------------------------------ waiting


@pytest.mark.anyio
async def test_wait_for_provider_customer_returns_once_created() -> None:
    fake = FakeCloudCockpit(creation_delay=0.3)
    fake.add_tenant(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    instance = fake.add_provider_instance(TENANT, provider="microsoft")
    async with client(fake) as cc:
        await cc.customers.add_provider_instance(
            customer, provider_instance_id=instance, provider_customer_data=ms_data(), margin=MARGIN
        )
        assert fake.provider_customer(customer, instance).status == "pending"
        pc = await cc.customers.wait_for_provider_customer(
            customer, instance, timeout=10, interval=0.05, correlation_id=CID
        )
    assert isinstance(pc, ProviderCustomer)
    assert pc.provider_customer_id == fake.provider_customer(customer, instance).provider_customer_id
    polls = [r for r in fake.requests if r.method == "GET"]
    assert len(polls) >= 2 and {r.headers["x-correlation-id"] for r in polls} == {CID}
    assert all(r.path == f"/v1/Customers/{customer}" for r in polls)


@pytest.mark.anyio
async def test_wait_times_out_with_the_last_state_and_leaves_the_client_usable(
    fake: FakeCloudCockpit,
) -> None:
    customer = fake.add_customer(TENANT, {**CUSTOMER, "firstName": "test"})
    instance = fake.add_provider_instance(TENANT, provider="microsoft")
    fake.add_provider_customer(customer, instance, status="failed", failure_reason="InvalidCompanyInfo")
    async with client(fake) as cc:
        with pytest.raises(WaitTimeoutError) as info:
            await cc.customers.wait_for_provider_customer(customer, instance, timeout=0.3, interval=0.05)
        assert isinstance(info.value.last_state, ProviderCustomer)
        assert info.value.last_state.provider_customer_id is None
        assert info.value.polls >= 2 and info.value.timeout == 0.3
        assert "is not created yet" in str(info.value) and info.value.correlation_id in str(info.value)
        with pytest.raises(WaitTimeoutError) as missing:
            await cc.customers.wait_for_provider_customer(customer, uuid.uuid4(), timeout=0.1, interval=0.05)
        assert missing.value.last_state is None
        assert (await cc.customers.get_customer(customer)).id == customer


@pytest.mark.anyio
async def test_wait_never_polls_faster_than_the_interval_and_honours_retry_after() -> None:
    stamps: list[float] = []
    created = wire_customer()
    created["providerCustomers"][str(INSTANCE_ID)]["providerCustomerId"] = "tenant-1"

    def answer(request: httpx.Request) -> httpx.Response:
        stamps.append(time.monotonic())
        if len(stamps) == 1:
            return httpx.Response(200, json=wire_customer())
        if len(stamps) == 2:
            return httpx.Response(429, headers={"Retry-After": "1"})
        if len(stamps) == 3:
            return httpx.Response(200, json=wire_customer(), headers={"Retry-After": "1"})
        return httpx.Response(200, json=created)

    transport = httpx.MockTransport(answer)
    async with CloudCockpit(TENANT, token=TOKEN, transport=transport, retries=0) as cc:
        pc = await cc.customers.wait_for_provider_customer(CUSTOMER_ID, INSTANCE_ID, timeout=10, interval=0.2)
    assert pc.provider_customer_id == "tenant-1"
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert len(gaps) == 3
    assert gaps[0] >= 0.2  # the interval
    assert gaps[1] >= 1.0 and gaps[2] >= 1.0  # Retry-After on a 429, then on a 200


@pytest.mark.anyio
async def test_wait_raises_other_errors_at_once_and_checks_its_input() -> None:
    rec = Recorder([httpx.Response(404, json={"statusCode": 404, "description": "gone"})])
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        with pytest.raises(NotFoundError):
            await cc.customers.wait_for_provider_customer(CUSTOMER_ID, INSTANCE_ID, timeout=5, interval=0.01)
        for bad in ({"timeout": 0}, {"interval": -1}, {"interval": True}):
            with pytest.raises(ValueError, match="must be a number of seconds > 0"):
                await cc.customers.wait_for_provider_customer(CUSTOMER_ID, INSTANCE_ID, **bad)
    assert len(rec.requests) == 1


@pytest.mark.anyio
async def test_wait_is_cancellable(fake: FakeCloudCockpit) -> None:
    customer = fake.add_customer(TENANT, CUSTOMER)
    instance = fake.add_provider_instance(TENANT, provider="acme")
    fake.add_provider_customer(customer, instance, status="pending")
    async with client(fake) as cc:
        with anyio.move_on_after(0.2) as scope:
            await cc.customers.wait_for_provider_customer(customer, instance, timeout=60, interval=0.05)
        assert scope.cancelled_caught
        assert (await cc.customers.get_customer(customer)).id == customer


# ------------------------------------------------------------------ update_account_info


@pytest.mark.anyio
async def test_changes_reads_applies_and_sends_the_whole_customer() -> None:
    sent = wire_customer(futureField=1)
    rec = Recorder([httpx.Response(200, json=sent), httpx.Response(202)])
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        await cc.customers.update_account_info(
            CUSTOMER_ID,
            changes={"firstName": "Grace", "middleName": None},
            retry_failed_provider_customers_from_company_info=True,
            correlation_id=CID,
        )
    get, patch = rec.requests
    assert (get.method, get.url.path) == ("GET", f"/v1/Customers/{CUSTOMER_ID}")
    assert (patch.method, patch.url.path) == ("PATCH", f"/v1/Customers/{CUSTOMER_ID}/account-info")
    assert get.headers["X-Correlation-Id"] == patch.headers["X-Correlation-Id"] == CID
    assert json.loads(patch.content) == {
        "customer": {**sent, "firstName": "Grace", "middleName": None},
        "retryFailedProviderCustomersFromCompanyInfo": True,
    }


@pytest.mark.anyio
async def test_customer_and_changes_input_errors_before_io() -> None:
    rec = Recorder()
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        update = cc.customers.update_account_info
        with pytest.raises(ValueError, match=r"exactly one of customer= .* and changes="):
            await update(CUSTOMER_ID)
        with pytest.raises(ValueError, match="exactly one of"):
            await update(CUSTOMER_ID, customer=CUSTOMER, changes={"firstName": "A"})
        with pytest.raises(
            ValueError, match=r"changes: unknown field\(s\) 'first_name' \(did you mean 'firstName'\?\)"
        ):
            await update(CUSTOMER_ID, changes={"first_name": "Ada"})
        with pytest.raises(
            ValueError,
            match=r"'address_line_1' \(did you mean 'addressLine1'\?\).*names: companyName, country, addressLine1",
        ):
            await update(CUSTOMER_ID, changes={"address_line_1": "x"})
        with pytest.raises(ValueError, match=r"changes: unknown field\(s\) 'id'"):
            await update(CUSTOMER_ID, changes={"id": str(uuid.uuid4())})
        with pytest.raises(TypeError, match="changes must be a mapping"):
            await update(CUSTOMER_ID, changes=[("firstName", "A")])  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=r"customer: unknown field\(s\) 'Zip' \(did you mean 'zip'\?\)"):
            await update(CUSTOMER_ID, customer={**CUSTOMER, "Zip": "1"})
        partial = {k: v for k, v in CUSTOMER.items() if k not in ("companyName", "city", "phone")}
        with pytest.raises(ValueError, match=r"missing required field\(s\) companyName, city, phone \("):
            await update(CUSTOMER_ID, customer=partial)
    assert rec.requests == []


@pytest.mark.anyio
async def test_a_field_left_unset_is_omitted_even_a_required_one() -> None:
    rec = Recorder(default=httpx.Response(202))
    customer = Customer.from_dict(CUSTOMER)
    customer.company_name = UNSET  # type: ignore[assignment]
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        await cc.customers.update_account_info(CUSTOMER_ID, customer=customer)
    sent = json.loads(rec.requests[0].content)["customer"]
    assert "companyName" not in sent and sent["city"] == "Lisboa" and sent["providerCustomers"] is None


@pytest.mark.anyio
async def test_find_fix_and_wait_against_the_double() -> None:
    """The job the SDK exists for, through the SDK alone: detect, fix, wait."""
    fake = FakeCloudCockpit(creation_delay=0.2)
    fake.add_tenant(TENANT)
    customer = fake.add_customer(TENANT, {**CUSTOMER, "firstName": "Test"})
    instance = fake.add_provider_instance(TENANT, provider="microsoft")
    async with client(fake) as cc:
        await cc.customers.add_provider_instance(
            customer, provider_instance_id=instance, provider_customer_data=ms_data(), margin=MARGIN
        )
        with pytest.raises(WaitTimeoutError) as failed:
            await cc.customers.wait_for_provider_customer(customer, instance, timeout=0.6, interval=0.05)
        assert failed.value.last_state.provider_customer_id is None
        not_created = [
            c.id
            async for c in cc.customers.list_customers()
            if c.provider_customers
            and any(
                pc.provider_customer_id is None for pc in c.provider_customers.additional_properties.values()
            )
        ]
        assert not_created == [customer]
        await cc.customers.update_account_info(
            customer, changes={"firstName": "Ada"}, retry_failed_provider_customers_from_company_info=True
        )
        pc = await cc.customers.wait_for_provider_customer(customer, instance, timeout=10, interval=0.05)
    assert pc.provider_customer_id == fake.provider_customer(customer, instance).provider_customer_id
    assert fake.customer(customer)["firstName"] == "Ada"
