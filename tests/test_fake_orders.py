"""The in-memory CloudCockpit's Offers and Orders operations through the generated facade (cc.offers,
cc.orders): the catalogue, orders that progress to Completed (creating their subscription) or
Failed, and the double's rules and choices (testing/_orders.py)."""

from __future__ import annotations

import uuid
from typing import Any

import anyio
import httpx
import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import (
    BadRequestError,
    CloudCockpit,
    NotFoundError,
    PermissionDeniedError,
    WaitFailedError,
)
from cloudcockpit_client.testing import FakeCloudCockpit
from cloudcockpit_client.testing._orders import seed_orders

RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000001")
OTHER_RESELLER = uuid.UUID("7f8e2b1a-0000-4000-8000-000000000002")
ENUMS: dict[str, Any] = {
    "term_duration": {"name": "OneYear"},
    "billing_frequency": {"name": "Monthly"},
    "segment": {"name": "Commercial"},
    "operation": {"name": "CreateSubscription"},
}


class World:
    def __init__(self) -> None:
        self.fake = FakeCloudCockpit()
        self.fake.add_tenant(TENANT)
        self.token = self.fake.issue_token(TENANT)
        self.customer = self.fake.add_customer(TENANT, {**CUSTOMER, "resellerId": str(RESELLER)})
        self.instance = self.fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
        self.fake.add_provider_customer(self.customer, self.instance, status="created")
        self.offer = self.fake.add_offer(
            TENANT, provider_instance_id=self.instance, name="Microsoft 365 E3", minQuantity=1
        )

    def cc(self, token: str | None = None) -> CloudCockpit:
        return CloudCockpit(TENANT, token=token or self.token, transport=self.fake.transport())

    def raw(self, token: str | None = None) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url="https://api.cloudcockpit.com",
            transport=self.fake.transport(),
            headers={"Authorization": f"Bearer {token or self.token}", "X-Tenant": TENANT},
        )

    def order_body(self, **overrides: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "offerId": str(self.offer),
            "customerId": str(self.customer),
            "providerInstanceId": str(self.instance),
            "subscriptionName": "E3 for Contoso",
            "termDuration": {"name": "OneYear"},
            "billingFrequency": {"name": "Monthly"},
            "segment": {"name": "Commercial"},
            "operation": {"name": "CreateSubscription"},
            "quantity": 5,
        }
        body.update(overrides)
        return body

    async def create(self, cc: CloudCockpit, **overrides: Any) -> uuid.UUID:
        arguments: dict[str, Any] = {
            "offer_id": self.offer,
            "customer_id": self.customer,
            "provider_instance_id": self.instance,
            "subscription_name": "E3 for Contoso",
            "quantity": 5,
            **ENUMS,
        }
        arguments.update(overrides)
        created = await cc.orders.create_order(**arguments)
        return uuid.UUID(created["id"])


@pytest.fixture
def world() -> World:
    return World()


def field_names(response: httpx.Response) -> set[str]:
    return {e["propertyName"] for e in response.json()["errors"]}


@pytest.mark.anyio
async def test_offers_are_listed_by_type_and_segment_and_paged_pascal_case(world: World) -> None:
    fake = world.fake
    other_instance = fake.add_provider_instance(TENANT, provider="acme")
    azure = fake.add_offer(
        TENANT, provider_instance_id=world.instance, name="Azure plan", offer_type="AzurePlan"
    )
    fake.add_offer(TENANT, provider_instance_id=world.instance, name="Education E3", segment="Education")
    fake.add_offer(
        TENANT, provider_instance_id=other_instance, name="Acme backup", offer_type="SoftwareSubscription"
    )
    fake.add_tenant("other.example.com")
    fake.add_offer("other.example.com", provider_instance_id=world.instance, name="Elsewhere")
    async with world.cc() as cc:
        page = await cc.offers.list_offers(offer_types="License|AzurePlan", segment="Commercial")
        assert [o["name"] for o in page["items"]] == ["Azure plan", "Microsoft 365 E3"]  # by name
        assert page["totalCount"] == 2 and page["hasNextPage"] is False
        azure_item = page["items"][0]
        assert azure_item["offerType"] == {"name": "AzurePlan"} and azure_item["billingType"] == {
            "name": "Usage"
        }
        assert azure_item["providerName"] == "microsoft" and azure_item["id"] == str(azure)

        second = await cc.offers.list_offers(
            offer_types="License|AzurePlan", segment="commercial", page_number=2, page_size=1
        )
        assert [o["name"] for o in second["items"]] == ["Microsoft 365 E3"]
        assert second["paginationParameters"] == {"pageNumber": 2, "pageSize": 1}
        assert second["hasPreviousPage"] is True and second["totalPages"] == 2
        assert {"PageNumber", "PageSize", "OfferTypes", "Segment"} <= set(fake.requests[-1].query)

        education = await cc.offers.list_offers(offer_types="License", segment="Education")
        assert [o["name"] for o in education["items"]] == ["Education E3"]
        acme = await cc.offers.list_offers(offer_types="SoftwareSubscription", segment="Commercial")
        assert [o["providerInstanceId"] for o in acme["items"]] == [str(other_instance)]

        with pytest.raises(BadRequestError) as info:
            await cc.offers.list_offers(offer_types="License|Hardware", segment="Commercial")
        assert [e.property_name for e in info.value.errors] == ["OfferTypes"]
        with pytest.raises(BadRequestError) as info:
            await cc.offers.list_offers(offer_types="License", segment="Retail")
        assert [e.property_name for e in info.value.errors] == ["Segment"]
        with pytest.raises(BadRequestError) as info:
            await cc.offers.list_offers(offer_types="License", segment="Commercial", customer_id=uuid.uuid4())
        assert [e.property_name for e in info.value.errors] == ["CustomerId"]
    async with world.raw() as raw:
        response = await raw.get(
            "/v1/Offers", params={"OfferTypes": "License", "Segment": "Commercial", "PageSize": "0"}
        )
        assert response.status_code == 400 and field_names(response) == {"PageSize"}
        response = await raw.get("/v1/Offers", params={"Segment": "Commercial", "PageNumber": "x"})
        assert response.status_code == 400 and field_names(response) == {"OfferTypes", "PageNumber"}


@pytest.mark.anyio
async def test_an_offer_is_retrieved_on_its_instance_and_segment(world: World) -> None:
    fake = world.fake
    addon = fake.add_offer(
        TENANT,
        provider_instance_id=world.instance,
        name="Audio conferencing",
        isAddon=True,
        minQuantity=3,
        description="An add-on",
        vendorCode="X1",
    )
    async with world.cc() as cc:
        offer = await cc.offers.get_offer(addon, provider_instance_id=world.instance, segment="Commercial")
        assert (offer.id, offer.name, offer.description) == (addon, "Audio conferencing", "An add-on")
        assert offer.offer_type is not None and offer.offer_type.name == "License"
        assert (offer.is_addon, offer.min_quantity, offer.provider_instance_id) == (True, 3, world.instance)
        assert offer["vendorCode"] == "X1"  # a seeded extra field is sent as given
        for wrong in (
            {"offer_id": uuid.uuid4(), "provider_instance_id": world.instance, "segment": "Commercial"},
            {"offer_id": addon, "provider_instance_id": world.instance, "segment": "Education"},
        ):
            with pytest.raises(NotFoundError):
                await cc.offers.get_offer(**wrong)
        other = fake.add_provider_instance(TENANT, provider="acme")
        with pytest.raises(NotFoundError):  # not an offer of that instance
            await cc.offers.get_offer(addon, provider_instance_id=other, segment="Commercial")
        with pytest.raises(BadRequestError) as info:
            await cc.offers.get_offer(addon, provider_instance_id=uuid.uuid4(), segment="Commercial")
        assert [e.property_name for e in info.value.errors] == ["providerInstanceId"]
    reseller = fake.issue_token(TENANT, role="reseller", reseller_id=RESELLER)
    async with world.cc(reseller) as cc:  # a reseller reads the catalogue, but not as another reseller
        offer = await cc.offers.get_offer(addon, provider_instance_id=world.instance, segment="Commercial")
        assert offer.name == "Audio conferencing"
        with pytest.raises(BadRequestError) as info:
            await cc.offers.get_offer(
                addon, provider_instance_id=world.instance, segment="Commercial", reseller_id=RESELLER
            )
        assert [e.property_name for e in info.value.errors] == ["resellerId"]


@pytest.mark.anyio
async def test_offers_are_seeded_from_a_seed_document(world: World) -> None:
    offer_id = uuid.uuid4()
    seed_orders(
        world.fake,
        TENANT,
        {
            "offers": [
                {
                    "id": str(offer_id),
                    "providerInstanceId": str(world.instance),
                    "name": "Seeded",
                    "offerType": {"name": "azurereservation"},
                    "segment": "Government",
                    "minQuantity": 2,
                }
            ]
        },
    )
    async with world.cc() as cc:
        page = await cc.offers.list_offers(offer_types="AzureReservation", segment="Government")
        [listed] = page["items"]
        assert (listed["id"], listed["name"], listed["minQuantity"]) == (str(offer_id), "Seeded", 2)
        assert listed["offerType"] == {"name": "AzureReservation"}
        offer = await cc.offers.get_offer(offer_id, provider_instance_id=world.instance, segment="Government")
        assert offer.name == "Seeded"


@pytest.mark.anyio
async def test_an_order_is_processing_then_completed_and_creates_its_subscription(world: World) -> None:
    fake = world.fake
    fake.order_delay = 0.3
    chosen = uuid.uuid4()
    async with world.cc() as cc:
        order_id = await world.create(cc, id=chosen, po_number="PO-1", auto_renew_enabled=True)
        assert order_id == chosen  # the body's id is the order's
        assert fake.order(order_id)["status"] == "Processing"
        [listed] = [o async for o in cc.orders.list_active_orders(world.customer)]
        assert listed.id == order_id and listed.status is not None and listed.status.name == "Processing"
        assert (listed.offer_id, listed.quantity, listed.reseller_id) == (world.offer, 5, RESELLER)
        assert listed.term_duration is not None and listed.term_duration.name == "OneYear"
        await anyio.sleep(0.2)
        [listed] = [o async for o in cc.orders.list_active_orders(world.customer)]
        assert listed.status is not None and listed.status.name == "Provisioning"
        await anyio.sleep(0.15)
        assert [o async for o in cc.orders.list_active_orders(world.customer)] == []  # Completed
        assert fake.order(order_id)["status"] == "Completed"
        subscriptions = [s async for s in cc.subscriptions.list_customer_subscriptions(world.customer)]
        [subscription] = [s for s in subscriptions if s.order_id == order_id]
        assert subscription.offer_id == world.offer and subscription.quantity == 5
    held = fake.subscription(subscription.id)
    assert (held["name"], held["offerName"], held["poNumber"]) == (
        "E3 for Contoso",
        "Microsoft 365 E3",
        "PO-1",
    )
    assert held["resellerId"] == str(RESELLER) and held["providerInstanceId"] == str(world.instance)


@pytest.mark.anyio
async def test_with_no_delay_an_order_completes_on_the_next_request_and_the_waiter_sees_it(
    world: World,
) -> None:
    async with world.cc() as cc:
        order_id = await world.create(cc, id=uuid.uuid4(), subscription_name=None)
        assert world.fake.order(order_id)["status"] == "Processing"  # until the next request
        subscription = await cc.orders.wait_for_order(world.customer, order_id, interval=0.05, timeout=5)
        assert subscription.order_id == order_id
        assert (
            world.fake.subscription(subscription.id)["name"] == "Microsoft 365 E3"
        )  # null name: the offer's
        created = await cc.orders.create_order(
            offer_id=world.offer,
            customer_id=world.customer,
            provider_instance_id=world.instance,
            subscription_name="Second",
            quantity=1,
            **ENUMS,
        )
        assert set(created.to_dict()) == {"id"}  # the double's choice: {"id": ...}
        uuid.UUID(created["id"])


@pytest.mark.anyio
async def test_a_failed_order_stays_active_with_its_error_message(world: World) -> None:
    fake = world.fake
    fake.fail_next_orders(reason="Microsoft refused: the customer has no MCA.")
    async with world.cc() as cc:
        failed = await world.create(cc, id=uuid.uuid4())
        later = await world.create(cc, id=uuid.uuid4(), subscription_name="Later")
        with pytest.raises(WaitFailedError, match="no MCA") as info:
            await cc.orders.wait_for_order(world.customer, failed, interval=0.05, timeout=5)
        assert info.value.last_state.error_message == "Microsoft refused: the customer has no MCA."
        listed = [o async for o in cc.orders.list_active_orders(world.customer)]
        assert [o.id for o in listed] == [failed]  # most recent first; the later one completed
        assert listed[0].status is not None and listed[0].status.name == "Failed"
        assert listed[0].error_message == "Microsoft refused: the customer has no MCA."
        order_ids = {s.order_id async for s in cc.subscriptions.list_customer_subscriptions(world.customer)}
        assert order_ids == {later}  # a failed order creates nothing
    assert fake.order(failed)["status"] == "Failed"


@pytest.mark.anyio
async def test_active_orders_are_most_recent_first_and_paged(world: World) -> None:
    world.fake.order_delay = 60
    async with world.cc() as cc:
        ids = [await world.create(cc, subscription_name=f"S{n}") for n in range(3)]
        page = await cc.orders.list_active_orders(world.customer, page_size=2)
        assert [o.id for o in page.items] == ids[::-1][:2] and page.total_count == 3
        assert [o.id async for o in cc.orders.list_active_orders(world.customer, page_size=2)] == ids[::-1]


@pytest.mark.anyio
async def test_bad_order_bodies_are_a_400_naming_the_field(world: World) -> None:
    fake = world.fake
    education = fake.add_offer(TENANT, provider_instance_id=world.instance, name="Edu", segment="Education")
    bulk = fake.add_offer(TENANT, provider_instance_id=world.instance, name="Bulk", minQuantity=10)
    elsewhere = fake.add_provider_instance(TENANT, provider="acme")
    stranger = fake.add_customer(TENANT, CUSTOMER)  # on no provider instance
    existing = uuid.uuid4()
    async with world.cc() as cc:
        await world.create(cc, id=existing)
        cases: list[tuple[dict[str, Any], str]] = [
            ({"offer_id": uuid.uuid4()}, "offerId"),
            ({"customer_id": uuid.uuid4()}, "customerId"),
            ({"customer_id": stranger}, "providerInstanceId"),
            ({"provider_instance_id": uuid.uuid4()}, "providerInstanceId"),
            ({"provider_instance_id": elsewhere}, "providerInstanceId"),
            ({"offer_id": education}, "segment"),
            ({"offer_id": bulk, "quantity": 9}, "quantity"),
            ({"quantity": 0}, "quantity"),
            ({"reseller_id": OTHER_RESELLER}, "resellerId"),
            ({"id": existing}, "id"),
            (
                {"subscription_margin": {"marginRule": {"name": "Markup"}, "value": 1000}},
                "subscriptionMargin.value",
            ),
        ]
        for overrides, field in cases:
            with pytest.raises(BadRequestError) as info:
                await world.create(cc, **overrides)
            assert field in [e.property_name for e in info.value.errors], (overrides, field)
    async with world.raw() as raw:
        raw_cases: list[tuple[dict[str, Any], set[str]]] = [
            ({"termDuration": None}, {"termDuration"}),
            ({"termDuration": {"name": "Forever"}}, {"termDuration.name"}),
            ({"segment": {"name": "commercial"}}, {"segment.name"}),  # the documented spelling only
            ({"operation": {"name": "CreateSubscription", "extra": 1}}, {"operation"}),
            ({"subscriptionName": "x" * 256}, {"subscriptionName"}),
            ({"quantity": "5"}, {"quantity"}),
            ({"offerId": "not-a-guid", "poNumber": 7}, {"offerId", "poNumber"}),
            ({"createdDate": "yesterday"}, {"createdDate"}),
            ({"status": {"name": "Done"}}, {"status.name"}),
        ]
        for overrides, fields in raw_cases:
            response = await raw.post("/v1/Orders", json=world.order_body(**overrides))
            assert response.status_code == 400 and field_names(response) == fields, (
                overrides,
                response.json(),
            )
        body = world.order_body()
        del body["subscriptionName"]
        response = await raw.post("/v1/Orders", json=body)
        assert response.status_code == 400 and field_names(response) == {"subscriptionName"}
        response = await raw.post("/v1/Orders", json=[body])
        assert response.status_code == 400 and field_names(response) == {"$"}
        # Property names match case-insensitively (ASP.NET's JSON input).
        response = await raw.post("/v1/Orders", json={k.upper(): v for k, v in world.order_body().items()})
        assert response.status_code == 200
    async with world.cc() as cc:  # only the two good orders were made (and completed)
        subscriptions = [s async for s in cc.subscriptions.list_customer_subscriptions(world.customer)]
        assert len(subscriptions) == 2 and subscriptions[0].order_id is not None


@pytest.mark.anyio
async def test_resellers_order_and_list_for_their_own_customers_only(world: World) -> None:
    fake = world.fake
    fake.order_delay = 60
    theirs = fake.issue_token(TENANT, role="reseller", reseller_id=RESELLER)
    other = fake.issue_token(TENANT, role="reseller", reseller_id=OTHER_RESELLER)
    async with world.cc(other) as cc:
        with pytest.raises(PermissionDeniedError):
            await world.create(cc)
        with pytest.raises(PermissionDeniedError):
            await cc.orders.list_active_orders(world.customer)
    async with world.cc() as cc:
        assert [o async for o in cc.orders.list_active_orders(world.customer)] == []  # nothing was made
    async with world.cc(theirs) as cc:
        order_id = await world.create(cc)
        [listed] = await cc.orders.list_active_orders(world.customer, reseller_id=RESELLER)
        assert listed.id == order_id
    async with world.cc() as cc:
        with pytest.raises(PermissionDeniedError):  # not the customer's reseller
            await cc.orders.list_active_orders(world.customer, reseller_id=OTHER_RESELLER)
        with pytest.raises(NotFoundError):
            await cc.orders.list_active_orders(uuid.uuid4())
        fake.add_tenant("other.example.com")
        elsewhere = fake.add_customer("other.example.com", CUSTOMER)
        with pytest.raises(NotFoundError):
            await cc.orders.list_active_orders(elsewhere)


@pytest.mark.anyio
async def test_an_order_whose_customer_was_deleted_fails(world: World) -> None:
    # Long enough that the delete lands while the order is processing on a loaded machine (a
    # 0.05 s delay could pass before the delete arrived, and the order completed instead).
    world.fake.order_delay = 0.5
    async with world.cc() as cc:
        order_id = await world.create(cc)
        await cc.customers.delete_customer(world.customer)
        assert world.fake.order(order_id)["status"] in ("Processing", "Provisioning")  # still active
        await anyio.sleep(0.6)
        await cc.provider_instances.list_provider_instances()  # any request: the order ends
    held = world.fake.order(order_id)
    assert (held["status"], held["errorMessage"]) == ("Failed", "The customer was deleted.")
