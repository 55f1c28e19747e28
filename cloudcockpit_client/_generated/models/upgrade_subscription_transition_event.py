from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="UpgradeSubscriptionTransitionEvent")


@_attrs_define
class UpgradeSubscriptionTransitionEvent:
    """An event of a transition, read from the upgrade page's curl payload only (name and status strings).

    Attributes:
        name (str | Unset):
        status (str | Unset):
    """

    name: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if (
            name.__class__ is not str
            and name is not UNSET
            and not isinstance(name, str)
        ):
            raise FieldTypeError.expected("name", "a string", name)

        status = d.pop("status", UNSET)
        if (
            status.__class__ is not str
            and status is not UNSET
            and not isinstance(status, str)
        ):
            raise FieldTypeError.expected("status", "a string", status)

        upgrade_subscription_transition_event = cls(
            name=name,
            status=status,
        )

        upgrade_subscription_transition_event.additional_properties = d
        return upgrade_subscription_transition_event

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
