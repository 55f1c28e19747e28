"""The part-2 waiters (wait_for_order, wait_for_migration) over scripted answers: what they read on the
wire, their success, failure and timeout, and that they share the one polling implementation
(Retry-After, 429/503 kept waiting, bad input before I/O)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER_ID, TENANT, TOKEN, Recorder

from cloudcockpit_client import (
    CloudCockpit,
    NotFoundError,
    SyncCloudCockpit,
    WaitFailedError,
    WaitTimeoutError,
)

ORDER_ID = uuid.UUID("0f0f0f0f-1111-4222-8333-444455556666")
SUBSCRIPTION_ID = uuid.UUID("5a5a5a5a-1111-4222-8333-444455556666")
OFFER_ID = uuid.UUID("6b6b6b6b-1111-4222-8333-444455556666")
INSTANCE = "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00"


def order(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(ORDER_ID),
        "offerId": str(OFFER_ID),
        "customerId": str(CUSTOMER_ID),
        "providerInstanceId": INSTANCE,
        "subscriptionName": "M365",
        "termDuration": {"name": "OneYear"},
        "billingFrequency": {"name": "Monthly"},
        "segment": {"name": "Commercial"},
        "operation": {"name": "CreateSubscription"},
        "quantity": 3,
        "status": {"name": status},
        **extra,
    }


def page(*items: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json={"items": list(items), "totalPages": 1, "totalCount": len(items)})


def subscription(order_id: uuid.UUID | None = ORDER_ID) -> dict[str, Any]:
    return {"id": str(SUBSCRIPTION_ID), "orderId": str(order_id), "customerId": str(CUSTOMER_ID)}


def client(recorder: Recorder) -> CloudCockpit:
    return CloudCockpit(TENANT, token=TOKEN, transport=recorder.transport(), retries=0)


@pytest.mark.anyio
async def test_wait_for_order_reads_the_active_orders_until_the_order_leaves_them() -> None:
    other = {**order("Processing"), "id": str(uuid.uuid4())}
    recorder = Recorder(
        [
            page(other, order("Processing")),
            page(order("Provisioning")),
            page(other),  # no longer active: completed, as the docs define the list
            page(subscription(uuid.uuid4()), subscription()),
        ]
    )
    async with client(recorder) as cc:
        result = await cc.orders.wait_for_order(CUSTOMER_ID, ORDER_ID, interval=0.01)
    assert (result.id, result.order_id) == (SUBSCRIPTION_ID, ORDER_ID)
    paths = [r.url.path for r in recorder.requests]
    assert paths == [f"/v1/Orders/customers/{CUSTOMER_ID}"] * 3 + [
        f"/v1/customers/{CUSTOMER_ID}/subscriptions"
    ]
    assert {r.url.params["pageSize"] for r in recorder.requests} == {"2000"}
    # One correlation id for the whole wait, as wait_for_provider_customer does.
    assert len({r.headers["X-Correlation-Id"] for r in recorder.requests}) == 1


@pytest.mark.anyio
async def test_wait_for_order_raises_wait_failed_naming_the_order() -> None:
    recorder = Recorder([page(order("Processing")), page(order("Failed", errorMessage="No stock."))])
    async with client(recorder) as cc:
        with pytest.raises(WaitFailedError) as info:
            await cc.orders.wait_for_order(CUSTOMER_ID, ORDER_ID, interval=0.01)
        assert str(ORDER_ID) in str(info.value) and "No stock." in str(info.value)
        assert info.value.last_state.id == ORDER_ID
        assert info.value.correlation_id == recorder.requests[0].headers["X-Correlation-Id"]
        # Failed is not a timeout, and the client stays usable.
        assert not isinstance(info.value, WaitTimeoutError)
        assert len(recorder.requests) == 2


@pytest.mark.anyio
async def test_wait_for_order_times_out_with_the_last_order_seen() -> None:
    recorder = Recorder(default=page(order("Provisioning")))
    async with client(recorder) as cc:
        with pytest.raises(WaitTimeoutError) as info:
            await cc.orders.wait_for_order(CUSTOMER_ID, ORDER_ID, timeout=0.2, interval=0.02)
    assert "still Provisioning" in str(info.value)
    assert info.value.last_state.status.name == "Provisioning"
    assert info.value.polls == len(recorder.requests) >= 2


@pytest.mark.anyio
async def test_an_order_gone_from_the_list_without_a_subscription_is_not_taken_as_completed() -> None:
    recorder = Recorder(default=page())
    async with client(recorder) as cc:
        with pytest.raises(WaitTimeoutError) as info:
            await cc.orders.wait_for_order(CUSTOMER_ID, ORDER_ID, timeout=0.2, interval=0.02)
    assert "no subscription of the customer has its order id" in str(info.value)
    assert info.value.last_state is None


@pytest.mark.anyio
async def test_the_waiters_keep_waiting_through_429_and_honour_retry_after() -> None:
    recorder = Recorder(
        [
            httpx.Response(429, headers={"Retry-After": "0.05"}, json={"statusCode": 429}),
            httpx.Response(200, json={"isCompleted": False, "subscriptionId": str(SUBSCRIPTION_ID)}),
            httpx.Response(200, json={"isCompleted": True, "destinationSubscriptionId": str(ORDER_ID)}),
        ]
    )
    async with client(recorder) as cc:
        status = await cc.subscriptions.wait_for_migration(CUSTOMER_ID, SUBSCRIPTION_ID, interval=0.01)
    assert status.is_completed is True and status.destination_subscription_id == ORDER_ID
    assert [r.url.path for r in recorder.requests] == [
        f"/v1/customers/{CUSTOMER_ID}/subscriptions/{SUBSCRIPTION_ID}/migration"
    ] * 3


@pytest.mark.anyio
async def test_wait_for_migration_times_out_with_the_last_status() -> None:
    recorder = Recorder(default=httpx.Response(200, json={"isCompleted": False}))
    async with client(recorder) as cc:
        with pytest.raises(WaitTimeoutError) as info:
            await cc.subscriptions.wait_for_migration(
                CUSTOMER_ID, SUBSCRIPTION_ID, timeout=0.2, interval=0.02
            )
    assert info.value.last_state.is_completed is False
    assert "the migration is not completed" in str(info.value)


@pytest.mark.anyio
async def test_a_waiter_raises_other_errors_at_once() -> None:
    recorder = Recorder([httpx.Response(404, json={"statusCode": 404, "description": "No migration."})])
    async with client(recorder) as cc:
        with pytest.raises(NotFoundError):
            await cc.subscriptions.wait_for_migration(CUSTOMER_ID, SUBSCRIPTION_ID, interval=0.01)
    assert len(recorder.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"timeout": 0}, "timeout"),
        ({"interval": -1}, "interval"),
        ({"timeout": True}, "timeout"),
    ],
)
async def test_bad_waiter_arguments_fail_before_any_io(arguments: dict[str, Any], field: str) -> None:
    recorder = Recorder()
    async with client(recorder) as cc:
        with pytest.raises(ValueError, match=field):
            await cc.orders.wait_for_order(CUSTOMER_ID, ORDER_ID, **arguments)
        with pytest.raises(ValueError, match=field):
            await cc.subscriptions.wait_for_migration(CUSTOMER_ID, SUBSCRIPTION_ID, **arguments)
        with pytest.raises(ValueError, match="order_id"):
            await cc.orders.wait_for_order(CUSTOMER_ID, "not-a-uuid")
    assert recorder.requests == []


def test_the_sync_client_waits_too() -> None:
    recorder = Recorder([page(), page(subscription())])
    with SyncCloudCockpit(TENANT, token=TOKEN, transport=recorder.transport(), retries=0) as cc:
        result = cc.orders.wait_for_order(CUSTOMER_ID, ORDER_ID, interval=0.01)
        raw = cc.subscriptions.with_raw_response.get_subscription
        assert callable(raw)
    assert result.id == SUBSCRIPTION_ID


@pytest.mark.anyio
async def test_wait_for_migration_against_the_double_sees_the_destination_subscription() -> None:
    from conftest import CUSTOMER

    from cloudcockpit_client.testing import FakeCloudCockpit

    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    token = fake.issue_token(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    instance = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    fake.add_provider_customer(customer, instance, status="created")
    source = fake.add_subscription(customer, provider_instance_id=instance, offer_type="LicenseLegacy")
    fake.migration_delay = 0.2
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        await cc.subscriptions.migrate_subscription(customer, source, quantity=1)
        first = await cc.subscriptions.get_migration_status(customer, source)
        assert first.is_completed is False
        status = await cc.subscriptions.wait_for_migration(customer, source, interval=0.05, timeout=5)
        assert status.is_completed is True and status.destination_subscription_id is not None
        destination = await cc.subscriptions.get_subscription(customer, status.destination_subscription_id)
    assert destination.id == status.destination_subscription_id
    assert fake.subscription(source)["status"] == "Cancelled"
