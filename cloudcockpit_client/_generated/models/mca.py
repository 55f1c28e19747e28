from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.mca_status import McaStatus


T = TypeVar("T", bound="Mca")


@_attrs_define
class Mca:
    """Represents a Microsoft Customer Agreement (MCA) and its related presentation data.

    Attributes:
        customer_id (UUID | Unset): Gets or sets the unique identifier of the customer.
        provider_customer_id (None | str | Unset): Gets or sets the provider-specific customer identifier associated
            with this MCA.
        company_name (None | str | Unset): Gets or sets the company name associated with the customer.
        provider_instance_id (UUID | Unset): Gets or sets the unique identifier of the provider instance.
        provider_instance_name (None | str | Unset): Gets or sets the display name of the provider instance.
        first_name (None | str | Unset): Gets or sets the first name of the primary contact associated with this MCA.
        last_name (None | str | Unset): Gets or sets the last name of the primary contact associated with this MCA.
        email (None | str | Unset): Gets or sets the email address of the primary contact associated with this MCA.
        phone (None | str | Unset): Gets or sets the phone number of the primary contact associated with this MCA.
        status (McaStatus | Unset): The agreement's status. Its fields are cut from every stored page (the first begins
            "atte"); all are kept.
    """

    customer_id: UUID | Unset = UNSET
    provider_customer_id: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    provider_instance_id: UUID | Unset = UNSET
    provider_instance_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    status: McaStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        provider_customer_id: None | str | Unset
        if isinstance(self.provider_customer_id, Unset):
            provider_customer_id = UNSET
        else:
            provider_customer_id = self.provider_customer_id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        provider_instance_id: str | Unset = UNSET
        if not isinstance(self.provider_instance_id, Unset):
            provider_instance_id = str(self.provider_instance_id)

        provider_instance_name: None | str | Unset
        if isinstance(self.provider_instance_name, Unset):
            provider_instance_name = UNSET
        else:
            provider_instance_name = self.provider_instance_name

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

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if provider_customer_id is not UNSET:
            field_dict["providerCustomerId"] = provider_customer_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if provider_instance_id is not UNSET:
            field_dict["providerInstanceId"] = provider_instance_id
        if provider_instance_name is not UNSET:
            field_dict["providerInstanceName"] = provider_instance_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _customer_id = d.pop("customerId", UNSET)
        if _customer_id is UNSET:
            customer_id = _customer_id
        else:
            try:
                customer_id = UUID(_customer_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_customer_id, UUID):
                    raise FieldTypeError.expected(
                        "customerId", "a UUID string", _customer_id
                    ) from None
                customer_id = _customer_id

        provider_customer_id = d.pop("providerCustomerId", UNSET)
        if (
            provider_customer_id.__class__ is not str
            and provider_customer_id is not None
            and provider_customer_id is not UNSET
            and not isinstance(provider_customer_id, str)
        ):
            raise FieldTypeError.expected(
                "providerCustomerId", "a string or null", provider_customer_id
            )

        company_name = d.pop("companyName", UNSET)
        if (
            company_name.__class__ is not str
            and company_name is not None
            and company_name is not UNSET
            and not isinstance(company_name, str)
        ):
            raise FieldTypeError.expected(
                "companyName", "a string or null", company_name
            )

        _provider_instance_id = d.pop("providerInstanceId", UNSET)
        if _provider_instance_id is UNSET:
            provider_instance_id = _provider_instance_id
        else:
            try:
                provider_instance_id = UUID(_provider_instance_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_provider_instance_id, UUID):
                    raise FieldTypeError.expected(
                        "providerInstanceId", "a UUID string", _provider_instance_id
                    ) from None
                provider_instance_id = _provider_instance_id

        provider_instance_name = d.pop("providerInstanceName", UNSET)
        if (
            provider_instance_name.__class__ is not str
            and provider_instance_name is not None
            and provider_instance_name is not UNSET
            and not isinstance(provider_instance_name, str)
        ):
            raise FieldTypeError.expected(
                "providerInstanceName", "a string or null", provider_instance_name
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

        _status = d.pop("status", UNSET)
        if _status is UNSET:
            status = _status
        elif type(_status) is dict or isinstance(_status, Mapping):
            try:
                status = McaStatus.from_dict(_status)
            except FieldTypeError as exc:
                raise exc.within("status") from None
            except KeyError as exc:
                raise FieldTypeError.missing("status", exc) from None
        elif isinstance(_status, McaStatus):
            status = _status
        else:
            raise FieldTypeError.expected("status", "an object", _status)

        mca = cls(
            customer_id=customer_id,
            provider_customer_id=provider_customer_id,
            company_name=company_name,
            provider_instance_id=provider_instance_id,
            provider_instance_name=provider_instance_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            status=status,
        )

        mca.additional_properties = d
        return mca

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
from ..models.mca_status import McaStatus
