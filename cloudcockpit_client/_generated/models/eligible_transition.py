from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

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
        provider_offer_id = d.pop("providerOfferId")
        if (
            provider_offer_id.__class__ is not str
            and provider_offer_id is not None
            and not isinstance(provider_offer_id, str)
        ):
            raise FieldTypeError.expected(
                "providerOfferId", "a string or null", provider_offer_id
            )

        provider_offer_id_with_availability = d.pop("providerOfferIdWithAvailability")
        if (
            provider_offer_id_with_availability.__class__ is not str
            and provider_offer_id_with_availability is not None
            and not isinstance(provider_offer_id_with_availability, str)
        ):
            raise FieldTypeError.expected(
                "providerOfferIdWithAvailability",
                "a string or null",
                provider_offer_id_with_availability,
            )

        quantity = d.pop("quantity")
        if quantity.__class__ is not int and not is_int(quantity):
            raise FieldTypeError.expected("quantity", "an integer", quantity)
        if quantity.__class__ is int and not -2147483648 <= quantity <= 2147483647:
            raise FieldTypeError.expected(
                "quantity", "a 32-bit integer (format int32)", quantity
            )

        _term_duration = d.pop("termDuration")
        if type(_term_duration) is dict or isinstance(_term_duration, Mapping):
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

        _billing_frequency = d.pop("billingFrequency")
        if type(_billing_frequency) is dict or isinstance(_billing_frequency, Mapping):
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

        transition_type = d.pop("transitionType")
        if (
            transition_type.__class__ is not str
            and transition_type is not None
            and not isinstance(transition_type, str)
        ):
            raise FieldTypeError.expected(
                "transitionType", "a string or null", transition_type
            )

        _destination_subscription_id = d.pop("destinationSubscriptionId", UNSET)
        if (
            _destination_subscription_id is None
            or _destination_subscription_id is UNSET
        ):
            destination_subscription_id = _destination_subscription_id
        else:
            try:
                destination_subscription_id = UUID(_destination_subscription_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_destination_subscription_id, UUID):
                    raise FieldTypeError.expected(
                        "destinationSubscriptionId",
                        "a UUID string or null",
                        _destination_subscription_id,
                    ) from None
                destination_subscription_id = _destination_subscription_id

        destination_provider_subscription_id = d.pop(
            "destinationProviderSubscriptionId", UNSET
        )
        if (
            destination_provider_subscription_id.__class__ is not str
            and destination_provider_subscription_id is not None
            and destination_provider_subscription_id is not UNSET
            and not isinstance(destination_provider_subscription_id, str)
        ):
            raise FieldTypeError.expected(
                "destinationProviderSubscriptionId",
                "a string or null",
                destination_provider_subscription_id,
            )

        offer_name = d.pop("offerName", UNSET)
        if (
            offer_name.__class__ is not str
            and offer_name is not None
            and offer_name is not UNSET
            and not isinstance(offer_name, str)
        ):
            raise FieldTypeError.expected("offerName", "a string or null", offer_name)

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

        image_url = d.pop("imageUrl", UNSET)
        if (
            image_url.__class__ is not str
            and image_url is not None
            and image_url is not UNSET
            and not isinstance(image_url, str)
        ):
            raise FieldTypeError.expected("imageUrl", "a string or null", image_url)

        _transition_events = d.pop("transitionEvents", UNSET)
        if isinstance(_transition_events, list | tuple):
            transition_events = []
            for transition_events_item_data in _transition_events:
                if type(transition_events_item_data) is dict or isinstance(
                    transition_events_item_data, Mapping
                ):
                    try:
                        transition_events_item = EligibleTransitionEvent.from_dict(
                            transition_events_item_data
                        )
                    except FieldTypeError as exc:
                        raise exc.within(
                            "transitionEvents" + f"[{len(transition_events)}]"
                        ) from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "transitionEvents" + f"[{len(transition_events)}]", exc
                        ) from None
                elif isinstance(transition_events_item_data, EligibleTransitionEvent):
                    transition_events_item = transition_events_item_data
                else:
                    raise FieldTypeError.expected(
                        "transitionEvents" + f"[{len(transition_events)}]",
                        "an object",
                        transition_events_item_data,
                    )

                transition_events.append(transition_events_item)
        elif _transition_events is None or _transition_events is UNSET:
            transition_events = _transition_events
        else:
            raise FieldTypeError.expected(
                "transitionEvents", "an array or null", _transition_events
            )

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
