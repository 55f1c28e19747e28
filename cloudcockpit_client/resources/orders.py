"""``cc.orders``: the generated operations of the Orders tag, plus ``wait_for_order``.

What the docs give a waiter (README, "Waiting"): an order's status is one of Processing,
Provisioning, Completed or Failed; there is no operation that reads one order, only the list of a
customer's *active* orders, which "includes all orders that do not have the status Completed"; and a
subscription carries the ``orderId`` of the order that created it. So the waiter reads the active
orders: a listed order that is Failed ends the wait with ``WaitFailedError``; one that is not listed
(or is listed as Completed) has completed, which the subscription with its ``orderId`` confirms, and
that subscription is the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple
from uuid import UUID

import httpx

from .. import _constants
from .._generated.facade import orders as _generated_orders
from .._response import capture
from .._validation import as_uuid
from .._waiting import Poll
from ..errors import WaitFailedError
from . import _common

if TYPE_CHECKING:
    from .._generated.models import Order, Subscription

__all__ = ["Orders", "OrdersWithRawResponse", "SyncOrders", "SyncOrdersWithRawResponse"]

# The page size of the waiter's reads: the API's largest, so a poll is one request per list.
_READ_PAGE_SIZE = 2000


class _Progress(NamedTuple):
    """What one poll read: the order as the active list shows it, and the subscription it created."""

    order: Order | None
    subscription: Subscription | None


def _status(order: Order) -> str | None:
    status = order.status
    name = getattr(status, "name", None)
    return name if isinstance(name, str) else None


class Orders(_generated_orders.Orders):
    """The order operations: ``cc.orders`` (generated), with waiting for an order."""

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, correlation id, parsed value)."""
        return OrdersWithRawResponse(self)

    async def _read_order(
        self, customer: UUID, order: UUID, reseller: UUID | None, cid: str
    ) -> tuple[_Progress, httpx.Response]:
        """The order as the active list shows it and, once it is not active, its subscription."""
        kwargs: dict[str, Any] = {"page_size": _READ_PAGE_SIZE, "correlation_id": cid}
        if reseller is not None:
            kwargs["reseller_id"] = reseller
        listed: Order | None = None
        with capture() as captured:
            async for item in self.list_active_orders(customer, **kwargs):
                if item.id == order:
                    listed = item
                    break
            if listed is not None and _status(listed) != "Completed":
                return _Progress(listed, None), captured.responses[-1]
            subscriptions = self._client.subscriptions.list_customer_subscriptions(customer, **kwargs)
            async for subscription in subscriptions:
                if subscription.order_id == order:
                    return _Progress(listed, subscription), captured.responses[-1]
        return _Progress(listed, None), captured.responses[-1]

    async def wait_for_order(
        self,
        customer_id: UUID | str,
        order_id: UUID | str,
        *,
        timeout: float = _constants.DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 (the wait's own budget, not a call's)
        interval: float = _constants.DEFAULT_WAIT_INTERVAL,
        reseller_id: UUID | str | None = None,
        correlation_id: UUID | str | None = None,
    ) -> Subscription:
        """Wait until the order is Completed, and return the subscription it created.

        Reads the customer's active orders (list_active_orders) and, once the order is no longer
        active, the customer's subscriptions (list_customer_subscriptions) for the one whose
        ``order_id`` is the order's. The pause between reads starts at ``interval`` and grows
        1.5x per read up to 30 s; a Retry-After on a read, or a 429/503 answer, lengthens it.
        The created order's id is not in the documented answer of create_order: pass your own
        ``id=`` to create_order (a documented field of the order), and wait for that id.

        Args:
            timeout: seconds to wait in total (default 300).
            interval: the first pause between two reads, in seconds (default 2).

        Returns:
            The Subscription whose order_id is the order's.

        Raises:
            ValueError: an id that is not a UUID, or a timeout/interval that is not > 0, before any I/O.
            WaitFailedError: the order's status is Failed; ``last_state`` is the Order (its
                ``error_message`` says why, when the API gives it).
            WaitTimeoutError: the time ran out; ``last_state`` is the last Order seen in the
                active list (None if it was not listed, or the order had completed but its
                subscription was not listed yet).
            APIStatusError: any other error answer of a read (NotFoundError for an unknown
                customer), after the retries allowed. APIConnectionError: no answer.
        """
        customer = as_uuid(customer_id, "customer_id")
        order = as_uuid(order_id, "order_id")
        reseller = None if reseller_id is None else as_uuid(reseller_id, "reseller_id")
        cid = _common.correlation_id(correlation_id)

        async def read() -> tuple[_Progress, httpx.Response]:
            return await self._read_order(customer, order, reseller, cid)

        def outcome(progress: _Progress) -> Subscription | None:
            if progress.subscription is not None:
                return progress.subscription
            if progress.order is not None and _status(progress.order) == "Failed":
                reason = progress.order.error_message
                raise WaitFailedError(
                    f"order {order} of customer {customer} failed"
                    + (f": {reason}" if isinstance(reason, str) and reason else ""),
                    last_state=progress.order,
                    correlation_id=cid,
                )
            return None

        def describe(last: _Progress | None) -> str:
            if last is None or last.order is None:
                return (
                    f"order {order} of customer {customer} is not among the active orders, and no "
                    "subscription of the customer has its order id yet"
                )
            return (
                f"order {order} of customer {customer} is still {_status(last.order) or 'without a status'}"
            )

        return await Poll(
            read,
            outcome,
            describe,
            timeout=timeout,
            interval=interval,
            correlation_id=cid,
            last_state=lambda last: None if last is None else last.order,
        ).run()


class OrdersWithRawResponse(_generated_orders.OrdersWithRawResponse):
    """``cc.orders.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: Orders) -> None:
        super().__init__(resource)
        self.wait_for_order = _common.raw(resource.wait_for_order)


class SyncOrders(_generated_orders.SyncOrders):
    """``cc.orders`` on SyncCloudCockpit: the methods of Orders, blocking."""

    _resource: Orders

    @property
    def with_raw_response(self) -> SyncOrdersWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, correlation id, parsed value)."""
        return SyncOrdersWithRawResponse(self._portal, self._resource.with_raw_response)

    def wait_for_order(
        self,
        customer_id: UUID | str,
        order_id: UUID | str,
        *,
        timeout: float = _constants.DEFAULT_WAIT_TIMEOUT,
        interval: float = _constants.DEFAULT_WAIT_INTERVAL,
        reseller_id: UUID | str | None = None,
        correlation_id: UUID | str | None = None,
    ) -> Subscription:
        return self._call(
            self._resource.wait_for_order,
            customer_id,
            order_id,
            timeout=timeout,
            interval=interval,
            reseller_id=reseller_id,
            correlation_id=correlation_id,
        )


SyncOrders.wait_for_order.__doc__ = Orders.wait_for_order.__doc__


class SyncOrdersWithRawResponse(_generated_orders.SyncOrdersWithRawResponse):
    """``cc.orders.with_raw_response`` on SyncCloudCockpit."""

    def __init__(self, portal: _common.Portal, raw: OrdersWithRawResponse) -> None:
        super().__init__(portal, raw)
        self.wait_for_order = _common.sync_raw(portal, raw.wait_for_order)
