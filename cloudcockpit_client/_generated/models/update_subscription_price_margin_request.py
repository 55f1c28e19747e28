from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldTypeError

if TYPE_CHECKING:
    from ..models.margin_rule import MarginRule


T = TypeVar("T", bound="UpdateSubscriptionPriceMarginRequest")


@_attrs_define
class UpdateSubscriptionPriceMarginRequest:
    """The price margin to update the existent subscription. The page's body render is incomplete: it
    prints only marginRule and goes straight to the responses, so only marginRule is declared and the
    model is left open.

        Attributes:
            margin_rule (MarginRule): The margin rule applied. Possible values: Markup, Margin, SplitMargin or
                ErpMinusDiscount.
    """

    margin_rule: MarginRule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        margin_rule = self.margin_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marginRule": margin_rule,
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

        update_subscription_price_margin_request = cls(
            margin_rule=margin_rule,
        )

        update_subscription_price_margin_request.additional_properties = d
        return update_subscription_price_margin_request

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
from ..models.margin_rule import MarginRule
