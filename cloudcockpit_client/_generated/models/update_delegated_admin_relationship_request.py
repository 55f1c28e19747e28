from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldTypeError

T = TypeVar("T", bound="UpdateDelegatedAdminRelationshipRequest")


@_attrs_define
class UpdateDelegatedAdminRelationshipRequest:
    """The relationship's new auto-extend setting.

    Attributes:
        provider_instance_id (UUID): The GUID identifier for the provider instance.
        auto_extend_enabled (bool): The flag to indicate whether the relationship is auto extend enabled. Must be true
            or false
    """

    provider_instance_id: UUID
    auto_extend_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = str(self.provider_instance_id)

        auto_extend_enabled = self.auto_extend_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerInstanceId": provider_instance_id,
                "autoExtendEnabled": auto_extend_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _provider_instance_id = d.pop("providerInstanceId")
        try:
            provider_instance_id = UUID(_provider_instance_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_provider_instance_id, UUID):
                raise FieldTypeError.expected(
                    "providerInstanceId", "a UUID string", _provider_instance_id
                ) from None
            provider_instance_id = _provider_instance_id

        auto_extend_enabled = d.pop("autoExtendEnabled")
        if auto_extend_enabled is not True and auto_extend_enabled is not False:
            raise FieldTypeError.expected(
                "autoExtendEnabled", "a boolean", auto_extend_enabled
            )

        update_delegated_admin_relationship_request = cls(
            provider_instance_id=provider_instance_id,
            auto_extend_enabled=auto_extend_enabled,
        )

        update_delegated_admin_relationship_request.additional_properties = d
        return update_delegated_admin_relationship_request

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
