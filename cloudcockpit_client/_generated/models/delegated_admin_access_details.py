from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.unified_role import UnifiedRole


T = TypeVar("T", bound="DelegatedAdminAccessDetails")


@_attrs_define
class DelegatedAdminAccessDetails:
    """The roles a GDAP relationship or access assignment grants.

    Attributes:
        unified_roles (list[UnifiedRole] | None | Unset):
    """

    unified_roles: list[UnifiedRole] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unified_roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.unified_roles, Unset):
            unified_roles = UNSET
        elif isinstance(self.unified_roles, list):
            unified_roles = []
            for unified_roles_type_0_item_data in self.unified_roles:
                unified_roles_type_0_item = unified_roles_type_0_item_data.to_dict()
                unified_roles.append(unified_roles_type_0_item)

        else:
            unified_roles = self.unified_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unified_roles is not UNSET:
            field_dict["unifiedRoles"] = unified_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _unified_roles = d.pop("unifiedRoles", UNSET)
        if isinstance(_unified_roles, list | tuple):
            unified_roles = []
            for unified_roles_item_data in _unified_roles:
                if type(unified_roles_item_data) is dict or isinstance(
                    unified_roles_item_data, Mapping
                ):
                    try:
                        unified_roles_item = UnifiedRole.from_dict(
                            unified_roles_item_data
                        )
                    except FieldTypeError as exc:
                        raise exc.within(
                            "unifiedRoles" + f"[{len(unified_roles)}]"
                        ) from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "unifiedRoles" + f"[{len(unified_roles)}]", exc
                        ) from None
                elif isinstance(unified_roles_item_data, UnifiedRole):
                    unified_roles_item = unified_roles_item_data
                else:
                    raise FieldTypeError.expected(
                        "unifiedRoles" + f"[{len(unified_roles)}]",
                        "an object",
                        unified_roles_item_data,
                    )

                unified_roles.append(unified_roles_item)
        elif _unified_roles is None or _unified_roles is UNSET:
            unified_roles = _unified_roles
        else:
            raise FieldTypeError.expected(
                "unifiedRoles", "an array or null", _unified_roles
            )

        delegated_admin_access_details = cls(
            unified_roles=unified_roles,
        )

        delegated_admin_access_details.additional_properties = d
        return delegated_admin_access_details

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
from ..models.unified_role import UnifiedRole
