from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="UpdateInternalIdentifierRequest")


@_attrs_define
class UpdateInternalIdentifierRequest:
    """The customer's new internal identifier, on one relationship.

    Attributes:
        internal_identifier (None | str | Unset): The new internal identifier to set in the customer relationship. This
            may be up to 255 characters.
        reseller_id (None | Unset | UUID): The GUID identifier for the reseller. If value is null it will be the
            relation with the CSP.
    """

    internal_identifier: None | str | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_identifier: None | str | Unset
        if isinstance(self.internal_identifier, Unset):
            internal_identifier = UNSET
        else:
            internal_identifier = self.internal_identifier

        reseller_id: None | str | Unset
        if isinstance(self.reseller_id, Unset):
            reseller_id = UNSET
        elif isinstance(self.reseller_id, UUID):
            reseller_id = str(self.reseller_id)
        else:
            reseller_id = self.reseller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_identifier is not UNSET:
            field_dict["internalIdentifier"] = internal_identifier
        if reseller_id is not UNSET:
            field_dict["resellerId"] = reseller_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        internal_identifier = d.pop("internalIdentifier", UNSET)
        if (
            internal_identifier.__class__ is not str
            and internal_identifier is not None
            and internal_identifier is not UNSET
            and not isinstance(internal_identifier, str)
        ):
            raise FieldTypeError.expected(
                "internalIdentifier", "a string or null", internal_identifier
            )

        _reseller_id = d.pop("resellerId", UNSET)
        if _reseller_id is None or _reseller_id is UNSET:
            reseller_id = _reseller_id
        else:
            try:
                reseller_id = UUID(_reseller_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_reseller_id, UUID):
                    raise FieldTypeError.expected(
                        "resellerId", "a UUID string or null", _reseller_id
                    ) from None
                reseller_id = _reseller_id

        update_internal_identifier_request = cls(
            internal_identifier=internal_identifier,
            reseller_id=reseller_id,
        )

        update_internal_identifier_request.additional_properties = d
        return update_internal_identifier_request

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
