from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldTypeError

if TYPE_CHECKING:
    from ..models.provider_customer import ProviderCustomer


T = TypeVar("T", bound="ProviderCustomers")


@_attrs_define
class ProviderCustomers:
    """The provider customers: the info about this customer in one or more provider instances.
    A map; the key is most likely the provider instance id (not documented).

    """

    additional_properties: dict[str, ProviderCustomer] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_customers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if type(prop_dict) is dict or isinstance(prop_dict, Mapping):
                try:
                    prop_value = ProviderCustomer.from_dict(prop_dict)
                except FieldTypeError as exc:
                    raise exc.within(prop_name) from None
                except KeyError as exc:
                    raise FieldTypeError.missing(prop_name, exc) from None
            elif isinstance(prop_dict, ProviderCustomer):
                prop_value = prop_dict
            else:
                raise FieldTypeError.expected(prop_name, "an object", prop_dict)

            additional_properties[prop_name] = prop_value

        provider_customers.additional_properties = additional_properties
        return provider_customers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProviderCustomer:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ProviderCustomer) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The referenced models, for from_dict and to_dict (see the template's note).
from ..models.provider_customer import ProviderCustomer
