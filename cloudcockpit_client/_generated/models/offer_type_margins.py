from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldTypeError

if TYPE_CHECKING:
    from ..models.margin import Margin


T = TypeVar("T", bound="OfferTypeMargins")


@_attrs_define
class OfferTypeMargins:
    """Offer type name (License, LicenseLegacy, SoftwareSubscription, PerpetualSoftware, AzurePlan,
    AzureReservation, AzureLegacy, AzureSavingsPlan) to the price margin for that offer type on
    this provider instance. An offer-type margin overrides the provider-instance margin.

    """

    additional_properties: dict[str, Margin] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        offer_type_margins = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if type(prop_dict) is dict or isinstance(prop_dict, Mapping):
                try:
                    prop_value = Margin.from_dict(prop_dict)
                except FieldTypeError as exc:
                    raise exc.within(prop_name) from None
                except KeyError as exc:
                    raise FieldTypeError.missing(prop_name, exc) from None
            elif isinstance(prop_dict, Margin):
                prop_value = prop_dict
            else:
                raise FieldTypeError.expected(prop_name, "an object", prop_dict)

            additional_properties[prop_name] = prop_value

        offer_type_margins.additional_properties = additional_properties
        return offer_type_margins

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Margin:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Margin) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The referenced models, for from_dict and to_dict (see the template's note).
from ..models.margin import Margin
