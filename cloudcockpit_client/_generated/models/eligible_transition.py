from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligible_transition_event import EligibleTransitionEvent
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="EligibleTransition")


@_attrs_define
class EligibleTransition:
    """An eligible transition of a subscription (one item of "List Subscription eligible transitions").
    The item fields of transitionEvents are not drawn; they are read from the page's 200 example.

        Attributes:
            provider_offer_id (None | str): The provider offer identifier.
            provider_offer_id_with_availability (None | str): The provider offer identifier.
            quantity (int): The quantity.
            term_duration (SmartEnum): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            billing_frequency (SmartEnum): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            transition_type (None | str): The type of transition ('transition_only','transition_with_license_transfer').
            destination_subscription_id (None | Unset | UUID): The destination subscription identifier.
            destination_provider_subscription_id (None | str | Unset): The destination subscription provider identifer.
            offer_name (None | str | Unset): The name of the offer.
            offer_id (UUID | Unset): The name of the offer. (sic; the offer's id)
            image_url (None | str | Unset): The offer image URL.
            transition_events (list[EligibleTransitionEvent] | None | Unset): A list with the events related to a
                transition.
    """

    provider_offer_id: None | str
    provider_offer_id_with_availability: None | str
    quantity: int
    term_duration: SmartEnum
    billing_frequency: SmartEnum
    transition_type: None | str
    destination_subscription_id: None | Unset | UUID = UNSET
    destination_provider_subscription_id: None | str | Unset = UNSET
    offer_name: None | str | Unset = UNSET
    offer_id: UUID | Unset = UNSET
    image_url: None | str | Unset = UNSET
    transition_events: list[EligibleTransitionEvent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_offer_id: None | str
        provider_offer_id = self.provider_offer_id

        provider_offer_id_with_availability: None | str
        provider_offer_id_with_availability = self.provider_offer_id_with_availability

        quantity = self.quantity

        term_duration = self.term_duration.to_dict()

        billing_frequency = self.billing_frequency.to_dict()

        transition_type: None | str
        transition_type = self.transition_type

        destination_subscription_id: None | str | Unset
        if isinstance(self.destination_subscription_id, Unset):
            destination_subscription_id = UNSET
        elif isinstance(self.destination_subscription_id, UUID):
            destination_subscription_id = str(self.destination_subscription_id)
        else:
            destination_subscription_id = self.destination_subscription_id

        destination_provider_subscription_id: None | str | Unset
        if isinstance(self.destination_provider_subscription_id, Unset):
            destination_provider_subscription_id = UNSET
        else:
            destination_provider_subscription_id = (
                self.destination_provider_subscription_id
            )

        offer_name: None | str | Unset
        if isinstance(self.offer_name, Unset):
            offer_name = UNSET
        else:
            offer_name = self.offer_name

        offer_id: str | Unset = UNSET
        if not isinstance(self.offer_id, Unset):
            offer_id = str(self.offer_id)

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        transition_events: list[dict[str, Any]] | None | Unset
        if isinstance(self.transition_events, Unset):
            transition_events = UNSET
        elif isinstance(self.transition_events, list):
            transition_events = []
            for transition_events_type_0_item_data in self.transition_events:
                transition_events_type_0_item = (
                    transition_events_type_0_item_data.to_dict()
                )
                transition_events.append(transition_events_type_0_item)

        else:
            transition_events = self.transition_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerOfferId": provider_offer_id,
                "providerOfferIdWithAvailability": provider_offer_id_with_availability,
                "quantity": quantity,
                "termDuration": term_duration,
                "billingFrequency": billing_frequency,
                "transitionType": transition_type,
            }
        )
        if destination_subscription_id is not UNSET:
            field_dict["destinationSubscriptionId"] = destination_subscription_id
        if destination_provider_subscription_id is not UNSET:
            field_dict["destinationProviderSubscriptionId"] = (
                destination_provider_subscription_id
            )
        if offer_name is not UNSET:
            field_dict["offerName"] = offer_name
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if transition_events is not UNSET:
            field_dict["transitionEvents"] = transition_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_offer_id: None | str = d.pop("providerOfferId")

        provider_offer_id_with_availability: None | str = d.pop(
            "providerOfferIdWithAvailability"
        )

        quantity = d.pop("quantity")

        term_duration = SmartEnum.from_dict(d.pop("termDuration"))

        billing_frequency = SmartEnum.from_dict(d.pop("billingFrequency"))

        transition_type: None | str = d.pop("transitionType")

        destination_subscription_id: None | Unset | UUID = d.pop(
            "destinationSubscriptionId", UNSET
        )
        if destination_subscription_id is not None and not isinstance(
            destination_subscription_id, Unset
        ):
            try:
                if not isinstance(destination_subscription_id, str):
                    raise TypeError()
                destination_subscription_id_type_0 = UUID(destination_subscription_id)

                destination_subscription_id = destination_subscription_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        destination_provider_subscription_id: None | str | Unset = d.pop(
            "destinationProviderSubscriptionId", UNSET
        )

        offer_name: None | str | Unset = d.pop("offerName", UNSET)

        _offer_id = d.pop("offerId", UNSET)
        offer_id: UUID | Unset
        if isinstance(_offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = UUID(_offer_id)

        image_url: None | str | Unset = d.pop("imageUrl", UNSET)

        transition_events: list[EligibleTransitionEvent] | None | Unset = d.pop(
            "transitionEvents", UNSET
        )
        if transition_events is not None and not isinstance(transition_events, Unset):
            try:
                if not isinstance(transition_events, list):
                    raise TypeError()
                transition_events_type_0 = []
                _transition_events_type_0 = transition_events
                for transition_events_type_0_item_data in _transition_events_type_0:
                    transition_events_type_0_item = EligibleTransitionEvent.from_dict(
                        transition_events_type_0_item_data
                    )

                    transition_events_type_0.append(transition_events_type_0_item)

                transition_events = transition_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        eligible_transition = cls(
            provider_offer_id=provider_offer_id,
            provider_offer_id_with_availability=provider_offer_id_with_availability,
            quantity=quantity,
            term_duration=term_duration,
            billing_frequency=billing_frequency,
            transition_type=transition_type,
            destination_subscription_id=destination_subscription_id,
            destination_provider_subscription_id=destination_provider_subscription_id,
            offer_name=offer_name,
            offer_id=offer_id,
            image_url=image_url,
            transition_events=transition_events,
        )

        eligible_transition.additional_properties = d
        return eligible_transition

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
from ..models.eligible_transition_event import EligibleTransitionEvent
from ..models.smart_enum import SmartEnum
