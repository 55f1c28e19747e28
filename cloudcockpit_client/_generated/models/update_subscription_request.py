from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

if TYPE_CHECKING:
    from ..models.subscription_billing_frequency import SubscriptionBillingFrequency
    from ..models.update_subscription_auto_renew_settings import (
        UpdateSubscriptionAutoRenewSettings,
    )


T = TypeVar("T", bound="UpdateSubscriptionRequest")


@_attrs_define
class UpdateSubscriptionRequest:
    """The subscription base info to update the existent subscription. The page is cut inside
    autoRenewSettings (at customTermEndDate). Between nextBillingFrequency and autoRenewSettings it
    prints an auto-renew flag ("true if [automatic renew enabled]; otherwise, false.") without its name,
    type or Required line: it is left out until documented.

        Attributes:
            name (None | str): The name of the subscription. This may be up to 255 characters.
            quantity (int): The quantity.
            next_billing_frequency (SubscriptionBillingFrequency): The billing frequency for this entity. Possible values:
                OneTime, Monthly, Annual, Triennial or None.
            auto_renew_settings (UpdateSubscriptionAutoRenewSettings | Unset): The subscription's auto-renew settings. Named
                only by its "Hide autoRenewSettings attributes" line
                (no description, type or Required line). The page is cut at customTermEndDate: later attributes are
                not documented.
    """

    name: None | str
    quantity: int
    next_billing_frequency: SubscriptionBillingFrequency
    auto_renew_settings: UpdateSubscriptionAutoRenewSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        quantity = self.quantity

        next_billing_frequency = self.next_billing_frequency.to_dict()

        auto_renew_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_renew_settings, Unset):
            auto_renew_settings = self.auto_renew_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quantity": quantity,
                "nextBillingFrequency": next_billing_frequency,
            }
        )
        if auto_renew_settings is not UNSET:
            field_dict["autoRenewSettings"] = auto_renew_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")
        if name.__class__ is not str and name is not None and not isinstance(name, str):
            raise FieldTypeError.expected("name", "a string or null", name)

        quantity = d.pop("quantity")
        if quantity.__class__ is not int and not is_int(quantity):
            raise FieldTypeError.expected("quantity", "an integer", quantity)
        if quantity.__class__ is int and not -2147483648 <= quantity <= 2147483647:
            raise FieldTypeError.expected(
                "quantity", "a 32-bit integer (format int32)", quantity
            )

        _next_billing_frequency = d.pop("nextBillingFrequency")
        if type(_next_billing_frequency) is dict or isinstance(
            _next_billing_frequency, Mapping
        ):
            try:
                next_billing_frequency = SubscriptionBillingFrequency.from_dict(
                    _next_billing_frequency
                )
            except FieldTypeError as exc:
                raise exc.within("nextBillingFrequency") from None
            except KeyError as exc:
                raise FieldTypeError.missing("nextBillingFrequency", exc) from None
        elif isinstance(_next_billing_frequency, SubscriptionBillingFrequency):
            next_billing_frequency = _next_billing_frequency
        else:
            raise FieldTypeError.expected(
                "nextBillingFrequency", "an object", _next_billing_frequency
            )

        _auto_renew_settings = d.pop("autoRenewSettings", UNSET)
        if _auto_renew_settings is UNSET:
            auto_renew_settings = _auto_renew_settings
        elif type(_auto_renew_settings) is dict or isinstance(
            _auto_renew_settings, Mapping
        ):
            try:
                auto_renew_settings = UpdateSubscriptionAutoRenewSettings.from_dict(
                    _auto_renew_settings
                )
            except FieldTypeError as exc:
                raise exc.within("autoRenewSettings") from None
            except KeyError as exc:
                raise FieldTypeError.missing("autoRenewSettings", exc) from None
        elif isinstance(_auto_renew_settings, UpdateSubscriptionAutoRenewSettings):
            auto_renew_settings = _auto_renew_settings
        else:
            raise FieldTypeError.expected(
                "autoRenewSettings", "an object", _auto_renew_settings
            )

        update_subscription_request = cls(
            name=name,
            quantity=quantity,
            next_billing_frequency=next_billing_frequency,
            auto_renew_settings=auto_renew_settings,
        )

        update_subscription_request.additional_properties = d
        return update_subscription_request

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
from ..models.subscription_billing_frequency import SubscriptionBillingFrequency
from ..models.update_subscription_auto_renew_settings import (
    UpdateSubscriptionAutoRenewSettings,
)
