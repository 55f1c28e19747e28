from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_number

if TYPE_CHECKING:
    from ..models.price_margin_rule import PriceMarginRule


T = TypeVar("T", bound="PriceMargin")


@_attrs_define
class PriceMargin:
    """A price margin as the API returns it. Unlike the request-only Margin it is open: the docs
    show a second, unnamed attribute on marginRule, and a rule name added later must not
    break reading a customer.

        Attributes:
            margin_rule (None | PriceMarginRule | Unset):
            value (float | Unset): The value applied to this price margin (a percentage).
    """

    margin_rule: None | PriceMarginRule | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        margin_rule: dict[str, Any] | None | Unset
        if isinstance(self.margin_rule, Unset):
            margin_rule = UNSET
        elif isinstance(self.margin_rule, PriceMarginRule):
            margin_rule = self.margin_rule.to_dict()
        else:
            margin_rule = self.margin_rule

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if margin_rule is not UNSET:
            field_dict["marginRule"] = margin_rule
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _margin_rule = d.pop("marginRule", UNSET)
        if _margin_rule is None or _margin_rule is UNSET:
            margin_rule = _margin_rule
        elif type(_margin_rule) is dict or isinstance(_margin_rule, Mapping):
            try:
                margin_rule = PriceMarginRule.from_dict(_margin_rule)
            except FieldTypeError as exc:
                raise exc.within("marginRule") from None
            except KeyError as exc:
                raise FieldTypeError.missing("marginRule", exc) from None
        elif isinstance(_margin_rule, PriceMarginRule):
            margin_rule = _margin_rule
        else:
            raise FieldTypeError.expected(
                "marginRule", "an object or null", _margin_rule
            )

        value = d.pop("value", UNSET)
        if not is_number(value) and value is not UNSET:
            raise FieldTypeError.expected("value", "a finite number", value)

        price_margin = cls(
            margin_rule=margin_rule,
            value=value,
        )

        price_margin.additional_properties = d
        return price_margin

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
from ..models.price_margin_rule import PriceMarginRule
