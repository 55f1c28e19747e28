from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

T = TypeVar("T", bound="MigrateSubscriptionRequest")


@_attrs_define
class MigrateSubscriptionRequest:
    """The subscription migration info to migrate the existent subscription. No copy prints per-field
    Required marks, so none is required.

        Attributes:
            purchase_full_term (bool | Unset): The value indicating whether [purchase full term].
            quantity (int | Unset): The quantity.
            term_duration (None | str | Unset): The term duration. Possible values include: NoTerm, OneMonth, OneYear,
                ThreeYears or FiveYears
            billing_frequency (None | str | Unset): The billing frequency. Possible values include: OneTime, Monthly,
                Annual, Triennial or None.
    """

    purchase_full_term: bool | Unset = UNSET
    quantity: int | Unset = UNSET
    term_duration: None | str | Unset = UNSET
    billing_frequency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_full_term = self.purchase_full_term

        quantity = self.quantity

        term_duration: None | str | Unset
        if isinstance(self.term_duration, Unset):
            term_duration = UNSET
        else:
            term_duration = self.term_duration

        billing_frequency: None | str | Unset
        if isinstance(self.billing_frequency, Unset):
            billing_frequency = UNSET
        else:
            billing_frequency = self.billing_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_full_term is not UNSET:
            field_dict["purchaseFullTerm"] = purchase_full_term
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if term_duration is not UNSET:
            field_dict["termDuration"] = term_duration
        if billing_frequency is not UNSET:
            field_dict["billingFrequency"] = billing_frequency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        purchase_full_term = d.pop("purchaseFullTerm", UNSET)
        if (
            purchase_full_term is not True
            and purchase_full_term is not False
            and purchase_full_term is not UNSET
        ):
            raise FieldTypeError.expected(
                "purchaseFullTerm", "a boolean", purchase_full_term
            )

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

        term_duration = d.pop("termDuration", UNSET)
        if (
            term_duration.__class__ is not str
            and term_duration is not None
            and term_duration is not UNSET
            and not isinstance(term_duration, str)
        ):
            raise FieldTypeError.expected(
                "termDuration", "a string or null", term_duration
            )

        billing_frequency = d.pop("billingFrequency", UNSET)
        if (
            billing_frequency.__class__ is not str
            and billing_frequency is not None
            and billing_frequency is not UNSET
            and not isinstance(billing_frequency, str)
        ):
            raise FieldTypeError.expected(
                "billingFrequency", "a string or null", billing_frequency
            )

        migrate_subscription_request = cls(
            purchase_full_term=purchase_full_term,
            quantity=quantity,
            term_duration=term_duration,
            billing_frequency=billing_frequency,
        )

        migrate_subscription_request.additional_properties = d
        return migrate_subscription_request

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
