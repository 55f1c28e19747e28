from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_margin import PriceMargin
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """View model that represents an order (the docs' OrderViewModel), as "List all active Orders"
    returns it. That page's copies are cut after operation; the fields after it (quantity to
    errorMessage) are the same model's fields as "Create an Order" draws them (same model
    description, same first fields and Required marks). parentSubscriptionId and errorMessage are
    named only by that page's curl payload. Smart enums are open here (a value added later must not
    break reading). Unknown fields are kept.

        Attributes:
            offer_id (UUID): The GUID identifier for the offer.
            customer_id (UUID): The GUID identifier for the customer.
            provider_instance_id (UUID): The GUID identifier for the provider instance.
            subscription_name (None | str): The name to set in the subscription created by this order. This may be up to 255
                characters.
            term_duration (SmartEnum): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            billing_frequency (SmartEnum): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            segment (SmartEnum): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            operation (SmartEnum): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            quantity (int): The quantity of licenses to provision for this order.
            id (UUID | Unset): The GUID identifier for the order.
            reseller_id (None | Unset | UUID): The GUID identifier for the reseller.
            subscription_margin (PriceMargin | Unset): A price margin as the API returns it. Unlike the request-only Margin
                it is open: the docs
                show a second, unnamed attribute on marginRule, and a rule name added later must not
                break reading a customer.
            subscription_internal_id (None | str | Unset): The internal identifier to set in the subscription created by
                this order. This may be up to 255
                characters.
            po_number (None | str | Unset): The po number to set in the subscription created by this order. This may be up
                to 255 characters.
            auto_renew_enabled (bool | Unset): The flag indicating if we want to create the subscription in this order with
                auto renew enabled
                or not.
            status (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            created_date (datetime.datetime | Unset): The date in which this order was created.
            provider_data (None | str | Unset): The provider specific data for this order. (The docs' text is cut here, at
                "Fo".)
            parent_subscription_id (None | str | Unset): Named only by the curl payload of "Create an Order" (value
                "string"); type and description not drawn.
            error_message (None | str | Unset): Named only by the curl payload of "Create an Order" (value "string"); type
                and description not drawn.
    """

    offer_id: UUID
    customer_id: UUID
    provider_instance_id: UUID
    subscription_name: None | str
    term_duration: SmartEnum
    billing_frequency: SmartEnum
    segment: SmartEnum
    operation: SmartEnum
    quantity: int
    id: UUID | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    subscription_margin: PriceMargin | Unset = UNSET
    subscription_internal_id: None | str | Unset = UNSET
    po_number: None | str | Unset = UNSET
    auto_renew_enabled: bool | Unset = UNSET
    status: SmartEnum | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    provider_data: None | str | Unset = UNSET
    parent_subscription_id: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = str(self.offer_id)

        customer_id = str(self.customer_id)

        provider_instance_id = str(self.provider_instance_id)

        subscription_name: None | str
        subscription_name = self.subscription_name

        term_duration = self.term_duration.to_dict()

        billing_frequency = self.billing_frequency.to_dict()

        segment = self.segment.to_dict()

        operation = self.operation.to_dict()

        quantity = self.quantity

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        reseller_id: None | str | Unset
        if isinstance(self.reseller_id, Unset):
            reseller_id = UNSET
        elif isinstance(self.reseller_id, UUID):
            reseller_id = str(self.reseller_id)
        else:
            reseller_id = self.reseller_id

        subscription_margin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_margin, Unset):
            subscription_margin = self.subscription_margin.to_dict()

        subscription_internal_id: None | str | Unset
        if isinstance(self.subscription_internal_id, Unset):
            subscription_internal_id = UNSET
        else:
            subscription_internal_id = self.subscription_internal_id

        po_number: None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        auto_renew_enabled = self.auto_renew_enabled

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        provider_data: None | str | Unset
        if isinstance(self.provider_data, Unset):
            provider_data = UNSET
        else:
            provider_data = self.provider_data

        parent_subscription_id: None | str | Unset
        if isinstance(self.parent_subscription_id, Unset):
            parent_subscription_id = UNSET
        else:
            parent_subscription_id = self.parent_subscription_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offerId": offer_id,
                "customerId": customer_id,
                "providerInstanceId": provider_instance_id,
                "subscriptionName": subscription_name,
                "termDuration": term_duration,
                "billingFrequency": billing_frequency,
                "segment": segment,
                "operation": operation,
                "quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reseller_id is not UNSET:
            field_dict["resellerId"] = reseller_id
        if subscription_margin is not UNSET:
            field_dict["subscriptionMargin"] = subscription_margin
        if subscription_internal_id is not UNSET:
            field_dict["subscriptionInternalId"] = subscription_internal_id
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if auto_renew_enabled is not UNSET:
            field_dict["autoRenewEnabled"] = auto_renew_enabled
        if status is not UNSET:
            field_dict["status"] = status
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data
        if parent_subscription_id is not UNSET:
            field_dict["parentSubscriptionId"] = parent_subscription_id
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        offer_id = UUID(d.pop("offerId"))

        customer_id = UUID(d.pop("customerId"))

        provider_instance_id = UUID(d.pop("providerInstanceId"))

        subscription_name: None | str = d.pop("subscriptionName")

        term_duration = SmartEnum.from_dict(d.pop("termDuration"))

        billing_frequency = SmartEnum.from_dict(d.pop("billingFrequency"))

        segment = SmartEnum.from_dict(d.pop("segment"))

        operation = SmartEnum.from_dict(d.pop("operation"))

        quantity = d.pop("quantity")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        reseller_id: None | Unset | UUID = d.pop("resellerId", UNSET)
        if reseller_id is not None and not isinstance(reseller_id, Unset):
            try:
                if not isinstance(reseller_id, str):
                    raise TypeError()
                reseller_id_type_0 = UUID(reseller_id)

                reseller_id = reseller_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _subscription_margin = d.pop("subscriptionMargin", UNSET)
        subscription_margin: PriceMargin | Unset
        if isinstance(_subscription_margin, Unset):
            subscription_margin = UNSET
        else:
            subscription_margin = PriceMargin.from_dict(_subscription_margin)

        subscription_internal_id: None | str | Unset = d.pop(
            "subscriptionInternalId", UNSET
        )

        po_number: None | str | Unset = d.pop("poNumber", UNSET)

        auto_renew_enabled = d.pop("autoRenewEnabled", UNSET)

        _status = d.pop("status", UNSET)
        status: SmartEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SmartEnum.from_dict(_status)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        provider_data: None | str | Unset = d.pop("providerData", UNSET)

        parent_subscription_id: None | str | Unset = d.pop(
            "parentSubscriptionId", UNSET
        )

        error_message: None | str | Unset = d.pop("errorMessage", UNSET)

        order = cls(
            offer_id=offer_id,
            customer_id=customer_id,
            provider_instance_id=provider_instance_id,
            subscription_name=subscription_name,
            term_duration=term_duration,
            billing_frequency=billing_frequency,
            segment=segment,
            operation=operation,
            quantity=quantity,
            id=id,
            reseller_id=reseller_id,
            subscription_margin=subscription_margin,
            subscription_internal_id=subscription_internal_id,
            po_number=po_number,
            auto_renew_enabled=auto_renew_enabled,
            status=status,
            created_date=created_date,
            provider_data=provider_data,
            parent_subscription_id=parent_subscription_id,
            error_message=error_message,
        )

        order.additional_properties = d
        return order

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


# The referenced models, for from_dict and to_dict (see the template's note).
from ..models.price_margin import PriceMargin
from ..models.smart_enum import SmartEnum
