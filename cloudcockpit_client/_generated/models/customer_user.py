from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="CustomerUser")


@_attrs_define
class CustomerUser:
    """A user of the customer's Microsoft tenant.

    Attributes:
        display_name (None | str): The customer user display name. This may be up to 50 characters.
        email (None | str): The customer user email. This may be up to 48 characters.
        location (None | str): The customer user location.
        domain (None | str): The customer domain.
        id (UUID | Unset): The GUID identifier for the customer.
        first_name (None | str | Unset): THe customer user first name. This may be up to 50 characters.
        last_name (None | str | Unset): The customer user last name. This may be up to 50 characters.
        temporary_password (None | str | Unset): The customer user temporary password.
    """

    display_name: None | str
    email: None | str
    location: None | str
    domain: None | str
    id: UUID | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    temporary_password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str
        display_name = self.display_name

        email: None | str
        email = self.email

        location: None | str
        location = self.location

        domain: None | str
        domain = self.domain

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        temporary_password: None | str | Unset
        if isinstance(self.temporary_password, Unset):
            temporary_password = UNSET
        else:
            temporary_password = self.temporary_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "email": email,
                "location": location,
                "domain": domain,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if temporary_password is not UNSET:
            field_dict["temporaryPassword"] = temporary_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("displayName")
        if (
            display_name.__class__ is not str
            and display_name is not None
            and not isinstance(display_name, str)
        ):
            raise FieldTypeError.expected(
                "displayName", "a string or null", display_name
            )

        email = d.pop("email")
        if (
            email.__class__ is not str
            and email is not None
            and not isinstance(email, str)
        ):
            raise FieldTypeError.expected("email", "a string or null", email)

        location = d.pop("location")
        if (
            location.__class__ is not str
            and location is not None
            and not isinstance(location, str)
        ):
            raise FieldTypeError.expected("location", "a string or null", location)

        domain = d.pop("domain")
        if (
            domain.__class__ is not str
            and domain is not None
            and not isinstance(domain, str)
        ):
            raise FieldTypeError.expected("domain", "a string or null", domain)

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

        first_name = d.pop("firstName", UNSET)
        if (
            first_name.__class__ is not str
            and first_name is not None
            and first_name is not UNSET
            and not isinstance(first_name, str)
        ):
            raise FieldTypeError.expected("firstName", "a string or null", first_name)

        last_name = d.pop("lastName", UNSET)
        if (
            last_name.__class__ is not str
            and last_name is not None
            and last_name is not UNSET
            and not isinstance(last_name, str)
        ):
            raise FieldTypeError.expected("lastName", "a string or null", last_name)

        temporary_password = d.pop("temporaryPassword", UNSET)
        if (
            temporary_password.__class__ is not str
            and temporary_password is not None
            and temporary_password is not UNSET
            and not isinstance(temporary_password, str)
        ):
            raise FieldTypeError.expected(
                "temporaryPassword", "a string or null", temporary_password
            )

        customer_user = cls(
            display_name=display_name,
            email=email,
            location=location,
            domain=domain,
            id=id,
            first_name=first_name,
            last_name=last_name,
            temporary_password=temporary_password,
        )

        customer_user.additional_properties = d
        return customer_user

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
