from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

T = TypeVar("T", bound="UsageLineItem")


@_attrs_define
class UsageLineItem:
    """A model that represents a single charge of a usage invoice. In the case of the Microsoft provider
    each line item represents an Azure legacy charge. Fields in page order, read from the page's HTML
    excerpts (the .md does not expand items). The page is cut after providerOfferId (named so on this
    page; the reseller page names the same field offerProviderId): four more fields are printed by
    description only (the offer name, the billing start and end dates, the charge type) and are left out
    until their names are documented; unknown fields are kept.

        Attributes:
            mpn_id (int | Unset): The mpn id of the CSP.
            reseller_mpn_id (int | None | Unset): The mpn id of the reseller associated with the line item, if applicable.
                On tier 1 scenarios,
                this will be null.
            reseller_id (None | Unset | UUID): The id of the reseller associated with this charge. Can be null, for example
                when the customer
                must pay directly to the CSP.
            reseller_name (None | str | Unset): The name of the reseller associated with the charge.
            reseller_internal_id (None | str | Unset): The internal id of the reseller associated with this charge.
            customer_id (None | Unset | UUID): The id of the customer associated to this charge. Can be null, for example
                when the CSP removed
                the relationship with the customer on the provider side and the customer wasn't in our system
                when that happened.
            customer_company_name (None | str | Unset): The company name of the customer.
            domain_name (None | str | Unset): The domain of the customer associated with the charge.
            customer_internal_id (None | str | Unset): The internal id of the customer associated with this charge.
            order_id (None | str | Unset): The id that identifies the order associated with the charge.
            subscription_id (None | Unset | UUID): The id of the subscription associated with the charge. Can be null, for
                example when the CSP
                removed the relationship with the customer on the provider side and the subscription wasn't in
                our system when that happened.
            subscription_name (None | str | Unset): The name of the subscription associated with the charge.
            subscription_description (None | str | Unset): The description of the subscription associated with the charge.
            subscription_internal_id (None | str | Unset): The internal id of the subscription associated with this charge.
            offer_id (None | Unset | UUID): The id of the offer associated with the charge in CloudCockpit.
            provider_offer_id (None | str | Unset): The offer id on the provider's side that identifies the subscription
                associated with the charge.
    """

    mpn_id: int | Unset = UNSET
    reseller_mpn_id: int | None | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    reseller_name: None | str | Unset = UNSET
    reseller_internal_id: None | str | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    customer_company_name: None | str | Unset = UNSET
    domain_name: None | str | Unset = UNSET
    customer_internal_id: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    subscription_id: None | Unset | UUID = UNSET
    subscription_name: None | str | Unset = UNSET
    subscription_description: None | str | Unset = UNSET
    subscription_internal_id: None | str | Unset = UNSET
    offer_id: None | Unset | UUID = UNSET
    provider_offer_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mpn_id = self.mpn_id

        reseller_mpn_id: int | None | Unset
        if isinstance(self.reseller_mpn_id, Unset):
            reseller_mpn_id = UNSET
        else:
            reseller_mpn_id = self.reseller_mpn_id

        reseller_id: None | str | Unset
        if isinstance(self.reseller_id, Unset):
            reseller_id = UNSET
        elif isinstance(self.reseller_id, UUID):
            reseller_id = str(self.reseller_id)
        else:
            reseller_id = self.reseller_id

        reseller_name: None | str | Unset
        if isinstance(self.reseller_name, Unset):
            reseller_name = UNSET
        else:
            reseller_name = self.reseller_name

        reseller_internal_id: None | str | Unset
        if isinstance(self.reseller_internal_id, Unset):
            reseller_internal_id = UNSET
        else:
            reseller_internal_id = self.reseller_internal_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        customer_company_name: None | str | Unset
        if isinstance(self.customer_company_name, Unset):
            customer_company_name = UNSET
        else:
            customer_company_name = self.customer_company_name

        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        customer_internal_id: None | str | Unset
        if isinstance(self.customer_internal_id, Unset):
            customer_internal_id = UNSET
        else:
            customer_internal_id = self.customer_internal_id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        elif isinstance(self.subscription_id, UUID):
            subscription_id = str(self.subscription_id)
        else:
            subscription_id = self.subscription_id

        subscription_name: None | str | Unset
        if isinstance(self.subscription_name, Unset):
            subscription_name = UNSET
        else:
            subscription_name = self.subscription_name

        subscription_description: None | str | Unset
        if isinstance(self.subscription_description, Unset):
            subscription_description = UNSET
        else:
            subscription_description = self.subscription_description

        subscription_internal_id: None | str | Unset
        if isinstance(self.subscription_internal_id, Unset):
            subscription_internal_id = UNSET
        else:
            subscription_internal_id = self.subscription_internal_id

        offer_id: None | str | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        elif isinstance(self.offer_id, UUID):
            offer_id = str(self.offer_id)
        else:
            offer_id = self.offer_id

        provider_offer_id: None | str | Unset
        if isinstance(self.provider_offer_id, Unset):
            provider_offer_id = UNSET
        else:
            provider_offer_id = self.provider_offer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mpn_id is not UNSET:
            field_dict["mpnId"] = mpn_id
        if reseller_mpn_id is not UNSET:
            field_dict["resellerMpnId"] = reseller_mpn_id
        if reseller_id is not UNSET:
            field_dict["resellerId"] = reseller_id
        if reseller_name is not UNSET:
            field_dict["resellerName"] = reseller_name
        if reseller_internal_id is not UNSET:
            field_dict["resellerInternalId"] = reseller_internal_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_company_name is not UNSET:
            field_dict["customerCompanyName"] = customer_company_name
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if customer_internal_id is not UNSET:
            field_dict["customerInternalId"] = customer_internal_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if subscription_name is not UNSET:
            field_dict["subscriptionName"] = subscription_name
        if subscription_description is not UNSET:
            field_dict["subscriptionDescription"] = subscription_description
        if subscription_internal_id is not UNSET:
            field_dict["subscriptionInternalId"] = subscription_internal_id
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if provider_offer_id is not UNSET:
            field_dict["providerOfferId"] = provider_offer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mpn_id = d.pop("mpnId", UNSET)
        if mpn_id.__class__ is not int and mpn_id is not UNSET and not is_int(mpn_id):
            raise FieldTypeError.expected("mpnId", "an integer", mpn_id)
        if mpn_id.__class__ is int and not -2147483648 <= mpn_id <= 2147483647:
            raise FieldTypeError.expected(
                "mpnId", "a 32-bit integer (format int32)", mpn_id
            )

        reseller_mpn_id = d.pop("resellerMpnId", UNSET)
        if (
            reseller_mpn_id.__class__ is not int
            and reseller_mpn_id is not None
            and reseller_mpn_id is not UNSET
            and not is_int(reseller_mpn_id)
        ):
            raise FieldTypeError.expected(
                "resellerMpnId", "an integer or null", reseller_mpn_id
            )
        if (
            reseller_mpn_id.__class__ is int
            and not -2147483648 <= reseller_mpn_id <= 2147483647
        ):
            raise FieldTypeError.expected(
                "resellerMpnId", "a 32-bit integer (format int32)", reseller_mpn_id
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

        reseller_name = d.pop("resellerName", UNSET)
        if (
            reseller_name.__class__ is not str
            and reseller_name is not None
            and reseller_name is not UNSET
            and not isinstance(reseller_name, str)
        ):
            raise FieldTypeError.expected(
                "resellerName", "a string or null", reseller_name
            )

        reseller_internal_id = d.pop("resellerInternalId", UNSET)
        if (
            reseller_internal_id.__class__ is not str
            and reseller_internal_id is not None
            and reseller_internal_id is not UNSET
            and not isinstance(reseller_internal_id, str)
        ):
            raise FieldTypeError.expected(
                "resellerInternalId", "a string or null", reseller_internal_id
            )

        _customer_id = d.pop("customerId", UNSET)
        if _customer_id is None or _customer_id is UNSET:
            customer_id = _customer_id
        else:
            try:
                customer_id = UUID(_customer_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_customer_id, UUID):
                    raise FieldTypeError.expected(
                        "customerId", "a UUID string or null", _customer_id
                    ) from None
                customer_id = _customer_id

        customer_company_name = d.pop("customerCompanyName", UNSET)
        if (
            customer_company_name.__class__ is not str
            and customer_company_name is not None
            and customer_company_name is not UNSET
            and not isinstance(customer_company_name, str)
        ):
            raise FieldTypeError.expected(
                "customerCompanyName", "a string or null", customer_company_name
            )

        domain_name = d.pop("domainName", UNSET)
        if (
            domain_name.__class__ is not str
            and domain_name is not None
            and domain_name is not UNSET
            and not isinstance(domain_name, str)
        ):
            raise FieldTypeError.expected("domainName", "a string or null", domain_name)

        customer_internal_id = d.pop("customerInternalId", UNSET)
        if (
            customer_internal_id.__class__ is not str
            and customer_internal_id is not None
            and customer_internal_id is not UNSET
            and not isinstance(customer_internal_id, str)
        ):
            raise FieldTypeError.expected(
                "customerInternalId", "a string or null", customer_internal_id
            )

        order_id = d.pop("orderId", UNSET)
        if (
            order_id.__class__ is not str
            and order_id is not None
            and order_id is not UNSET
            and not isinstance(order_id, str)
        ):
            raise FieldTypeError.expected("orderId", "a string or null", order_id)

        _subscription_id = d.pop("subscriptionId", UNSET)
        if _subscription_id is None or _subscription_id is UNSET:
            subscription_id = _subscription_id
        else:
            try:
                subscription_id = UUID(_subscription_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_subscription_id, UUID):
                    raise FieldTypeError.expected(
                        "subscriptionId", "a UUID string or null", _subscription_id
                    ) from None
                subscription_id = _subscription_id

        subscription_name = d.pop("subscriptionName", UNSET)
        if (
            subscription_name.__class__ is not str
            and subscription_name is not None
            and subscription_name is not UNSET
            and not isinstance(subscription_name, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionName", "a string or null", subscription_name
            )

        subscription_description = d.pop("subscriptionDescription", UNSET)
        if (
            subscription_description.__class__ is not str
            and subscription_description is not None
            and subscription_description is not UNSET
            and not isinstance(subscription_description, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionDescription", "a string or null", subscription_description
            )

        subscription_internal_id = d.pop("subscriptionInternalId", UNSET)
        if (
            subscription_internal_id.__class__ is not str
            and subscription_internal_id is not None
            and subscription_internal_id is not UNSET
            and not isinstance(subscription_internal_id, str)
        ):
            raise FieldTypeError.expected(
                "subscriptionInternalId", "a string or null", subscription_internal_id
            )

        _offer_id = d.pop("offerId", UNSET)
        if _offer_id is None or _offer_id is UNSET:
            offer_id = _offer_id
        else:
            try:
                offer_id = UUID(_offer_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_offer_id, UUID):
                    raise FieldTypeError.expected(
                        "offerId", "a UUID string or null", _offer_id
                    ) from None
                offer_id = _offer_id

        provider_offer_id = d.pop("providerOfferId", UNSET)
        if (
            provider_offer_id.__class__ is not str
            and provider_offer_id is not None
            and provider_offer_id is not UNSET
            and not isinstance(provider_offer_id, str)
        ):
            raise FieldTypeError.expected(
                "providerOfferId", "a string or null", provider_offer_id
            )

        usage_line_item = cls(
            mpn_id=mpn_id,
            reseller_mpn_id=reseller_mpn_id,
            reseller_id=reseller_id,
            reseller_name=reseller_name,
            reseller_internal_id=reseller_internal_id,
            customer_id=customer_id,
            customer_company_name=customer_company_name,
            domain_name=domain_name,
            customer_internal_id=customer_internal_id,
            order_id=order_id,
            subscription_id=subscription_id,
            subscription_name=subscription_name,
            subscription_description=subscription_description,
            subscription_internal_id=subscription_internal_id,
            offer_id=offer_id,
            provider_offer_id=provider_offer_id,
        )

        usage_line_item.additional_properties = d
        return usage_line_item

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
