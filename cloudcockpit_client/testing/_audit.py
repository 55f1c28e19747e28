"""The double's operations of the AuditLogs tag (row 78): the audit logs of the writes made against the double.

Choices where the docs are silent are listed here and in the README ("Choices the double makes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast  # noqa: F401 (cast: see below)

from ._wire import Call, Response, Route

if TYPE_CHECKING:
    pass

__all__ = ["ROUTES", "UNSERVED", "AuditState"]


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class AuditState:
    """The double's state for AuditLogs, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_audit(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""

    def _tick_audit(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""

    def _record_audit(self, call: Call, method: str, template: str, path: str, response: Response) -> None:
        """Called after every served operation (any tag) with its answer: the audit log's source."""


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = [
    ("GET", "/v1/AuditLogs"),
]

ROUTES: list[Route] = []
