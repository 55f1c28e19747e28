"""cloudcockpit_client: an async-first Python SDK for the CloudCockpit CSP API.

    async with CloudCockpit(tenant="portal.example.com", token="eyJ...") as cc:
        await cc.customers.retry_provider_customer(customer_id, provider_instance_id)

The public surface is re-exported here and nothing else lives in this module.
"""

from ._generated.models import (
    Customer,
    Margin,
    MarginRule,
    MarginRuleName,
    OfferTypeMargins,
    ProviderCustomer,
    ProviderCustomers,
)
from ._generated.types import UNSET, Unset
from ._version import __version__
from .auth import ClientCredentials
from .client import CloudCockpit, Customers
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CloudCockpitError,
    ConflictError,
    CredentialError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
)
from .providers import MicrosoftCustomerData
from .retries import RetryPolicy

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientCredentials",
    "CloudCockpit",
    "CloudCockpitError",
    "ConflictError",
    "CredentialError",
    "Customer",
    "Customers",
    "FieldError",
    "InternalServerError",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "MicrosoftCustomerData",
    "NotFoundError",
    "OfferTypeMargins",
    "PermissionDeniedError",
    "ProviderCustomer",
    "ProviderCustomers",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "Unset",
    "__version__",
]
