"""Types a user sees, checked by mypy --strict and pyright (strict) in tests/test_typing.py.

Never run: every line is a statement to a type checker. ``assert_type`` fails the check when the
type differs; a line that must be an error carries an ignore for exactly that error, and both
checkers are set to fail on an ignore that is not needed, so the error must be there.
"""

from __future__ import annotations

from typing import Any, assert_type
from uuid import UUID

from cloudcockpit_client import (
    APIResponse,
    AsyncPaginator,
    CloudCockpit,
    Customer,
    Page,
    ProviderCustomer,
    ProviderInstance,
    SyncCloudCockpit,
    SyncPaginator,
    WaitTimeoutError,
)
from cloudcockpit_client.models import MigrationStatus, Subscription, UsageLineItem


async def async_client(cc: CloudCockpit, cid: UUID) -> None:
    assert_type(await cc.customers.get_customer(cid), Customer)
    assert_type(await cc.customers.get_customer(str(cid), reseller_id=cid, timeout=5), Customer)
    assert_type(cc.customers.list_customers(page_size=100), AsyncPaginator[Customer])
    assert_type(cc.provider_instances.list_provider_instances(), AsyncPaginator[ProviderInstance])
    async for customer in cc.customers.list_customers():
        assert_type(customer, Customer)
    async for page in cc.customers.list_customers().pages():
        assert_type(page, Page[Customer])
    assert_type(await cc.customers.retry_provider_customer(cid, cid), None)
    assert_type(
        await cc.customers.add_provider_instance(
            cid, provider_instance_id=cid, provider_customer_data=None, margin={"value": 1}
        ),
        str,
    )
    assert_type(await cc.customers.update_account_info(cid, changes={"firstName": "Ada"}), None)
    assert_type(await cc.customers.wait_for_provider_customer(cid, cid), ProviderCustomer)
    assert_type(await cc.orders.wait_for_order(cid, cid, timeout=60), Subscription)
    assert_type(await cc.subscriptions.wait_for_migration(cid, cid), MigrationStatus)
    assert_type(await cc.subscriptions.get_subscription(cid, cid), Subscription)
    line_items = cc.invoices.list_usage_line_items(cid, page_size=2000, continuation_token=None)
    assert_type(line_items, AsyncPaginator[UsageLineItem])
    async for line_page in line_items.pages():
        assert_type(line_page.continuation_token, str | None)
    assert_type(await cc.orders.with_raw_response.wait_for_order(cid, cid), APIResponse[Subscription])
    cc.invoices.list_license_line_items(cid)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]

    raw = await cc.customers.with_raw_response.get_customer(cid)
    assert_type(raw, APIResponse[Customer])
    assert_type(raw.parse(), Customer)
    assert_type(await cc.customers.with_raw_response.list_customers(), APIResponse[Page[Customer]])
    assert_type(await cc.customers.with_raw_response.retry_provider_customer(cid, cid), APIResponse[None])

    # An id the API always sends is a UUID, not UUID | Unset: no isinstance check before use.
    async for instance in cc.provider_instances.list_provider_instances():
        assert_type(instance.id, UUID)

    await cc.customers.get_custmer(cid)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    await cc.customers.get_customer(cid, reseller=cid)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    await cc.customers.get_customer(cid, page_size=3)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    await cc.customers.with_raw_response.get_custmer(cid)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    cc.customerz  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]


def sync_client(cc: SyncCloudCockpit, cid: UUID) -> None:
    assert_type(cc.customers.get_customer(cid), Customer)
    assert_type(cc.customers.list_customers(), SyncPaginator[Customer])
    for customer in cc.customers.list_customers():
        assert_type(customer, Customer)
    assert_type(cc.provider_instances.list_provider_instances(), SyncPaginator[ProviderInstance])
    assert_type(cc.customers.retry_provider_customer(cid, cid), None)
    assert_type(cc.customers.update_account_info(cid, changes={"city": "Porto"}), None)
    assert_type(cc.customers.wait_for_provider_customer(cid, cid, timeout=30), ProviderCustomer)
    assert_type(cc.orders.wait_for_order(cid, cid), Subscription)
    assert_type(cc.subscriptions.wait_for_migration(cid, cid, interval=1), MigrationStatus)
    assert_type(cc.invoices.list_usage_line_items(cid), SyncPaginator[UsageLineItem])
    raw = cc.customers.with_raw_response.get_customer(cid)
    assert_type(raw, APIResponse[Customer])
    assert_type(raw.parse(), Customer)
    assert_type(cc.customers.with_raw_response.list_customers(), APIResponse[Page[Customer]])

    cc.customers.get_custmer(cid)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    cc.customers.get_customer(cid, reseller=cid)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    cc.customers.with_raw_response.get_custmer(cid)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]


def errors(exc: WaitTimeoutError) -> None:
    assert_type(exc.last_state, Any)  # any waiter's state: the waiter's docstring says which
