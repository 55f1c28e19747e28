from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.offer_price_amount import OfferPriceAmount
    from ..models.offer_price_region import OfferPriceRegion
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="OfferPrice")


@_attrs_define
class OfferPrice:
    """One price of an offer. The page draws no attribute list for it: the fields and their shapes are
    read from the 200 example, which is cut at the next field (its name begins "reve"); later fields
    are not documented and unknown fields are kept.

        Attributes:
            term_duration (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g.
                {"name": "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            segment (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            region (OfferPriceRegion | Unset): The region of a price, e.g. {"value": "string"} in the example (its property
                is value, not name).
            billing_frequencies (list[SmartEnum] | None | Unset):
            cost_price (OfferPriceAmount | Unset): An amount and its currency, e.g. {"value": 42.0, "currency": {"name":
                "string"}} in the example.
    """

    term_duration: SmartEnum | Unset = UNSET
    segment: SmartEnum | Unset = UNSET
    region: OfferPriceRegion | Unset = UNSET
    billing_frequencies: list[SmartEnum] | None | Unset = UNSET
    cost_price: OfferPriceAmount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_duration, Unset):
            term_duration = self.term_duration.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        billing_frequencies: list[dict[str, Any]] | None | Unset
        if isinstance(self.billing_frequencies, Unset):
            billing_frequencies = UNSET
        elif isinstance(self.billing_frequencies, list):
            billing_frequencies = []
            for billing_frequencies_type_0_item_data in self.billing_frequencies:
                billing_frequencies_type_0_item = (
                    billing_frequencies_type_0_item_data.to_dict()
                )
                billing_frequencies.append(billing_frequencies_type_0_item)

        else:
            billing_frequencies = self.billing_frequencies

        cost_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_price, Unset):
            cost_price = self.cost_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if term_duration is not UNSET:
            field_dict["termDuration"] = term_duration
        if segment is not UNSET:
            field_dict["segment"] = segment
        if region is not UNSET:
            field_dict["region"] = region
        if billing_frequencies is not UNSET:
            field_dict["billingFrequencies"] = billing_frequencies
        if cost_price is not UNSET:
            field_dict["costPrice"] = cost_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _term_duration = d.pop("termDuration", UNSET)
        if _term_duration is UNSET:
            term_duration = _term_duration
        elif type(_term_duration) is dict or isinstance(_term_duration, Mapping):
            try:
                term_duration = SmartEnum.from_dict(_term_duration)
            except FieldTypeError as exc:
                raise exc.within("termDuration") from None
            except KeyError as exc:
                raise FieldTypeError.missing("termDuration", exc) from None
        elif isinstance(_term_duration, SmartEnum):
            term_duration = _term_duration
        else:
            raise FieldTypeError.expected("termDuration", "an object", _term_duration)

        _segment = d.pop("segment", UNSET)
        if _segment is UNSET:
            segment = _segment
        elif type(_segment) is dict or isinstance(_segment, Mapping):
            try:
                segment = SmartEnum.from_dict(_segment)
            except FieldTypeError as exc:
                raise exc.within("segment") from None
            except KeyError as exc:
                raise FieldTypeError.missing("segment", exc) from None
        elif isinstance(_segment, SmartEnum):
            segment = _segment
        else:
            raise FieldTypeError.expected("segment", "an object", _segment)

        _region = d.pop("region", UNSET)
        if _region is UNSET:
            region = _region
        elif type(_region) is dict or isinstance(_region, Mapping):
            try:
                region = OfferPriceRegion.from_dict(_region)
            except FieldTypeError as exc:
                raise exc.within("region") from None
            except KeyError as exc:
                raise FieldTypeError.missing("region", exc) from None
        elif isinstance(_region, OfferPriceRegion):
            region = _region
        else:
            raise FieldTypeError.expected("region", "an object", _region)

        _billing_frequencies = d.pop("billingFrequencies", UNSET)
        if isinstance(_billing_frequencies, list | tuple):
            billing_frequencies = []
            for billing_frequencies_item_data in _billing_frequencies:
                if type(billing_frequencies_item_data) is dict or isinstance(
                    billing_frequencies_item_data, Mapping
                ):
                    try:
                        billing_frequencies_item = SmartEnum.from_dict(
                            billing_frequencies_item_data
                        )
                    except FieldTypeError as exc:
                        raise exc.within(
                            "billingFrequencies" + f"[{len(billing_frequencies)}]"
                        ) from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "billingFrequencies" + f"[{len(billing_frequencies)}]", exc
                        ) from None
                elif isinstance(billing_frequencies_item_data, SmartEnum):
                    billing_frequencies_item = billing_frequencies_item_data
                else:
                    raise FieldTypeError.expected(
                        "billingFrequencies" + f"[{len(billing_frequencies)}]",
                        "an object",
                        billing_frequencies_item_data,
                    )

                billing_frequencies.append(billing_frequencies_item)
        elif _billing_frequencies is None or _billing_frequencies is UNSET:
            billing_frequencies = _billing_frequencies
        else:
            raise FieldTypeError.expected(
                "billingFrequencies", "an array or null", _billing_frequencies
            )

        _cost_price = d.pop("costPrice", UNSET)
        if _cost_price is UNSET:
            cost_price = _cost_price
        elif type(_cost_price) is dict or isinstance(_cost_price, Mapping):
            try:
                cost_price = OfferPriceAmount.from_dict(_cost_price)
            except FieldTypeError as exc:
                raise exc.within("costPrice") from None
            except KeyError as exc:
                raise FieldTypeError.missing("costPrice", exc) from None
        elif isinstance(_cost_price, OfferPriceAmount):
            cost_price = _cost_price
        else:
            raise FieldTypeError.expected("costPrice", "an object", _cost_price)

        offer_price = cls(
            term_duration=term_duration,
            segment=segment,
            region=region,
            billing_frequencies=billing_frequencies,
            cost_price=cost_price,
        )

        offer_price.additional_properties = d
        return offer_price

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
from ..models.offer_price_amount import OfferPriceAmount
from ..models.offer_price_region import OfferPriceRegion
from ..models.smart_enum import SmartEnum
