from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

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

        provider_customer_id = d.pop("providerCustomerId", UNSET)
        if (
            provider_customer_id.__class__ is not str
            and provider_customer_id is not None
            and provider_customer_id is not UNSET
            and not isinstance(provider_customer_id, str)
        ):
            raise FieldTypeError.expected(
                "providerCustomerId", "a string or null", provider_customer_id
            )

        provider_customer_data = d.pop("providerCustomerData", UNSET)
        if (
            provider_customer_data.__class__ is not str
            and provider_customer_data is not None
            and provider_customer_data is not UNSET
            and not isinstance(provider_customer_data, str)
        ):
            raise FieldTypeError.expected(
                "providerCustomerData", "a string or null", provider_customer_data
            )

        _margin = d.pop("margin", UNSET)
        if _margin is None or _margin is UNSET:
            margin = _margin
        elif type(_margin) is dict or isinstance(_margin, Mapping):
            try:
                margin = PriceMargin.from_dict(_margin)
            except FieldTypeError as exc:
                raise exc.within("margin") from None
            except KeyError as exc:
                raise FieldTypeError.missing("margin", exc) from None
        elif isinstance(_margin, PriceMargin):
            margin = _margin
        else:
            raise FieldTypeError.expected("margin", "an object or null", _margin)

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


# The referenced models, for from_dict and to_dict (see the template's note).
from ..models.price_margin import PriceMargin
