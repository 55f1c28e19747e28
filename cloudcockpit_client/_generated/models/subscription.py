from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

if TYPE_CHECKING:
    from ..models.offer_type import OfferType
    from ..models.price_margin import PriceMargin
    from ..models.smart_enum import SmartEnum
    from ..models.subscription_auto_renew_settings import SubscriptionAutoRenewSettings
    from ..models.subscription_next_billing_frequency import (
        SubscriptionNextBillingFrequency,
    )
    from ..models.subscription_offer import SubscriptionOffer
    from ..models.subscription_offer_price import SubscriptionOfferPrice
    from ..models.subscription_price import SubscriptionPrice


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A subscription. The docs draw two views of it, both declared here (nothing is marked required;
    whichever fields the API sends are set). The items of List all Subscriptions and List all customer
    Subscriptions (rows 36/37) have orderId, offerId, subscriptionName, offerName, offerType,
    isAddonOffer, isTrialOffer, providerOfferId, subscriptionStatus, assignedLicenses, listPrice,
    revenuePrice and customMargin; Retrieve a Subscription (row 38) has name, providerSubscriptionId,
    status, termDuration, billingFrequency, nextBillingFrequency, segment, autoRenewEnabled,
    autoRenewSettings, margin, internalId, poNumber, offer, offerPrice and providerData; both have id,
    customerId, providerInstanceId, resellerId, startDate, endDate, cancellationAllowedUntil and
    quantity. The list pages are cut after customMargin: the erp price before it and a billing
    frequency after it are printed without their names and are left out. Row 38's lists end at
    providerData. Unknown fields are kept.

        Attributes:
            id (UUID | Unset): The id of the subscription.
            order_id (UUID | Unset): The order id of the subscription. (List items.)
            offer_id (UUID | Unset): The offer id of the subscription. (List items.)
            customer_id (UUID | Unset): The customer id of the subscription.
            provider_instance_id (UUID | Unset): The provider instance id of the subscription.
            reseller_id (None | Unset | UUID): The reseller id of the subscription.
            subscription_name (None | str | Unset): The friendly name of the subscription. (List items.)
            name (None | str | Unset): The friendly name of the subscription. (Retrieve.)
            provider_subscription_id (None | str | Unset): The provider subscription identifier. (Retrieve.)
            offer_name (None | str | Unset): The name of the subscription. (List items; sic.)
            offer_type (OfferType | Unset): An offer type, e.g. {"name": "AzurePlan"}. The name is an open string, not an
                enum.
            is_addon_offer (bool | Unset): The value indicating if the subscription offer is addon. (List items.)
            is_trial_offer (bool | Unset): The value indicating if the subscription offer is trial. (List items.)
            provider_offer_id (None | str | Unset): The provider offer identifier. (List items.)
            subscription_status (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g.
                {"name": "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            status (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            start_date (datetime.datetime | Unset): The start date of the subscription.
            end_date (datetime.datetime | Unset): The end date of the subscription.
            cancellation_allowed_until (datetime.datetime | None | Unset): The limit date to cancelled the subscription.
            quantity (int | Unset): The quantity of the subscription.
            assigned_licenses (int | None | Unset): The quantity of the subscription. (List items; the page repeats
                quantity's description.)
            term_duration (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g.
                {"name": "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            billing_frequency (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g.
                {"name": "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            next_billing_frequency (SubscriptionNextBillingFrequency | Unset): The scheduled next billing frequency of a
                subscription (Retrieve a Subscription). The page gives it
                no description and does not expand its attributes: the two fields are read from the page's 200
                example. Unknown fields are kept.
            segment (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            auto_renew_enabled (bool | Unset): true if [automatic renew enabled]; otherwise,false . (Retrieve.)
            auto_renew_settings (SubscriptionAutoRenewSettings | Unset): The auto-renew settings of a subscription, as
                returned (Retrieve a Subscription). No description and
                no attribute list are drawn; the 200 example shows term and is cut at "billingFrequ". Unknown
                fields (the rest of it) are kept.
            list_price (SubscriptionPrice | Unset): A price of a subscription for its whole term (listPrice, revenuePrice).
                The pages draw it as an
                object and do not expand its attributes; all are kept.
            revenue_price (SubscriptionPrice | Unset): A price of a subscription for its whole term (listPrice,
                revenuePrice). The pages draw it as an
                object and do not expand its attributes; all are kept.
            custom_margin (PriceMargin | Unset): A price margin as the API returns it. Unlike the request-only Margin it is
                open: the docs
                show a second, unnamed attribute on marginRule, and a rule name added later must not
                break reading a customer.
            margin (PriceMargin | Unset): A price margin as the API returns it. Unlike the request-only Margin it is open:
                the docs
                show a second, unnamed attribute on marginRule, and a rule name added later must not
                break reading a customer.
            internal_id (None | str | Unset): The internal identifier. (Retrieve.)
            po_number (None | str | Unset): The po number. (Retrieve.)
            offer (SubscriptionOffer | Unset): View model that represents an Offer. Its attributes are not expanded on the
                page; all are kept.
            offer_price (SubscriptionOfferPrice | Unset): View model that represents an offer price. Its attributes are not
                expanded on the page; all are kept.
            provider_data (None | str | Unset): The subscription provider data. (Retrieve.)
    """

    id: UUID | Unset = UNSET
    order_id: UUID | Unset = UNSET
    offer_id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    provider_instance_id: UUID | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    subscription_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    provider_subscription_id: None | str | Unset = UNSET
    offer_name: None | str | Unset = UNSET
    offer_type: OfferType | Unset = UNSET
    is_addon_offer: bool | Unset = UNSET
    is_trial_offer: bool | Unset = UNSET
    provider_offer_id: None | str | Unset = UNSET
    subscription_status: SmartEnum | Unset = UNSET
    status: SmartEnum | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    cancellation_allowed_until: datetime.datetime | None | Unset = UNSET
    quantity: int | Unset = UNSET
    assigned_licenses: int | None | Unset = UNSET
    term_duration: SmartEnum | Unset = UNSET
    billing_frequency: SmartEnum | Unset = UNSET
    next_billing_frequency: SubscriptionNextBillingFrequency | Unset = UNSET
    segment: SmartEnum | Unset = UNSET
    auto_renew_enabled: bool | Unset = UNSET
    auto_renew_settings: SubscriptionAutoRenewSettings | Unset = UNSET
    list_price: SubscriptionPrice | Unset = UNSET
    revenue_price: SubscriptionPrice | Unset = UNSET
    custom_margin: PriceMargin | Unset = UNSET
    margin: PriceMargin | Unset = UNSET
    internal_id: None | str | Unset = UNSET
    po_number: None | str | Unset = UNSET
    offer: SubscriptionOffer | Unset = UNSET
    offer_price: SubscriptionOfferPrice | Unset = UNSET
    provider_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        offer_id: str | Unset = UNSET
        if not isinstance(self.offer_id, Unset):
            offer_id = str(self.offer_id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        provider_instance_id: str | Unset = UNSET
        if not isinstance(self.provider_instance_id, Unset):
            provider_instance_id = str(self.provider_instance_id)

        reseller_id: None | str | Unset
        if isinstance(self.reseller_id, Unset):
            reseller_id = UNSET
        elif isinstance(self.reseller_id, UUID):
            reseller_id = str(self.reseller_id)
        else:
            reseller_id = self.reseller_id

        subscription_name: None | str | Unset
        if isinstance(self.subscription_name, Unset):
            subscription_name = UNSET
        else:
            subscription_name = self.subscription_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        provider_subscription_id: None | str | Unset
        if isinstance(self.provider_subscription_id, Unset):
            provider_subscription_id = UNSET
        else:
            provider_subscription_id = self.provider_subscription_id

        offer_name: None | str | Unset
        if isinstance(self.offer_name, Unset):
            offer_name = UNSET
        else:
            offer_name = self.offer_name

        offer_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.to_dict()

        is_addon_offer = self.is_addon_offer

        is_trial_offer = self.is_trial_offer

        provider_offer_id: None | str | Unset
        if isinstance(self.provider_offer_id, Unset):
            provider_offer_id = UNSET
        else:
            provider_offer_id = self.provider_offer_id

        subscription_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_status, Unset):
            subscription_status = self.subscription_status.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        cancellation_allowed_until: None | str | Unset
        if isinstance(self.cancellation_allowed_until, Unset):
            cancellation_allowed_until = UNSET
        elif isinstance(self.cancellation_allowed_until, datetime.datetime):
            cancellation_allowed_until = self.cancellation_allowed_until.isoformat()
        else:
            cancellation_allowed_until = self.cancellation_allowed_until

        quantity = self.quantity

        assigned_licenses: int | None | Unset
        if isinstance(self.assigned_licenses, Unset):
            assigned_licenses = UNSET
        else:
            assigned_licenses = self.assigned_licenses

        term_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_duration, Unset):
            term_duration = self.term_duration.to_dict()

        billing_frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_frequency, Unset):
            billing_frequency = self.billing_frequency.to_dict()

        next_billing_frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_billing_frequency, Unset):
            next_billing_frequency = self.next_billing_frequency.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        auto_renew_enabled = self.auto_renew_enabled

        auto_renew_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_renew_settings, Unset):
            auto_renew_settings = self.auto_renew_settings.to_dict()

        list_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_price, Unset):
            list_price = self.list_price.to_dict()

        revenue_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue_price, Unset):
            revenue_price = self.revenue_price.to_dict()

        custom_margin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_margin, Unset):
            custom_margin = self.custom_margin.to_dict()

        margin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.margin, Unset):
            margin = self.margin.to_dict()

        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        po_number: None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        offer_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_price, Unset):
            offer_price = self.offer_price.to_dict()

        provider_data: None | str | Unset
        if isinstance(self.provider_data, Unset):
            provider_data = UNSET
        else:
            provider_data = self.provider_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if provider_instance_id is not UNSET:
            field_dict["providerInstanceId"] = provider_instance_id
        if reseller_id is not UNSET:
            field_dict["resellerId"] = reseller_id
        if subscription_name is not UNSET:
            field_dict["subscriptionName"] = subscription_name
        if name is not UNSET:
            field_dict["name"] = name
        if provider_subscription_id is not UNSET:
            field_dict["providerSubscriptionId"] = provider_subscription_id
        if offer_name is not UNSET:
            field_dict["offerName"] = offer_name
        if offer_type is not UNSET:
            field_dict["offerType"] = offer_type
        if is_addon_offer is not UNSET:
            field_dict["isAddonOffer"] = is_addon_offer
        if is_trial_offer is not UNSET:
            field_dict["isTrialOffer"] = is_trial_offer
        if provider_offer_id is not UNSET:
            field_dict["providerOfferId"] = provider_offer_id
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if cancellation_allowed_until is not UNSET:
            field_dict["cancellationAllowedUntil"] = cancellation_allowed_until
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if assigned_licenses is not UNSET:
            field_dict["assignedLicenses"] = assigned_licenses
        if term_duration is not UNSET:
            field_dict["termDuration"] = term_duration
        if billing_frequency is not UNSET:
            field_dict["billingFrequency"] = billing_frequency
        if next_billing_frequency is not UNSET:
            field_dict["nextBillingFrequency"] = next_billing_frequency
        if segment is not UNSET:
            field_dict["segment"] = segment
        if auto_renew_enabled is not UNSET:
            field_dict["autoRenewEnabled"] = auto_renew_enabled
        if auto_renew_settings is not UNSET:
            field_dict["autoRenewSettings"] = auto_renew_settings
        if list_price is not UNSET:
            field_dict["listPrice"] = list_price
        if revenue_price is not UNSET:
            field_dict["revenuePrice"] = revenue_price
        if custom_margin is not UNSET:
            field_dict["customMargin"] = custom_margin
        if margin is not UNSET:
            field_dict["margin"] = margin
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if offer is not UNSET:
            field_dict["offer"] = offer
        if offer_price is not UNSET:
            field_dict["offerPrice"] = offer_price
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        _order_id = d.pop("orderId", UNSET)
        if _order_id is UNSET:
            order_id = _order_id
        else:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_order_id, UUID):
                    raise FieldTypeError.expected(
                        "orderId", "a UUID string", _order_id
                    ) from None
                order_id = _order_id

        _offer_id = d.pop("offerId", UNSET)
        if _offer_id is UNSET:
            offer_id = _offer_id
        else:
            try:
                offer_id = UUID(_offer_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_offer_id, UUID):
                    raise FieldTypeError.expected(
                        "offerId", "a UUID string", _offer_id
                    ) from None
                offer_id = _offer_id

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

        name = d.pop("name", UNSET)
        if (
            name.__class__ is not str
            and name is not None
            and name is not UNSET
            and not isinstance(name, str)
        ):
            raise FieldTypeError.expected("name", "a string or null", name)

        provider_subscription_id = d.pop("providerSubscriptionId", UNSET)
        if (
            provider_subscription_id.__class__ is not str
            and provider_subscription_id is not None
            and provider_subscription_id is not UNSET
            and not isinstance(provider_subscription_id, str)
        ):
            raise FieldTypeError.expected(
                "providerSubscriptionId", "a string or null", provider_subscription_id
            )

        offer_name = d.pop("offerName", UNSET)
        if (
            offer_name.__class__ is not str
            and offer_name is not None
            and offer_name is not UNSET
            and not isinstance(offer_name, str)
        ):
            raise FieldTypeError.expected("offerName", "a string or null", offer_name)

        _offer_type = d.pop("offerType", UNSET)
        if _offer_type is UNSET:
            offer_type = _offer_type
        elif type(_offer_type) is dict or isinstance(_offer_type, Mapping):
            try:
                offer_type = OfferType.from_dict(_offer_type)
            except FieldTypeError as exc:
                raise exc.within("offerType") from None
            except KeyError as exc:
                raise FieldTypeError.missing("offerType", exc) from None
        elif isinstance(_offer_type, OfferType):
            offer_type = _offer_type
        else:
            raise FieldTypeError.expected("offerType", "an object", _offer_type)

        is_addon_offer = d.pop("isAddonOffer", UNSET)
        if (
            is_addon_offer is not True
            and is_addon_offer is not False
            and is_addon_offer is not UNSET
        ):
            raise FieldTypeError.expected("isAddonOffer", "a boolean", is_addon_offer)

        is_trial_offer = d.pop("isTrialOffer", UNSET)
        if (
            is_trial_offer is not True
            and is_trial_offer is not False
            and is_trial_offer is not UNSET
        ):
            raise FieldTypeError.expected("isTrialOffer", "a boolean", is_trial_offer)

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

        _subscription_status = d.pop("subscriptionStatus", UNSET)
        if _subscription_status is UNSET:
            subscription_status = _subscription_status
        elif type(_subscription_status) is dict or isinstance(
            _subscription_status, Mapping
        ):
            try:
                subscription_status = SmartEnum.from_dict(_subscription_status)
            except FieldTypeError as exc:
                raise exc.within("subscriptionStatus") from None
            except KeyError as exc:
                raise FieldTypeError.missing("subscriptionStatus", exc) from None
        elif isinstance(_subscription_status, SmartEnum):
            subscription_status = _subscription_status
        else:
            raise FieldTypeError.expected(
                "subscriptionStatus", "an object", _subscription_status
            )

        _status = d.pop("status", UNSET)
        if _status is UNSET:
            status = _status
        elif type(_status) is dict or isinstance(_status, Mapping):
            try:
                status = SmartEnum.from_dict(_status)
            except FieldTypeError as exc:
                raise exc.within("status") from None
            except KeyError as exc:
                raise FieldTypeError.missing("status", exc) from None
        elif isinstance(_status, SmartEnum):
            status = _status
        else:
            raise FieldTypeError.expected("status", "an object", _status)

        _start_date = d.pop("startDate", UNSET)
        if _start_date is UNSET:
            start_date = _start_date
        else:
            try:
                start_date = datetime.datetime.fromisoformat(_start_date)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_start_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "startDate", "an ISO 8601 date-time string", _start_date
                    ) from None
                start_date = _start_date

        _end_date = d.pop("endDate", UNSET)
        if _end_date is UNSET:
            end_date = _end_date
        else:
            try:
                end_date = datetime.datetime.fromisoformat(_end_date)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_end_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "endDate", "an ISO 8601 date-time string", _end_date
                    ) from None
                end_date = _end_date

        _cancellation_allowed_until = d.pop("cancellationAllowedUntil", UNSET)
        if _cancellation_allowed_until is None or _cancellation_allowed_until is UNSET:
            cancellation_allowed_until = _cancellation_allowed_until
        else:
            try:
                cancellation_allowed_until = datetime.datetime.fromisoformat(
                    _cancellation_allowed_until
                )
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_cancellation_allowed_until, datetime.datetime):
                    raise FieldTypeError.expected(
                        "cancellationAllowedUntil",
                        "an ISO 8601 date-time string or null",
                        _cancellation_allowed_until,
                    ) from None
                cancellation_allowed_until = _cancellation_allowed_until

        quantity = d.pop("quantity", UNSET)
        if (
            quantity.__class__ is not int
            and quantity is not UNSET
            and not is_int(quantity)
        ):
            raise FieldTypeError.expected("quantity", "an integer", quantity)
        if quantity.__class__ is int and not -2147483648 <= quantity <= 2147483647:
            raise FieldTypeError.expected(
                "quantity", "a 32-bit integer (format int32)", quantity
            )

        assigned_licenses = d.pop("assignedLicenses", UNSET)
        if (
            assigned_licenses.__class__ is not int
            and assigned_licenses is not None
            and assigned_licenses is not UNSET
            and not is_int(assigned_licenses)
        ):
            raise FieldTypeError.expected(
                "assignedLicenses", "an integer or null", assigned_licenses
            )
        if (
            assigned_licenses.__class__ is int
            and not -2147483648 <= assigned_licenses <= 2147483647
        ):
            raise FieldTypeError.expected(
                "assignedLicenses", "a 32-bit integer (format int32)", assigned_licenses
            )

        _term_duration = d.pop("termDuration", UNSET)
        if _term_duration is UNSET:
            term_duration = _term_duration
        elif type(_term_duration) is dict or isinstance(_term_duration, Mapping):
            try:
                term_duration = SmartEnum.from_dict(_term_duration)
            except FieldTypeError as exc:
                raise exc.within("termDuration") from None
            except KeyError as exc:
                raise FieldTypeError.missing("termDuration", exc) from None
        elif isinstance(_term_duration, SmartEnum):
            term_duration = _term_duration
        else:
            raise FieldTypeError.expected("termDuration", "an object", _term_duration)

        _billing_frequency = d.pop("billingFrequency", UNSET)
        if _billing_frequency is UNSET:
            billing_frequency = _billing_frequency
        elif type(_billing_frequency) is dict or isinstance(
            _billing_frequency, Mapping
        ):
            try:
                billing_frequency = SmartEnum.from_dict(_billing_frequency)
            except FieldTypeError as exc:
                raise exc.within("billingFrequency") from None
            except KeyError as exc:
                raise FieldTypeError.missing("billingFrequency", exc) from None
        elif isinstance(_billing_frequency, SmartEnum):
            billing_frequency = _billing_frequency
        else:
            raise FieldTypeError.expected(
                "billingFrequency", "an object", _billing_frequency
            )

        _next_billing_frequency = d.pop("nextBillingFrequency", UNSET)
        if _next_billing_frequency is UNSET:
            next_billing_frequency = _next_billing_frequency
        elif type(_next_billing_frequency) is dict or isinstance(
            _next_billing_frequency, Mapping
        ):
            try:
                next_billing_frequency = SubscriptionNextBillingFrequency.from_dict(
                    _next_billing_frequency
                )
            except FieldTypeError as exc:
                raise exc.within("nextBillingFrequency") from None
            except KeyError as exc:
                raise FieldTypeError.missing("nextBillingFrequency", exc) from None
        elif isinstance(_next_billing_frequency, SubscriptionNextBillingFrequency):
            next_billing_frequency = _next_billing_frequency
        else:
            raise FieldTypeError.expected(
                "nextBillingFrequency", "an object", _next_billing_frequency
            )

        _segment = d.pop("segment", UNSET)
        if _segment is UNSET:
            segment = _segment
        elif type(_segment) is dict or isinstance(_segment, Mapping):
            try:
                segment = SmartEnum.from_dict(_segment)
            except FieldTypeError as exc:
                raise exc.within("segment") from None
            except KeyError as exc:
                raise FieldTypeError.missing("segment", exc) from None
        elif isinstance(_segment, SmartEnum):
            segment = _segment
        else:
            raise FieldTypeError.expected("segment", "an object", _segment)

        auto_renew_enabled = d.pop("autoRenewEnabled", UNSET)
        if (
            auto_renew_enabled is not True
            and auto_renew_enabled is not False
            and auto_renew_enabled is not UNSET
        ):
            raise FieldTypeError.expected(
                "autoRenewEnabled", "a boolean", auto_renew_enabled
            )

        _auto_renew_settings = d.pop("autoRenewSettings", UNSET)
        if _auto_renew_settings is UNSET:
            auto_renew_settings = _auto_renew_settings
        elif type(_auto_renew_settings) is dict or isinstance(
            _auto_renew_settings, Mapping
        ):
            try:
                auto_renew_settings = SubscriptionAutoRenewSettings.from_dict(
                    _auto_renew_settings
                )
            except FieldTypeError as exc:
                raise exc.within("autoRenewSettings") from None
            except KeyError as exc:
                raise FieldTypeError.missing("autoRenewSettings", exc) from None
        elif isinstance(_auto_renew_settings, SubscriptionAutoRenewSettings):
            auto_renew_settings = _auto_renew_settings
        else:
            raise FieldTypeError.expected(
                "autoRenewSettings", "an object", _auto_renew_settings
            )

        _list_price = d.pop("listPrice", UNSET)
        if _list_price is UNSET:
            list_price = _list_price
        elif type(_list_price) is dict or isinstance(_list_price, Mapping):
            try:
                list_price = SubscriptionPrice.from_dict(_list_price)
            except FieldTypeError as exc:
                raise exc.within("listPrice") from None
            except KeyError as exc:
                raise FieldTypeError.missing("listPrice", exc) from None
        elif isinstance(_list_price, SubscriptionPrice):
            list_price = _list_price
        else:
            raise FieldTypeError.expected("listPrice", "an object", _list_price)

        _revenue_price = d.pop("revenuePrice", UNSET)
        if _revenue_price is UNSET:
            revenue_price = _revenue_price
        elif type(_revenue_price) is dict or isinstance(_revenue_price, Mapping):
            try:
                revenue_price = SubscriptionPrice.from_dict(_revenue_price)
            except FieldTypeError as exc:
                raise exc.within("revenuePrice") from None
            except KeyError as exc:
                raise FieldTypeError.missing("revenuePrice", exc) from None
        elif isinstance(_revenue_price, SubscriptionPrice):
            revenue_price = _revenue_price
        else:
            raise FieldTypeError.expected("revenuePrice", "an object", _revenue_price)

        _custom_margin = d.pop("customMargin", UNSET)
        if _custom_margin is UNSET:
            custom_margin = _custom_margin
        elif type(_custom_margin) is dict or isinstance(_custom_margin, Mapping):
            try:
                custom_margin = PriceMargin.from_dict(_custom_margin)
            except FieldTypeError as exc:
                raise exc.within("customMargin") from None
            except KeyError as exc:
                raise FieldTypeError.missing("customMargin", exc) from None
        elif isinstance(_custom_margin, PriceMargin):
            custom_margin = _custom_margin
        else:
            raise FieldTypeError.expected("customMargin", "an object", _custom_margin)

        _margin = d.pop("margin", UNSET)
        if _margin is UNSET:
            margin = _margin
        elif type(_margin) is dict or isinstance(_margin, Mapping):
            try:
                margin = PriceMargin.from_dict(_margin)
            except FieldTypeError as exc:
                raise exc.within("margin") from None
            except KeyError as exc:
                raise FieldTypeError.missing("margin", exc) from None
        elif isinstance(_margin, PriceMargin):
            margin = _margin
        else:
            raise FieldTypeError.expected("margin", "an object", _margin)

        internal_id = d.pop("internalId", UNSET)
        if (
            internal_id.__class__ is not str
            and internal_id is not None
            and internal_id is not UNSET
            and not isinstance(internal_id, str)
        ):
            raise FieldTypeError.expected("internalId", "a string or null", internal_id)

        po_number = d.pop("poNumber", UNSET)
        if (
            po_number.__class__ is not str
            and po_number is not None
            and po_number is not UNSET
            and not isinstance(po_number, str)
        ):
            raise FieldTypeError.expected("poNumber", "a string or null", po_number)

        _offer = d.pop("offer", UNSET)
        if _offer is UNSET:
            offer = _offer
        elif type(_offer) is dict or isinstance(_offer, Mapping):
            try:
                offer = SubscriptionOffer.from_dict(_offer)
            except FieldTypeError as exc:
                raise exc.within("offer") from None
            except KeyError as exc:
                raise FieldTypeError.missing("offer", exc) from None
        elif isinstance(_offer, SubscriptionOffer):
            offer = _offer
        else:
            raise FieldTypeError.expected("offer", "an object", _offer)

        _offer_price = d.pop("offerPrice", UNSET)
        if _offer_price is UNSET:
            offer_price = _offer_price
        elif type(_offer_price) is dict or isinstance(_offer_price, Mapping):
            try:
                offer_price = SubscriptionOfferPrice.from_dict(_offer_price)
            except FieldTypeError as exc:
                raise exc.within("offerPrice") from None
            except KeyError as exc:
                raise FieldTypeError.missing("offerPrice", exc) from None
        elif isinstance(_offer_price, SubscriptionOfferPrice):
            offer_price = _offer_price
        else:
            raise FieldTypeError.expected("offerPrice", "an object", _offer_price)

        provider_data = d.pop("providerData", UNSET)
        if (
            provider_data.__class__ is not str
            and provider_data is not None
            and provider_data is not UNSET
            and not isinstance(provider_data, str)
        ):
            raise FieldTypeError.expected(
                "providerData", "a string or null", provider_data
            )

        subscription = cls(
            id=id,
            order_id=order_id,
            offer_id=offer_id,
            customer_id=customer_id,
            provider_instance_id=provider_instance_id,
            reseller_id=reseller_id,
            subscription_name=subscription_name,
            name=name,
            provider_subscription_id=provider_subscription_id,
            offer_name=offer_name,
            offer_type=offer_type,
            is_addon_offer=is_addon_offer,
            is_trial_offer=is_trial_offer,
            provider_offer_id=provider_offer_id,
            subscription_status=subscription_status,
            status=status,
            start_date=start_date,
            end_date=end_date,
            cancellation_allowed_until=cancellation_allowed_until,
            quantity=quantity,
            assigned_licenses=assigned_licenses,
            term_duration=term_duration,
            billing_frequency=billing_frequency,
            next_billing_frequency=next_billing_frequency,
            segment=segment,
            auto_renew_enabled=auto_renew_enabled,
            auto_renew_settings=auto_renew_settings,
            list_price=list_price,
            revenue_price=revenue_price,
            custom_margin=custom_margin,
            margin=margin,
            internal_id=internal_id,
            po_number=po_number,
            offer=offer,
            offer_price=offer_price,
            provider_data=provider_data,
        )

        subscription.additional_properties = d
        return subscription

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
from ..models.offer_type import OfferType
from ..models.price_margin import PriceMargin
from ..models.smart_enum import SmartEnum
from ..models.subscription_auto_renew_settings import SubscriptionAutoRenewSettings
from ..models.subscription_next_billing_frequency import (
    SubscriptionNextBillingFrequency,
)
from ..models.subscription_offer import SubscriptionOffer
from ..models.subscription_offer_price import SubscriptionOfferPrice
from ..models.subscription_price import SubscriptionPrice
