from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        company_name: None | str = d.pop("companyName")

        country: None | str = d.pop("country")

        address_line_1: None | str = d.pop("addressLine1")

        city: None | str = d.pop("city")

        state: None | str = d.pop("state")

        zip_: None | str = d.pop("zip")

        first_name: None | str = d.pop("firstName")

        last_name: None | str = d.pop("lastName")

        email: None | str = d.pop("email")

        phone: None | str = d.pop("phone")

        provider_customers: None | ProviderCustomers = d.pop("providerCustomers")
        if provider_customers is not None:
            try:
                if not isinstance(provider_customers, dict):
                    raise TypeError()
                provider_customers_type_0 = ProviderCustomers.from_dict(
                    provider_customers
                )

                provider_customers = provider_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        tax_id: None | str | Unset = d.pop("taxId", UNSET)

        address_line_2: None | str | Unset = d.pop("addressLine2", UNSET)

        middle_name: None | str | Unset = d.pop("middleName", UNSET)

        internal_identifier: None | str | Unset = d.pop("internalIdentifier", UNSET)

        reseller_id: None | Unset | UUID = d.pop("resellerId", UNSET)
        if reseller_id is not None and not isinstance(reseller_id, Unset):
            try:
                if not isinstance(reseller_id, str):
                    raise TypeError()
                reseller_id_type_0 = UUID(reseller_id)

                reseller_id = reseller_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_associations: list[CustomerAssociation] | None | Unset = d.pop(
            "customerAssociations", UNSET
        )
        if customer_associations is not None and not isinstance(
            customer_associations, Unset
        ):
            try:
                if not isinstance(customer_associations, list):
                    raise TypeError()
                customer_associations_type_0 = []
                _customer_associations_type_0 = customer_associations
                for (
                    customer_associations_type_0_item_data
                ) in _customer_associations_type_0:
                    customer_associations_type_0_item = CustomerAssociation.from_dict(
                        customer_associations_type_0_item_data
                    )

                    customer_associations_type_0.append(
                        customer_associations_type_0_item
                    )

                customer_associations = customer_associations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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
