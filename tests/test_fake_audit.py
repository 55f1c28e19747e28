"""The in-memory CloudCockpit's audit logs through the generated facade (cc.audit_logs): every write of
any tag is logged with its outcome, filtered and paged as the docs say, and each reseller sees its
own (testing/_audit.py)."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import anyio
import httpx
import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import BadRequestError, CloudCockpit, PermissionDeniedError
from cloudcockpit_client.testing import FakeCloudCockpit

RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000001")
OTHER_RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000002")
ENUMS: dict[str, Any] = {
    "term_duration": {"name": "OneYear"},
    "billing_frequency": {"name": "Monthly"},
    "segment": {"name": "Commercial"},
    "operation": {"name": "CreateSubscription"},
}


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake


def client(fake: FakeCloudCockpit, token: str) -> CloudCockpit:
    return CloudCockpit(TENANT, token=token, transport=fake.transport())


async def logs(cc: CloudCockpit, **filters: Any) -> list[dict[str, Any]]:
    return [log.to_dict() async for log in cc.audit_logs.list_audit_logs(**filters)]


@pytest.mark.anyio
async def test_writes_of_every_tag_are_logged_with_their_outcome(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer = fake.add_customer(TENANT, {**CUSTOMER, "resellerId": str(RESELLER)})
    instance = fake.add_provider_instance(TENANT, provider="microsoft")
    fake.add_provider_customer(customer, instance, status="created")
    offer = fake.add_offer(TENANT, provider_instance_id=instance, name="E3")
    fake.order_delay = 0.2
    async with client(fake, token) as cc:
        await cc.customers.update_internal_identifier(customer, internal_identifier="ERP-1")
        await cc.customers.get_customer(customer)  # a read: not logged
        with pytest.raises(BadRequestError):
            await cc.customers.update_internal_identifier(customer, internal_identifier="x" * 256)
        created = await cc.orders.create_order(
            offer_id=offer,
            customer_id=customer,
            provider_instance_id=instance,
            subscription_name="E3",
            quantity=1,
            **ENUMS,
        )
        entries = await logs(cc)
    assert [e["operationName"] for e in entries] == [
        "CreateOrder",
        "UpdateInternalIdentifier",
        "UpdateInternalIdentifier",
    ]  # most recent first
    order, failed, updated = entries
    assert updated["operation"] == "PATCH /v1/Customers/{customerId}/internal-identifier"
    assert updated["path"] == f"/v1/Customers/{customer}/internal-identifier"
    assert (updated["status"], updated["statusCode"], updated["errorMessage"]) == ("Succeeded", 204, None)
    assert (updated["customerId"], updated["customerName"]) == (str(customer), "Contoso Ltd")
    assert updated["resellerId"] == str(RESELLER)  # the customer's reseller
    uuid.UUID(updated["correlationId"])
    datetime.datetime.fromisoformat(updated["timestamp"])
    assert (failed["status"], failed["statusCode"]) == ("Failed", 400)
    assert failed["errorMessage"] == "One or more validation errors occurred."
    assert (order["operation"], order["status"], order["orderId"]) == (
        "POST /v1/Orders",
        "Processing",
        created["id"],
    )
    assert order["customerId"] == str(customer)  # from the body
    assert fake.audit_logs(TENANT) == entries[::-1]  # oldest first

    await anyio.sleep(0.25)  # the order completes (on the next request)
    async with client(fake, token) as cc:
        [order] = await logs(cc, operations="CreateOrder")
    assert order["status"] == "Succeeded"


@pytest.mark.anyio
async def test_a_failed_order_ends_its_entry_failed(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    instance = fake.add_provider_instance(TENANT, provider="acme")
    fake.add_provider_customer(customer, instance, status="created")
    offer = fake.add_offer(TENANT, provider_instance_id=instance)
    fake.fail_next_orders(reason="Out of stock.")
    async with client(fake, token) as cc:
        await cc.orders.create_order(
            offer_id=offer,
            customer_id=customer,
            provider_instance_id=instance,
            subscription_name=None,
            quantity=1,
            **ENUMS,
        )
        [entry] = await logs(cc)
        assert (entry["status"], entry["errorMessage"]) == ("Failed", "Out of stock.")
        assert await logs(cc, status="Processing") == []


@pytest.mark.anyio
async def test_the_documented_filters_and_pascal_case_paging(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    contoso = fake.add_customer(TENANT, CUSTOMER)
    fabrikam = fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Fabrikam Inc"})
    async with client(fake, token) as cc:
        for n in range(3):
            await cc.customers.update_internal_identifier(contoso, internal_identifier=f"C{n}")
        await cc.customers.update_internal_identifier(fabrikam, internal_identifier="F")
        with pytest.raises(BadRequestError):
            await cc.customers.update_internal_identifier(uuid.uuid4(), internal_identifier="?")

        assert len(await logs(cc)) == 5
        page = await cc.audit_logs.list_audit_logs(page_size=2)
        assert len(page.items) == 2 and page.total_count == 5
        assert {"PageSize"} <= set(fake.requests[-1].query)
        assert len(await logs(cc, page_size=2)) == 5  # the paginator walks PageNumber 1, 2, 3
        assert [r.query.get("PageNumber") for r in fake.requests[-2:]] == ["2", "3"]

        assert [e["customerName"] for e in await logs(cc, customer="fabri")] == ["Fabrikam Inc"]
        assert len(await logs(cc, customer="Contoso")) == 3
        assert len(await logs(cc, status="Succeded")) == 4  # the docs' spelling
        assert len(await logs(cc, status="succeeded")) == 4
        [failed] = await logs(cc, status="Failed")
        assert failed["customerId"] is not None and failed["customerName"] is None
        assert len(await logs(cc, operations="CreateOrder|UpdateInternalIdentifier")) == 5
        assert len(await logs(cc, operations="PATCH /v1/Customers/{customerId}/internal-identifier")) == 5
        assert await logs(cc, operations="CreateCustomer") == []
        now = datetime.datetime.now(datetime.UTC)
        assert await logs(cc, start_date=now + datetime.timedelta(hours=1)) == []
        assert await logs(cc, end_date=now - datetime.timedelta(hours=1)) == []
        assert len(await logs(cc, start_date=now - datetime.timedelta(hours=1), end_date=now)) == 5
        assert await logs(cc, reseller="Anything") == []  # no entry has a reseller

        with pytest.raises(BadRequestError) as info:
            await logs(cc, status="Done")
        assert [e.property_name for e in info.value.errors] == ["Status"]
    async with httpx.AsyncClient(
        base_url="https://api.cloudcockpit.com",
        transport=fake.transport(),
        headers={"Authorization": f"Bearer {token}", "X-Tenant": TENANT},
    ) as raw:
        response = await raw.get("/v1/AuditLogs", params={"StartDate": "last week", "PageSize": "2001"})
        assert response.status_code == 400
        assert {e["propertyName"] for e in response.json()["errors"]} == {"StartDate", "PageSize"}
        response = await raw.get(
            "/v1/AuditLogs", params={"StartDate": "2000-01-01T00:00:00", "PageNumber": "2", "PageSize": "4"}
        )
        assert response.status_code == 200
        assert len(response.json()["items"]) == 1 and response.json()["paginationParameters"] == {
            "pageNumber": 2,
            "pageSize": 4,
        }
    assert len(fake.audit_logs(TENANT)) == 5  # the reads made no entries


@pytest.mark.anyio
async def test_a_reseller_sees_its_own_entries_only(fake: FakeCloudCockpit) -> None:
    csp = fake.issue_token(TENANT)
    ours = fake.issue_token(TENANT, role="reseller", reseller_id=RESELLER)
    theirs = fake.issue_token(TENANT, role="reseller", reseller_id=OTHER_RESELLER)
    fake.add_reseller(TENANT, {"companyName": "Northwind Resale"}, reseller_id=RESELLER)
    mine = fake.add_customer(TENANT, {**CUSTOMER, "resellerId": str(RESELLER)})
    other = fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Other", "resellerId": str(OTHER_RESELLER)})
    direct = fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Direct"})
    async with client(fake, ours) as cc:
        await cc.customers.update_internal_identifier(mine, internal_identifier="R1")
        with pytest.raises(PermissionDeniedError):  # another reseller's customer: logged as Failed
            await cc.customers.update_internal_identifier(other, internal_identifier="R1")
    async with client(fake, theirs) as cc:
        await cc.customers.update_internal_identifier(other, internal_identifier="R2")
    async with client(fake, csp) as cc:
        await cc.customers.update_internal_identifier(direct, internal_identifier="D")
        assert len(await logs(cc)) == 4
        as_reseller = await logs(cc, reseller_id=OTHER_RESELLER)
        assert [(e["customerName"], e["status"]) for e in as_reseller] == [("Other", "Succeeded")]
        by_name = await logs(cc, reseller="northwind")  # a substring of the reseller's name
        assert [e["resellerName"] for e in by_name] == ["Northwind Resale", "Northwind Resale"]
        assert {e["resellerId"] for e in by_name} == {str(RESELLER)}
    async with client(fake, ours) as cc:  # its own writes, its failed attempt included
        entries = await logs(cc)
        assert [(e["customerName"], e["status"]) for e in entries] == [
            ("Other", "Failed"),
            ("Contoso Ltd", "Succeeded"),
        ]
        assert entries[0]["errorMessage"] == "Forbidden"
        assert await logs(cc, reseller_id=RESELLER) == entries
        with pytest.raises(PermissionDeniedError):
            await logs(cc, reseller_id=OTHER_RESELLER)
