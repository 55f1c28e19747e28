from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDelegatedAdminRelationshipRequest")


@_attrs_define
class CreateDelegatedAdminRelationshipRequest:
    """The relationship to create.

    Attributes:
        provider_instance_id (UUID): The GUID identifier for the provider instance.
        display_name (None | str): The display name to set in the relationship. This may be up to 50 characters.
        auto_extend_enabled (bool): The flag to indicate whether the relationship is auto extend enabled.
        custom_selected_gdap_roles_ids (list[str] | None | Unset): A list of ids of the custom GDAP roles selection. In
            the absence of this property (null), a
            new relationship with the default roles set in the portal will be created. The ids of the
            possible roles to chose from can be found here
            https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/permissions-reference#all-roles
    """

    provider_instance_id: UUID
    display_name: None | str
    auto_extend_enabled: bool
    custom_selected_gdap_roles_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = str(self.provider_instance_id)

        display_name: None | str
        display_name = self.display_name

        auto_extend_enabled = self.auto_extend_enabled

        custom_selected_gdap_roles_ids: list[str] | None | Unset
        if isinstance(self.custom_selected_gdap_roles_ids, Unset):
            custom_selected_gdap_roles_ids = UNSET
        elif isinstance(self.custom_selected_gdap_roles_ids, list):
            custom_selected_gdap_roles_ids = self.custom_selected_gdap_roles_ids

        else:
            custom_selected_gdap_roles_ids = self.custom_selected_gdap_roles_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerInstanceId": provider_instance_id,
                "displayName": display_name,
                "autoExtendEnabled": auto_extend_enabled,
            }
        )
        if custom_selected_gdap_roles_ids is not UNSET:
            field_dict["customSelectedGdapRolesIds"] = custom_selected_gdap_roles_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_instance_id = UUID(d.pop("providerInstanceId"))

        display_name: None | str = d.pop("displayName")

        auto_extend_enabled = d.pop("autoExtendEnabled")

        custom_selected_gdap_roles_ids: list[str] | None | Unset = d.pop(
            "customSelectedGdapRolesIds", UNSET
        )
        if custom_selected_gdap_roles_ids is not None and not isinstance(
            custom_selected_gdap_roles_ids, Unset
        ):
            try:
                if not isinstance(custom_selected_gdap_roles_ids, list):
                    raise TypeError()
                custom_selected_gdap_roles_ids_type_0 = cast(
                    list[str], custom_selected_gdap_roles_ids
                )

                custom_selected_gdap_roles_ids = custom_selected_gdap_roles_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_delegated_admin_relationship_request = cls(
            provider_instance_id=provider_instance_id,
            display_name=display_name,
            auto_extend_enabled=auto_extend_enabled,
            custom_selected_gdap_roles_ids=custom_selected_gdap_roles_ids,
        )

        create_delegated_admin_relationship_request.additional_properties = d
        return create_delegated_admin_relationship_request

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
