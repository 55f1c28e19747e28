"""The double's operations of the Invoices tag (rows 57-67): invoices and their line items, served by continuation token.

Choices where the docs are silent are listed here and in the README ("Choices the double makes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast  # noqa: F401 (cast: see below)

from ._wire import Route

if TYPE_CHECKING:
    pass

__all__ = ["ROUTES", "InvoicesState"]


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class InvoicesState:
    """The double's state for Invoices, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_invoices(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""

    def _tick_invoices(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""


ROUTES: list[Route] = []
