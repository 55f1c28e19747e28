from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="ResellerUsageLineItem")


@_attrs_define
class ResellerUsageLineItem:
    """A model that represents a single charge of a usage invoice. In the case of the Microsoft provider
    each line item represents an Azure legacy charge. The reseller view: unlike UsageLineItem it has no
    mpnId, resellerMpnId or reseller fields, and names the provider's offer id offerProviderId, so it is
    a separate model. The page is cut after chargeType: five more fields are printed by description only
    (the service name, the service type, the resource identifier, the resource name, the region), then
    the list is cut; they are left out until their names are documented; unknown fields are kept.

        Attributes:
            customer_id (None | Unset | UUID): The id of the customer associated to this charge. Can be null, for example
                when the CSP removed
                the relationship with the customer on the provider side and the customer wasn't in our system
                when that happened.
            customer_company_name (None | str | Unset): The company name of the customer.
            domain_name (None | str | Unset): The domain of the customer associated with the charge.
            customer_internal_id (None | str | Unset): The internal id of the customer associated with this charge.
            order_id (None | str | Unset): The id that identifies the order associated with the charge.
            subscription_id (None | Unset | UUID): The id of the subscription associated with the charge. Can be null, for
                example when the CSP
                removed the relationship with the customer on the provider side and the subscription wasn't in
                our system when that happened.
            subscription_name (None | str | Unset): The name of the subscription associated with the charge.
            subscription_description (None | str | Unset): The description of the subscription associated with the charge.
            subscription_internal_id (None | str | Unset): The internal id of the subscription associated with this charge.
            offer_id (None | Unset | UUID): The id of the offer associated with the charge in CloudCockpit.
            offer_provider_id (None | str | Unset): The offer id on the provider's side that identifies the subscription
                associated with the charge.
            offer_name (None | str | Unset): The name of the offer associated with the subscription.
            charge_start_date (datetime.datetime | Unset): The billing start date for this charge.
            charge_end_date (datetime.datetime | Unset): The billing end date for this charge.
            charge_type (None | str | Unset): The type of charge on this line item (a plain string). Possible values
                include:
                - Assess usage fee for current cycle: Access usage fee for the current billing period.
                - Assess usage fee when cancel: Access usage fee upon cancellation for unpaid usage during the
                  current billing period.
    """

    customer_id: None | Unset | UUID = UNSET
    customer_company_name: None | str | Unset = UNSET
    domain_name: None | str | Unset = UNSET
    customer_internal_id: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    subscription_id: None | Unset | UUID = UNSET
    subscription_name: None | str | Unset = UNSET
    subscription_description: None | str | Unset = UNSET
    subscription_internal_id: None | str | Unset = UNSET
    offer_id: None | Unset | UUID = UNSET
    offer_provider_id: None | str | Unset = UNSET
    offer_name: None | str | Unset = UNSET
    charge_start_date: datetime.datetime | Unset = UNSET
    charge_end_date: datetime.datetime | Unset = UNSET
    charge_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        customer_company_name: None | str | Unset
        if isinstance(self.customer_company_name, Unset):
            customer_company_name = UNSET
        else:
            customer_company_name = self.customer_company_name

        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        customer_internal_id: None | str | Unset
        if isinstance(self.customer_internal_id, Unset):
            customer_internal_id = UNSET
        else:
            customer_internal_id = self.customer_internal_id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        elif isinstance(self.subscription_id, UUID):
            subscription_id = str(self.subscription_id)
        else:
            subscription_id = self.subscription_id

        subscription_name: None | str | Unset
        if isinstance(self.subscription_name, Unset):
            subscription_name = UNSET
        else:
            subscription_name = self.subscription_name

        subscription_description: None | str | Unset
        if isinstance(self.subscription_description, Unset):
            subscription_description = UNSET
        else:
            subscription_description = self.subscription_description

        subscription_internal_id: None | str | Unset
        if isinstance(self.subscription_internal_id, Unset):
            subscription_internal_id = UNSET
        else:
            subscription_internal_id = self.subscription_internal_id

        offer_id: None | str | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        elif isinstance(self.offer_id, UUID):
            offer_id = str(self.offer_id)
        else:
            offer_id = self.offer_id

        offer_provider_id: None | str | Unset
        if isinstance(self.offer_provider_id, Unset):
            offer_provider_id = UNSET
        else:
            offer_provider_id = self.offer_provider_id

        offer_name: None | str | Unset
        if isinstance(self.offer_name, Unset):
            offer_name = UNSET
        else:
            offer_name = self.offer_name

        charge_start_date: str | Unset = UNSET
        if not isinstance(self.charge_start_date, Unset):
            charge_start_date = self.charge_start_date.isoformat()

        charge_end_date: str | Unset = UNSET
        if not isinstance(self.charge_end_date, Unset):
            charge_end_date = self.charge_end_date.isoformat()

        charge_type: None | str | Unset
        if isinstance(self.charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = self.charge_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_company_name is not UNSET:
            field_dict["customerCompanyName"] = customer_company_name
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if customer_internal_id is not UNSET:
            field_dict["customerInternalId"] = customer_internal_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if subscription_name is not UNSET:
            field_dict["subscriptionName"] = subscription_name
        if subscription_description is not UNSET:
            field_dict["subscriptionDescription"] = subscription_description
        if subscription_internal_id is not UNSET:
            field_dict["subscriptionInternalId"] = subscription_internal_id
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if offer_provider_id is not UNSET:
            field_dict["offerProviderId"] = offer_provider_id
        if offer_name is not UNSET:
            field_dict["offerName"] = offer_name
        if charge_start_date is not UNSET:
            field_dict["chargeStartDate"] = charge_start_date
        if charge_end_date is not UNSET:
            field_dict["chargeEndDate"] = charge_end_date
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        customer_company_name = d.pop("customerCompanyName", UNSET)
        if (
            customer_company_name.__class__ is not str
            and customer_company_name is not None
            and customer_company_name is not UNSET
            and not isinstance(customer_company_name, str)
        ):
            raise FieldTypeError.expected(
                "customerCompanyName", "a string or null", customer_company_name
            )

        domain_name = d.pop("domainName", UNSET)
        if (
            domain_name.__class__ is not str
            and domain_name is not None
            and domain_name is not UNSET
            and not isinstance(domain_name, str)
        ):
            raise FieldTypeError.expected("domainName", "a string or null", domain_name)

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

        order_id = d.pop("orderId", UNSET)
        if (
            order_id.__class__ is not str
            and order_id is not None
            and order_id is not UNSET
            and not isinstance(order_id, str)
        ):
            raise FieldTypeError.expected("orderId", "a string or null", order_id)

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

        subscription_description = d.pop("subscriptionDescription", UNSET)
        if (
            subscription_description.__class__ is not str
            and subscription_description is not None
            and subscription_description is not UNSET
            and not isinstance(subscription_description, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionDescription", "a string or null", subscription_description
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

        _offer_id = d.pop("offerId", UNSET)
        if _offer_id is None or _offer_id is UNSET:
            offer_id = _offer_id
        else:
            try:
                offer_id = UUID(_offer_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_offer_id, UUID):
                    raise FieldTypeError.expected(
                        "offerId", "a UUID string or null", _offer_id
                    ) from None
                offer_id = _offer_id

        offer_provider_id = d.pop("offerProviderId", UNSET)
        if (
            offer_provider_id.__class__ is not str
            and offer_provider_id is not None
            and offer_provider_id is not UNSET
            and not isinstance(offer_provider_id, str)
        ):
            raise FieldTypeError.expected(
                "offerProviderId", "a string or null", offer_provider_id
            )

        offer_name = d.pop("offerName", UNSET)
        if (
            offer_name.__class__ is not str
            and offer_name is not None
            and offer_name is not UNSET
            and not isinstance(offer_name, str)
        ):
            raise FieldTypeError.expected("offerName", "a string or null", offer_name)

        _charge_start_date = d.pop("chargeStartDate", UNSET)
        if _charge_start_date is UNSET:
            charge_start_date = _charge_start_date
        else:
            try:
                charge_start_date = datetime.datetime.fromisoformat(_charge_start_date)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_charge_start_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "chargeStartDate",
                        "an ISO 8601 date-time string",
                        _charge_start_date,
                    ) from None
                charge_start_date = _charge_start_date

        _charge_end_date = d.pop("chargeEndDate", UNSET)
        if _charge_end_date is UNSET:
            charge_end_date = _charge_end_date
        else:
            try:
                charge_end_date = datetime.datetime.fromisoformat(_charge_end_date)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_charge_end_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "chargeEndDate",
                        "an ISO 8601 date-time string",
                        _charge_end_date,
                    ) from None
                charge_end_date = _charge_end_date

        charge_type = d.pop("chargeType", UNSET)
        if (
            charge_type.__class__ is not str
            and charge_type is not None
            and charge_type is not UNSET
            and not isinstance(charge_type, str)
        ):
            raise FieldTypeError.expected("chargeType", "a string or null", charge_type)

        reseller_usage_line_item = cls(
            customer_id=customer_id,
            customer_company_name=customer_company_name,
            domain_name=domain_name,
            customer_internal_id=customer_internal_id,
            order_id=order_id,
            subscription_id=subscription_id,
            subscription_name=subscription_name,
            subscription_description=subscription_description,
            subscription_internal_id=subscription_internal_id,
            offer_id=offer_id,
            offer_provider_id=offer_provider_id,
            offer_name=offer_name,
            charge_start_date=charge_start_date,
            charge_end_date=charge_end_date,
            charge_type=charge_type,
        )

        reseller_usage_line_item.additional_properties = d
        return reseller_usage_line_item

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
