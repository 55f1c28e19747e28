from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="UpdateMicrosoftCustomerAgreementRequest")


@_attrs_define
class UpdateMicrosoftCustomerAgreementRequest:
    """The customer's Microsoft customer agreement (the page is cut at lastName).

    Attributes:
        provider_instance_id (UUID): The GUID identifier for the provider instance.
        agreement_date (datetime.datetime): The date this agreement was accepted by the customer.
        keep_primary_information (bool): The flag indicating wheter to use the current primary contact information of
            the customer in
            the microsoft customer agreement. If true there is no need to set the properties firstName,
            lastName, email and phone since they will be overriden by the customer primary contact info.
        first_name (None | str | Unset): The first name to use in this microsoft customer agreement. If
            KeepPrimaryInformation set to true
            this will be auto-populated with customer primary contact information. If set to false this is
            required. This may be up to 255 characters.
        last_name (None | str | Unset): The last name to use in this microsoft customer agreement. If
            KeepPrimaryInformation set to true
            this will be auto-populated with customer primary contact information (the docs' text is cut).
        email (None | str | Unset): Named by keepPrimaryInformation's description; its own entry is cut from every copy.
        phone (None | str | Unset): Named by keepPrimaryInformation's description; its own entry is cut from every copy.
    """

    provider_instance_id: UUID
    agreement_date: datetime.datetime
    keep_primary_information: bool
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = str(self.provider_instance_id)

        agreement_date = self.agreement_date.isoformat()

        keep_primary_information = self.keep_primary_information

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerInstanceId": provider_instance_id,
                "agreementDate": agreement_date,
                "keepPrimaryInformation": keep_primary_information,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

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

        _agreement_date = d.pop("agreementDate")
        try:
            agreement_date = datetime.datetime.fromisoformat(_agreement_date)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_agreement_date, datetime.datetime):
                raise FieldTypeError.expected(
                    "agreementDate", "an ISO 8601 date-time string", _agreement_date
                ) from None
            agreement_date = _agreement_date

        keep_primary_information = d.pop("keepPrimaryInformation")
        if (
            keep_primary_information is not True
            and keep_primary_information is not False
        ):
            raise FieldTypeError.expected(
                "keepPrimaryInformation", "a boolean", keep_primary_information
            )

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

        update_microsoft_customer_agreement_request = cls(
            provider_instance_id=provider_instance_id,
            agreement_date=agreement_date,
            keep_primary_information=keep_primary_information,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
        )

        update_microsoft_customer_agreement_request.additional_properties = d
        return update_microsoft_customer_agreement_request

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
