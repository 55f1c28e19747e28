from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """The errors of one property.

    Attributes:
        property_name (None | str | Unset): Name of the property involved.
        description (list[str] | None | Unset): The error messages for that property.
    """

    property_name: None | str | Unset = UNSET
    description: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_name: None | str | Unset
        if isinstance(self.property_name, Unset):
            property_name = UNSET
        else:
            property_name = self.property_name

        description: list[str] | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, list):
            description = self.description

        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_name is not UNSET:
            field_dict["propertyName"] = property_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        property_name: None | str | Unset = d.pop("propertyName", UNSET)

        description: list[str] | None | Unset = d.pop("description", UNSET)
        if description is not None and not isinstance(description, Unset):
            try:
                if not isinstance(description, list):
                    raise TypeError()
                description_type_0 = cast(list[str], description)

                description = description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error_detail = cls(
            property_name=property_name,
            description=description,
        )

        error_detail.additional_properties = d
        return error_detail

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
