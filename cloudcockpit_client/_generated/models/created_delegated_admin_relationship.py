from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="CreatedDelegatedAdminRelationship")


@_attrs_define
class CreatedDelegatedAdminRelationship:
    """The relationship created. The page is cut after endDateTime: later fields are not documented
    and are kept as they come.

        Attributes:
            id (None | str | Unset): The id of the relationship.
            display_name (None | str | Unset): The display name of the relationship.
            duration (None | str | Unset): The duration of the relationship
            status (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            created_date_time (datetime.datetime | None | Unset): The date when the relationship was created
            activated_date_time (datetime.datetime | None | Unset): The date when the relationship was activated
            last_modified_date_time (datetime.datetime | None | Unset): The date when the relationship was last modified
            end_date_time (datetime.datetime | None | Unset): The date when the relationship ends (the docs' text is cut).
    """

    id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    status: SmartEnum | Unset = UNSET
    created_date_time: datetime.datetime | None | Unset = UNSET
    activated_date_time: datetime.datetime | None | Unset = UNSET
    last_modified_date_time: datetime.datetime | None | Unset = UNSET
    end_date_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        created_date_time: None | str | Unset
        if isinstance(self.created_date_time, Unset):
            created_date_time = UNSET
        elif isinstance(self.created_date_time, datetime.datetime):
            created_date_time = self.created_date_time.isoformat()
        else:
            created_date_time = self.created_date_time

        activated_date_time: None | str | Unset
        if isinstance(self.activated_date_time, Unset):
            activated_date_time = UNSET
        elif isinstance(self.activated_date_time, datetime.datetime):
            activated_date_time = self.activated_date_time.isoformat()
        else:
            activated_date_time = self.activated_date_time

        last_modified_date_time: None | str | Unset
        if isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        elif isinstance(self.last_modified_date_time, datetime.datetime):
            last_modified_date_time = self.last_modified_date_time.isoformat()
        else:
            last_modified_date_time = self.last_modified_date_time

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        elif isinstance(self.end_date_time, datetime.datetime):
            end_date_time = self.end_date_time.isoformat()
        else:
            end_date_time = self.end_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if activated_date_time is not UNSET:
            field_dict["activatedDateTime"] = activated_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        duration: None | str | Unset = d.pop("duration", UNSET)

        _status = d.pop("status", UNSET)
        status: SmartEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SmartEnum.from_dict(_status)

        created_date_time: datetime.datetime | None | Unset = d.pop(
            "createdDateTime", UNSET
        )
        if created_date_time is not None and not isinstance(created_date_time, Unset):
            try:
                if not isinstance(created_date_time, str):
                    raise TypeError()
                created_date_time_type_0 = datetime.datetime.fromisoformat(
                    created_date_time
                )

                created_date_time = created_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        activated_date_time: datetime.datetime | None | Unset = d.pop(
            "activatedDateTime", UNSET
        )
        if activated_date_time is not None and not isinstance(
            activated_date_time, Unset
        ):
            try:
                if not isinstance(activated_date_time, str):
                    raise TypeError()
                activated_date_time_type_0 = datetime.datetime.fromisoformat(
                    activated_date_time
                )

                activated_date_time = activated_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        last_modified_date_time: datetime.datetime | None | Unset = d.pop(
            "lastModifiedDateTime", UNSET
        )
        if last_modified_date_time is not None and not isinstance(
            last_modified_date_time, Unset
        ):
            try:
                if not isinstance(last_modified_date_time, str):
                    raise TypeError()
                last_modified_date_time_type_0 = datetime.datetime.fromisoformat(
                    last_modified_date_time
                )

                last_modified_date_time = last_modified_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        end_date_time: datetime.datetime | None | Unset = d.pop("endDateTime", UNSET)
        if end_date_time is not None and not isinstance(end_date_time, Unset):
            try:
                if not isinstance(end_date_time, str):
                    raise TypeError()
                end_date_time_type_0 = datetime.datetime.fromisoformat(end_date_time)

                end_date_time = end_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created_delegated_admin_relationship = cls(
            id=id,
            display_name=display_name,
            duration=duration,
            status=status,
            created_date_time=created_date_time,
            activated_date_time=activated_date_time,
            last_modified_date_time=last_modified_date_time,
            end_date_time=end_date_time,
        )

        created_delegated_admin_relationship.additional_properties = d
        return created_delegated_admin_relationship

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
