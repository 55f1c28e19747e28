from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerUserLicensesRequest")


@_attrs_define
class UpdateCustomerUserLicensesRequest:
    """The customer user's licenses (the page names the two properties; their types are not drawn).

    Attributes:
        provider_instance_id (Any | Unset): The provider instance (named by the page's body description; no type is
            drawn).
        licenses (Any | Unset): The licenses (named by the page's body description; their shape is not drawn).
    """

    provider_instance_id: Any | Unset = UNSET
    licenses: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = self.provider_instance_id

        licenses = self.licenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_instance_id is not UNSET:
            field_dict["providerInstanceId"] = provider_instance_id
        if licenses is not UNSET:
            field_dict["licenses"] = licenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_instance_id = d.pop("providerInstanceId", UNSET)

        licenses = d.pop("licenses", UNSET)

        update_customer_user_licenses_request = cls(
            provider_instance_id=provider_instance_id,
            licenses=licenses,
        )

        update_customer_user_licenses_request.additional_properties = d
        return update_customer_user_licenses_request

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
