from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

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
        id = d.pop("id", UNSET)
        if (
            id.__class__ is not str
            and id is not None
            and id is not UNSET
            and not isinstance(id, str)
        ):
            raise FieldTypeError.expected("id", "a string or null", id)

        display_name = d.pop("displayName", UNSET)
        if (
            display_name.__class__ is not str
            and display_name is not None
            and display_name is not UNSET
            and not isinstance(display_name, str)
        ):
            raise FieldTypeError.expected(
                "displayName", "a string or null", display_name
            )

        duration = d.pop("duration", UNSET)
        if (
            duration.__class__ is not str
            and duration is not None
            and duration is not UNSET
            and not isinstance(duration, str)
        ):
            raise FieldTypeError.expected("duration", "a string or null", duration)

        _status = d.pop("status", UNSET)
        if _status is UNSET:
            status = _status
        elif type(_status) is dict or isinstance(_status, Mapping):
            try:
                status = SmartEnum.from_dict(_status)
            except FieldTypeError as exc:
                raise exc.within("status") from None
            except KeyError as exc:
                raise FieldTypeError.missing("status", exc) from None
        elif isinstance(_status, SmartEnum):
            status = _status
        else:
            raise FieldTypeError.expected("status", "an object", _status)

        _created_date_time = d.pop("createdDateTime", UNSET)
        if _created_date_time is None or _created_date_time is UNSET:
            created_date_time = _created_date_time
        else:
            try:
                created_date_time = datetime.datetime.fromisoformat(_created_date_time)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_created_date_time, datetime.datetime):
                    raise FieldTypeError.expected(
                        "createdDateTime",
                        "an ISO 8601 date-time string or null",
                        _created_date_time,
                    ) from None
                created_date_time = _created_date_time

        _activated_date_time = d.pop("activatedDateTime", UNSET)
        if _activated_date_time is None or _activated_date_time is UNSET:
            activated_date_time = _activated_date_time
        else:
            try:
                activated_date_time = datetime.datetime.fromisoformat(
                    _activated_date_time
                )
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_activated_date_time, datetime.datetime):
                    raise FieldTypeError.expected(
                        "activatedDateTime",
                        "an ISO 8601 date-time string or null",
                        _activated_date_time,
                    ) from None
                activated_date_time = _activated_date_time

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        if _last_modified_date_time is None or _last_modified_date_time is UNSET:
            last_modified_date_time = _last_modified_date_time
        else:
            try:
                last_modified_date_time = datetime.datetime.fromisoformat(
                    _last_modified_date_time
                )
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_last_modified_date_time, datetime.datetime):
                    raise FieldTypeError.expected(
                        "lastModifiedDateTime",
                        "an ISO 8601 date-time string or null",
                        _last_modified_date_time,
                    ) from None
                last_modified_date_time = _last_modified_date_time

        _end_date_time = d.pop("endDateTime", UNSET)
        if _end_date_time is None or _end_date_time is UNSET:
            end_date_time = _end_date_time
        else:
            try:
                end_date_time = datetime.datetime.fromisoformat(_end_date_time)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_end_date_time, datetime.datetime):
                    raise FieldTypeError.expected(
                        "endDateTime",
                        "an ISO 8601 date-time string or null",
                        _end_date_time,
                    ) from None
                end_date_time = _end_date_time

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
