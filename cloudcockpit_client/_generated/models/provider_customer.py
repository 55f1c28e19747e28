from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_margin import PriceMargin


T = TypeVar("T", bound="ProviderCustomer")


@_attrs_define
class ProviderCustomer:
    """A customer on one provider instance. Only the first fields are documented; unknown fields
    are kept, so a customer read from the API round-trips unchanged.

        Attributes:
            provider_instance_id (UUID | Unset): The GUID identifier for the provider instance.
            provider_customer_id (None | str | Unset): The identifier for the customer on the provider, populated once
                created there.
            provider_customer_data (None | str | Unset): The provider specific data for this customer.
            margin (None | PriceMargin | Unset):
    """

    provider_instance_id: UUID | Unset = UNSET
    provider_customer_id: None | str | Unset = UNSET
    provider_customer_data: None | str | Unset = UNSET
    margin: None | PriceMargin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.price_margin import PriceMargin

        provider_instance_id: str | Unset = UNSET
        if not isinstance(self.provider_instance_id, Unset):
            provider_instance_id = str(self.provider_instance_id)

        provider_customer_id: None | str | Unset
        if isinstance(self.provider_customer_id, Unset):
            provider_customer_id = UNSET
        else:
            provider_customer_id = self.provider_customer_id

        provider_customer_data: None | str | Unset
        if isinstance(self.provider_customer_data, Unset):
            provider_customer_data = UNSET
        else:
            provider_customer_data = self.provider_customer_data

        margin: dict[str, Any] | None | Unset
        if isinstance(self.margin, Unset):
            margin = UNSET
        elif isinstance(self.margin, PriceMargin):
            margin = self.margin.to_dict()
        else:
            margin = self.margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_instance_id is not UNSET:
            field_dict["providerInstanceId"] = provider_instance_id
        if provider_customer_id is not UNSET:
            field_dict["providerCustomerId"] = provider_customer_id
        if provider_customer_data is not UNSET:
            field_dict["providerCustomerData"] = provider_customer_data
        if margin is not UNSET:
            field_dict["margin"] = margin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price_margin import PriceMargin

        d = dict(src_dict)
        _provider_instance_id = d.pop("providerInstanceId", UNSET)
        provider_instance_id: UUID | Unset
        if isinstance(_provider_instance_id, Unset):
            provider_instance_id = UNSET
        else:
            provider_instance_id = UUID(_provider_instance_id)

        def _parse_provider_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_customer_id = _parse_provider_customer_id(
            d.pop("providerCustomerId", UNSET)
        )

        def _parse_provider_customer_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_customer_data = _parse_provider_customer_data(
            d.pop("providerCustomerData", UNSET)
        )

        def _parse_margin(data: object) -> None | PriceMargin | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                margin_type_0 = PriceMargin.from_dict(data)

                return margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PriceMargin | Unset, data)

        margin = _parse_margin(d.pop("margin", UNSET))

        provider_customer = cls(
            provider_instance_id=provider_instance_id,
            provider_customer_id=provider_customer_id,
            provider_customer_data=provider_customer_data,
            margin=margin,
        )

        provider_customer.additional_properties = d
        return provider_customer

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
