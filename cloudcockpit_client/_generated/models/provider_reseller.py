from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.price_margin import PriceMargin
    from ..models.provider_reseller_offer_type_margins import (
        ProviderResellerOfferTypeMargins,
    )


T = TypeVar("T", bound="ProviderReseller")


@_attrs_define
class ProviderReseller:
    """A reseller on one provider instance (an entry of providerResellers). The list page is cut inside
    offerTypeMargins' description: later fields (the add-provider-instance page's description names
    ProviderResellerId and ResellerProviderData) are not drawn here, and unknown fields are kept.

        Attributes:
            provider_instance_id (UUID | Unset): The id of the provider instance to which the reseller with ResellerId is
                associated to. Must
                always be set.
            price_margin (PriceMargin | Unset): A price margin as the API returns it. Unlike the request-only Margin it is
                open: the docs
                show a second, unnamed attribute on marginRule, and a rule name added later must not
                break reading a customer.
            offer_type_margins (None | ProviderResellerOfferTypeMargins | Unset):
    """

    provider_instance_id: UUID | Unset = UNSET
    price_margin: PriceMargin | Unset = UNSET
    offer_type_margins: None | ProviderResellerOfferTypeMargins | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id: str | Unset = UNSET
        if not isinstance(self.provider_instance_id, Unset):
            provider_instance_id = str(self.provider_instance_id)

        price_margin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_margin, Unset):
            price_margin = self.price_margin.to_dict()

        offer_type_margins: dict[str, Any] | None | Unset
        if isinstance(self.offer_type_margins, Unset):
            offer_type_margins = UNSET
        elif isinstance(self.offer_type_margins, ProviderResellerOfferTypeMargins):
            offer_type_margins = self.offer_type_margins.to_dict()
        else:
            offer_type_margins = self.offer_type_margins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_instance_id is not UNSET:
            field_dict["providerInstanceId"] = provider_instance_id
        if price_margin is not UNSET:
            field_dict["priceMargin"] = price_margin
        if offer_type_margins is not UNSET:
            field_dict["offerTypeMargins"] = offer_type_margins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _provider_instance_id = d.pop("providerInstanceId", UNSET)
        if _provider_instance_id is UNSET:
            provider_instance_id = _provider_instance_id
        else:
            try:
                provider_instance_id = UUID(_provider_instance_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_provider_instance_id, UUID):
                    raise FieldTypeError.expected(
                        "providerInstanceId", "a UUID string", _provider_instance_id
                    ) from None
                provider_instance_id = _provider_instance_id

        _price_margin = d.pop("priceMargin", UNSET)
        if _price_margin is UNSET:
            price_margin = _price_margin
        elif type(_price_margin) is dict or isinstance(_price_margin, Mapping):
            try:
                price_margin = PriceMargin.from_dict(_price_margin)
            except FieldTypeError as exc:
                raise exc.within("priceMargin") from None
            except KeyError as exc:
                raise FieldTypeError.missing("priceMargin", exc) from None
        elif isinstance(_price_margin, PriceMargin):
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
                offer_type_margins = ProviderResellerOfferTypeMargins.from_dict(
                    _offer_type_margins
                )
            except FieldTypeError as exc:
                raise exc.within("offerTypeMargins") from None
            except KeyError as exc:
                raise FieldTypeError.missing("offerTypeMargins", exc) from None
        elif isinstance(_offer_type_margins, ProviderResellerOfferTypeMargins):
            offer_type_margins = _offer_type_margins
        else:
            raise FieldTypeError.expected(
                "offerTypeMargins", "an object or null", _offer_type_margins
            )

        provider_reseller = cls(
            provider_instance_id=provider_instance_id,
            price_margin=price_margin,
            offer_type_margins=offer_type_margins,
        )

        provider_reseller.additional_properties = d
        return provider_reseller

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
from ..models.price_margin import PriceMargin
from ..models.provider_reseller_offer_type_margins import (
    ProviderResellerOfferTypeMargins,
)
