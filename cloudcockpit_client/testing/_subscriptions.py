"""The double's operations of the Subscriptions tag (rows 36-52): subscriptions per customer and their state changes.

Choices where the docs are silent are listed here and in the README ("Choices the double makes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast  # noqa: F401 (cast: see below)

from ._wire import Route

if TYPE_CHECKING:
    pass

__all__ = ["ROUTES", "UNSERVED", "SubscriptionsState"]


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class SubscriptionsState:
    """The double's state for Subscriptions, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_subscriptions(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""

    def _tick_subscriptions(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = [
    ("GET", "/v1/subscriptions"),
    ("GET", "/v1/customers/{customerId}/subscriptions"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}"),
    ("DELETE", "/v1/customers/{customerId}/subscriptions/{subscriptionId}"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/suspend"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/reactivate"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/upgrade"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/eligible-transitions"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/migration"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/migration"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/azure-entitlements"),
    ("GET", "/v1/customers/{customerId}/subscriptions/custom-term-end-dates"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/price-margin"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/po-number"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/associated-reseller"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/monthly-budget"),
]

ROUTES: list[Route] = []
