from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="CustomerLicenseLineItem")


@_attrs_define
class CustomerLicenseLineItem:
    """A model that represents a single charge of a license invoice. In the case of the Microsoft provider
    each line item represents an License legacy charge. The customer view: its fields differ from
    LicenseLineItem's and ResellerLicenseLineItem's (subscriptionProviderId, no reseller, internal-id or
    CloudCockpit subscription/offer ids), so it is a separate model. The page is cut in chargeType's
    list of values; unknown fields are kept.

        Attributes:
            customer_id (None | Unset | UUID): The id of the customer associated with the charge. Can be null, for example
                when the CSP removed
                the relationship with the customer on the provider side and the customer wasn't in our system
                when that happened.
            customer_name (None | str | Unset): The company name of the customer associated with the charge.
            order_id (None | str | Unset): The id that identifies the order associated with the charge.
            subscription_provider_id (None | str | Unset): The id of the subscription associated with the charge on the
                provider's side.
            offer_provider_id (None | str | Unset): The id on the provider's side that identifies the offer associated with
                the charge.
            offer_name (None | str | Unset): The name of the offer associated with the charge.
            subscription_start_date (datetime.datetime | None | Unset): The start date of billing for the subscription. This
                value can change once a subscription
                renews. If it renews, then on the next invoice this property is updated too.
            subscription_end_date (datetime.datetime | None | Unset): The end date of the term of the subscription.
            charge_start_date (datetime.datetime | Unset): The billing start date for this charge.
            charge_end_date (datetime.datetime | Unset): The billing end date for this charge.
            charge_type (None | str | Unset): The type of charge on this line item (a plain string). Possible values for the
                Microsoft
                provider include:
                - Activation fee: The amount charged to the customer when they use the subscription after
                  purchase.
                - Cancel fee: Prorated charges refunded to the customer when associated licenses are changed.
                - Cancel instance prorate: Prorated charges canceled when customer with monthly subscription has
                  subscription suspended and associated licenses changed within the same month.
                - Cycle fee: Periodic charges for a subscription.
                - Cycle instance prorate: Prorated charges assessed from the customer when associated licenses
                  ar (the docs' text is cut).
    """

    customer_id: None | Unset | UUID = UNSET
    customer_name: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    subscription_provider_id: None | str | Unset = UNSET
    offer_provider_id: None | str | Unset = UNSET
    offer_name: None | str | Unset = UNSET
    subscription_start_date: datetime.datetime | None | Unset = UNSET
    subscription_end_date: datetime.datetime | None | Unset = UNSET
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

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        subscription_provider_id: None | str | Unset
        if isinstance(self.subscription_provider_id, Unset):
            subscription_provider_id = UNSET
        else:
            subscription_provider_id = self.subscription_provider_id

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

        subscription_start_date: None | str | Unset
        if isinstance(self.subscription_start_date, Unset):
            subscription_start_date = UNSET
        elif isinstance(self.subscription_start_date, datetime.datetime):
            subscription_start_date = self.subscription_start_date.isoformat()
        else:
            subscription_start_date = self.subscription_start_date

        subscription_end_date: None | str | Unset
        if isinstance(self.subscription_end_date, Unset):
            subscription_end_date = UNSET
        elif isinstance(self.subscription_end_date, datetime.datetime):
            subscription_end_date = self.subscription_end_date.isoformat()
        else:
            subscription_end_date = self.subscription_end_date

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
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if subscription_provider_id is not UNSET:
            field_dict["subscriptionProviderId"] = subscription_provider_id
        if offer_provider_id is not UNSET:
            field_dict["offerProviderId"] = offer_provider_id
        if offer_name is not UNSET:
            field_dict["offerName"] = offer_name
        if subscription_start_date is not UNSET:
            field_dict["subscriptionStartDate"] = subscription_start_date
        if subscription_end_date is not UNSET:
            field_dict["subscriptionEndDate"] = subscription_end_date
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

        order_id = d.pop("orderId", UNSET)
        if (
            order_id.__class__ is not str
            and order_id is not None
            and order_id is not UNSET
            and not isinstance(order_id, str)
        ):
            raise FieldTypeError.expected("orderId", "a string or null", order_id)

        subscription_provider_id = d.pop("subscriptionProviderId", UNSET)
        if (
            subscription_provider_id.__class__ is not str
            and subscription_provider_id is not None
            and subscription_provider_id is not UNSET
            and not isinstance(subscription_provider_id, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionProviderId", "a string or null", subscription_provider_id
            )

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

        _subscription_start_date = d.pop("subscriptionStartDate", UNSET)
        if _subscription_start_date is None or _subscription_start_date is UNSET:
            subscription_start_date = _subscription_start_date
        else:
            try:
                subscription_start_date = datetime.datetime.fromisoformat(
                    _subscription_start_date
                )
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_subscription_start_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "subscriptionStartDate",
                        "an ISO 8601 date-time string or null",
                        _subscription_start_date,
                    ) from None
                subscription_start_date = _subscription_start_date

        _subscription_end_date = d.pop("subscriptionEndDate", UNSET)
        if _subscription_end_date is None or _subscription_end_date is UNSET:
            subscription_end_date = _subscription_end_date
        else:
            try:
                subscription_end_date = datetime.datetime.fromisoformat(
                    _subscription_end_date
                )
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_subscription_end_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "subscriptionEndDate",
                        "an ISO 8601 date-time string or null",
                        _subscription_end_date,
                    ) from None
                subscription_end_date = _subscription_end_date

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

        customer_license_line_item = cls(
            customer_id=customer_id,
            customer_name=customer_name,
            order_id=order_id,
            subscription_provider_id=subscription_provider_id,
            offer_provider_id=offer_provider_id,
            offer_name=offer_name,
            subscription_start_date=subscription_start_date,
            subscription_end_date=subscription_end_date,
            charge_start_date=charge_start_date,
            charge_end_date=charge_end_date,
            charge_type=charge_type,
        )

        customer_license_line_item.additional_properties = d
        return customer_license_line_item

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
