from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_number

T = TypeVar("T", bound="CustomerOnetimeLineItem")


@_attrs_define
class CustomerOnetimeLineItem:
    """A model that represents a single charge of a one time invoice specific for Customers. In the case of
    the Microsoft provider this charge can be an: Azure Plan, Azure Savings Plan, Azure Reservation, New
    Commerce License Subscription, Software Subscription, Perpetual Software Subscription, Marketplace
    Subscription. The customer view: its fields differ from OnetimeLineItem's and
    ResellerOnetimeLineItem's, so it is a separate model. The page is cut after unitPriceForCustomer
    (the next field's name begins "subto"); unknown fields are kept.

        Attributes:
            customer_id (None | Unset | UUID): The id of the customer associated to this charge. Can be null.
            customer_name (None | str | Unset): The company name of the customer.
            customer_country (None | str | Unset): The country in which the customer is located.
            order_date (datetime.datetime | None | Unset): The date the order was placed.
            charge_type (None | str | Unset): The type of charge on this line item (a plain string). Possible values for the
                Microsoft
                provider include:
                - new: When you buy a new subscription.
                - renew: When you renew your subscription.
                - cycleCharge: Regular recurring charges for your subscription.
                - addQuantity: Refunds and charges when you add seats.
                - removeQuantity: Refunds and charges when you remove seats.
                - moveQuantity: When you upgrade to an existing subscription.
                - cancelImmediate: When you cancel your subscription.
                - convert: When you change from a free trial to a paid subscription or upgrade to a new
                  subscription.
                - changeBillingPlan: Changing from monthly to yearly billing or vice versa.
                - customerCredit: Credits for Azure, SLA, among others.
                - extendTerm: When you are given a longer trial period.
            quantity (float | Unset): The quantity of the subscription associated to the charge. Docs type: number(double).
            currency (None | str | Unset): The currency associated with the line item.
            subscription_description (None | str | Unset): The subscription description associated with this purchase.
            subscription_id (None | Unset | UUID): The id of the subscription associated to the charge. Can be null.
            charge_start_date (datetime.datetime | Unset): The billing start date for this charge.
            charge_end_date (datetime.datetime | Unset): The billing end date for this charge.
            term_and_billing_cycle (None | str | Unset): The term and billing cycle associated with this purchase.
            unit_type (None | str | Unset): The type of the unit.
            unit_price_for_customer (float | None | Unset): The unit price for customer. Docs type: number(double).
    """

    customer_id: None | Unset | UUID = UNSET
    customer_name: None | str | Unset = UNSET
    customer_country: None | str | Unset = UNSET
    order_date: datetime.datetime | None | Unset = UNSET
    charge_type: None | str | Unset = UNSET
    quantity: float | Unset = UNSET
    currency: None | str | Unset = UNSET
    subscription_description: None | str | Unset = UNSET
    subscription_id: None | Unset | UUID = UNSET
    charge_start_date: datetime.datetime | Unset = UNSET
    charge_end_date: datetime.datetime | Unset = UNSET
    term_and_billing_cycle: None | str | Unset = UNSET
    unit_type: None | str | Unset = UNSET
    unit_price_for_customer: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        customer_country: None | str | Unset
        if isinstance(self.customer_country, Unset):
            customer_country = UNSET
        else:
            customer_country = self.customer_country

        order_date: None | str | Unset
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        elif isinstance(self.order_date, datetime.datetime):
            order_date = self.order_date.isoformat()
        else:
            order_date = self.order_date

        charge_type: None | str | Unset
        if isinstance(self.charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = self.charge_type

        quantity = self.quantity

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        subscription_description: None | str | Unset
        if isinstance(self.subscription_description, Unset):
            subscription_description = UNSET
        else:
            subscription_description = self.subscription_description

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        elif isinstance(self.subscription_id, UUID):
            subscription_id = str(self.subscription_id)
        else:
            subscription_id = self.subscription_id

        charge_start_date: str | Unset = UNSET
        if not isinstance(self.charge_start_date, Unset):
            charge_start_date = self.charge_start_date.isoformat()

        charge_end_date: str | Unset = UNSET
        if not isinstance(self.charge_end_date, Unset):
            charge_end_date = self.charge_end_date.isoformat()

        term_and_billing_cycle: None | str | Unset
        if isinstance(self.term_and_billing_cycle, Unset):
            term_and_billing_cycle = UNSET
        else:
            term_and_billing_cycle = self.term_and_billing_cycle

        unit_type: None | str | Unset
        if isinstance(self.unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = self.unit_type

        unit_price_for_customer: float | None | Unset
        if isinstance(self.unit_price_for_customer, Unset):
            unit_price_for_customer = UNSET
        else:
            unit_price_for_customer = self.unit_price_for_customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if customer_country is not UNSET:
            field_dict["customerCountry"] = customer_country
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if currency is not UNSET:
            field_dict["currency"] = currency
        if subscription_description is not UNSET:
            field_dict["subscriptionDescription"] = subscription_description
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if charge_start_date is not UNSET:
            field_dict["chargeStartDate"] = charge_start_date
        if charge_end_date is not UNSET:
            field_dict["chargeEndDate"] = charge_end_date
        if term_and_billing_cycle is not UNSET:
            field_dict["termAndBillingCycle"] = term_and_billing_cycle
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if unit_price_for_customer is not UNSET:
            field_dict["unitPriceForCustomer"] = unit_price_for_customer

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

        customer_country = d.pop("customerCountry", UNSET)
        if (
            customer_country.__class__ is not str
            and customer_country is not None
            and customer_country is not UNSET
            and not isinstance(customer_country, str)
        ):
            raise FieldTypeError.expected(
                "customerCountry", "a string or null", customer_country
            )

        _order_date = d.pop("orderDate", UNSET)
        if _order_date is None or _order_date is UNSET:
            order_date = _order_date
        else:
            try:
                order_date = datetime.datetime.fromisoformat(_order_date)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_order_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "orderDate", "an ISO 8601 date-time string or null", _order_date
                    ) from None
                order_date = _order_date

        charge_type = d.pop("chargeType", UNSET)
        if (
            charge_type.__class__ is not str
            and charge_type is not None
            and charge_type is not UNSET
            and not isinstance(charge_type, str)
        ):
            raise FieldTypeError.expected("chargeType", "a string or null", charge_type)

        quantity = d.pop("quantity", UNSET)
        if not is_number(quantity) and quantity is not UNSET:
            raise FieldTypeError.expected("quantity", "a finite number", quantity)

        currency = d.pop("currency", UNSET)
        if (
            currency.__class__ is not str
            and currency is not None
            and currency is not UNSET
            and not isinstance(currency, str)
        ):
            raise FieldTypeError.expected("currency", "a string or null", currency)

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

        term_and_billing_cycle = d.pop("termAndBillingCycle", UNSET)
        if (
            term_and_billing_cycle.__class__ is not str
            and term_and_billing_cycle is not None
            and term_and_billing_cycle is not UNSET
            and not isinstance(term_and_billing_cycle, str)
        ):
            raise FieldTypeError.expected(
                "termAndBillingCycle", "a string or null", term_and_billing_cycle
            )

        unit_type = d.pop("unitType", UNSET)
        if (
            unit_type.__class__ is not str
            and unit_type is not None
            and unit_type is not UNSET
            and not isinstance(unit_type, str)
        ):
            raise FieldTypeError.expected("unitType", "a string or null", unit_type)

        unit_price_for_customer = d.pop("unitPriceForCustomer", UNSET)
        if (
            not is_number(unit_price_for_customer)
            and unit_price_for_customer is not None
            and unit_price_for_customer is not UNSET
        ):
            raise FieldTypeError.expected(
                "unitPriceForCustomer",
                "a finite number or null",
                unit_price_for_customer,
            )

        customer_onetime_line_item = cls(
            customer_id=customer_id,
            customer_name=customer_name,
            customer_country=customer_country,
            order_date=order_date,
            charge_type=charge_type,
            quantity=quantity,
            currency=currency,
            subscription_description=subscription_description,
            subscription_id=subscription_id,
            charge_start_date=charge_start_date,
            charge_end_date=charge_end_date,
            term_and_billing_cycle=term_and_billing_cycle,
            unit_type=unit_type,
            unit_price_for_customer=unit_price_for_customer,
        )

        customer_onetime_line_item.additional_properties = d
        return customer_onetime_line_item

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
