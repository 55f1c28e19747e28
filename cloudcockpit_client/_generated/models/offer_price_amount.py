from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_number

if TYPE_CHECKING:
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="OfferPriceAmount")


@_attrs_define
class OfferPriceAmount:
    """An amount and its currency, e.g. {"value": 42.0, "currency": {"name": "string"}} in the example.

    Attributes:
        value (float | Unset): The amount (the example shows 42.0; no format is printed).
        currency (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
            "Active"}).
            The docs draw them so and list no values for most; the name is an open string.
    """

    value: float | Unset = UNSET
    currency: SmartEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if not is_number(value) and value is not UNSET:
            raise FieldTypeError.expected("value", "a finite number", value)

        _currency = d.pop("currency", UNSET)
        if _currency is UNSET:
            currency = _currency
        elif type(_currency) is dict or isinstance(_currency, Mapping):
            try:
                currency = SmartEnum.from_dict(_currency)
            except FieldTypeError as exc:
                raise exc.within("currency") from None
            except KeyError as exc:
                raise FieldTypeError.missing("currency", exc) from None
        elif isinstance(_currency, SmartEnum):
            currency = _currency
        else:
            raise FieldTypeError.expected("currency", "an object", _currency)

        offer_price_amount = cls(
            value=value,
            currency=currency,
        )

        offer_price_amount.additional_properties = d
        return offer_price_amount

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
from ..models.smart_enum import SmartEnum
