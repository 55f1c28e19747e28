from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.subscription import Subscription


T = TypeVar("T", bound="CancelSubscriptionConflict")


@_attrs_define
class CancelSubscriptionConflict:
    """The 409 body of cancel a subscription, as far as its example shows it: a `portalSubscription`
    object (the subscription, its fields cut after `quantity`). Not the API's usual error object;
    open, so whatever else the API sends is kept (the SDK's ConflictError reads it either way).

        Attributes:
            portal_subscription (Subscription | Unset): A subscription. The docs draw two views of it, both declared here
                (nothing is marked required;
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
    """

    portal_subscription: Subscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portal_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.portal_subscription, Unset):
            portal_subscription = self.portal_subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if portal_subscription is not UNSET:
            field_dict["portalSubscription"] = portal_subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _portal_subscription = d.pop("portalSubscription", UNSET)
        if _portal_subscription is UNSET:
            portal_subscription = _portal_subscription
        elif type(_portal_subscription) is dict or isinstance(
            _portal_subscription, Mapping
        ):
            try:
                portal_subscription = Subscription.from_dict(_portal_subscription)
            except FieldTypeError as exc:
                raise exc.within("portalSubscription") from None
            except KeyError as exc:
                raise FieldTypeError.missing("portalSubscription", exc) from None
        elif isinstance(_portal_subscription, Subscription):
            portal_subscription = _portal_subscription
        else:
            raise FieldTypeError.expected(
                "portalSubscription", "an object", _portal_subscription
            )

        cancel_subscription_conflict = cls(
            portal_subscription=portal_subscription,
        )

        cancel_subscription_conflict.additional_properties = d
        return cancel_subscription_conflict

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
from ..models.subscription import Subscription
