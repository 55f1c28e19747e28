from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_order_billing_frequency_name import (
    CreateOrderBillingFrequencyName,
    check_create_order_billing_frequency_name,
)
from ..types import FieldTypeError

T = TypeVar("T", bound="CreateOrderBillingFrequency")


@_attrs_define
class CreateOrderBillingFrequency:
    """The billing frequency for this entity. Possible values: OneTime, Monthly, Annual, Triennial or None

    Attributes:
        name (CreateOrderBillingFrequencyName): The name of the enumeration.
    """

    name: CreateOrderBillingFrequencyName

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _name = d.pop("name")
        try:
            name = check_create_order_billing_frequency_name(_name)
        except TypeError as exc:
            raise FieldTypeError("name", str(exc)) from None

        create_order_billing_frequency = cls(
            name=name,
        )

        return create_order_billing_frequency
