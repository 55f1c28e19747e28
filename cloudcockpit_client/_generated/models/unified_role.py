from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="UnifiedRole")


@_attrs_define
class UnifiedRole:
    """A Microsoft Entra role, by its definition id.

    Attributes:
        role_definition_id (None | str | Unset):
    """

    role_definition_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_definition_id: None | str | Unset
        if isinstance(self.role_definition_id, Unset):
            role_definition_id = UNSET
        else:
            role_definition_id = self.role_definition_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_definition_id is not UNSET:
            field_dict["roleDefinitionId"] = role_definition_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_definition_id = d.pop("roleDefinitionId", UNSET)
        if (
            role_definition_id.__class__ is not str
            and role_definition_id is not None
            and role_definition_id is not UNSET
            and not isinstance(role_definition_id, str)
        ):
            raise FieldTypeError.expected(
                "roleDefinitionId", "a string or null", role_definition_id
            )

        unified_role = cls(
            role_definition_id=role_definition_id,
        )

        unified_role.additional_properties = d
        return unified_role

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
