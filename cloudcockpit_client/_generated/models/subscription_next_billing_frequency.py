from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="SubscriptionNextBillingFrequency")


@_attrs_define
class SubscriptionNextBillingFrequency:
    """The scheduled next billing frequency of a subscription (Retrieve a Subscription). The page gives it
    no description and does not expand its attributes: the two fields are read from the page's 200
    example. Unknown fields are kept.

        Attributes:
            scheduled_date (str | Unset): A date-time in the example ("2024-05-04T09:42:00+00:00"); no type is drawn, so it
                is kept as a string.
            billing_frequency (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g.
                {"name": "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
    """

    scheduled_date: str | Unset = UNSET
    billing_frequency: SmartEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_date = self.scheduled_date

        billing_frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_frequency, Unset):
            billing_frequency = self.billing_frequency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduled_date is not UNSET:
            field_dict["scheduledDate"] = scheduled_date
        if billing_frequency is not UNSET:
            field_dict["billingFrequency"] = billing_frequency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scheduled_date = d.pop("scheduledDate", UNSET)
        if (
            scheduled_date.__class__ is not str
            and scheduled_date is not UNSET
            and not isinstance(scheduled_date, str)
        ):
            raise FieldTypeError.expected("scheduledDate", "a string", scheduled_date)

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

        subscription_next_billing_frequency = cls(
            scheduled_date=scheduled_date,
            billing_frequency=billing_frequency,
        )

        subscription_next_billing_frequency.additional_properties = d
        return subscription_next_billing_frequency

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
from ..models.smart_enum import SmartEnum
