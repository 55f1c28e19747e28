from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="MigrationStatus")


@_attrs_define
class MigrationStatus:
    """The migration status of a subscription, exactly as the page draws it (four fields, no Required
    marks). isCompleted is the only state: there is no status field and no failure state.

        Attributes:
            is_completed (bool | Unset): The value indicating whether this subscription migration is completed or not.
            subscription_id (UUID | Unset): The Id of the current subscription.
            destination_subscription_id (None | Unset | UUID): The Id of the destination subscription. Only populated when
                migration is completed.
            destination_provider_subscription_id (None | str | Unset): The provider Id of the destination subscription. Only
                populated when migration is completed.
    """

    is_completed: bool | Unset = UNSET
    subscription_id: UUID | Unset = UNSET
    destination_subscription_id: None | Unset | UUID = UNSET
    destination_provider_subscription_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_completed = self.is_completed

        subscription_id: str | Unset = UNSET
        if not isinstance(self.subscription_id, Unset):
            subscription_id = str(self.subscription_id)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_completed is not UNSET:
            field_dict["isCompleted"] = is_completed
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if destination_subscription_id is not UNSET:
            field_dict["destinationSubscriptionId"] = destination_subscription_id
        if destination_provider_subscription_id is not UNSET:
            field_dict["destinationProviderSubscriptionId"] = (
                destination_provider_subscription_id
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_completed = d.pop("isCompleted", UNSET)
        if (
            is_completed is not True
            and is_completed is not False
            and is_completed is not UNSET
        ):
            raise FieldTypeError.expected("isCompleted", "a boolean", is_completed)

        _subscription_id = d.pop("subscriptionId", UNSET)
        if _subscription_id is UNSET:
            subscription_id = _subscription_id
        else:
            try:
                subscription_id = UUID(_subscription_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_subscription_id, UUID):
                    raise FieldTypeError.expected(
                        "subscriptionId", "a UUID string", _subscription_id
                    ) from None
                subscription_id = _subscription_id

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

        migration_status = cls(
            is_completed=is_completed,
            subscription_id=subscription_id,
            destination_subscription_id=destination_subscription_id,
            destination_provider_subscription_id=destination_provider_subscription_id,
        )

        migration_status.additional_properties = d
        return migration_status

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
