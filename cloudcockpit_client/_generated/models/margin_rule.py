from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.margin_rule_name import MarginRuleName, check_margin_rule_name
from ..types import FieldTypeError

T = TypeVar("T", bound="MarginRule")


@_attrs_define
class MarginRule:
    """The margin rule applied. Possible values: Markup, Margin, SplitMargin or ErpMinusDiscount.

    Attributes:
        name (MarginRuleName): The name of the enumeration.
    """

    name: MarginRuleName

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
            name = check_margin_rule_name(_name)
        except TypeError as exc:
            raise FieldTypeError("name", str(exc)) from None

        margin_rule = cls(
            name=name,
        )

        return margin_rule
