from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """A license of a customer. The page draws no field list: the fields and their types are read from
    its 200 example.

        Attributes:
            sku_id (None | str | Unset):
            name (None | str | Unset):
            available_licenses (int | Unset):
            is_selected (bool | Unset):
            total_licenses (int | Unset):
            consumed_licenses (int | Unset):
            suspended_licenses (int | Unset):
    """

    sku_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    available_licenses: int | Unset = UNSET
    is_selected: bool | Unset = UNSET
    total_licenses: int | Unset = UNSET
    consumed_licenses: int | Unset = UNSET
    suspended_licenses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        available_licenses = self.available_licenses

        is_selected = self.is_selected

        total_licenses = self.total_licenses

        consumed_licenses = self.consumed_licenses

        suspended_licenses = self.suspended_licenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if name is not UNSET:
            field_dict["name"] = name
        if available_licenses is not UNSET:
            field_dict["availableLicenses"] = available_licenses
        if is_selected is not UNSET:
            field_dict["isSelected"] = is_selected
        if total_licenses is not UNSET:
            field_dict["totalLicenses"] = total_licenses
        if consumed_licenses is not UNSET:
            field_dict["consumedLicenses"] = consumed_licenses
        if suspended_licenses is not UNSET:
            field_dict["suspendedLicenses"] = suspended_licenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku_id = d.pop("skuId", UNSET)
        if (
            sku_id.__class__ is not str
            and sku_id is not None
            and sku_id is not UNSET
            and not isinstance(sku_id, str)
        ):
            raise FieldTypeError.expected("skuId", "a string or null", sku_id)

        name = d.pop("name", UNSET)
        if (
            name.__class__ is not str
            and name is not None
            and name is not UNSET
            and not isinstance(name, str)
        ):
            raise FieldTypeError.expected("name", "a string or null", name)

        available_licenses = d.pop("availableLicenses", UNSET)
        if (
            available_licenses.__class__ is not int
            and available_licenses is not UNSET
            and not is_int(available_licenses)
        ):
            raise FieldTypeError.expected(
                "availableLicenses", "an integer", available_licenses
            )
        if (
            available_licenses.__class__ is int
            and not -2147483648 <= available_licenses <= 2147483647
        ):
            raise FieldTypeError.expected(
                "availableLicenses",
                "a 32-bit integer (format int32)",
                available_licenses,
            )

        is_selected = d.pop("isSelected", UNSET)
        if (
            is_selected is not True
            and is_selected is not False
            and is_selected is not UNSET
        ):
            raise FieldTypeError.expected("isSelected", "a boolean", is_selected)

        total_licenses = d.pop("totalLicenses", UNSET)
        if (
            total_licenses.__class__ is not int
            and total_licenses is not UNSET
            and not is_int(total_licenses)
        ):
            raise FieldTypeError.expected("totalLicenses", "an integer", total_licenses)
        if (
            total_licenses.__class__ is int
            and not -2147483648 <= total_licenses <= 2147483647
        ):
            raise FieldTypeError.expected(
                "totalLicenses", "a 32-bit integer (format int32)", total_licenses
            )

        consumed_licenses = d.pop("consumedLicenses", UNSET)
        if (
            consumed_licenses.__class__ is not int
            and consumed_licenses is not UNSET
            and not is_int(consumed_licenses)
        ):
            raise FieldTypeError.expected(
                "consumedLicenses", "an integer", consumed_licenses
            )
        if (
            consumed_licenses.__class__ is int
            and not -2147483648 <= consumed_licenses <= 2147483647
        ):
            raise FieldTypeError.expected(
                "consumedLicenses", "a 32-bit integer (format int32)", consumed_licenses
            )

        suspended_licenses = d.pop("suspendedLicenses", UNSET)
        if (
            suspended_licenses.__class__ is not int
            and suspended_licenses is not UNSET
            and not is_int(suspended_licenses)
        ):
            raise FieldTypeError.expected(
                "suspendedLicenses", "an integer", suspended_licenses
            )
        if (
            suspended_licenses.__class__ is int
            and not -2147483648 <= suspended_licenses <= 2147483647
        ):
            raise FieldTypeError.expected(
                "suspendedLicenses",
                "a 32-bit integer (format int32)",
                suspended_licenses,
            )

        license_ = cls(
            sku_id=sku_id,
            name=name,
            available_licenses=available_licenses,
            is_selected=is_selected,
            total_licenses=total_licenses,
            consumed_licenses=consumed_licenses,
            suspended_licenses=suspended_licenses,
        )

        license_.additional_properties = d
        return license_

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
