"""Contains all the data models used in inputs/outputs"""

from .access_assignment import AccessAssignment
from .access_container import AccessContainer
from .add_provider_instance_request import AddProviderInstanceRequest
from .create_delegated_admin_relationship_request import (
    CreateDelegatedAdminRelationshipRequest,
)
from .created_delegated_admin_relationship import CreatedDelegatedAdminRelationship
from .customer import Customer
from .customer_association import CustomerAssociation
from .customer_page import CustomerPage
from .customer_user import CustomerUser
from .customer_user_page import CustomerUserPage
from .customer_user_request import CustomerUserRequest
from .delegated_admin_access_details import DelegatedAdminAccessDetails
from .delegated_admin_relationship import DelegatedAdminRelationship
from .delegated_admin_relationship_customer import DelegatedAdminRelationshipCustomer
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .license_ import License
from .margin import Margin
from .margin_rule import MarginRule
from .margin_rule_name import MarginRuleName
from .mca import Mca
from .mca_page import McaPage
from .mca_status import McaStatus
from .mca_status_refresh import McaStatusRefresh
from .microsoft_qualification import MicrosoftQualification
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
from .smart_enum import SmartEnum
from .unified_role import UnifiedRole
from .update_account_info_request import UpdateAccountInfoRequest
from .update_customer_margins_request import UpdateCustomerMarginsRequest
from .update_customer_user_licenses_request import UpdateCustomerUserLicensesRequest
from .update_delegated_admin_relationship_request import (
    UpdateDelegatedAdminRelationshipRequest,
)
from .update_internal_identifier_request import UpdateInternalIdentifierRequest
from .update_microsoft_customer_agreement_request import (
    UpdateMicrosoftCustomerAgreementRequest,
)
from .update_microsoft_qualification_request import UpdateMicrosoftQualificationRequest
from .user import User
from .user_group import UserGroup
from .user_group_page import UserGroupPage
from .user_page import UserPage

__all__ = (
    "AccessAssignment",
    "AccessContainer",
    "AddProviderInstanceRequest",
    "CreateDelegatedAdminRelationshipRequest",
    "CreatedDelegatedAdminRelationship",
    "Customer",
    "CustomerAssociation",
    "CustomerPage",
    "CustomerUser",
    "CustomerUserPage",
    "CustomerUserRequest",
    "DelegatedAdminAccessDetails",
    "DelegatedAdminRelationship",
    "DelegatedAdminRelationshipCustomer",
    "ErrorDetail",
    "ErrorResponse",
    "License",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "Mca",
    "McaPage",
    "McaStatus",
    "McaStatusRefresh",
    "MicrosoftQualification",
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
    "SmartEnum",
    "UnifiedRole",
    "UpdateAccountInfoRequest",
    "UpdateCustomerMarginsRequest",
    "UpdateCustomerUserLicensesRequest",
    "UpdateDelegatedAdminRelationshipRequest",
    "UpdateInternalIdentifierRequest",
    "UpdateMicrosoftCustomerAgreementRequest",
    "UpdateMicrosoftQualificationRequest",
    "User",
    "UserGroup",
    "UserGroupPage",
    "UserPage",
)
