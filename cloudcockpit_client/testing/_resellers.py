"""The double's operations of the Resellers tag (rows 68-76): resellers, their provider instances, margins and MPN ids.

Choices where the docs are silent are listed here and in the README ("Choices the double makes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast  # noqa: F401 (cast: see below)

from ._wire import Route

if TYPE_CHECKING:
    pass

__all__ = ["ROUTES", "UNSERVED", "ResellersState"]


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class ResellersState:
    """The double's state for Resellers, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_resellers(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""

    def _tick_resellers(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = [
    ("GET", "/v1/Resellers"),
    ("POST", "/v1/Resellers"),
    ("GET", "/v1/Resellers/{resellerId}"),
    ("PATCH", "/v1/Resellers/{resellerId}/account-info"),
    ("PATCH", "/v1/Resellers/{resellerId}/internal-identifier"),
    ("PATCH", "/v1/Resellers/{resellerId}/margins/{providerInstanceId}"),
    ("POST", "/v1/Resellers/{resellerId}/provider-instances"),
    ("PATCH", "/v1/Resellers/{resellerId}/secondary-mpn-ids/{providerInstanceId}"),
    ("GET", "/v1/Resellers/mpn-profile"),
]

ROUTES: list[Route] = []
