from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.provider_reseller import ProviderReseller
    from ..models.reseller_custom_domain import ResellerCustomDomain


T = TypeVar("T", bound="Reseller")


@_attrs_define
class Reseller:
    """View model that represents a reseller. Not the Customer: zipCode (not zip), no middleName, and
    providerResellers. The pages are cut: the list page after providerResellers' first entry fields,
    the create page after customDomain (seen only there); unknown fields are kept. The lengths are in
    the docs' prose only.

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
                may be up to 30 characters.
            id (UUID | Unset): The reseller Id.
            address_line_2 (None | str | Unset): The company address line 2. This may be up to 255 characters.
            internal_identifier (None | str | Unset): The company internal identifier. This may be up to 255 characters.
            tax_id (None | str | Unset): The tax id of the company. This may be up to 255 characters.
            provider_resellers (list[ProviderReseller] | None | Unset): The provider resellers. A list containing the info
                about this reseller in one or more provider
                instances. (The type line is not printed: read as a list from the text, and because the page
                draws the entry's fields directly, with no "*" map key as on the customer's providerCustomers.
                Nullability is not shown; null is accepted.)
            custom_domain (ResellerCustomDomain | Unset): The reseller's customDomain, as the create page draws it: an
                object ("Additional properties are NOT
                allowed.") with no description and no fields shown; sent and read as given.
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
    id: UUID | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    internal_identifier: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    provider_resellers: list[ProviderReseller] | None | Unset = UNSET
    custom_domain: ResellerCustomDomain | Unset = UNSET
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

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        internal_identifier: None | str | Unset
        if isinstance(self.internal_identifier, Unset):
            internal_identifier = UNSET
        else:
            internal_identifier = self.internal_identifier

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        provider_resellers: list[dict[str, Any]] | None | Unset
        if isinstance(self.provider_resellers, Unset):
            provider_resellers = UNSET
        elif isinstance(self.provider_resellers, list):
            provider_resellers = []
            for provider_resellers_type_0_item_data in self.provider_resellers:
                provider_resellers_type_0_item = (
                    provider_resellers_type_0_item_data.to_dict()
                )
                provider_resellers.append(provider_resellers_type_0_item)

        else:
            provider_resellers = self.provider_resellers

        custom_domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_domain, Unset):
            custom_domain = self.custom_domain.to_dict()

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
        if id is not UNSET:
            field_dict["id"] = id
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if internal_identifier is not UNSET:
            field_dict["internalIdentifier"] = internal_identifier
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if provider_resellers is not UNSET:
            field_dict["providerResellers"] = provider_resellers
        if custom_domain is not UNSET:
            field_dict["customDomain"] = custom_domain

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

        tax_id = d.pop("taxId", UNSET)
        if (
            tax_id.__class__ is not str
            and tax_id is not None
            and tax_id is not UNSET
            and not isinstance(tax_id, str)
        ):
            raise FieldTypeError.expected("taxId", "a string or null", tax_id)

        _provider_resellers = d.pop("providerResellers", UNSET)
        if isinstance(_provider_resellers, list | tuple):
            provider_resellers = []
            for provider_resellers_item_data in _provider_resellers:
                if type(provider_resellers_item_data) is dict or isinstance(
                    provider_resellers_item_data, Mapping
                ):
                    try:
                        provider_resellers_item = ProviderReseller.from_dict(
                            provider_resellers_item_data
                        )
                    except FieldTypeError as exc:
                        raise exc.within(
                            "providerResellers" + f"[{len(provider_resellers)}]"
                        ) from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "providerResellers" + f"[{len(provider_resellers)}]", exc
                        ) from None
                elif isinstance(provider_resellers_item_data, ProviderReseller):
                    provider_resellers_item = provider_resellers_item_data
                else:
                    raise FieldTypeError.expected(
                        "providerResellers" + f"[{len(provider_resellers)}]",
                        "an object",
                        provider_resellers_item_data,
                    )

                provider_resellers.append(provider_resellers_item)
        elif _provider_resellers is None or _provider_resellers is UNSET:
            provider_resellers = _provider_resellers
        else:
            raise FieldTypeError.expected(
                "providerResellers", "an array or null", _provider_resellers
            )

        _custom_domain = d.pop("customDomain", UNSET)
        if _custom_domain is UNSET:
            custom_domain = _custom_domain
        elif type(_custom_domain) is dict or isinstance(_custom_domain, Mapping):
            try:
                custom_domain = ResellerCustomDomain.from_dict(_custom_domain)
            except FieldTypeError as exc:
                raise exc.within("customDomain") from None
            except KeyError as exc:
                raise FieldTypeError.missing("customDomain", exc) from None
        elif isinstance(_custom_domain, ResellerCustomDomain):
            custom_domain = _custom_domain
        else:
            raise FieldTypeError.expected("customDomain", "an object", _custom_domain)

        reseller = cls(
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
            id=id,
            address_line_2=address_line_2,
            internal_identifier=internal_identifier,
            tax_id=tax_id,
            provider_resellers=provider_resellers,
            custom_domain=custom_domain,
        )

        reseller.additional_properties = d
        return reseller

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
from ..models.provider_reseller import ProviderReseller
from ..models.reseller_custom_domain import ResellerCustomDomain
