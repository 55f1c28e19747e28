"""``cc.provider_instances``: the operations of the Providers tag, all generated.

Nothing is added by hand: the class is the generated one (``_generated/facade/provider_instances.py``),
re-exported here so that every resource has a module in ``resources/``.
"""

from __future__ import annotations

from .._generated.facade.provider_instances import (
    ProviderInstances,
    ProviderInstancesWithRawResponse,
    SyncProviderInstances,
    SyncProviderInstancesWithRawResponse,
)

__all__ = [
    "ProviderInstances",
    "ProviderInstancesWithRawResponse",
    "SyncProviderInstances",
    "SyncProviderInstancesWithRawResponse",
]
