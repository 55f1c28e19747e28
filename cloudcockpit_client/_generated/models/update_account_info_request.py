from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="UpdateAccountInfoRequest")


@_attrs_define
class UpdateAccountInfoRequest:
    """The customer's account info, and whether to retry provider customers that failed on it.

    Attributes:
        customer (Customer | Unset): View model that represents a customer.
        retry_failed_provider_customers_from_company_info (bool | Unset): Retry any provider customer that failed from
            invalid company info.
    """

    customer: Customer | Unset = UNSET
    retry_failed_provider_customers_from_company_info: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        retry_failed_provider_customers_from_company_info = (
            self.retry_failed_provider_customers_from_company_info
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if retry_failed_provider_customers_from_company_info is not UNSET:
            field_dict["retryFailedProviderCustomersFromCompanyInfo"] = (
                retry_failed_provider_customers_from_company_info
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        if _customer is UNSET:
            customer = _customer
        elif type(_customer) is dict or isinstance(_customer, Mapping):
            try:
                customer = Customer.from_dict(_customer)
            except FieldTypeError as exc:
                raise exc.within("customer") from None
            except KeyError as exc:
                raise FieldTypeError.missing("customer", exc) from None
        elif isinstance(_customer, Customer):
            customer = _customer
        else:
            raise FieldTypeError.expected("customer", "an object", _customer)

        retry_failed_provider_customers_from_company_info = d.pop(
            "retryFailedProviderCustomersFromCompanyInfo", UNSET
        )
        if (
            retry_failed_provider_customers_from_company_info is not True
            and retry_failed_provider_customers_from_company_info is not False
            and retry_failed_provider_customers_from_company_info is not UNSET
        ):
            raise FieldTypeError.expected(
                "retryFailedProviderCustomersFromCompanyInfo",
                "a boolean",
                retry_failed_provider_customers_from_company_info,
            )

        update_account_info_request = cls(
            customer=customer,
            retry_failed_provider_customers_from_company_info=retry_failed_provider_customers_from_company_info,
        )

        update_account_info_request.additional_properties = d
        return update_account_info_request

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
from ..models.customer import Customer
