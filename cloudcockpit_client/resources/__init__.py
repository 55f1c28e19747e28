"""The facade's resources, one module per API tag: ``cc.customers``, ``cc.orders``, ...

The classes are generated (``_generated/facade/``); a module here adds what the spec cannot say
(``customers.py``, ``orders.py``, ``subscriptions.py``) or re-exports the generated class. Imported on first use, as ``cc.customers``
imports them, so that ``import cloudcockpit_client`` does not pay for every resource.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .customers import Customers
    from .orders import Orders
    from .provider_instances import ProviderInstances
    from .subscriptions import Subscriptions

__all__ = ["Customers", "Orders", "ProviderInstances", "Subscriptions"]

_MODULES = {
    "Customers": ".customers",
    "Orders": ".orders",
    "ProviderInstances": ".provider_instances",
    "Subscriptions": ".subscriptions",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)
