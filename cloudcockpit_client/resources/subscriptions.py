"""``cc.subscriptions``: the generated operations of the Subscriptions tag, plus ``wait_for_migration``.

What the docs give a waiter (README, "Waiting"): a migration's status (get_migration_status) has one
state field, ``isCompleted``, with the destination subscription's ids once it is done; no failure
state is documented, so a migration that never completes ends in ``WaitTimeoutError``. The other 202
answers of this tag (cancel, reactivate, upgrade) have no documented state to wait on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from .. import _constants
from .._generated.facade import subscriptions as _generated_subscriptions
from .._response import capture
from .._validation import as_uuid
from .._waiting import Poll
from . import _common

if TYPE_CHECKING:
    from .._generated.models import MigrationStatus

__all__ = [
    "Subscriptions",
    "SubscriptionsWithRawResponse",
    "SyncSubscriptions",
    "SyncSubscriptionsWithRawResponse",
]


class Subscriptions(_generated_subscriptions.Subscriptions):
    """The subscription operations: ``cc.subscriptions`` (generated), with waiting for a migration."""

    @property
    def with_raw_response(self) -> SubscriptionsWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, correlation id, parsed value)."""
        return SubscriptionsWithRawResponse(self)

    async def wait_for_migration(
        self,
        customer_id: UUID | str,
        subscription_id: UUID | str,
        *,
        timeout: float = _constants.DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 (the wait's own budget, not a call's)
        interval: float = _constants.DEFAULT_WAIT_INTERVAL,
        correlation_id: UUID | str | None = None,
    ) -> MigrationStatus:
        """Wait until the subscription's migration (migrate_subscription) is completed.

        Reads get_migration_status until its ``is_completed`` is true. The pause between reads
        starts at ``interval`` and grows 1.5x per read up to 30 s; a Retry-After on a read, or a
        429/503 answer, lengthens it.

        Args:
            timeout: seconds to wait in total (default 300).
            interval: the first pause between two reads, in seconds (default 2).

        Returns:
            The completed MigrationStatus (with destination_subscription_id, when the API gives it).

        Raises:
            ValueError: an id that is not a UUID, or a timeout/interval that is not > 0, before any I/O.
            WaitTimeoutError: the time ran out; ``last_state`` is the last MigrationStatus read.
                The docs give a migration no failure state, so a failed one ends here too.
            APIStatusError: any other error answer of a read (NotFoundError: no such subscription,
                or no migration), after the retries allowed. APIConnectionError: no answer.
        """
        customer = as_uuid(customer_id, "customer_id")
        subscription = as_uuid(subscription_id, "subscription_id")
        cid = _common.correlation_id(correlation_id)

        async def read() -> tuple[MigrationStatus, httpx.Response]:
            with capture() as captured:
                status = await self.get_migration_status(customer, subscription, correlation_id=cid)
            return status, captured.responses[-1]

        def outcome(status: MigrationStatus) -> MigrationStatus | None:
            return status if status.is_completed is True else None

        def describe(last: MigrationStatus | None) -> str:
            return f"subscription {subscription} of customer {customer}: the migration is not completed"

        return await Poll(
            read, outcome, describe, timeout=timeout, interval=interval, correlation_id=cid
        ).run()


class SubscriptionsWithRawResponse(_generated_subscriptions.SubscriptionsWithRawResponse):
    """``cc.subscriptions.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: Subscriptions) -> None:
        super().__init__(resource)
        self.wait_for_migration = _common.raw(resource.wait_for_migration)


class SyncSubscriptions(_generated_subscriptions.SyncSubscriptions):
    """``cc.subscriptions`` on SyncCloudCockpit: the methods of Subscriptions, blocking."""

    _resource: Subscriptions

    @property
    def with_raw_response(self) -> SyncSubscriptionsWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, correlation id, parsed value)."""
        return SyncSubscriptionsWithRawResponse(self._portal, self._resource.with_raw_response)

    def wait_for_migration(
        self,
        customer_id: UUID | str,
        subscription_id: UUID | str,
        *,
        timeout: float = _constants.DEFAULT_WAIT_TIMEOUT,
        interval: float = _constants.DEFAULT_WAIT_INTERVAL,
        correlation_id: UUID | str | None = None,
    ) -> MigrationStatus:
        return self._call(
            self._resource.wait_for_migration,
            customer_id,
            subscription_id,
            timeout=timeout,
            interval=interval,
            correlation_id=correlation_id,
        )


SyncSubscriptions.wait_for_migration.__doc__ = Subscriptions.wait_for_migration.__doc__


class SyncSubscriptionsWithRawResponse(_generated_subscriptions.SyncSubscriptionsWithRawResponse):
    """``cc.subscriptions.with_raw_response`` on SyncCloudCockpit."""

    def __init__(self, portal: _common.Portal, raw: SubscriptionsWithRawResponse) -> None:
        super().__init__(portal, raw)
        self.wait_for_migration = _common.sync_raw(portal, raw.wait_for_migration)
