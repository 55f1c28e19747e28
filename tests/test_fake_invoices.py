"""The in-memory CloudCockpit's Invoices operations through the generated facade (cc.invoices): the
invoices list (page-number paging) and the ten line-item lists (continuation-token paging), with the
rules the docs give and the double's choices (testing/_invoices.py)."""

from __future__ import annotations

import datetime
import pickle
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import (
    AsyncPaginator,
    BadRequestError,
    CloudCockpit,
    NotFoundError,
    PermissionDeniedError,
)
from cloudcockpit_client.testing import FakeCloudCockpit, from_seed
from cloudcockpit_client.testing._invoices import KINDS, seed_invoices

RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000001")
OTHER_RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000002")

# kind -> the facade method, and the role whose token may call it.
METHODS: dict[str, tuple[str, str]] = {
    "usage": ("list_usage_line_items", "csp"),
    "onetime": ("list_onetime_line_items", "csp"),
    "license": ("list_license_line_items", "csp"),
    "dailyratedusage": ("list_daily_rated_usage_line_items", "csp"),
    "reseller-usage": ("list_reseller_usage_line_items", "reseller"),
    "reseller-onetime": ("list_reseller_onetime_line_items", "reseller"),
    "reseller-license": ("list_reseller_license_line_items", "reseller"),
    "reseller-dailyratedusage": ("list_reseller_daily_rated_usage_line_items", "reseller"),
    "customer-onetime": ("list_customer_onetime_line_items", "csp"),
    "customer-license": ("list_customer_license_line_items", "reseller"),
}


def lister(cc: CloudCockpit, kind: str) -> Callable[..., AsyncPaginator[Any]]:
    method: Callable[..., AsyncPaginator[Any]] = getattr(cc.invoices, METHODS[kind][0])
    return method


def make_fake() -> tuple[FakeCloudCockpit, uuid.UUID]:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake, fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")


def tokens(fake: FakeCloudCockpit) -> dict[str, str]:
    return {
        "csp": fake.issue_token(TENANT),
        "reseller": fake.issue_token(TENANT, role="reseller", reseller_id=RESELLER),
    }


async def raw_get(
    fake: FakeCloudCockpit,
    token: str,
    path: str,
    params: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """A request the SDK would not send (a required parameter left out, pageSize 0), straight to the double."""
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://api.example") as client:
        return await client.get(
            path,
            params=params,
            headers={"Authorization": f"Bearer {token}", "X-Tenant": TENANT, **(headers or {})},
        )


@pytest.mark.anyio
async def test_list_invoices_filters_sorts_and_pages() -> None:
    fake, ms = make_fake()
    other_instance = fake.add_provider_instance(TENANT, provider="acme", alias="Acme")
    customer = fake.add_customer(TENANT, CUSTOMER)
    march = fake.add_invoice(TENANT, provider_instance_id=ms, timestamp="2024-03-01T00:00:00+00:00")
    april = fake.add_invoice(
        TENANT, provider_instance_id=ms, invoice_type="OneTime", timestamp="2024-04-01T00:00:00+00:00"
    )
    may = fake.add_invoice(
        TENANT,
        provider_instance_id=ms,
        reseller_id=RESELLER,
        customer_id=customer,
        timestamp=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC),
        number="INV-0005",
    )
    usage_only = fake.add_invoice(TENANT, provider_instance_id=ms, invoice_type="usage")
    fake.add_invoice(TENANT, provider_instance_id=other_instance)
    fake.add_tenant("other.example.com")
    fake.add_invoice(
        "other.example.com", provider_instance_id=fake.add_provider_instance("other.example.com")
    )
    token = tokens(fake)
    async with CloudCockpit(TENANT, token=token["csp"], transport=fake.transport()) as cc:
        listed = [i async for i in cc.invoices.list_invoices(provider_instance_id=ms, invoice_type="license")]
        assert [i.id for i in listed] == [may, march]  # newest first
        assert listed[0]["number"] == "INV-0005"  # the extra fields given, as given
        assert listed[0]["timestamp"] == "2024-05-01T00:00:00+00:00"
        ascending = cc.invoices.list_invoices(
            provider_instance_id=ms, invoice_type="LICENSE", ascending_order=True
        )
        assert [i.id async for i in ascending] == [march, may]
        usage = cc.invoices.list_invoices(provider_instance_id=ms, invoice_type="usage")
        assert {i.id async for i in usage} == {march, may, usage_only}
        onetime = cc.invoices.list_invoices(provider_instance_id=ms, invoice_type="dailyratedusage")
        assert [i.id async for i in onetime] == [april]
        by_reseller = cc.invoices.list_invoices(
            provider_instance_id=ms, invoice_type="license", reseller_id=RESELLER
        )
        assert [i.id async for i in by_reseller] == [may]
        by_customer = cc.invoices.list_invoices(
            provider_instance_id=ms, invoice_type="usage", customer_id=customer
        )
        assert [i.id async for i in by_customer] == [may]

        pages = [
            p
            async for p in cc.invoices.list_invoices(
                provider_instance_id=ms, invoice_type="usage", page_size=2
            ).pages()
        ]
        assert [len(p) for p in pages] == [2, 1]
        assert (pages[0].total_count, pages[0].total_pages) == (3, 2)

        with pytest.raises(BadRequestError) as info:
            await cc.invoices.list_invoices(provider_instance_id=ms, invoice_type="recurring")
        assert info.value.errors[0].property_name == "invoiceType"
        with pytest.raises(BadRequestError) as info:
            await cc.invoices.list_invoices(provider_instance_id=uuid.uuid4(), invoice_type="usage")
        assert info.value.errors[0].property_name == "providerInstanceId"
        with pytest.raises(BadRequestError) as info:
            await cc.invoices.list_invoices(provider_instance_id=ms, invoice_type="usage", page_size=2001)
        assert info.value.errors[0].property_name == "pageSize"

    # The required parameters, left out (the SDK always sends them).
    for params, missing in (
        ({"invoiceType": "usage"}, "providerInstanceId"),
        ({"providerInstanceId": str(ms)}, "invoiceType"),
        ({"providerInstanceId": "not-a-guid", "invoiceType": "usage"}, "providerInstanceId"),
    ):
        response = await raw_get(fake, token["csp"], "/v1/Invoices", params)
        assert response.status_code == 400
        assert [e["propertyName"] for e in response.json()["errors"]] == [missing]

    # A reseller sees its own invoices only, and may not pass resellerId.
    async with CloudCockpit(TENANT, token=token["reseller"], transport=fake.transport()) as cc:
        mine = cc.invoices.list_invoices(provider_instance_id=ms, invoice_type="usage")
        assert [i.id async for i in mine] == [may]
        with pytest.raises(BadRequestError) as info:
            await cc.invoices.list_invoices(
                provider_instance_id=ms, invoice_type="usage", reseller_id=RESELLER
            )
        assert info.value.errors[0].property_name == "resellerId"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_each_kind_is_walked_to_the_end_every_item_once_in_order(kind: str) -> None:
    fake, ms = make_fake()
    invoice = fake.add_invoice(TENANT, provider_instance_id=ms, reseller_id=RESELLER, line_items={kind: 23})
    empty = fake.add_invoice(TENANT, provider_instance_id=ms, reseller_id=RESELLER)
    assert fake.line_item_count(invoice, kind) == 23
    assert fake.line_item_count(empty, kind) == 0
    expected = [fake.line_item(invoice, kind, n) for n in range(23)]
    assert fake.line_item(invoice, kind, 5) == expected[5]  # the same item every time
    with pytest.raises(IndexError):
        fake.line_item(invoice, kind, 23)
    role = METHODS[kind][1]
    async with CloudCockpit(TENANT, token=tokens(fake)[role], transport=fake.transport()) as cc:
        walked = [item.to_dict() async for item in lister(cc, kind)(invoice, page_size=5)]
        assert walked == expected
        requests = [r for r in fake.requests if r.path.endswith(f"/{kind}-lineitems")]
        assert len(requests) == 5  # 5 + 5 + 5 + 5 + 3: the last page's token is null
        assert "x-continuationtoken" not in requests[0].headers
        assert all("x-continuationtoken" in r.headers for r in requests[1:])

        pages = [p async for p in lister(cc, kind)(invoice, page_size=23).pages()]
        assert len(pages) == 1
        assert pages[0].continuation_token is None
        assert [p async for p in lister(cc, kind)(empty, page_size=5)] == []

        # Resume from a page's continuation token, after reading two pages.
        read = []
        async for page in lister(cc, kind)(invoice, page_size=4).pages():
            read.append(page)
            if len(read) == 2:
                break
        token = read[-1].continuation_token
        assert isinstance(token, str)
        rest = [
            item.to_dict() async for item in lister(cc, kind)(invoice, page_size=4, continuation_token=token)
        ]
        assert [i.to_dict() for p in read for i in p.items] + rest == expected

        # A token is this invoice's and this kind's only; a tampered one is a 400.
        other = fake.add_invoice(TENANT, provider_instance_id=ms, reseller_id=RESELLER, line_items={kind: 23})
        for bad in (token[:-2] + ("AA" if token[-2:] != "AA" else "BB"), "not a token", token + "x"):
            with pytest.raises(BadRequestError) as info:
                await lister(cc, kind)(invoice, page_size=4, continuation_token=bad)
            assert info.value.errors[0].property_name == "X-ContinuationToken"
        with pytest.raises(BadRequestError):
            await lister(cc, kind)(other, page_size=4, continuation_token=token)


@pytest.mark.anyio
async def test_page_size_rules_and_unknown_invoices() -> None:
    fake, ms = make_fake()
    invoice = fake.add_invoice(TENANT, provider_instance_id=ms, line_items={"usage": 3000, "onetime": 3})
    token = tokens(fake)["csp"]
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        # pageSize is optional for usage (2000 then), required for onetime.
        first = await cc.invoices.list_usage_line_items(invoice)
        assert len(first) == 2000
        assert first.continuation_token is not None
        with pytest.raises(BadRequestError) as info:
            await cc.invoices.list_onetime_line_items(invoice, page_size=2001)
        assert info.value.errors[0].property_name == "pageSize"
        with pytest.raises(NotFoundError):
            await cc.invoices.list_usage_line_items(uuid.uuid4(), page_size=10)
        fake.add_tenant("other.example.com")
        elsewhere = fake.add_invoice(
            "other.example.com",
            provider_instance_id=fake.add_provider_instance("other.example.com"),
            line_items={"usage": 5},
        )
        with pytest.raises(NotFoundError):
            await cc.invoices.list_usage_line_items(elsewhere, page_size=10)

    path = f"/v1/Invoices/{invoice}/onetime-lineitems"
    for params in ({}, {"pageSize": "0"}, {"pageSize": "2001"}, {"pageSize": "ten"}):
        response = await raw_get(fake, token, path, params)
        assert response.status_code == 400, params
        assert [e["propertyName"] for e in response.json()["errors"]] == ["pageSize"]
    response = await raw_get(fake, token, path, {"pageSize": "2"}, {"X-ContinuationToken": ""})
    assert response.status_code == 200  # an empty header: the first page
    assert len(response.json()["items"]) == 2
    response = await raw_get(fake, token, path, {"pageSize": "2"}, {"X-ContinuationToken": "Zm9v"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["propertyName"] == "X-ContinuationToken"


@pytest.mark.anyio
async def test_roles() -> None:
    fake, ms = make_fake()
    everything = dict.fromkeys(KINDS, 3)
    mine = fake.add_invoice(TENANT, provider_instance_id=ms, reseller_id=RESELLER, line_items=everything)
    theirs = fake.add_invoice(
        TENANT, provider_instance_id=ms, reseller_id=OTHER_RESELLER, line_items=everything
    )
    direct = fake.add_invoice(TENANT, provider_instance_id=ms, line_items=everything)
    token = tokens(fake)
    async with CloudCockpit(TENANT, token=token["reseller"], transport=fake.transport()) as cc:
        for kind in ("usage", "onetime", "license", "dailyratedusage"):  # csp only
            with pytest.raises(PermissionDeniedError):
                await lister(cc, kind)(mine, page_size=3)
        for kind in KINDS[4:]:  # reseller-* and customer-*: its own invoices only
            assert len([i async for i in lister(cc, kind)(mine, page_size=2)]) == 3
            for invoice in (theirs, direct):
                with pytest.raises(PermissionDeniedError):
                    await lister(cc, kind)(invoice, page_size=2)
        with pytest.raises(BadRequestError) as info:
            await cc.invoices.list_customer_license_line_items(mine, page_size=2, reseller_id=RESELLER)
        assert info.value.errors[0].property_name == "resellerId"
    async with CloudCockpit(TENANT, token=token["csp"], transport=fake.transport()) as cc:
        for kind in ("reseller-usage", "reseller-onetime", "reseller-license", "reseller-dailyratedusage"):
            with pytest.raises(PermissionDeniedError):
                await lister(cc, kind)(mine, page_size=3)
        for kind in (
            "usage",
            "onetime",
            "license",
            "dailyratedusage",
            "customer-onetime",
            "customer-license",
        ):
            for invoice in (mine, theirs, direct):
                assert len([i async for i in lister(cc, kind)(invoice, page_size=2)]) == 3


@pytest.mark.anyio
async def test_customer_kinds_filter_by_customer_and_reseller() -> None:
    fake, ms = make_fake()
    customer = fake.add_customer(TENANT, CUSTOMER)
    # No customer on the invoice: its generated items cycle through 50 made-up customers.
    mixed = fake.add_invoice(
        TENANT, provider_instance_id=ms, reseller_id=RESELLER, line_items={"customer-onetime": 500}
    )
    own = fake.add_invoice(
        TENANT, provider_instance_id=ms, customer_id=customer, line_items={"customer-license": 7}
    )
    explicit = fake.add_invoice(
        TENANT,
        provider_instance_id=ms,
        line_items={
            "customer-onetime": [
                {"customerId": str(customer), "quantity": 3.0},
                {},
                {"customerId": str(customer)},
            ]
        },
    )
    some = fake.line_item(mixed, "customer-onetime", 7)["customerId"]
    async with CloudCockpit(TENANT, token=tokens(fake)["csp"], transport=fake.transport()) as cc:
        chosen = [
            i.to_dict()
            async for i in cc.invoices.list_customer_onetime_line_items(mixed, page_size=3, customer_id=some)
        ]
        assert chosen == [fake.line_item(mixed, "customer-onetime", n) for n in range(7, 500, 50)]
        pages = cc.invoices.list_customer_onetime_line_items(mixed, page_size=5, customer_id=some).pages()
        assert [len(p) async for p in pages] == [5, 5]  # the last page's token is null: no empty page
        nobody = cc.invoices.list_customer_onetime_line_items(mixed, page_size=5, customer_id=uuid.uuid4())
        assert [i async for i in nobody] == []
        other = cc.invoices.list_customer_onetime_line_items(mixed, page_size=5, reseller_id=OTHER_RESELLER)
        assert [i async for i in other] == []
        theirs = cc.invoices.list_customer_onetime_line_items(mixed, page_size=200, reseller_id=RESELLER)
        assert len([i async for i in theirs]) == 500

        items = [i async for i in cc.invoices.list_customer_license_line_items(own, page_size=2)]
        assert {(i.customer_id, i.customer_name) for i in items} == {(customer, CUSTOMER["companyName"])}
        matching = cc.invoices.list_customer_onetime_line_items(explicit, page_size=1, customer_id=customer)
        assert [i.quantity async for i in matching] == [
            3.0,
            fake.line_item(explicit, "customer-onetime", 2)["quantity"],
        ]


@pytest.mark.anyio
async def test_explicit_items_are_served_over_the_generated_defaults() -> None:
    fake, ms = make_fake()
    given = [{"customerName": "Fabrikam", "unknownField": {"kept": True}}, {"customerName": "Northwind"}]
    invoice = fake.add_invoice(
        TENANT,
        provider_instance_id=ms,
        timestamp="2023-02-10T12:00:00+00:00",
        line_items={"onetime": given, "customer-license": 1},
    )
    given[0]["customerName"] = "changed later"  # stored as given when added
    assert fake.line_item_count(invoice, "onetime") == 2
    first = fake.line_item(invoice, "onetime", 0)
    assert first["customerName"] == "Fabrikam" and first["unknownField"] == {"kept": True}
    assert set(first) >= {
        "resellerId",
        "resellerName",
        "resellerInternalId",
        "customerId",
        "customerInternalId",
    }
    license_item = fake.line_item(invoice, "customer-license", 0)
    assert license_item["chargeStartDate"] == "2023-02-01T00:00:00+00:00"  # the invoice's month
    assert license_item["chargeEndDate"] == "2023-02-28T23:59:59+00:00"
    async with CloudCockpit(TENANT, token=tokens(fake)["csp"], transport=fake.transport()) as cc:
        items = [i async for i in cc.invoices.list_onetime_line_items(invoice, page_size=1)]
        assert [i.customer_name for i in items] == ["Fabrikam", "Northwind"]
        assert items[0]["unknownField"] == {"kept": True}

    with pytest.raises(ValueError, match="kind"):
        fake.add_invoice(TENANT, provider_instance_id=ms, line_items={"usages": 1})
    with pytest.raises(TypeError):
        fake.add_invoice(TENANT, provider_instance_id=ms, line_items={"usage": "many"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="invoice_type"):
        fake.add_invoice(TENANT, provider_instance_id=ms, invoice_type="Monthly")
    with pytest.raises(KeyError):
        fake.add_invoice(TENANT, provider_instance_id=uuid.uuid4())


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # the walk is the same under trio; once is enough
async def test_a_large_invoice_is_walked_without_being_held() -> None:
    fake, ms = make_fake()
    invoice = fake.add_invoice(TENANT, provider_instance_id=ms, line_items={"usage": 100_000})
    assert fake.line_item_count(invoice, "usage") == 100_000
    assert len(pickle.dumps(fake._invoices[invoice])) < 2000  # a count, not a list of 100,000 items
    last = fake.line_item(invoice, "usage", 99_999)
    async with CloudCockpit(TENANT, token=tokens(fake)["csp"], transport=fake.transport()) as cc:
        count = 0
        seen = None
        async for item in cc.invoices.list_usage_line_items(invoice, page_size=2000):
            count += 1
            seen = item
        assert count == 100_000
        assert seen is not None and seen.to_dict() == last
    assert len(fake.requests) == 50
    assert len(pickle.dumps(fake._invoices[invoice])) < 2000


def test_seed_invoices() -> None:
    instance = "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00"
    invoice = "5a1d7c3e-1111-4222-8333-444455556666"
    tenant: dict[str, Any] = {
        "domain": TENANT,
        "providerInstances": [{"id": instance}],
        "invoices": [
            {
                "id": invoice,
                "providerInstanceId": instance,
                "invoiceType": "OneTime",
                "resellerId": str(RESELLER),
                "customerId": None,
                "timestamp": "2024-06-01T00:00:00+00:00",
                "lineItems": {"dailyratedusage": 1000, "onetime": [{"customerName": "Seeded"}]},
            }
        ],
    }
    fake = from_seed({"tenants": [tenant]})
    seed_invoices(fake, TENANT, tenant)
    assert fake.line_item_count(invoice, "dailyratedusage") == 1000
    assert fake.line_item(invoice, "onetime", 0)["customerName"] == "Seeded"
    assert fake.line_item(invoice, "onetime", 0)["resellerId"] == str(RESELLER)
    assert fake._invoices[uuid.UUID(invoice)].invoice_type == "OneTime"
