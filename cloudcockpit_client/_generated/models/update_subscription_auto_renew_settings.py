from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.subscription_billing_frequency import SubscriptionBillingFrequency
    from ..models.subscription_term_duration import SubscriptionTermDuration


T = TypeVar("T", bound="UpdateSubscriptionAutoRenewSettings")


@_attrs_define
class UpdateSubscriptionAutoRenewSettings:
    """The subscription's auto-renew settings. Named only by its "Hide autoRenewSettings attributes" line
    (no description, type or Required line). The page is cut at customTermEndDate: later attributes are
    not documented.

        Attributes:
            term (SubscriptionTermDuration): The term duration for this entity. Possible values: NoTerm, OneMonth, OneYear,
                ThreeYears or FiveYears.
            billing_frequency (SubscriptionBillingFrequency): The billing frequency for this entity. Possible values:
                OneTime, Monthly, Annual, Triennial or None.
            custom_term_end_date (datetime.datetime | None | Unset): The custom (the docs' text is cut here).
    """

    term: SubscriptionTermDuration
    billing_frequency: SubscriptionBillingFrequency
    custom_term_end_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term = self.term.to_dict()

        billing_frequency = self.billing_frequency.to_dict()

        custom_term_end_date: None | str | Unset
        if isinstance(self.custom_term_end_date, Unset):
            custom_term_end_date = UNSET
        elif isinstance(self.custom_term_end_date, datetime.datetime):
            custom_term_end_date = self.custom_term_end_date.isoformat()
        else:
            custom_term_end_date = self.custom_term_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "term": term,
                "billingFrequency": billing_frequency,
            }
        )
        if custom_term_end_date is not UNSET:
            field_dict["customTermEndDate"] = custom_term_end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _term = d.pop("term")
        if type(_term) is dict or isinstance(_term, Mapping):
            try:
                term = SubscriptionTermDuration.from_dict(_term)
            except FieldTypeError as exc:
                raise exc.within("term") from None
            except KeyError as exc:
                raise FieldTypeError.missing("term", exc) from None
        elif isinstance(_term, SubscriptionTermDuration):
            term = _term
        else:
            raise FieldTypeError.expected("term", "an object", _term)

        _billing_frequency = d.pop("billingFrequency")
        if type(_billing_frequency) is dict or isinstance(_billing_frequency, Mapping):
            try:
                billing_frequency = SubscriptionBillingFrequency.from_dict(
                    _billing_frequency
                )
            except FieldTypeError as exc:
                raise exc.within("billingFrequency") from None
            except KeyError as exc:
                raise FieldTypeError.missing("billingFrequency", exc) from None
        elif isinstance(_billing_frequency, SubscriptionBillingFrequency):
            billing_frequency = _billing_frequency
        else:
            raise FieldTypeError.expected(
                "billingFrequency", "an object", _billing_frequency
            )

        _custom_term_end_date = d.pop("customTermEndDate", UNSET)
        if _custom_term_end_date is None or _custom_term_end_date is UNSET:
            custom_term_end_date = _custom_term_end_date
        else:
            try:
                custom_term_end_date = datetime.datetime.fromisoformat(
                    _custom_term_end_date
                )
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_custom_term_end_date, datetime.datetime):
                    raise FieldTypeError.expected(
                        "customTermEndDate",
                        "an ISO 8601 date-time string or null",
                        _custom_term_end_date,
                    ) from None
                custom_term_end_date = _custom_term_end_date

        update_subscription_auto_renew_settings = cls(
            term=term,
            billing_frequency=billing_frequency,
            custom_term_end_date=custom_term_end_date,
        )

        update_subscription_auto_renew_settings.additional_properties = d
        return update_subscription_auto_renew_settings

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
from ..models.subscription_term_duration import SubscriptionTermDuration
