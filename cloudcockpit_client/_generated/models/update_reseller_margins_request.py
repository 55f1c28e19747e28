from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.margin import Margin
    from ..models.offer_type_margins import OfferTypeMargins


T = TypeVar("T", bound="UpdateResellerMarginsRequest")


@_attrs_define
class UpdateResellerMarginsRequest:
    """The reseller's new margins on one provider instance (the field is priceMargin, not margin).

    Attributes:
        provider_instance_id (UUID): The GUID identifier for the provider instance.
        price_margin (Margin): This value object contains the price margin for this entity.
        offer_type_margins (None | OfferTypeMargins | Unset):
    """

    provider_instance_id: UUID
    price_margin: Margin
    offer_type_margins: None | OfferTypeMargins | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = str(self.provider_instance_id)

        price_margin = self.price_margin.to_dict()

        offer_type_margins: dict[str, Any] | None | Unset
        if isinstance(self.offer_type_margins, Unset):
            offer_type_margins = UNSET
        elif isinstance(self.offer_type_margins, OfferTypeMargins):
            offer_type_margins = self.offer_type_margins.to_dict()
        else:
            offer_type_margins = self.offer_type_margins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerInstanceId": provider_instance_id,
                "priceMargin": price_margin,
            }
        )
        if offer_type_margins is not UNSET:
            field_dict["offerTypeMargins"] = offer_type_margins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _provider_instance_id = d.pop("providerInstanceId")
        try:
            provider_instance_id = UUID(_provider_instance_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_provider_instance_id, UUID):
                raise FieldTypeError.expected(
                    "providerInstanceId", "a UUID string", _provider_instance_id
                ) from None
            provider_instance_id = _provider_instance_id

        _price_margin = d.pop("priceMargin")
        if type(_price_margin) is dict or isinstance(_price_margin, Mapping):
            try:
                price_margin = Margin.from_dict(_price_margin)
            except FieldTypeError as exc:
                raise exc.within("priceMargin") from None
            except KeyError as exc:
                raise FieldTypeError.missing("priceMargin", exc) from None
        elif isinstance(_price_margin, Margin):
            price_margin = _price_margin
        else:
            raise FieldTypeError.expected("priceMargin", "an object", _price_margin)

        _offer_type_margins = d.pop("offerTypeMargins", UNSET)
        if _offer_type_margins is None or _offer_type_margins is UNSET:
            offer_type_margins = _offer_type_margins
        elif type(_offer_type_margins) is dict or isinstance(
            _offer_type_margins, Mapping
        ):
            try:
                offer_type_margins = OfferTypeMargins.from_dict(_offer_type_margins)
            except FieldTypeError as exc:
                raise exc.within("offerTypeMargins") from None
            except KeyError as exc:
                raise FieldTypeError.missing("offerTypeMargins", exc) from None
        elif isinstance(_offer_type_margins, OfferTypeMargins):
            offer_type_margins = _offer_type_margins
        else:
            raise FieldTypeError.expected(
                "offerTypeMargins", "an object or null", _offer_type_margins
            )

        update_reseller_margins_request = cls(
            provider_instance_id=provider_instance_id,
            price_margin=price_margin,
            offer_type_margins=offer_type_margins,
        )

        update_reseller_margins_request.additional_properties = d
        return update_reseller_margins_request

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
from ..models.margin import Margin
from ..models.offer_type_margins import OfferTypeMargins
