from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="UpdateResellerAccountInfoRequest")


@_attrs_define
class UpdateResellerAccountInfoRequest:
    """The reseller's account info (the Reseller fields from companyName, without id). Both copies are
    cut at phone: later fields, if any, are not shown.

        Attributes:
            company_name (None | str): The name of the company associated to the reseller. This may be up to 255 characters.
            country (None | str): The company country. Must be in standard iso 3166-1 alpha 2.
            address_line_1 (None | str): The company address line 1. This may be up to 255 characters.
            city (None | str): The company city. This may be up to 255 characters.
            state (None | str): The company state. This may be up to 255 characters.
            zip_code (None | str): The company ZIP. Should be a valid zip according to the company country. This may be up
                to 30 characters.
            first_name (None | str): The company primary contact first name. This may be up to 255 characters.
            last_name (None | str): The company primary contact last name. This may be up to 255 characters.
            email (None | str): The company primary contact email. This may be up to 255 characters.
            phone (None | str): The company primary contact phone. Should be a valid phone according to the company country.
                This
                may be up to 30 characters. (Cut on this page; the text is the reseller view model's.)
            address_line_2 (None | str | Unset): The company address line 2. This may be up to 255 characters.
    """

    company_name: None | str
    country: None | str
    address_line_1: None | str
    city: None | str
    state: None | str
    zip_code: None | str
    first_name: None | str
    last_name: None | str
    email: None | str
    phone: None | str
    address_line_2: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name: None | str
        company_name = self.company_name

        country: None | str
        country = self.country

        address_line_1: None | str
        address_line_1 = self.address_line_1

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        zip_code: None | str
        zip_code = self.zip_code

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyName": company_name,
                "country": country,
                "addressLine1": address_line_1,
                "city": city,
                "state": state,
                "zipCode": zip_code,
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "phone": phone,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_name = d.pop("companyName")
        if (
            company_name.__class__ is not str
            and company_name is not None
            and not isinstance(company_name, str)
        ):
            raise FieldTypeError.expected(
                "companyName", "a string or null", company_name
            )

        country = d.pop("country")
        if (
            country.__class__ is not str
            and country is not None
            and not isinstance(country, str)
        ):
            raise FieldTypeError.expected("country", "a string or null", country)

        address_line_1 = d.pop("addressLine1")
        if (
            address_line_1.__class__ is not str
            and address_line_1 is not None
            and not isinstance(address_line_1, str)
        ):
            raise FieldTypeError.expected(
                "addressLine1", "a string or null", address_line_1
            )

        city = d.pop("city")
        if city.__class__ is not str and city is not None and not isinstance(city, str):
            raise FieldTypeError.expected("city", "a string or null", city)

        state = d.pop("state")
        if (
            state.__class__ is not str
            and state is not None
            and not isinstance(state, str)
        ):
            raise FieldTypeError.expected("state", "a string or null", state)

        zip_code = d.pop("zipCode")
        if (
            zip_code.__class__ is not str
            and zip_code is not None
            and not isinstance(zip_code, str)
        ):
            raise FieldTypeError.expected("zipCode", "a string or null", zip_code)

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

        phone = d.pop("phone")
        if (
            phone.__class__ is not str
            and phone is not None
            and not isinstance(phone, str)
        ):
            raise FieldTypeError.expected("phone", "a string or null", phone)

        address_line_2 = d.pop("addressLine2", UNSET)
        if (
            address_line_2.__class__ is not str
            and address_line_2 is not None
            and address_line_2 is not UNSET
            and not isinstance(address_line_2, str)
        ):
            raise FieldTypeError.expected(
                "addressLine2", "a string or null", address_line_2
            )

        update_reseller_account_info_request = cls(
            company_name=company_name,
            country=country,
            address_line_1=address_line_1,
            city=city,
            state=state,
            zip_code=zip_code,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            address_line_2=address_line_2,
        )

        update_reseller_account_info_request.additional_properties = d
        return update_reseller_account_info_request

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
