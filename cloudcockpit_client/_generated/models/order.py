from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

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
        _offer_id = d.pop("offerId")
        try:
            offer_id = UUID(_offer_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_offer_id, UUID):
                raise FieldTypeError.expected(
                    "offerId", "a UUID string", _offer_id
                ) from None
            offer_id = _offer_id

        _customer_id = d.pop("customerId")
        try:
            customer_id = UUID(_customer_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_customer_id, UUID):
                raise FieldTypeError.expected(
                    "customerId", "a UUID string", _customer_id
                ) from None
            customer_id = _customer_id

        _provider_instance_id = d.pop("providerInstanceId")
        try:
            provider_instance_id = UUID(_provider_instance_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_provider_instance_id, UUID):
                raise FieldTypeError.expected(
                    "providerInstanceId", "a UUID string", _provider_instance_id
                ) from None
            provider_instance_id = _provider_instance_id

        subscription_name = d.pop("subscriptionName")
        if (
            subscription_name.__class__ is not str
            and subscription_name is not None
            and not isinstance(subscription_name, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionName", "a string or null", subscription_name
            )

        _term_duration = d.pop("termDuration")
        if type(_term_duration) is dict or isinstance(_term_duration, Mapping):
            try:
                term_duration = SmartEnum.from_dict(_term_duration)
            except FieldTypeError as exc:
                raise exc.within("termDuration") from None
            except KeyError as exc:
                raise FieldTypeError.missing("termDuration", exc) from None
        elif isinstance(_term_duration, SmartEnum):
            term_duration = _term_duration
        else:
            raise FieldTypeError.expected("termDuration", "an object", _term_duration)

        _billing_frequency = d.pop("billingFrequency")
        if type(_billing_frequency) is dict or isinstance(_billing_frequency, Mapping):
            try:
                billing_frequency = SmartEnum.from_dict(_billing_frequency)
            except FieldTypeError as exc:
                raise exc.within("billingFrequency") from None
            except KeyError as exc:
                raise FieldTypeError.missing("billingFrequency", exc) from None
        elif isinstance(_billing_frequency, SmartEnum):
            billing_frequency = _billing_frequency
        else:
            raise FieldTypeError.expected(
                "billingFrequency", "an object", _billing_frequency
            )

        _segment = d.pop("segment")
        if type(_segment) is dict or isinstance(_segment, Mapping):
            try:
                segment = SmartEnum.from_dict(_segment)
            except FieldTypeError as exc:
                raise exc.within("segment") from None
            except KeyError as exc:
                raise FieldTypeError.missing("segment", exc) from None
        elif isinstance(_segment, SmartEnum):
            segment = _segment
        else:
            raise FieldTypeError.expected("segment", "an object", _segment)

        _operation = d.pop("operation")
        if type(_operation) is dict or isinstance(_operation, Mapping):
            try:
                operation = SmartEnum.from_dict(_operation)
            except FieldTypeError as exc:
                raise exc.within("operation") from None
            except KeyError as exc:
                raise FieldTypeError.missing("operation", exc) from None
        elif isinstance(_operation, SmartEnum):
            operation = _operation
        else:
            raise FieldTypeError.expected("operation", "an object", _operation)

        quantity = d.pop("quantity")
        if quantity.__class__ is not int and not is_int(quantity):
            raise FieldTypeError.expected("quantity", "an integer", quantity)
        if quantity.__class__ is int and not -2147483648 <= quantity <= 2147483647:
            raise FieldTypeError.expected(
                "quantity", "a 32-bit integer (format int32)", quantity
            )

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

        _subscription_margin = d.pop("subscriptionMargin", UNSET)
        if _subscription_margin is UNSET:
            subscription_margin = _subscription_margin
        elif type(_subscription_margin) is dict or isinstance(
            _subscription_margin, Mapping
        ):
            try:
                subscription_margin = PriceMargin.from_dict(_subscription_margin)
            except FieldTypeError as exc:
                raise exc.within("subscriptionMargin") from None
            except KeyError as exc:
                raise FieldTypeError.missing("subscriptionMargin", exc) from None
        elif isinstance(_subscription_margin, PriceMargin):
            subscription_margin = _subscription_margin
        else:
            raise FieldTypeError.expected(
                "subscriptionMargin", "an object", _subscription_margin
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

        po_number = d.pop("poNumber", UNSET)
        if (
            po_number.__class__ is not str
            and po_number is not None
            and po_number is not UNSET
            and not isinstance(po_number, str)
        ):
            raise FieldTypeError.expected("poNumber", "a string or null", po_number)

        auto_renew_enabled = d.pop("autoRenewEnabled", UNSET)
        if (
            auto_renew_enabled is not True
            and auto_renew_enabled is not False
            and auto_renew_enabled is not UNSET
        ):
            raise FieldTypeError.expected(
                "autoRenewEnabled", "a boolean", auto_renew_enabled
            )

        _status = d.pop("status", UNSET)
        if _status is UNSET:
            status = _status
        elif type(_status) is dict or isinstance(_status, Mapping):
            try:
                status = SmartEnum.from_dict(_status)
            except FieldTypeError as exc:
                raise exc.within("status") from None
            except KeyError as exc:
                raise FieldTypeError.missing("status", exc) from None
        elif isinstance(_status, SmartEnum):
            status = _status
        else:
            raise FieldTypeError.expected("status", "an object", _status)

        _created_date = d.pop("createdDate", UNSET)
        if _created_date is UNSET:
            created_date = _created_date
        else:
            try:
                created_date = datetime.datetime.fromisoformat(_created_date)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_created_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "createdDate", "an ISO 8601 date-time string", _created_date
                    ) from None
                created_date = _created_date

        provider_data = d.pop("providerData", UNSET)
        if (
            provider_data.__class__ is not str
            and provider_data is not None
            and provider_data is not UNSET
            and not isinstance(provider_data, str)
        ):
            raise FieldTypeError.expected(
                "providerData", "a string or null", provider_data
            )

        parent_subscription_id = d.pop("parentSubscriptionId", UNSET)
        if (
            parent_subscription_id.__class__ is not str
            and parent_subscription_id is not None
            and parent_subscription_id is not UNSET
            and not isinstance(parent_subscription_id, str)
        ):
            raise FieldTypeError.expected(
                "parentSubscriptionId", "a string or null", parent_subscription_id
            )

        error_message = d.pop("errorMessage", UNSET)
        if (
            error_message.__class__ is not str
            and error_message is not None
            and error_message is not UNSET
            and not isinstance(error_message, str)
        ):
            raise FieldTypeError.expected(
                "errorMessage", "a string or null", error_message
            )

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
