from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import FieldTypeError, is_number

if TYPE_CHECKING:
    from ..models.margin_rule import MarginRule


T = TypeVar("T", bound="Margin")


@_attrs_define
class Margin:
    """This value object contains the price margin for this entity.

    Attributes:
        margin_rule (MarginRule): The margin rule applied. Possible values: Markup, Margin, SplitMargin or
            ErpMinusDiscount.
        value (float): The value applied to this price margin (a percentage). Should not be below 0 or above 999.
    """

    margin_rule: MarginRule
    value: float

    def to_dict(self) -> dict[str, Any]:
        margin_rule = self.margin_rule.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "marginRule": margin_rule,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _margin_rule = d.pop("marginRule")
        if type(_margin_rule) is dict or isinstance(_margin_rule, Mapping):
            try:
                margin_rule = MarginRule.from_dict(_margin_rule)
            except FieldTypeError as exc:
                raise exc.within("marginRule") from None
            except KeyError as exc:
                raise FieldTypeError.missing("marginRule", exc) from None
        elif isinstance(_margin_rule, MarginRule):
            margin_rule = _margin_rule
        else:
            raise FieldTypeError.expected("marginRule", "an object", _margin_rule)

        value = d.pop("value")
        if not is_number(value):
            raise FieldTypeError.expected("value", "a finite number", value)

        margin = cls(
            margin_rule=margin_rule,
            value=value,
        )

        return margin


# The referenced models, for from_dict and to_dict (see the template's note).
from ..models.margin_rule import MarginRule
