from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="AccessContainer")


@_attrs_define
class AccessContainer:
    """Where an access assignment applies (a security group).

    Attributes:
        access_container_id (None | str | Unset): The identifier of the access container (for example, a security
            group). For "securityGroup"
            access containers, this must be a valid ID of an Azure AD security group in the Microsoft
            partner's tenant.
        access_container_type (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value
            (e.g. {"name": "Active"}).
            The docs draw them so and list no values for most; the name is an open string.
    """

    access_container_id: None | str | Unset = UNSET
    access_container_type: SmartEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_container_id: None | str | Unset
        if isinstance(self.access_container_id, Unset):
            access_container_id = UNSET
        else:
            access_container_id = self.access_container_id

        access_container_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_container_type, Unset):
            access_container_type = self.access_container_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_container_id is not UNSET:
            field_dict["accessContainerId"] = access_container_id
        if access_container_type is not UNSET:
            field_dict["accessContainerType"] = access_container_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_container_id = d.pop("accessContainerId", UNSET)
        if (
            access_container_id.__class__ is not str
            and access_container_id is not None
            and access_container_id is not UNSET
            and not isinstance(access_container_id, str)
        ):
            raise FieldTypeError.expected(
                "accessContainerId", "a string or null", access_container_id
            )

        _access_container_type = d.pop("accessContainerType", UNSET)
        if _access_container_type is UNSET:
            access_container_type = _access_container_type
        elif type(_access_container_type) is dict or isinstance(
            _access_container_type, Mapping
        ):
            try:
                access_container_type = SmartEnum.from_dict(_access_container_type)
            except FieldTypeError as exc:
                raise exc.within("accessContainerType") from None
            except KeyError as exc:
                raise FieldTypeError.missing("accessContainerType", exc) from None
        elif isinstance(_access_container_type, SmartEnum):
            access_container_type = _access_container_type
        else:
            raise FieldTypeError.expected(
                "accessContainerType", "an object", _access_container_type
            )

        access_container = cls(
            access_container_id=access_container_id,
            access_container_type=access_container_type,
        )

        access_container.additional_properties = d
        return access_container

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
from ..models.smart_enum import SmartEnum
