from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="LicenseLineItem")


@_attrs_define
class LicenseLineItem:
    """A model that represents a single charge of a license invoice. In the case of the Microsoft provider
    each line item represents an License legacy charge. The page is cut after subscriptionStartDate:
    four more fields are printed by description only (the end date of the subscription's term, the
    billing start and end dates, the charge type) and are left out until their names are documented;
    unknown fields are kept.

        Attributes:
            reseller_id (None | Unset | UUID): The id of the reseller associated to this charge. Can be null, for example
                when the customer
                must pay directly to the CSP.
            reseller_name (None | str | Unset): The name of the reseller.
            reseller_internal_id (None | str | Unset): The internal id of the reseller associated with this charge.
            customer_id (None | Unset | UUID): The id of the customer associated to this charge. Can be null, for example
                when the CSP removed
                the relationship with the customer on the provider side and the customer wasn't in our system
                when that happened.
            customer_name (None | str | Unset): The company name of the customer associated with the charge.
            customer_internal_id (None | str | Unset): The internal id of the customer associated with this charge.
            order_id (None | str | Unset): The id that identifies the order associated to the charge.
            subscription_id (None | Unset | UUID): The id of the subscription associated to the charge. Can be null, for
                example when the CSP
                removed the relationship with the customer on the provider side and the subscription wasn't in
                our system when that happened.
            subscription_name (None | str | Unset): The name of the subscription associated with the charge.
            subscription_description (None | str | Unset): The description of the subscription associated with the charge.
            subscription_internal_id (None | str | Unset): The internal id of the subscription associated with this charge.
            offer_id (None | Unset | UUID): The id of the offer in CloudCockpit, associated with the line item
            offer_provider_id (None | str | Unset): The id on the provider's side that identifies the offer associated to
                the charge.
            offer_name (None | str | Unset): The name of the offer associated to the subscription.
            subscription_start_date (datetime.datetime | None | Unset): The start date of billing for the subscription. This
                value can change once a subscription
                renews. If it renews, then on the next invoice this property is updated too.
    """

    reseller_id: None | Unset | UUID = UNSET
    reseller_name: None | str | Unset = UNSET
    reseller_internal_id: None | str | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    customer_name: None | str | Unset = UNSET
    customer_internal_id: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    subscription_id: None | Unset | UUID = UNSET
    subscription_name: None | str | Unset = UNSET
    subscription_description: None | str | Unset = UNSET
    subscription_internal_id: None | str | Unset = UNSET
    offer_id: None | Unset | UUID = UNSET
    offer_provider_id: None | str | Unset = UNSET
    offer_name: None | str | Unset = UNSET
    subscription_start_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        subscription_start_date: None | str | Unset
        if isinstance(self.subscription_start_date, Unset):
            subscription_start_date = UNSET
        elif isinstance(self.subscription_start_date, datetime.datetime):
            subscription_start_date = self.subscription_start_date.isoformat()
        else:
            subscription_start_date = self.subscription_start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if subscription_start_date is not UNSET:
            field_dict["subscriptionStartDate"] = subscription_start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        license_line_item = cls(
            reseller_id=reseller_id,
            reseller_name=reseller_name,
            reseller_internal_id=reseller_internal_id,
            customer_id=customer_id,
            customer_name=customer_name,
            customer_internal_id=customer_internal_id,
            order_id=order_id,
            subscription_id=subscription_id,
            subscription_name=subscription_name,
            subscription_description=subscription_description,
            subscription_internal_id=subscription_internal_id,
            offer_id=offer_id,
            offer_provider_id=offer_provider_id,
            offer_name=offer_name,
            subscription_start_date=subscription_start_date,
        )

        license_line_item.additional_properties = d
        return license_line_item

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
