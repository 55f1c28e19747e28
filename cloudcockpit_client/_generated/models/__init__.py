"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_assignment import AccessAssignment
    from .access_container import AccessContainer
    from .add_provider_instance_request import AddProviderInstanceRequest
    from .add_reseller_provider_instance_request import (
        AddResellerProviderInstanceRequest,
    )
    from .audit_log import AuditLog
    from .audit_log_page import AuditLogPage
    from .cancel_subscription_conflict import CancelSubscriptionConflict
    from .create_delegated_admin_relationship_request import (
        CreateDelegatedAdminRelationshipRequest,
    )
    from .create_order_billing_frequency import CreateOrderBillingFrequency
    from .create_order_billing_frequency_name import CreateOrderBillingFrequencyName
    from .create_order_operation import CreateOrderOperation
    from .create_order_operation_name import CreateOrderOperationName
    from .create_order_request import CreateOrderRequest
    from .create_order_segment import CreateOrderSegment
    from .create_order_segment_name import CreateOrderSegmentName
    from .create_order_status import CreateOrderStatus
    from .create_order_status_name import CreateOrderStatusName
    from .create_order_term_duration import CreateOrderTermDuration
    from .create_order_term_duration_name import CreateOrderTermDurationName
    from .created_delegated_admin_relationship import CreatedDelegatedAdminRelationship
    from .created_order import CreatedOrder
    from .customer import Customer
    from .customer_association import CustomerAssociation
    from .customer_license_line_item import CustomerLicenseLineItem
    from .customer_license_line_item_page import CustomerLicenseLineItemPage
    from .customer_onetime_line_item import CustomerOnetimeLineItem
    from .customer_onetime_line_item_page import CustomerOnetimeLineItemPage
    from .customer_page import CustomerPage
    from .customer_user import CustomerUser
    from .customer_user_page import CustomerUserPage
    from .customer_user_request import CustomerUserRequest
    from .daily_rated_usage_line_item import DailyRatedUsageLineItem
    from .daily_rated_usage_line_item_page import DailyRatedUsageLineItemPage
    from .delegated_admin_access_details import DelegatedAdminAccessDetails
    from .delegated_admin_relationship import DelegatedAdminRelationship
    from .delegated_admin_relationship_customer import (
        DelegatedAdminRelationshipCustomer,
    )
    from .eligible_transition import EligibleTransition
    from .eligible_transition_event import EligibleTransitionEvent
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .invoice import Invoice
    from .invoice_page import InvoicePage
    from .license_ import License
    from .license_line_item import LicenseLineItem
    from .license_line_item_page import LicenseLineItemPage
    from .margin import Margin
    from .margin_rule import MarginRule
    from .margin_rule_name import MarginRuleName
    from .mca import Mca
    from .mca_page import McaPage
    from .mca_status import McaStatus
    from .mca_status_refresh import McaStatusRefresh
    from .microsoft_qualification import MicrosoftQualification
    from .migrate_subscription_request import MigrateSubscriptionRequest
    from .migration_status import MigrationStatus
    from .mpn_profile import MpnProfile
    from .offer import Offer
    from .offer_price import OfferPrice
    from .offer_price_amount import OfferPriceAmount
    from .offer_price_region import OfferPriceRegion
    from .offer_type import OfferType
    from .offer_type_margins import OfferTypeMargins
    from .onetime_line_item import OnetimeLineItem
    from .onetime_line_item_page import OnetimeLineItemPage
    from .order import Order
    from .order_page import OrderPage
    from .pagination_parameters import PaginationParameters
    from .price_margin import PriceMargin
    from .price_margin_rule import PriceMarginRule
    from .provider import Provider
    from .provider_customer import ProviderCustomer
    from .provider_customers import ProviderCustomers
    from .provider_instance import ProviderInstance
    from .provider_instance_page import ProviderInstancePage
    from .provider_reseller import ProviderReseller
    from .provider_reseller_offer_type_margins import ProviderResellerOfferTypeMargins
    from .reseller import Reseller
    from .reseller_custom_domain import ResellerCustomDomain
    from .reseller_daily_rated_usage_line_item import ResellerDailyRatedUsageLineItem
    from .reseller_daily_rated_usage_line_item_page import (
        ResellerDailyRatedUsageLineItemPage,
    )
    from .reseller_license_line_item import ResellerLicenseLineItem
    from .reseller_license_line_item_page import ResellerLicenseLineItemPage
    from .reseller_onetime_line_item import ResellerOnetimeLineItem
    from .reseller_onetime_line_item_page import ResellerOnetimeLineItemPage
    from .reseller_page import ResellerPage
    from .reseller_usage_line_item import ResellerUsageLineItem
    from .reseller_usage_line_item_page import ResellerUsageLineItemPage
    from .set_monthly_budget_request import SetMonthlyBudgetRequest
    from .smart_enum import SmartEnum
    from .subscription import Subscription
    from .subscription_auto_renew_settings import SubscriptionAutoRenewSettings
    from .subscription_billing_frequency import SubscriptionBillingFrequency
    from .subscription_billing_frequency_name import SubscriptionBillingFrequencyName
    from .subscription_next_billing_frequency import SubscriptionNextBillingFrequency
    from .subscription_offer import SubscriptionOffer
    from .subscription_offer_price import SubscriptionOfferPrice
    from .subscription_page import SubscriptionPage
    from .subscription_price import SubscriptionPrice
    from .subscription_term_duration import SubscriptionTermDuration
    from .subscription_term_duration_name import SubscriptionTermDurationName
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
    from .update_microsoft_qualification_request import (
        UpdateMicrosoftQualificationRequest,
    )
    from .update_reseller_account_info_request import UpdateResellerAccountInfoRequest
    from .update_reseller_margins_request import UpdateResellerMarginsRequest
    from .update_subscription_auto_renew_settings import (
        UpdateSubscriptionAutoRenewSettings,
    )
    from .update_subscription_price_margin_request import (
        UpdateSubscriptionPriceMarginRequest,
    )
    from .update_subscription_request import UpdateSubscriptionRequest
    from .upgrade_subscription_request import UpgradeSubscriptionRequest
    from .upgrade_subscription_transition_event import (
        UpgradeSubscriptionTransitionEvent,
    )
    from .usage_line_item import UsageLineItem
    from .usage_line_item_page import UsageLineItemPage
    from .user import User
    from .user_group import UserGroup
    from .user_group_page import UserGroupPage
    from .user_page import UserPage

_MODULES = {
    "AccessAssignment": ".access_assignment",
    "AccessContainer": ".access_container",
    "AddProviderInstanceRequest": ".add_provider_instance_request",
    "AddResellerProviderInstanceRequest": ".add_reseller_provider_instance_request",
    "AuditLog": ".audit_log",
    "AuditLogPage": ".audit_log_page",
    "CancelSubscriptionConflict": ".cancel_subscription_conflict",
    "CreateDelegatedAdminRelationshipRequest": ".create_delegated_admin_relationship_request",
    "CreateOrderBillingFrequency": ".create_order_billing_frequency",
    "CreateOrderBillingFrequencyName": ".create_order_billing_frequency_name",
    "CreateOrderOperation": ".create_order_operation",
    "CreateOrderOperationName": ".create_order_operation_name",
    "CreateOrderRequest": ".create_order_request",
    "CreateOrderSegment": ".create_order_segment",
    "CreateOrderSegmentName": ".create_order_segment_name",
    "CreateOrderStatus": ".create_order_status",
    "CreateOrderStatusName": ".create_order_status_name",
    "CreateOrderTermDuration": ".create_order_term_duration",
    "CreateOrderTermDurationName": ".create_order_term_duration_name",
    "CreatedDelegatedAdminRelationship": ".created_delegated_admin_relationship",
    "CreatedOrder": ".created_order",
    "Customer": ".customer",
    "CustomerAssociation": ".customer_association",
    "CustomerLicenseLineItem": ".customer_license_line_item",
    "CustomerLicenseLineItemPage": ".customer_license_line_item_page",
    "CustomerOnetimeLineItem": ".customer_onetime_line_item",
    "CustomerOnetimeLineItemPage": ".customer_onetime_line_item_page",
    "CustomerPage": ".customer_page",
    "CustomerUser": ".customer_user",
    "CustomerUserPage": ".customer_user_page",
    "CustomerUserRequest": ".customer_user_request",
    "DailyRatedUsageLineItem": ".daily_rated_usage_line_item",
    "DailyRatedUsageLineItemPage": ".daily_rated_usage_line_item_page",
    "DelegatedAdminAccessDetails": ".delegated_admin_access_details",
    "DelegatedAdminRelationship": ".delegated_admin_relationship",
    "DelegatedAdminRelationshipCustomer": ".delegated_admin_relationship_customer",
    "EligibleTransition": ".eligible_transition",
    "EligibleTransitionEvent": ".eligible_transition_event",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "Invoice": ".invoice",
    "InvoicePage": ".invoice_page",
    "License": ".license_",
    "LicenseLineItem": ".license_line_item",
    "LicenseLineItemPage": ".license_line_item_page",
    "Margin": ".margin",
    "MarginRule": ".margin_rule",
    "MarginRuleName": ".margin_rule_name",
    "Mca": ".mca",
    "McaPage": ".mca_page",
    "McaStatus": ".mca_status",
    "McaStatusRefresh": ".mca_status_refresh",
    "MicrosoftQualification": ".microsoft_qualification",
    "MigrateSubscriptionRequest": ".migrate_subscription_request",
    "MigrationStatus": ".migration_status",
    "MpnProfile": ".mpn_profile",
    "Offer": ".offer",
    "OfferPrice": ".offer_price",
    "OfferPriceAmount": ".offer_price_amount",
    "OfferPriceRegion": ".offer_price_region",
    "OfferType": ".offer_type",
    "OfferTypeMargins": ".offer_type_margins",
    "OnetimeLineItem": ".onetime_line_item",
    "OnetimeLineItemPage": ".onetime_line_item_page",
    "Order": ".order",
    "OrderPage": ".order_page",
    "PaginationParameters": ".pagination_parameters",
    "PriceMargin": ".price_margin",
    "PriceMarginRule": ".price_margin_rule",
    "Provider": ".provider",
    "ProviderCustomer": ".provider_customer",
    "ProviderCustomers": ".provider_customers",
    "ProviderInstance": ".provider_instance",
    "ProviderInstancePage": ".provider_instance_page",
    "ProviderReseller": ".provider_reseller",
    "ProviderResellerOfferTypeMargins": ".provider_reseller_offer_type_margins",
    "Reseller": ".reseller",
    "ResellerCustomDomain": ".reseller_custom_domain",
    "ResellerDailyRatedUsageLineItem": ".reseller_daily_rated_usage_line_item",
    "ResellerDailyRatedUsageLineItemPage": ".reseller_daily_rated_usage_line_item_page",
    "ResellerLicenseLineItem": ".reseller_license_line_item",
    "ResellerLicenseLineItemPage": ".reseller_license_line_item_page",
    "ResellerOnetimeLineItem": ".reseller_onetime_line_item",
    "ResellerOnetimeLineItemPage": ".reseller_onetime_line_item_page",
    "ResellerPage": ".reseller_page",
    "ResellerUsageLineItem": ".reseller_usage_line_item",
    "ResellerUsageLineItemPage": ".reseller_usage_line_item_page",
    "SetMonthlyBudgetRequest": ".set_monthly_budget_request",
    "SmartEnum": ".smart_enum",
    "Subscription": ".subscription",
    "SubscriptionAutoRenewSettings": ".subscription_auto_renew_settings",
    "SubscriptionBillingFrequency": ".subscription_billing_frequency",
    "SubscriptionBillingFrequencyName": ".subscription_billing_frequency_name",
    "SubscriptionNextBillingFrequency": ".subscription_next_billing_frequency",
    "SubscriptionOffer": ".subscription_offer",
    "SubscriptionOfferPrice": ".subscription_offer_price",
    "SubscriptionPage": ".subscription_page",
    "SubscriptionPrice": ".subscription_price",
    "SubscriptionTermDuration": ".subscription_term_duration",
    "SubscriptionTermDurationName": ".subscription_term_duration_name",
    "UnifiedRole": ".unified_role",
    "UpdateAccountInfoRequest": ".update_account_info_request",
    "UpdateCustomerMarginsRequest": ".update_customer_margins_request",
    "UpdateCustomerUserLicensesRequest": ".update_customer_user_licenses_request",
    "UpdateDelegatedAdminRelationshipRequest": ".update_delegated_admin_relationship_request",
    "UpdateInternalIdentifierRequest": ".update_internal_identifier_request",
    "UpdateMicrosoftCustomerAgreementRequest": ".update_microsoft_customer_agreement_request",
    "UpdateMicrosoftQualificationRequest": ".update_microsoft_qualification_request",
    "UpdateResellerAccountInfoRequest": ".update_reseller_account_info_request",
    "UpdateResellerMarginsRequest": ".update_reseller_margins_request",
    "UpdateSubscriptionAutoRenewSettings": ".update_subscription_auto_renew_settings",
    "UpdateSubscriptionPriceMarginRequest": ".update_subscription_price_margin_request",
    "UpdateSubscriptionRequest": ".update_subscription_request",
    "UpgradeSubscriptionRequest": ".upgrade_subscription_request",
    "UpgradeSubscriptionTransitionEvent": ".upgrade_subscription_transition_event",
    "UsageLineItem": ".usage_line_item",
    "UsageLineItemPage": ".usage_line_item_page",
    "User": ".user",
    "UserGroup": ".user_group",
    "UserGroupPage": ".user_group_page",
    "UserPage": ".user_page",
}

__all__ = (
    "AccessAssignment",
    "AccessContainer",
    "AddProviderInstanceRequest",
    "AddResellerProviderInstanceRequest",
    "AuditLog",
    "AuditLogPage",
    "CancelSubscriptionConflict",
    "CreateDelegatedAdminRelationshipRequest",
    "CreateOrderBillingFrequency",
    "CreateOrderBillingFrequencyName",
    "CreateOrderOperation",
    "CreateOrderOperationName",
    "CreateOrderRequest",
    "CreateOrderSegment",
    "CreateOrderSegmentName",
    "CreateOrderStatus",
    "CreateOrderStatusName",
    "CreateOrderTermDuration",
    "CreateOrderTermDurationName",
    "CreatedDelegatedAdminRelationship",
    "CreatedOrder",
    "Customer",
    "CustomerAssociation",
    "CustomerLicenseLineItem",
    "CustomerLicenseLineItemPage",
    "CustomerOnetimeLineItem",
    "CustomerOnetimeLineItemPage",
    "CustomerPage",
    "CustomerUser",
    "CustomerUserPage",
    "CustomerUserRequest",
    "DailyRatedUsageLineItem",
    "DailyRatedUsageLineItemPage",
    "DelegatedAdminAccessDetails",
    "DelegatedAdminRelationship",
    "DelegatedAdminRelationshipCustomer",
    "EligibleTransition",
    "EligibleTransitionEvent",
    "ErrorDetail",
    "ErrorResponse",
    "Invoice",
    "InvoicePage",
    "License",
    "LicenseLineItem",
    "LicenseLineItemPage",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "Mca",
    "McaPage",
    "McaStatus",
    "McaStatusRefresh",
    "MicrosoftQualification",
    "MigrateSubscriptionRequest",
    "MigrationStatus",
    "MpnProfile",
    "Offer",
    "OfferPrice",
    "OfferPriceAmount",
    "OfferPriceRegion",
    "OfferType",
    "OfferTypeMargins",
    "OnetimeLineItem",
    "OnetimeLineItemPage",
    "Order",
    "OrderPage",
    "PaginationParameters",
    "PriceMargin",
    "PriceMarginRule",
    "Provider",
    "ProviderCustomer",
    "ProviderCustomers",
    "ProviderInstance",
    "ProviderInstancePage",
    "ProviderReseller",
    "ProviderResellerOfferTypeMargins",
    "Reseller",
    "ResellerCustomDomain",
    "ResellerDailyRatedUsageLineItem",
    "ResellerDailyRatedUsageLineItemPage",
    "ResellerLicenseLineItem",
    "ResellerLicenseLineItemPage",
    "ResellerOnetimeLineItem",
    "ResellerOnetimeLineItemPage",
    "ResellerPage",
    "ResellerUsageLineItem",
    "ResellerUsageLineItemPage",
    "SetMonthlyBudgetRequest",
    "SmartEnum",
    "Subscription",
    "SubscriptionAutoRenewSettings",
    "SubscriptionBillingFrequency",
    "SubscriptionBillingFrequencyName",
    "SubscriptionNextBillingFrequency",
    "SubscriptionOffer",
    "SubscriptionOfferPrice",
    "SubscriptionPage",
    "SubscriptionPrice",
    "SubscriptionTermDuration",
    "SubscriptionTermDurationName",
    "UnifiedRole",
    "UpdateAccountInfoRequest",
    "UpdateCustomerMarginsRequest",
    "UpdateCustomerUserLicensesRequest",
    "UpdateDelegatedAdminRelationshipRequest",
    "UpdateInternalIdentifierRequest",
    "UpdateMicrosoftCustomerAgreementRequest",
    "UpdateMicrosoftQualificationRequest",
    "UpdateResellerAccountInfoRequest",
    "UpdateResellerMarginsRequest",
    "UpdateSubscriptionAutoRenewSettings",
    "UpdateSubscriptionPriceMarginRequest",
    "UpdateSubscriptionRequest",
    "UpgradeSubscriptionRequest",
    "UpgradeSubscriptionTransitionEvent",
    "UsageLineItem",
    "UsageLineItemPage",
    "User",
    "UserGroup",
    "UserGroupPage",
    "UserPage",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
