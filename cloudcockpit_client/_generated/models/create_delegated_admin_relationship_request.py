from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

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
        _provider_instance_id = d.pop("providerInstanceId")
        try:
            provider_instance_id = UUID(_provider_instance_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_provider_instance_id, UUID):
                raise FieldTypeError.expected(
                    "providerInstanceId", "a UUID string", _provider_instance_id
                ) from None
            provider_instance_id = _provider_instance_id

        display_name = d.pop("displayName")
        if (
            display_name.__class__ is not str
            and display_name is not None
            and not isinstance(display_name, str)
        ):
            raise FieldTypeError.expected(
                "displayName", "a string or null", display_name
            )

        auto_extend_enabled = d.pop("autoExtendEnabled")
        if auto_extend_enabled is not True and auto_extend_enabled is not False:
            raise FieldTypeError.expected(
                "autoExtendEnabled", "a boolean", auto_extend_enabled
            )

        _custom_selected_gdap_roles_ids = d.pop("customSelectedGdapRolesIds", UNSET)
        if isinstance(_custom_selected_gdap_roles_ids, list | tuple):
            custom_selected_gdap_roles_ids = []
            for (
                custom_selected_gdap_roles_ids_item_data
            ) in _custom_selected_gdap_roles_ids:
                if (
                    custom_selected_gdap_roles_ids_item_data.__class__ is not str
                    and not isinstance(custom_selected_gdap_roles_ids_item_data, str)
                ):
                    raise FieldTypeError.expected(
                        "customSelectedGdapRolesIds"
                        + f"[{len(custom_selected_gdap_roles_ids)}]",
                        "a string",
                        custom_selected_gdap_roles_ids_item_data,
                    )

                custom_selected_gdap_roles_ids.append(
                    custom_selected_gdap_roles_ids_item_data
                )
        elif (
            _custom_selected_gdap_roles_ids is None
            or _custom_selected_gdap_roles_ids is UNSET
        ):
            custom_selected_gdap_roles_ids = _custom_selected_gdap_roles_ids
        else:
            raise FieldTypeError.expected(
                "customSelectedGdapRolesIds",
                "an array or null",
                _custom_selected_gdap_roles_ids,
            )

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
