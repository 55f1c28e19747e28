from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_order_billing_frequency import CreateOrderBillingFrequency
    from ..models.create_order_operation import CreateOrderOperation
    from ..models.create_order_segment import CreateOrderSegment
    from ..models.create_order_status import CreateOrderStatus
    from ..models.create_order_term_duration import CreateOrderTermDuration
    from ..models.margin import Margin


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """View model that represents an order (the docs' OrderViewModel), as the body of "Create an Order".
    The fields up to providerData are drawn by the page (providerData's description is cut);
    parentSubscriptionId and errorMessage are named only by the curl payload, whose values are
    "string", so they are declared as strings without a description.

        Attributes:
            offer_id (UUID): The GUID identifier for the offer.
            customer_id (UUID): The GUID identifier for the customer.
            provider_instance_id (UUID): The GUID identifier for the provider instance.
            subscription_name (None | str): The name to set in the subscription created by this order. This may be up to 255
                characters.
            term_duration (CreateOrderTermDuration): The term duration for this entity. Possible values: NoTerm, OneMonth,
                OneYear, ThreeYears or FiveYears
            billing_frequency (CreateOrderBillingFrequency): The billing frequency for this entity. Possible values:
                OneTime, Monthly, Annual, Triennial or None
            segment (CreateOrderSegment): The offer segment. Possible values: Commercial, Education, Government or NonProfit
            operation (CreateOrderOperation): The order operation type. Possible values: CreateSubscription
            quantity (int): The quantity of licenses to provision for this order.
            id (UUID | Unset): The GUID identifier for the order.
            reseller_id (None | Unset | UUID): The GUID identifier for the reseller.
            subscription_margin (Margin | Unset): This value object contains the price margin for this entity.
            subscription_internal_id (None | str | Unset): The internal identifier to set in the subscription created by
                this order. This may be up to 255
                characters.
            po_number (None | str | Unset): The po number to set in the subscription created by this order. This may be up
                to 255 characters.
            auto_renew_enabled (bool | Unset): The flag indicating if we want to create the subscription in this order with
                auto renew enabled
                or not.
            status (CreateOrderStatus | Unset): The status of the order. Possible values: Processing, Provisioning,
                Completed or Failed. (Drawn in
                the request body; the page does not say whether the API reads it on create.)
            created_date (datetime.datetime | Unset): The date in which this order was created.
            provider_data (None | str | Unset): The provider specific data for this order. (The docs' text is cut here, at
                "Fo".)
            parent_subscription_id (str | Unset): Named only by the page's curl payload (value "string"); its type and
                description are not drawn.
            error_message (str | Unset): Named only by the page's curl payload (value "string"); its type and description
                are not drawn.
    """

    offer_id: UUID
    customer_id: UUID
    provider_instance_id: UUID
    subscription_name: None | str
    term_duration: CreateOrderTermDuration
    billing_frequency: CreateOrderBillingFrequency
    segment: CreateOrderSegment
    operation: CreateOrderOperation
    quantity: int
    id: UUID | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    subscription_margin: Margin | Unset = UNSET
    subscription_internal_id: None | str | Unset = UNSET
    po_number: None | str | Unset = UNSET
    auto_renew_enabled: bool | Unset = UNSET
    status: CreateOrderStatus | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    provider_data: None | str | Unset = UNSET
    parent_subscription_id: str | Unset = UNSET
    error_message: str | Unset = UNSET
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

        parent_subscription_id = self.parent_subscription_id

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

        term_duration = CreateOrderTermDuration.from_dict(d.pop("termDuration"))

        billing_frequency = CreateOrderBillingFrequency.from_dict(
            d.pop("billingFrequency")
        )

        segment = CreateOrderSegment.from_dict(d.pop("segment"))

        operation = CreateOrderOperation.from_dict(d.pop("operation"))

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
        subscription_margin: Margin | Unset
        if isinstance(_subscription_margin, Unset):
            subscription_margin = UNSET
        else:
            subscription_margin = Margin.from_dict(_subscription_margin)

        subscription_internal_id: None | str | Unset = d.pop(
            "subscriptionInternalId", UNSET
        )

        po_number: None | str | Unset = d.pop("poNumber", UNSET)

        auto_renew_enabled = d.pop("autoRenewEnabled", UNSET)

        _status = d.pop("status", UNSET)
        status: CreateOrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreateOrderStatus.from_dict(_status)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        provider_data: None | str | Unset = d.pop("providerData", UNSET)

        parent_subscription_id = d.pop("parentSubscriptionId", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        create_order_request = cls(
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

        create_order_request.additional_properties = d
        return create_order_request

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
from ..models.create_order_billing_frequency import CreateOrderBillingFrequency
from ..models.create_order_operation import CreateOrderOperation
from ..models.create_order_segment import CreateOrderSegment
from ..models.create_order_status import CreateOrderStatus
from ..models.create_order_term_duration import CreateOrderTermDuration
from ..models.margin import Margin
