from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="ResellerOnetimeLineItem")


@_attrs_define
class ResellerOnetimeLineItem:
    """A model that represents a single charge of a one time invoice specific for Resellers. In the case of
    the Microsoft provider this charge can be an: Azure Plan, Azure Savings Plan, Azure Reservation, New
    Commerce License Subscription, Software Subscription, Perpetual Software Subscription, Marketplace
    Subscription. Only one copy of the page exists (the older .works render) and it is cut after the
    first field, id; unknown fields are kept.

        Attributes:
            id (UUID | Unset): The id that uniquely identifies a one time invoice line item.
    """

    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

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

        reseller_onetime_line_item = cls(
            id=id,
        )

        reseller_onetime_line_item.additional_properties = d
        return reseller_onetime_line_item

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
