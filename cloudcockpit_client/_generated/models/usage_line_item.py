from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

        reseller_mpn_id: int | None | Unset = d.pop("resellerMpnId", UNSET)

        reseller_id: None | Unset | UUID = d.pop("resellerId", UNSET)
        if reseller_id is not None and not isinstance(reseller_id, Unset):
            try:
                if not isinstance(reseller_id, str):
                    raise TypeError()
                reseller_id_type_0 = UUID(reseller_id)

                reseller_id = reseller_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reseller_name: None | str | Unset = d.pop("resellerName", UNSET)

        reseller_internal_id: None | str | Unset = d.pop("resellerInternalId", UNSET)

        customer_id: None | Unset | UUID = d.pop("customerId", UNSET)
        if customer_id is not None and not isinstance(customer_id, Unset):
            try:
                if not isinstance(customer_id, str):
                    raise TypeError()
                customer_id_type_0 = UUID(customer_id)

                customer_id = customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer_company_name: None | str | Unset = d.pop("customerCompanyName", UNSET)

        domain_name: None | str | Unset = d.pop("domainName", UNSET)

        customer_internal_id: None | str | Unset = d.pop("customerInternalId", UNSET)

        order_id: None | str | Unset = d.pop("orderId", UNSET)

        subscription_id: None | Unset | UUID = d.pop("subscriptionId", UNSET)
        if subscription_id is not None and not isinstance(subscription_id, Unset):
            try:
                if not isinstance(subscription_id, str):
                    raise TypeError()
                subscription_id_type_0 = UUID(subscription_id)

                subscription_id = subscription_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        subscription_name: None | str | Unset = d.pop("subscriptionName", UNSET)

        subscription_description: None | str | Unset = d.pop(
            "subscriptionDescription", UNSET
        )

        subscription_internal_id: None | str | Unset = d.pop(
            "subscriptionInternalId", UNSET
        )

        offer_id: None | Unset | UUID = d.pop("offerId", UNSET)
        if offer_id is not None and not isinstance(offer_id, Unset):
            try:
                if not isinstance(offer_id, str):
                    raise TypeError()
                offer_id_type_0 = UUID(offer_id)

                offer_id = offer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        provider_offer_id: None | str | Unset = d.pop("providerOfferId", UNSET)

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
