from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="OnetimeLineItem")


@_attrs_define
class OnetimeLineItem:
    """A model that represents a single charge of a one time invoice. In the case of the Microsoft provider
    this charge can be an: Azure Plan, Azure Savings Plan, Azure Reservation, New Commerce License
    Subscription, Software Subscription, Perpetual Software Subscription, Marketplace Subscription. The
    page is cut in customerInternalId's description: only the first six fields are shown; unknown fields
    are kept.

        Attributes:
            reseller_id (None | Unset | UUID): The id of the reseller associated to this charge. Can be null.
            reseller_name (None | str | Unset): The name of the reseller.
            reseller_internal_id (None | str | Unset): The internal id of the reseller associated with this charge.
            customer_id (None | Unset | UUID): The id of the customer associated to this charge. Can be null.
            customer_name (None | str | Unset): The name of the customer.
            customer_internal_id (None | str | Unset): The internal id of the customer associated with this ch (the docs'
                text is cut).
    """

    reseller_id: None | Unset | UUID = UNSET
    reseller_name: None | str | Unset = UNSET
    reseller_internal_id: None | str | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    customer_name: None | str | Unset = UNSET
    customer_internal_id: None | str | Unset = UNSET
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

        onetime_line_item = cls(
            reseller_id=reseller_id,
            reseller_name=reseller_name,
            reseller_internal_id=reseller_internal_id,
            customer_id=customer_id,
            customer_name=customer_name,
            customer_internal_id=customer_internal_id,
        )

        onetime_line_item.additional_properties = d
        return onetime_line_item

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
