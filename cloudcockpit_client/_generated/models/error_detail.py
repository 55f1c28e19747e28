from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

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
        property_name = d.pop("propertyName", UNSET)
        if (
            property_name.__class__ is not str
            and property_name is not None
            and property_name is not UNSET
            and not isinstance(property_name, str)
        ):
            raise FieldTypeError.expected(
                "propertyName", "a string or null", property_name
            )

        _description = d.pop("description", UNSET)
        if isinstance(_description, list | tuple):
            description = []
            for description_item_data in _description:
                if description_item_data.__class__ is not str and not isinstance(
                    description_item_data, str
                ):
                    raise FieldTypeError.expected(
                        "description" + f"[{len(description)}]",
                        "a string",
                        description_item_data,
                    )

                description.append(description_item_data)
        elif _description is None or _description is UNSET:
            description = _description
        else:
            raise FieldTypeError.expected(
                "description", "an array or null", _description
            )

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
