from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

T = TypeVar("T", bound="PaginationParameters")


@_attrs_define
class PaginationParameters:
    """The parameters of a paged query.

    Attributes:
        page_number (int | Unset):
        page_size (int | Unset):
    """

    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)
        if (
            page_number.__class__ is not int
            and page_number is not UNSET
            and not is_int(page_number)
        ):
            raise FieldTypeError.expected("pageNumber", "an integer", page_number)
        if (
            page_number.__class__ is int
            and not -2147483648 <= page_number <= 2147483647
        ):
            raise FieldTypeError.expected(
                "pageNumber", "a 32-bit integer (format int32)", page_number
            )

        page_size = d.pop("pageSize", UNSET)
        if (
            page_size.__class__ is not int
            and page_size is not UNSET
            and not is_int(page_size)
        ):
            raise FieldTypeError.expected("pageSize", "an integer", page_size)
        if page_size.__class__ is int and not -2147483648 <= page_size <= 2147483647:
            raise FieldTypeError.expected(
                "pageSize", "a 32-bit integer (format int32)", page_size
            )

        pagination_parameters = cls(
            page_number=page_number,
            page_size=page_size,
        )

        pagination_parameters.additional_properties = d
        return pagination_parameters

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
