"""The double's operations of the Invoices tag (rows 57-67): invoices and their line items, served by continuation token.

Choices where the docs are silent are listed here and in the README ("Choices the double makes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast  # noqa: F401 (cast: see below)

from ._wire import Route

if TYPE_CHECKING:
    pass

__all__ = ["ROUTES", "UNSERVED", "InvoicesState"]


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class InvoicesState:
    """The double's state for Invoices, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_invoices(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""

    def _tick_invoices(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = [
    ("GET", "/v1/Invoices"),
    ("GET", "/v1/Invoices/{id}/usage-lineitems"),
    ("GET", "/v1/Invoices/{id}/onetime-lineitems"),
    ("GET", "/v1/Invoices/{id}/license-lineitems"),
    ("GET", "/v1/Invoices/{id}/dailyratedusage-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-onetime-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-usage-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-license-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-dailyratedusage-lineitems"),
    ("GET", "/v1/Invoices/{id}/customer-onetime-lineitems"),
    ("GET", "/v1/Invoices/{id}/customer-license-lineitems"),
]

ROUTES: list[Route] = []
