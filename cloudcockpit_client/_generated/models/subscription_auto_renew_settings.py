from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="SubscriptionAutoRenewSettings")


@_attrs_define
class SubscriptionAutoRenewSettings:
    """The auto-renew settings of a subscription, as returned (Retrieve a Subscription). No description and
    no attribute list are drawn; the 200 example shows term and is cut at "billingFrequ". Unknown
    fields (the rest of it) are kept.

        Attributes:
            term (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
    """

    term: SmartEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if term is not UNSET:
            field_dict["term"] = term

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _term = d.pop("term", UNSET)
        if _term is UNSET:
            term = _term
        elif type(_term) is dict or isinstance(_term, Mapping):
            try:
                term = SmartEnum.from_dict(_term)
            except FieldTypeError as exc:
                raise exc.within("term") from None
            except KeyError as exc:
                raise FieldTypeError.missing("term", exc) from None
        elif isinstance(_term, SmartEnum):
            term = _term
        else:
            raise FieldTypeError.expected("term", "an object", _term)

        subscription_auto_renew_settings = cls(
            term=term,
        )

        subscription_auto_renew_settings.additional_properties = d
        return subscription_auto_renew_settings

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
