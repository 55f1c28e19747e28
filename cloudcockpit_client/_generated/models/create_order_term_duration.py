from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_order_term_duration_name import (
    CreateOrderTermDurationName,
    check_create_order_term_duration_name,
)
from ..types import FieldTypeError

T = TypeVar("T", bound="CreateOrderTermDuration")


@_attrs_define
class CreateOrderTermDuration:
    """The term duration for this entity. Possible values: NoTerm, OneMonth, OneYear, ThreeYears or FiveYears

    Attributes:
        name (CreateOrderTermDurationName): The name of the enumeration.
    """

    name: CreateOrderTermDurationName

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
            name = check_create_order_term_duration_name(_name)
        except TypeError as exc:
            raise FieldTypeError("name", str(exc)) from None

        create_order_term_duration = cls(
            name=name,
        )

        return create_order_term_duration
