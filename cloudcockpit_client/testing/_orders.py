"""The double's operations of the Offers and Orders tags (rows 53-56): the catalogue of offers, and orders made from them.

Choices where the docs are silent are listed here and in the README ("Choices the double makes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast  # noqa: F401 (cast: see below)

from ._wire import Route

if TYPE_CHECKING:
    pass

__all__ = ["ROUTES", "UNSERVED", "OrdersState"]


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class OrdersState:
    """The double's state for Orders, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_orders(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""

    def _tick_orders(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = [
    ("GET", "/v1/Offers"),
    ("GET", "/v1/Offers/{id}"),
    ("POST", "/v1/Orders"),
    ("GET", "/v1/Orders/customers/{customerId}"),
]

ROUTES: list[Route] = []
