from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.smart_enum import SmartEnum
    from ..models.user_group import UserGroup


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """View model that represents a user.

    Attributes:
        first_name (None | str): The first name of the user. This may be up to 255 characters.
        last_name (None | str): The last name of the user. This may be up to 255 characters.
        email (None | str): The email. This may be up to 255 characters.
        groups (list[UserGroup] | None): The user groups.
        id (UUID | Unset): The id of the user.
        role (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
            "Active"}).
            The docs draw them so and list no values for most; the name is an open string.
    """

    first_name: None | str
    last_name: None | str
    email: None | str
    groups: list[UserGroup] | None
    id: UUID | Unset = UNSET
    role: SmartEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        email: None | str
        email = self.email

        groups: list[dict[str, Any]] | None
        if isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "groups": groups,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("firstName")
        if (
            first_name.__class__ is not str
            and first_name is not None
            and not isinstance(first_name, str)
        ):
            raise FieldTypeError.expected("firstName", "a string or null", first_name)

        last_name = d.pop("lastName")
        if (
            last_name.__class__ is not str
            and last_name is not None
            and not isinstance(last_name, str)
        ):
            raise FieldTypeError.expected("lastName", "a string or null", last_name)

        email = d.pop("email")
        if (
            email.__class__ is not str
            and email is not None
            and not isinstance(email, str)
        ):
            raise FieldTypeError.expected("email", "a string or null", email)

        _groups = d.pop("groups")
        if isinstance(_groups, list | tuple):
            groups = []
            for groups_item_data in _groups:
                if type(groups_item_data) is dict or isinstance(
                    groups_item_data, Mapping
                ):
                    try:
                        groups_item = UserGroup.from_dict(groups_item_data)
                    except FieldTypeError as exc:
                        raise exc.within("groups" + f"[{len(groups)}]") from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "groups" + f"[{len(groups)}]", exc
                        ) from None
                elif isinstance(groups_item_data, UserGroup):
                    groups_item = groups_item_data
                else:
                    raise FieldTypeError.expected(
                        "groups" + f"[{len(groups)}]", "an object", groups_item_data
                    )

                groups.append(groups_item)
        elif _groups is None:
            groups = _groups
        else:
            raise FieldTypeError.expected("groups", "an array or null", _groups)

        _id = d.pop("id", UNSET)
        if _id is UNSET:
            id = _id
        else:
            try:
                id = UUID(_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_id, UUID):
                    raise FieldTypeError.expected("id", "a UUID string", _id) from None
                id = _id

        _role = d.pop("role", UNSET)
        if _role is UNSET:
            role = _role
        elif type(_role) is dict or isinstance(_role, Mapping):
            try:
                role = SmartEnum.from_dict(_role)
            except FieldTypeError as exc:
                raise exc.within("role") from None
            except KeyError as exc:
                raise FieldTypeError.missing("role", exc) from None
        elif isinstance(_role, SmartEnum):
            role = _role
        else:
            raise FieldTypeError.expected("role", "an object", _role)

        user = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            groups=groups,
            id=id,
            role=role,
        )

        user.additional_properties = d
        return user

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
from ..models.user_group import UserGroup
