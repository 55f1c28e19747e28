"""Contains all the data models used in inputs/outputs"""

from .add_provider_instance_request import AddProviderInstanceRequest
from .customer import Customer
from .customer_association import CustomerAssociation
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .margin import Margin
from .margin_rule import MarginRule
from .margin_rule_name import MarginRuleName
from .offer_type_margins import OfferTypeMargins
from .provider_customer import ProviderCustomer
from .provider_customers import ProviderCustomers
from .update_account_info_request import UpdateAccountInfoRequest

__all__ = (
    "AddProviderInstanceRequest",
    "Customer",
    "CustomerAssociation",
    "ErrorDetail",
    "ErrorResponse",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "OfferTypeMargins",
    "ProviderCustomer",
    "ProviderCustomers",
    "UpdateAccountInfoRequest",
)
