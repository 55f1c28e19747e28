from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_order_status_name import (
    CreateOrderStatusName,
    check_create_order_status_name,
)
from ..types import FieldTypeError

T = TypeVar("T", bound="CreateOrderStatus")


@_attrs_define
class CreateOrderStatus:
    """The status of the order. Possible values: Processing, Provisioning, Completed or Failed. (Drawn in
    the request body; the page does not say whether the API reads it on create.)

        Attributes:
            name (CreateOrderStatusName): The name of the enumeration.
    """

    name: CreateOrderStatusName

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
            name = check_create_order_status_name(_name)
        except TypeError as exc:
            raise FieldTypeError("name", str(exc)) from None

        create_order_status = cls(
            name=name,
        )

        return create_order_status
