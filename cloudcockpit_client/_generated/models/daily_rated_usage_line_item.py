from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="DailyRatedUsageLineItem")


@_attrs_define
class DailyRatedUsageLineItem:
    """A model that represents a single charge of a daily rated usage invoice. In the case of the Microsoft
    provider each line item represents an Azure Pay-As-You-Go charge. The page is cut after
    resourceGroup: five more fields are printed by description only (the PEC-awarded flag, the CSP's,
    the reseller's and the customer's subtotals before taxes, and a margin rule, cut) and are left out
    until their names are documented; unknown fields are kept.

        Attributes:
            id (UUID | Unset): The id that uniquely identifies a daily rated usage invoice line item.
            customer_provider_id (None | str | Unset): The id of customer on the provider's side associated with the charge.
            billing_currency (None | str | Unset): The billing currency code, in 3 letter format.
            reseller_id (None | Unset | UUID): The id of the reseller associated with this charge. Can be null, for example
                when the customer
                must pay directly to the CSP.
            reseller_name (None | str | Unset): The name of the associated reseller.
            reseller_internal_id (None | str | Unset): The internal id of the reseller associated with this charge.
            customer_id (None | Unset | UUID): The id of the customer associated to this charge. Can be null, for example
                when the CSP removed
                the relationship with the customer on the provider side and the customer wasn't in our system
                when that happened.
            customer_name (None | str | Unset): The company name of the customer.
            customer_internal_id (None | str | Unset): The internal id of the customer associated with this charge.
            subscription_id (None | Unset | UUID): The id of the subscription associated with the charge. Can be null, for
                example when the CSP
                removed the relationship with the customer on the provider side and the subscription wasn't in
                our system when that happened.
            provider_subscription_id (None | str | Unset): The id of the subscription associated to this charge on the
                provider's side.
            subscription_name (None | str | Unset): The friendly name of the subscription.
            subscription_internal_id (None | str | Unset): The internal id of the subscription associated with this charge.
            entitlement_id (None | str | Unset): The id of the azure subscription associated to the charge.
            entitlement_description (None | str | Unset): The name of the azure subscription associated to the charge.
            resource_group (None | str | Unset): The name of the resource group associated to the charge.
    """

    id: UUID | Unset = UNSET
    customer_provider_id: None | str | Unset = UNSET
    billing_currency: None | str | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    reseller_name: None | str | Unset = UNSET
    reseller_internal_id: None | str | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    customer_name: None | str | Unset = UNSET
    customer_internal_id: None | str | Unset = UNSET
    subscription_id: None | Unset | UUID = UNSET
    provider_subscription_id: None | str | Unset = UNSET
    subscription_name: None | str | Unset = UNSET
    subscription_internal_id: None | str | Unset = UNSET
    entitlement_id: None | str | Unset = UNSET
    entitlement_description: None | str | Unset = UNSET
    resource_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_provider_id: None | str | Unset
        if isinstance(self.customer_provider_id, Unset):
            customer_provider_id = UNSET
        else:
            customer_provider_id = self.customer_provider_id

        billing_currency: None | str | Unset
        if isinstance(self.billing_currency, Unset):
            billing_currency = UNSET
        else:
            billing_currency = self.billing_currency

        reseller_id: None | str | Unset
        if isinstance(self.reseller_id, Unset):
            reseller_id = UNSET
        elif isinstance(self.reseller_id, UUID):
            reseller_id = str(self.reseller_id)
        else:
            reseller_id = self.reseller_id

        reseller_name: None | str | Unset
        if isinstance(self.reseller_name, Unset):
            reseller_name = UNSET
        else:
            reseller_name = self.reseller_name

        reseller_internal_id: None | str | Unset
        if isinstance(self.reseller_internal_id, Unset):
            reseller_internal_id = UNSET
        else:
            reseller_internal_id = self.reseller_internal_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_internal_id: None | str | Unset
        if isinstance(self.customer_internal_id, Unset):
            customer_internal_id = UNSET
        else:
            customer_internal_id = self.customer_internal_id

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        elif isinstance(self.subscription_id, UUID):
            subscription_id = str(self.subscription_id)
        else:
            subscription_id = self.subscription_id

        provider_subscription_id: None | str | Unset
        if isinstance(self.provider_subscription_id, Unset):
            provider_subscription_id = UNSET
        else:
            provider_subscription_id = self.provider_subscription_id

        subscription_name: None | str | Unset
        if isinstance(self.subscription_name, Unset):
            subscription_name = UNSET
        else:
            subscription_name = self.subscription_name

        subscription_internal_id: None | str | Unset
        if isinstance(self.subscription_internal_id, Unset):
            subscription_internal_id = UNSET
        else:
            subscription_internal_id = self.subscription_internal_id

        entitlement_id: None | str | Unset
        if isinstance(self.entitlement_id, Unset):
            entitlement_id = UNSET
        else:
            entitlement_id = self.entitlement_id

        entitlement_description: None | str | Unset
        if isinstance(self.entitlement_description, Unset):
            entitlement_description = UNSET
        else:
            entitlement_description = self.entitlement_description

        resource_group: None | str | Unset
        if isinstance(self.resource_group, Unset):
            resource_group = UNSET
        else:
            resource_group = self.resource_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_provider_id is not UNSET:
            field_dict["customerProviderId"] = customer_provider_id
        if billing_currency is not UNSET:
            field_dict["billingCurrency"] = billing_currency
        if reseller_id is not UNSET:
            field_dict["resellerId"] = reseller_id
        if reseller_name is not UNSET:
            field_dict["resellerName"] = reseller_name
        if reseller_internal_id is not UNSET:
            field_dict["resellerInternalId"] = reseller_internal_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if customer_internal_id is not UNSET:
            field_dict["customerInternalId"] = customer_internal_id
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if provider_subscription_id is not UNSET:
            field_dict["providerSubscriptionId"] = provider_subscription_id
        if subscription_name is not UNSET:
            field_dict["subscriptionName"] = subscription_name
        if subscription_internal_id is not UNSET:
            field_dict["subscriptionInternalId"] = subscription_internal_id
        if entitlement_id is not UNSET:
            field_dict["entitlementId"] = entitlement_id
        if entitlement_description is not UNSET:
            field_dict["entitlementDescription"] = entitlement_description
        if resource_group is not UNSET:
            field_dict["resourceGroup"] = resource_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        if _id is UNSET:
            id = _id
        else:
            try:
                id = UUID(_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_id, UUID):
                    raise FieldTypeError.expected("id", "a UUID string", _id) from None
                id = _id

        customer_provider_id = d.pop("customerProviderId", UNSET)
        if (
            customer_provider_id.__class__ is not str
            and customer_provider_id is not None
            and customer_provider_id is not UNSET
            and not isinstance(customer_provider_id, str)
        ):
            raise FieldTypeError.expected(
                "customerProviderId", "a string or null", customer_provider_id
            )

        billing_currency = d.pop("billingCurrency", UNSET)
        if (
            billing_currency.__class__ is not str
            and billing_currency is not None
            and billing_currency is not UNSET
            and not isinstance(billing_currency, str)
        ):
            raise FieldTypeError.expected(
                "billingCurrency", "a string or null", billing_currency
            )

        _reseller_id = d.pop("resellerId", UNSET)
        if _reseller_id is None or _reseller_id is UNSET:
            reseller_id = _reseller_id
        else:
            try:
                reseller_id = UUID(_reseller_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_reseller_id, UUID):
                    raise FieldTypeError.expected(
                        "resellerId", "a UUID string or null", _reseller_id
                    ) from None
                reseller_id = _reseller_id

        reseller_name = d.pop("resellerName", UNSET)
        if (
            reseller_name.__class__ is not str
            and reseller_name is not None
            and reseller_name is not UNSET
            and not isinstance(reseller_name, str)
        ):
            raise FieldTypeError.expected(
                "resellerName", "a string or null", reseller_name
            )

        reseller_internal_id = d.pop("resellerInternalId", UNSET)
        if (
            reseller_internal_id.__class__ is not str
            and reseller_internal_id is not None
            and reseller_internal_id is not UNSET
            and not isinstance(reseller_internal_id, str)
        ):
            raise FieldTypeError.expected(
                "resellerInternalId", "a string or null", reseller_internal_id
            )

        _customer_id = d.pop("customerId", UNSET)
        if _customer_id is None or _customer_id is UNSET:
            customer_id = _customer_id
        else:
            try:
                customer_id = UUID(_customer_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_customer_id, UUID):
                    raise FieldTypeError.expected(
                        "customerId", "a UUID string or null", _customer_id
                    ) from None
                customer_id = _customer_id

        customer_name = d.pop("customerName", UNSET)
        if (
            customer_name.__class__ is not str
            and customer_name is not None
            and customer_name is not UNSET
            and not isinstance(customer_name, str)
        ):
            raise FieldTypeError.expected(
                "customerName", "a string or null", customer_name
            )

        customer_internal_id = d.pop("customerInternalId", UNSET)
        if (
            customer_internal_id.__class__ is not str
            and customer_internal_id is not None
            and customer_internal_id is not UNSET
            and not isinstance(customer_internal_id, str)
        ):
            raise FieldTypeError.expected(
                "customerInternalId", "a string or null", customer_internal_id
            )

        _subscription_id = d.pop("subscriptionId", UNSET)
        if _subscription_id is None or _subscription_id is UNSET:
            subscription_id = _subscription_id
        else:
            try:
                subscription_id = UUID(_subscription_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_subscription_id, UUID):
                    raise FieldTypeError.expected(
                        "subscriptionId", "a UUID string or null", _subscription_id
                    ) from None
                subscription_id = _subscription_id

        provider_subscription_id = d.pop("providerSubscriptionId", UNSET)
        if (
            provider_subscription_id.__class__ is not str
            and provider_subscription_id is not None
            and provider_subscription_id is not UNSET
            and not isinstance(provider_subscription_id, str)
        ):
            raise FieldTypeError.expected(
                "providerSubscriptionId", "a string or null", provider_subscription_id
            )

        subscription_name = d.pop("subscriptionName", UNSET)
        if (
            subscription_name.__class__ is not str
            and subscription_name is not None
            and subscription_name is not UNSET
            and not isinstance(subscription_name, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionName", "a string or null", subscription_name
            )

        subscription_internal_id = d.pop("subscriptionInternalId", UNSET)
        if (
            subscription_internal_id.__class__ is not str
            and subscription_internal_id is not None
            and subscription_internal_id is not UNSET
            and not isinstance(subscription_internal_id, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionInternalId", "a string or null", subscription_internal_id
            )

        entitlement_id = d.pop("entitlementId", UNSET)
        if (
            entitlement_id.__class__ is not str
            and entitlement_id is not None
            and entitlement_id is not UNSET
            and not isinstance(entitlement_id, str)
        ):
            raise FieldTypeError.expected(
                "entitlementId", "a string or null", entitlement_id
            )

        entitlement_description = d.pop("entitlementDescription", UNSET)
        if (
            entitlement_description.__class__ is not str
            and entitlement_description is not None
            and entitlement_description is not UNSET
            and not isinstance(entitlement_description, str)
        ):
            raise FieldTypeError.expected(
                "entitlementDescription", "a string or null", entitlement_description
            )

        resource_group = d.pop("resourceGroup", UNSET)
        if (
            resource_group.__class__ is not str
            and resource_group is not None
            and resource_group is not UNSET
            and not isinstance(resource_group, str)
        ):
            raise FieldTypeError.expected(
                "resourceGroup", "a string or null", resource_group
            )

        daily_rated_usage_line_item = cls(
            id=id,
            customer_provider_id=customer_provider_id,
            billing_currency=billing_currency,
            reseller_id=reseller_id,
            reseller_name=reseller_name,
            reseller_internal_id=reseller_internal_id,
            customer_id=customer_id,
            customer_name=customer_name,
            customer_internal_id=customer_internal_id,
            subscription_id=subscription_id,
            provider_subscription_id=provider_subscription_id,
            subscription_name=subscription_name,
            subscription_internal_id=subscription_internal_id,
            entitlement_id=entitlement_id,
            entitlement_description=entitlement_description,
            resource_group=resource_group,
        )

        daily_rated_usage_line_item.additional_properties = d
        return daily_rated_usage_line_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
