"""cloudcockpit_client: an async-first Python SDK for the CloudCockpit CSP API.

    async with CloudCockpit(tenant="portal.example.com", token="eyJ...") as cc:
        await cc.customers.retry_provider_customer(customer_id, provider_instance_id)

The public surface is re-exported here (the generated models on first use) and nothing else
lives in this module.
"""

import importlib
from typing import TYPE_CHECKING

from ._response import APIResponse
from ._version import __version__
from .auth import ClientCredentials
from .client import CloudCockpit
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    CloudCockpitError,
    ConflictError,
    CredentialError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    WaitFailedError,
    WaitTimeoutError,
    WrongEventLoopError,
)
from .pagination import AsyncPaginator, Page, SyncPaginator
from .providers import MicrosoftCustomerData
from .retries import RetryPolicy

if TYPE_CHECKING:
    from ._generated.models import (
        Customer,
        CustomerPage,
        Margin,
        MarginRule,
        MarginRuleName,
        OfferType,
        OfferTypeMargins,
        PriceMargin,
        PriceMarginRule,
        ProviderCustomer,
        ProviderCustomers,
        ProviderInstance,
        ProviderInstancePage,
    )
    from ._generated.types import UNSET, Unset
    from .resources import Customers, ProviderInstances
    from .sync import SyncCloudCockpit

# The generated models are imported on first use: they are half of the import time (attrs builds
# every class), and `from cloudcockpit_client import Customer` still works as usual.
_LAZY = {
    **dict.fromkeys(
        (
            "Customer",
            "CustomerPage",
            "Margin",
            "MarginRule",
            "MarginRuleName",
            "OfferType",
            "OfferTypeMargins",
            "PriceMargin",
            "PriceMarginRule",
            "ProviderCustomer",
            "ProviderCustomers",
            "ProviderInstance",
            "ProviderInstancePage",
        ),
        "._generated.models",
    ),
    # The sync client too: scripts that use it pay its few ms, async services do not.
    "SyncCloudCockpit": ".sync",
    # The resource classes (for annotations): imported with their first use, as cc.customers is.
    "Customers": ".resources",
    "ProviderInstances": ".resources",
    "UNSET": "._generated.types",
    "Unset": "._generated.types",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientCredentials",
    "CloudCockpit",
    "CloudCockpitError",
    "ConflictError",
    "CredentialError",
    "Customer",
    "CustomerPage",
    "Customers",
    "FieldError",
    "InternalServerError",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "MicrosoftCustomerData",
    "NotFoundError",
    "OfferType",
    "OfferTypeMargins",
    "Page",
    "PermissionDeniedError",
    "PriceMargin",
    "PriceMarginRule",
    "ProviderCustomer",
    "ProviderCustomers",
    "ProviderInstance",
    "ProviderInstancePage",
    "ProviderInstances",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SyncCloudCockpit",
    "SyncPaginator",
    "Unset",
    "WaitFailedError",
    "WaitTimeoutError",
    "WrongEventLoopError",
    "__version__",
]
