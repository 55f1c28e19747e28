"""The facade's resources, one module per API tag: ``cc.customers``, ``cc.provider_instances``."""

from .customers import Customers
from .provider_instances import ProviderInstances

__all__ = ["Customers", "ProviderInstances"]
