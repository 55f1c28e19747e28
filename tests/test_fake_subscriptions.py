"""The in-memory CloudCockpit's Subscriptions operations through the generated facade
(cc.subscriptions): the state changes, the documented rules and the double's choices (README)."""

from __future__ import annotations

import datetime
import time
import uuid
from typing import Any

import anyio
import httpx
import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import (
    BadRequestError,
    CloudCockpit,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
)
from cloudcockpit_client.testing import FakeCloudCockpit
from cloudcockpit_client.testing._subscriptions import seed_subscriptions

RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000001")
OTHER_RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000002")


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake


async def _raw(fake: FakeCloudCockpit, token: str, method: str, path: str, body: Any) -> httpx.Response:
    """A request the SDK would refuse to send (its checks run before any I/O)."""
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://api.example") as client:
        return await client.request(
            method, path, json=body, headers={"Authorization": f"Bearer {token}", "X-Tenant": TENANT}
        )


def _customer(fake: FakeCloudCockpit, **fields: Any) -> tuple[uuid.UUID, uuid.UUID]:
    customer = fake.add_customer(TENANT, {**CUSTOMER, **fields})
    instance = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    fake.add_provider_customer(customer, instance, status="created")
    return customer, instance


@pytest.mark.anyio
async def test_lists_page_and_get_reads_one(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer, instance = _customer(fake)
    other = fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Fabrikam"})
    offer = uuid.uuid4()
    ids = [
        fake.add_subscription(customer, name=f"S{n}", offer_name=name, offer_id=offer if n == 0 else None)
        for n, name in enumerate(["Office", "Azure", "Exchange"])
    ]
    foreign = fake.add_subscription(other, name="Theirs", offer_name="Teams")
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        # Sorted by offer name; every page is the API's paged envelope.
        page = await cc.subscriptions.list_customer_subscriptions(customer, page_size=2)
        assert [s.offer_name for s in page.items] == ["Azure", "Exchange"]
        names = [s.name async for s in cc.subscriptions.list_customer_subscriptions(customer, page_size=2)]
        assert names == ["S1", "S2", "S0"]
        everything = [s.id async for s in cc.subscriptions.list_subscriptions(page_size=1)]
        assert everything == [ids[1], ids[2], ids[0], foreign]
        [only] = [s async for s in cc.subscriptions.list_customer_subscriptions(customer, offer_id=offer)]
        assert only.id == ids[0]

        got = await cc.subscriptions.get_subscription(customer, ids[0])
        assert (got.id, got.customer_id, got.provider_instance_id) == (ids[0], customer, instance)
        assert (got.name, got.subscription_name, got.quantity) == ("S0", "S0", 1)
        assert got.status is not None and got.status.name == "Active"
        assert got.subscription_status is not None and got.subscription_status.name == "Active"
        assert got.offer_type is not None and got.offer_type.name == "License"
        assert got.term_duration is not None and got.term_duration.name == "OneYear"
        assert isinstance(got.start_date, datetime.datetime) and isinstance(got.end_date, datetime.datetime)
        assert got.end_date > got.start_date

        with pytest.raises(NotFoundError):  # another customer's subscription
            await cc.subscriptions.get_subscription(customer, foreign)
        with pytest.raises(NotFoundError):
            await cc.subscriptions.get_subscription(customer, uuid.uuid4())
        with pytest.raises(NotFoundError):
            await cc.subscriptions.list_customer_subscriptions(uuid.uuid4())


@pytest.mark.anyio
async def test_suspend_reactivate_cancel_and_the_409(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer, _ = _customer(fake)
    sid = fake.add_subscription(customer)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        with pytest.raises(BadRequestError, match="Suspended"):  # only a suspended one is reactivated
            await cc.subscriptions.reactivate_subscription(customer, sid)
        await cc.subscriptions.suspend_subscription(customer, sid)
        assert fake.subscription(sid)["status"] == "Suspended"
        with pytest.raises(BadRequestError):
            await cc.subscriptions.suspend_subscription(customer, sid)
        await cc.subscriptions.reactivate_subscription(customer, sid)
        assert fake.subscription(sid)["status"] == "Active"
        await cc.subscriptions.cancel_subscription(customer, sid)
        assert fake.subscription(sid)["status"] == "Cancelled"
        with pytest.raises(ConflictError) as info:  # already cancelled
            await cc.subscriptions.cancel_subscription(customer, sid)
        assert "already cancelled" in str(info.value)
        with pytest.raises(BadRequestError):
            await cc.subscriptions.suspend_subscription(customer, sid)

        # Past its cancellation window a subscription cannot be cancelled either.
        late = fake.add_subscription(customer, cancellationAllowedUntil="2020-01-01T00:00:00+00:00")
        with pytest.raises(ConflictError):
            await cc.subscriptions.cancel_subscription(customer, late)
    assert fake.subscription(late)["status"] == "Active"
    assert [r.status for r in fake.requests if r.method == "DELETE"] == [202, 409, 409]


@pytest.mark.anyio
async def test_update_changes_name_quantity_and_billing(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer, _ = _customer(fake)
    sid = fake.add_subscription(customer, quantity=3)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        await cc.subscriptions.update_subscription(
            customer,
            sid,
            name="Renamed",
            quantity=5,
            next_billing_frequency={"name": "Annual"},
            auto_renew_settings={"term": {"name": "OneYear"}, "billingFrequency": {"name": "Annual"}},
        )
        got = await cc.subscriptions.get_subscription(customer, sid)
        assert (got.name, got.quantity) == ("Renamed", 5)
        assert got.next_billing_frequency is not None
        assert got.next_billing_frequency.billing_frequency is not None
        assert got.next_billing_frequency.billing_frequency.name == "Annual"
        with pytest.raises(BadRequestError) as info:
            await cc.subscriptions.update_subscription(
                customer, sid, name="x" * 256, quantity=0, next_billing_frequency={"name": "Annual"}
            )
        assert {e.property_name for e in info.value.errors} == {"name", "quantity"}
    # What the SDK refuses before sending (an unknown enum value) the double refuses too.
    response = await _raw(
        fake,
        token,
        "PATCH",
        f"/v1/customers/{customer}/subscriptions/{sid}",
        {"name": "x", "quantity": 1, "nextBillingFrequency": {"name": "Weekly"}},
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["propertyName"] == "nextBillingFrequency.name"
    assert fake.subscription(sid)["autoRenewSettings"]["billingFrequency"] == "Annual"


@pytest.mark.anyio
async def test_upgrade_to_an_eligible_transition(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer, _ = _customer(fake)
    sid = fake.add_subscription(customer, offer_name="M365 Business Basic", providerOfferId="CFQ7TTC0LH18")
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        [transition] = await cc.subscriptions.list_eligible_transitions(customer, sid)
        assert transition.provider_offer_id == "CFQ7TTC0LH18:upgrade"
        assert transition.transition_type == "transition_only"
        with pytest.raises(BadRequestError) as info:
            await cc.subscriptions.upgrade_subscription(
                customer,
                sid,
                provider_offer_id="NOT-ELIGIBLE",
                provider_offer_id_with_availability=None,
                quantity=2,
                term_duration={"name": "OneYear"},
                billing_frequency={"name": "Monthly"},
            )
        assert info.value.errors[0].property_name == "providerOfferId"
        await cc.subscriptions.upgrade_subscription(
            customer,
            sid,
            provider_offer_id=transition.provider_offer_id,
            provider_offer_id_with_availability=transition.provider_offer_id_with_availability,
            quantity=4,
            term_duration={"name": "ThreeYears"},
            billing_frequency={"name": "Annual"},
            transition_type="transition_only",
        )
    state = fake.subscription(sid)
    assert (state["offerId"], state["offerName"]) == (str(transition.offer_id), transition.offer_name)
    assert (state["quantity"], state["termDuration"], state["billingFrequency"]) == (
        4,
        "ThreeYears",
        "Annual",
    )

    seeded = fake.add_subscription(customer, eligibleTransitions=[])  # seeded: none
    suspended = fake.add_subscription(customer, status="Suspended")
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        assert await cc.subscriptions.list_eligible_transitions(customer, seeded) == []
        assert await cc.subscriptions.list_eligible_transitions(customer, suspended) == []


@pytest.mark.anyio
async def test_migration_completes_after_the_delay(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer, _ = _customer(fake)
    slow = fake.add_subscription(customer)
    sid = fake.add_subscription(customer, offer_type="LicenseLegacy", quantity=7)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        with pytest.raises(BadRequestError):  # none started
            await cc.subscriptions.get_migration_status(customer, slow)
        fake.migration_delay = 600  # not completed while this test runs
        await cc.subscriptions.migrate_subscription(customer, slow)
        status = await cc.subscriptions.get_migration_status(customer, slow)
        assert (status.is_completed, status.subscription_id) == (False, slow)
        assert status.destination_subscription_id is None
        with pytest.raises(BadRequestError, match="in progress"):
            await cc.subscriptions.migrate_subscription(customer, slow)
        assert fake.subscription(slow)["status"] == "Active"

        fake.migration_delay = 0.2
        await cc.subscriptions.migrate_subscription(
            customer, sid, purchase_full_term=True, term_duration="OneYear", billing_frequency="Monthly"
        )
        deadline = time.monotonic() + 5
        while not (status := await cc.subscriptions.get_migration_status(customer, sid)).is_completed:
            assert time.monotonic() < deadline
            await anyio.sleep(0.05)
        destination = status.destination_subscription_id
        assert isinstance(destination, uuid.UUID)
        created = await cc.subscriptions.get_subscription(customer, destination)
        assert created.offer_type is not None and created.offer_type.name == "License"
        assert created.quantity == 7
        assert created.status is not None and created.status.name == "Active"
    source = fake.subscription(sid)
    assert source["status"] == "Cancelled"
    assert source["migration"]["isCompleted"] is True
    assert source["migration"]["destinationSubscriptionId"] == str(destination)
    assert fake.subscription(slow)["migration"]["isCompleted"] is False


@pytest.mark.anyio
async def test_migration_is_at_once_by_default_and_microsoft_only(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer, _ = _customer(fake)
    acme = fake.add_provider_instance(TENANT, provider="acme")
    sid = fake.add_subscription(customer)
    not_microsoft = fake.add_subscription(customer, provider_instance_id=acme)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        await cc.subscriptions.migrate_subscription(customer, sid, quantity=2)
        status = await cc.subscriptions.get_migration_status(customer, sid)
        assert status.is_completed is True
        assert fake.subscription(str(status.destination_subscription_id))["quantity"] == 2
        with pytest.raises(BadRequestError) as info:
            await cc.subscriptions.migrate_subscription(customer, not_microsoft)
        assert info.value.errors[0].property_name == "subscriptionId"
        with pytest.raises(BadRequestError) as info:
            await cc.subscriptions.migrate_subscription(customer, not_microsoft, term_duration="Forever")
        assert info.value.errors[0].property_name == "termDuration"


@pytest.mark.anyio
async def test_po_number_reseller_budget_and_margin(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer, _ = _customer(fake)
    sid = fake.add_subscription(customer)
    azure = fake.add_subscription(customer, offer_type="AzurePlan", offer_name="Azure plan")
    entitlement = fake.add_subscription(
        customer, name="Azure subscription 1", parentSubscriptionId=str(azure)
    )
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        await cc.subscriptions.update_subscription_po_number(customer, sid, po_number="PO-2024-001")
        with pytest.raises(BadRequestError) as info:
            await cc.subscriptions.update_subscription_po_number(customer, sid, po_number="x" * 256)
        assert info.value.errors[0].property_name == "poNumber"

        assert (
            await cc.subscriptions.update_subscription_reseller(customer, sid, reseller_id=RESELLER) is True
        )

        await cc.subscriptions.update_subscription_price_margin(customer, sid, margin_rule={"name": "Markup"})
        for body in ({"marginRule": {"name": "Huge"}}, {"marginRule": {"name": "markup"}, "value": 1000}):
            response = await _raw(
                fake, token, "PATCH", f"/v1/customers/{customer}/subscriptions/{sid}/price-margin", body
            )
            assert response.status_code == 400

        await cc.subscriptions.set_monthly_budget(customer, entitlement, monthly_budget=150.0)
        await cc.subscriptions.set_monthly_budget(customer, azure, monthly_budget=99.5)
        with pytest.raises(BadRequestError):  # not an Azure subscription
            await cc.subscriptions.set_monthly_budget(customer, sid, monthly_budget=10.0)

        got = await cc.subscriptions.get_subscription(customer, sid)
        assert (got.po_number, got.reseller_id) == ("PO-2024-001", RESELLER)
        assert got.margin is not None and got.margin.margin_rule is not None
        assert got.margin.margin_rule.name == "Markup"
        [listed] = await cc.subscriptions.list_azure_entitlements(customer, azure)
        assert listed.id == entitlement
        assert await cc.subscriptions.list_azure_entitlements(customer, sid) == []

        dates = await cc.subscriptions.list_custom_term_end_dates(customer)
        assert dates == [fake.subscription(sid)["endDate"]]  # the Azure plan has no term
        with pytest.raises(BadRequestError):  # no 404 is documented here
            await cc.subscriptions.list_custom_term_end_dates(uuid.uuid4())

    state = fake.subscription(sid)
    assert state["poNumber"] == "PO-2024-001"
    assert state["resellerId"] == str(RESELLER)
    assert state["margin"] == {"marginRule": {"name": "Markup"}, "value": 0}
    assert fake.subscription(entitlement)["monthlyBudget"] == 150.0
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        await cc.subscriptions.set_monthly_budget(customer, entitlement, monthly_budget=None)  # clears
    assert fake.subscription(entitlement)["monthlyBudget"] is None


@pytest.mark.anyio
async def test_reseller_tokens(fake: FakeCloudCockpit) -> None:
    customer, _ = _customer(fake, resellerId=str(RESELLER))
    theirs, _ = _customer(fake, resellerId=str(OTHER_RESELLER))
    sid = fake.add_subscription(customer)
    direct = fake.add_subscription(customer, reseller_id=OTHER_RESELLER)
    foreign = fake.add_subscription(theirs)
    token = fake.issue_token(TENANT, role="reseller", reseller_id=RESELLER)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        with pytest.raises(PermissionDeniedError):  # "Available to the roles: csp"
            await cc.subscriptions.list_subscriptions()
        with pytest.raises(PermissionDeniedError):
            await cc.subscriptions.update_subscription_reseller(customer, sid, reseller_id=RESELLER)
        # Its own customer's subscriptions associated to it, and nothing else.
        assert [s.id async for s in cc.subscriptions.list_customer_subscriptions(customer)] == [sid]
        with pytest.raises(PermissionDeniedError):
            await cc.subscriptions.get_subscription(theirs, foreign)
        with pytest.raises(PermissionDeniedError):  # only the reseller associated to it
            await cc.subscriptions.update_subscription_po_number(customer, direct, po_number="PO-1")
        await cc.subscriptions.update_subscription_po_number(customer, sid, po_number="PO-1")
        await cc.subscriptions.suspend_subscription(customer, sid)
    assert fake.subscription(sid)["poNumber"] == "PO-1"
    assert fake.subscription(sid)["status"] == "Suspended"
    assert fake.subscription(sid)["resellerId"] == str(RESELLER)  # the customer's reseller by default
    assert fake.subscription(direct)["poNumber"] is None


def test_seed_document_and_add_subscription_defaults(fake: FakeCloudCockpit) -> None:
    customer, instance = _customer(fake)
    bare = fake.add_customer(TENANT, CUSTOMER)
    sid = uuid.uuid4()
    seed_subscriptions(
        fake,
        TENANT,
        {
            "customers": [
                {
                    "id": str(customer),
                    "subscriptions": [
                        {"id": str(sid), "name": "Seeded", "quantity": 9, "status": "suspended"},
                        {"offerType": "AzurePlan", "poNumber": "PO-7"},
                    ],
                },
                {"id": str(bare)},
            ]
        },
    )
    seeded = fake.subscription(sid)
    assert (seeded["name"], seeded["quantity"], seeded["status"]) == ("Seeded", 9, "Suspended")
    assert seeded["providerInstanceId"] == str(instance)  # the customer's provider customer's
    [azure] = [s for s in fake._subscriptions.values() if s["offerType"] == "AzurePlan"]
    assert (azure["poNumber"], azure["termDuration"], azure["cancellationAllowedUntil"]) == (
        "PO-7",
        "NoTerm",
        None,
    )
    with pytest.raises(ValueError, match="status"):
        fake.add_subscription(customer, status="Expired")
    with pytest.raises(KeyError):
        fake.add_subscription(uuid.uuid4())
    fake.reset()
    assert fake._subscriptions == {}
    assert fake.migration_delay == 0
