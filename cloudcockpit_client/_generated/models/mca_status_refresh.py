from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

T = TypeVar("T", bound="McaStatusRefresh")


@_attrs_define
class McaStatusRefresh:
    """What the refresh answers, as the page documents it (a signatory and a link expiration time).

    Attributes:
        first_name (None | str | Unset): The first name of the signatory
        last_name (None | str | Unset): The last name of the signatory
        email (None | str | Unset): The email address of the signatory
        phone (None | str | Unset): The phone number of the signatory
        expiration_time (int | Unset): The expiration time in minutes for the attestation link. Must be between 5 and
            10080.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        email = d.pop("email", UNSET)
        if (
            email.__class__ is not str
            and email is not None
            and email is not UNSET
            and not isinstance(email, str)
        ):
            raise FieldTypeError.expected("email", "a string or null", email)

        phone = d.pop("phone", UNSET)
        if (
            phone.__class__ is not str
            and phone is not None
            and phone is not UNSET
            and not isinstance(phone, str)
        ):
            raise FieldTypeError.expected("phone", "a string or null", phone)

        expiration_time = d.pop("expirationTime", UNSET)
        if (
            expiration_time.__class__ is not int
            and expiration_time is not UNSET
            and not is_int(expiration_time)
        ):
            raise FieldTypeError.expected(
                "expirationTime", "an integer", expiration_time
            )
        if (
            expiration_time.__class__ is int
            and not -2147483648 <= expiration_time <= 2147483647
        ):
            raise FieldTypeError.expected(
                "expirationTime", "a 32-bit integer (format int32)", expiration_time
            )

        mca_status_refresh = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            expiration_time=expiration_time,
        )

        mca_status_refresh.additional_properties = d
        return mca_status_refresh

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
