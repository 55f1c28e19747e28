"""Contains all the data models used in inputs/outputs"""

from .add_provider_instance_request import AddProviderInstanceRequest
from .customer import Customer
from .customer_association import CustomerAssociation
from .customer_page import CustomerPage
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .margin import Margin
from .margin_rule import MarginRule
from .margin_rule_name import MarginRuleName
from .offer_type import OfferType
from .offer_type_margins import OfferTypeMargins
from .pagination_parameters import PaginationParameters
from .price_margin import PriceMargin
from .price_margin_rule import PriceMarginRule
from .provider import Provider
from .provider_customer import ProviderCustomer
from .provider_customers import ProviderCustomers
from .provider_instance import ProviderInstance
from .provider_instance_page import ProviderInstancePage
from .update_account_info_request import UpdateAccountInfoRequest

__all__ = (
    "AddProviderInstanceRequest",
    "Customer",
    "CustomerAssociation",
    "CustomerPage",
    "ErrorDetail",
    "ErrorResponse",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "OfferType",
    "OfferTypeMargins",
    "PaginationParameters",
    "PriceMargin",
    "PriceMarginRule",
    "Provider",
    "ProviderCustomer",
    "ProviderCustomers",
    "ProviderInstance",
    "ProviderInstancePage",
    "UpdateAccountInfoRequest",
)
