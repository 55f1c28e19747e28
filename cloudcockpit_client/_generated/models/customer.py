from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.customer_association import CustomerAssociation
    from ..models.provider_customers import ProviderCustomers


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """View model that represents a customer.

    Attributes:
        company_name (None | str): The company name.
        country (None | str): The company country (ISO 3166-1 alpha-2).
        address_line_1 (None | str): Address line 1.
        city (None | str): The city.
        state (None | str): The state.
        zip_ (None | str): The ZIP / postal code.
        first_name (None | str): Primary contact first name.
        last_name (None | str): Primary contact last name.
        email (None | str): Primary contact email.
        phone (None | str): Primary contact phone.
        provider_customers (None | ProviderCustomers):
        id (UUID | Unset): GUID of the customer.
        tax_id (None | str | Unset): The company tax id.
        address_line_2 (None | str | Unset): Address line 2.
        middle_name (None | str | Unset): Primary contact middle name.
        internal_identifier (None | str | Unset): Customer internal identifier.
        reseller_id (None | Unset | UUID): When set, a reseller-customer relation is created; when null, a direct CSP-
            customer relation.
        customer_associations (list[CustomerAssociation] | None | Unset): The list of partners associated to a customer
            (item fields are not documented).
    """

    company_name: None | str
    country: None | str
    address_line_1: None | str
    city: None | str
    state: None | str
    zip_: None | str
    first_name: None | str
    last_name: None | str
    email: None | str
    phone: None | str
    provider_customers: None | ProviderCustomers
    id: UUID | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    internal_identifier: None | str | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    customer_associations: list[CustomerAssociation] | None | Unset = UNSET
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

        zip_: None | str
        zip_ = self.zip_

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        provider_customers: dict[str, Any] | None
        if isinstance(self.provider_customers, ProviderCustomers):
            provider_customers = self.provider_customers.to_dict()
        else:
            provider_customers = self.provider_customers

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

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

        customer_associations: list[dict[str, Any]] | None | Unset
        if isinstance(self.customer_associations, Unset):
            customer_associations = UNSET
        elif isinstance(self.customer_associations, list):
            customer_associations = []
            for customer_associations_type_0_item_data in self.customer_associations:
                customer_associations_type_0_item = (
                    customer_associations_type_0_item_data.to_dict()
                )
                customer_associations.append(customer_associations_type_0_item)

        else:
            customer_associations = self.customer_associations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyName": company_name,
                "country": country,
                "addressLine1": address_line_1,
                "city": city,
                "state": state,
                "zip": zip_,
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "phone": phone,
                "providerCustomers": provider_customers,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if internal_identifier is not UNSET:
            field_dict["internalIdentifier"] = internal_identifier
        if reseller_id is not UNSET:
            field_dict["resellerId"] = reseller_id
        if customer_associations is not UNSET:
            field_dict["customerAssociations"] = customer_associations

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

        zip_ = d.pop("zip")
        if zip_.__class__ is not str and zip_ is not None and not isinstance(zip_, str):
            raise FieldTypeError.expected("zip", "a string or null", zip_)

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

        _provider_customers = d.pop("providerCustomers")
        if _provider_customers is None:
            provider_customers = _provider_customers
        elif type(_provider_customers) is dict or isinstance(
            _provider_customers, Mapping
        ):
            try:
                provider_customers = ProviderCustomers.from_dict(_provider_customers)
            except FieldTypeError as exc:
                raise exc.within("providerCustomers") from None
            except KeyError as exc:
                raise FieldTypeError.missing("providerCustomers", exc) from None
        elif isinstance(_provider_customers, ProviderCustomers):
            provider_customers = _provider_customers
        else:
            raise FieldTypeError.expected(
                "providerCustomers", "an object or null", _provider_customers
            )

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

        tax_id = d.pop("taxId", UNSET)
        if (
            tax_id.__class__ is not str
            and tax_id is not None
            and tax_id is not UNSET
            and not isinstance(tax_id, str)
        ):
            raise FieldTypeError.expected("taxId", "a string or null", tax_id)

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

        middle_name = d.pop("middleName", UNSET)
        if (
            middle_name.__class__ is not str
            and middle_name is not None
            and middle_name is not UNSET
            and not isinstance(middle_name, str)
        ):
            raise FieldTypeError.expected("middleName", "a string or null", middle_name)

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

        _customer_associations = d.pop("customerAssociations", UNSET)
        if isinstance(_customer_associations, list | tuple):
            customer_associations = []
            for customer_associations_item_data in _customer_associations:
                if type(customer_associations_item_data) is dict or isinstance(
                    customer_associations_item_data, Mapping
                ):
                    try:
                        customer_associations_item = CustomerAssociation.from_dict(
                            customer_associations_item_data
                        )
                    except FieldTypeError as exc:
                        raise exc.within(
                            "customerAssociations" + f"[{len(customer_associations)}]"
                        ) from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "customerAssociations" + f"[{len(customer_associations)}]",
                            exc,
                        ) from None
                elif isinstance(customer_associations_item_data, CustomerAssociation):
                    customer_associations_item = customer_associations_item_data
                else:
                    raise FieldTypeError.expected(
                        "customerAssociations" + f"[{len(customer_associations)}]",
                        "an object",
                        customer_associations_item_data,
                    )

                customer_associations.append(customer_associations_item)
        elif _customer_associations is None or _customer_associations is UNSET:
            customer_associations = _customer_associations
        else:
            raise FieldTypeError.expected(
                "customerAssociations", "an array or null", _customer_associations
            )

        customer = cls(
            company_name=company_name,
            country=country,
            address_line_1=address_line_1,
            city=city,
            state=state,
            zip_=zip_,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            provider_customers=provider_customers,
            id=id,
            tax_id=tax_id,
            address_line_2=address_line_2,
            middle_name=middle_name,
            internal_identifier=internal_identifier,
            reseller_id=reseller_id,
            customer_associations=customer_associations,
        )

        customer.additional_properties = d
        return customer

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
from ..models.customer_association import CustomerAssociation
from ..models.provider_customers import ProviderCustomers
