from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResellerLicenseLineItem")


@_attrs_define
class ResellerLicenseLineItem:
    """A model that represents a single charge of a license invoice. In the case of the Microsoft provider
    each line item represents an License legacy charge. The reseller view: unlike LicenseLineItem it
    starts with id and customerProviderId and has no reseller fields, so it is a separate model. The
    page is cut after subscriptionStartDate: four more fields are printed by description only (the end
    date of the subscription's term, the billing start and end dates, the charge type) and are left out
    until their names are documented; unknown fields are kept.

        Attributes:
            id (UUID | Unset): The id that uniquely identifies a license invoice line item.
            customer_provider_id (None | str | Unset): The id of customer on the provider's side associated with the charge.
            customer_id (None | Unset | UUID): The id of the customer associated with the charge. Can be null, for example
                when the CSP removed
                the relationship with the customer on the provider side and the customer wasn't in our system
                when that happened.
            customer_name (None | str | Unset): The company name of the customer associated with the charge.
            customer_internal_id (None | str | Unset): The internal id of the customer associated with the charge.
            order_id (None | str | Unset): The id that identifies the order associated with the charge.
            subscription_id (None | Unset | UUID): The id of the subscription associated with the charge. Can be null, for
                example when the CSP
                removed the relationship with the customer on the provider side and the subscription wasn't in
                our system when that happened.
            subscription_name (None | str | Unset): The name of the subscription associated with the charge.
            subscription_description (None | str | Unset): The description of the subscription associated with the charge.
            subscription_internal_id (None | str | Unset): The internal id of the subscription associated with the charge.
            offer_id (None | Unset | UUID): The id of the offer in CloudCockpit, associated with the charge.
            offer_provider_id (None | str | Unset): The id on the provider's side that identifies the offer associated with
                the charge.
            offer_name (None | str | Unset): The name of the offer associated with the charge.
            subscription_start_date (datetime.datetime | None | Unset): The start date of billing for the subscription. This
                value can change once a subscription
                renews. If it renews, then on the next invoice this property is updated too.
    """

    id: UUID | Unset = UNSET
    customer_provider_id: None | str | Unset = UNSET
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
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_provider_id: None | str | Unset
        if isinstance(self.customer_provider_id, Unset):
            customer_provider_id = UNSET
        else:
            customer_provider_id = self.customer_provider_id

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
        if id is not UNSET:
            field_dict["id"] = id
        if customer_provider_id is not UNSET:
            field_dict["customerProviderId"] = customer_provider_id
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
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        customer_provider_id: None | str | Unset = d.pop("customerProviderId", UNSET)

        customer_id: None | Unset | UUID = d.pop("customerId", UNSET)
        if customer_id is not None and not isinstance(customer_id, Unset):
            try:
                if not isinstance(customer_id, str):
                    raise TypeError()
                customer_id_type_0 = UUID(customer_id)

                customer_id = customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_name: None | str | Unset = d.pop("customerName", UNSET)

        customer_internal_id: None | str | Unset = d.pop("customerInternalId", UNSET)

        order_id: None | str | Unset = d.pop("orderId", UNSET)

        subscription_id: None | Unset | UUID = d.pop("subscriptionId", UNSET)
        if subscription_id is not None and not isinstance(subscription_id, Unset):
            try:
                if not isinstance(subscription_id, str):
                    raise TypeError()
                subscription_id_type_0 = UUID(subscription_id)

                subscription_id = subscription_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        subscription_name: None | str | Unset = d.pop("subscriptionName", UNSET)

        subscription_description: None | str | Unset = d.pop(
            "subscriptionDescription", UNSET
        )

        subscription_internal_id: None | str | Unset = d.pop(
            "subscriptionInternalId", UNSET
        )

        offer_id: None | Unset | UUID = d.pop("offerId", UNSET)
        if offer_id is not None and not isinstance(offer_id, Unset):
            try:
                if not isinstance(offer_id, str):
                    raise TypeError()
                offer_id_type_0 = UUID(offer_id)

                offer_id = offer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        offer_provider_id: None | str | Unset = d.pop("offerProviderId", UNSET)

        offer_name: None | str | Unset = d.pop("offerName", UNSET)

        subscription_start_date: datetime.datetime | None | Unset = d.pop(
            "subscriptionStartDate", UNSET
        )
        if subscription_start_date is not None and not isinstance(
            subscription_start_date, Unset
        ):
            try:
                if not isinstance(subscription_start_date, str):
                    raise TypeError()
                subscription_start_date_type_0 = datetime.datetime.fromisoformat(
                    subscription_start_date
                )

                subscription_start_date = subscription_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reseller_license_line_item = cls(
            id=id,
            customer_provider_id=customer_provider_id,
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

        reseller_license_line_item.additional_properties = d
        return reseller_license_line_item

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
