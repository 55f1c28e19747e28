"""``cc.provider_instances``: the operations of the Providers tag."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple, Protocol
from uuid import UUID

from ..pagination import AsyncPaginator, Page
from . import _common
from ._common import GeneratedOperation, Resource

if TYPE_CHECKING:
    from .._generated.models import ProviderInstance, ProviderInstancePage

__all__ = ["ProviderInstances"]


class _Models(Protocol):
    ProviderInstance: type[ProviderInstance]
    ProviderInstancePage: type[ProviderInstancePage]


class _Generated(NamedTuple):
    list_provider_instances: GeneratedOperation
    models: _Models


@functools.cache
def _generated() -> _Generated:
    """The generated operation and models, imported on the first call (see customers._generated)."""
    from .._generated import models
    from .._generated.api.providers import list_provider_instances

    return _Generated(list_provider_instances, models)


class ProviderInstances(Resource):
    """The tenant's provider instances: ``cc.provider_instances``."""

    def list_provider_instances(
        self,
        *,
        page_size: int | None = None,
        page_number: int = 1,
        correlation_id: UUID | str | None = None,
    ) -> AsyncPaginator[ProviderInstance]:
        """Every provider instance of the tenant, page by page (GET /v1/Providers/Instances; 200).

        This is where ``provider_instance_id`` values come from. Not a coroutine: iterate it with
        ``async for``, walk ``.pages()``, or ``await`` it for the first page (see
        cloudcockpit_client.pagination).

        Args:
            page_size: instances per request (the API allows 1 to 2000; its default is 25).
            page_number: the page to start from (1 is the first).
            correlation_id: sent on every page request of the walk (default: one fresh id per walk).

        Returns:
            An AsyncPaginator of ProviderInstance (on SyncCloudCockpit, a SyncPaginator). No
            request is made until it is iterated or awaited.

        Raises:
            ValueError, TypeError: a page_size or page_number the API could not take, at once.
            The page requests raise APIStatusError subclasses, APIConnectionError or
            ResponseValidationError, as every call does.
        """
        size = _common.page_size(page_size)
        first = _common.page_number(page_number)
        cid = _common.correlation_id(correlation_id)

        async def fetch(number: int) -> Page[ProviderInstance]:
            generated = _generated()
            response = await self._client._send(
                generated.list_provider_instances, cid, page_number=number, page_size=size
            )
            return _common.page(
                response,
                cid,
                page_from_dict=generated.models.ProviderInstancePage.from_dict,
                item_from_dict=generated.models.ProviderInstance.from_dict,
                number=number,
                size=size,
            )

        return AsyncPaginator(fetch, first_page=first)
