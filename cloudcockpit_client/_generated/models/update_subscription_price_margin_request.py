from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        margin_rule = MarginRule.from_dict(d.pop("marginRule"))

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
