from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="DelegatedAdminRelationshipCustomer")


@_attrs_define
class DelegatedAdminRelationshipCustomer:
    """The customer of a GDAP relationship.

    Attributes:
        tenant_id (None | str | Unset):
    """

    tenant_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tenant_id = d.pop("tenantId", UNSET)
        if (
            tenant_id.__class__ is not str
            and tenant_id is not None
            and tenant_id is not UNSET
            and not isinstance(tenant_id, str)
        ):
            raise FieldTypeError.expected("tenantId", "a string or null", tenant_id)

        delegated_admin_relationship_customer = cls(
            tenant_id=tenant_id,
        )

        delegated_admin_relationship_customer.additional_properties = d
        return delegated_admin_relationship_customer

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
