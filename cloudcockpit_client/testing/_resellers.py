"""The double's operations of the Resellers tag (rows 68-76): resellers, their provider instances, margins and MPN ids.

Choices where the docs are silent are listed here and in the README ("Choices the double makes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast  # noqa: F401 (cast: see below)

from ._wire import Route

if TYPE_CHECKING:
    pass

__all__ = ["ROUTES", "ResellersState"]


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class ResellersState:
    """The double's state for Resellers, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_resellers(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""

    def _tick_resellers(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""


ROUTES: list[Route] = []
