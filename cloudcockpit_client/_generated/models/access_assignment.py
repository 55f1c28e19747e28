from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.access_container import AccessContainer
    from ..models.delegated_admin_access_details import DelegatedAdminAccessDetails
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="AccessAssignment")


@_attrs_define
class AccessAssignment:
    """An access assignment of a GDAP relationship.

    Attributes:
        access_container (AccessContainer | Unset): Where an access assignment applies (a security group).
        access_details (DelegatedAdminAccessDetails | Unset): The roles a GDAP relationship or access assignment grants.
        created_date_time (datetime.datetime | None | Unset): The date and time in UTC time when the access assignment
            was created. Read-only.
        id (None | str | Unset): The unique identifier of the access assignment. Read-only.
        last_modified_date_time (datetime.datetime | None | Unset): The date and time in UTC time when this access
            assignment was last modified. Read-only.
        status (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
            "Active"}).
            The docs draw them so and list no values for most; the name is an open string.
    """

    access_container: AccessContainer | Unset = UNSET
    access_details: DelegatedAdminAccessDetails | Unset = UNSET
    created_date_time: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    last_modified_date_time: datetime.datetime | None | Unset = UNSET
    status: SmartEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_container, Unset):
            access_container = self.access_container.to_dict()

        access_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_details, Unset):
            access_details = self.access_details.to_dict()

        created_date_time: None | str | Unset
        if isinstance(self.created_date_time, Unset):
            created_date_time = UNSET
        elif isinstance(self.created_date_time, datetime.datetime):
            created_date_time = self.created_date_time.isoformat()
        else:
            created_date_time = self.created_date_time

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_modified_date_time: None | str | Unset
        if isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        elif isinstance(self.last_modified_date_time, datetime.datetime):
            last_modified_date_time = self.last_modified_date_time.isoformat()
        else:
            last_modified_date_time = self.last_modified_date_time

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_container is not UNSET:
            field_dict["accessContainer"] = access_container
        if access_details is not UNSET:
            field_dict["accessDetails"] = access_details
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if id is not UNSET:
            field_dict["id"] = id
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _access_container = d.pop("accessContainer", UNSET)
        if _access_container is UNSET:
            access_container = _access_container
        elif type(_access_container) is dict or isinstance(_access_container, Mapping):
            try:
                access_container = AccessContainer.from_dict(_access_container)
            except FieldTypeError as exc:
                raise exc.within("accessContainer") from None
            except KeyError as exc:
                raise FieldTypeError.missing("accessContainer", exc) from None
        elif isinstance(_access_container, AccessContainer):
            access_container = _access_container
        else:
            raise FieldTypeError.expected(
                "accessContainer", "an object", _access_container
            )

        _access_details = d.pop("accessDetails", UNSET)
        if _access_details is UNSET:
            access_details = _access_details
        elif type(_access_details) is dict or isinstance(_access_details, Mapping):
            try:
                access_details = DelegatedAdminAccessDetails.from_dict(_access_details)
            except FieldTypeError as exc:
                raise exc.within("accessDetails") from None
            except KeyError as exc:
                raise FieldTypeError.missing("accessDetails", exc) from None
        elif isinstance(_access_details, DelegatedAdminAccessDetails):
            access_details = _access_details
        else:
            raise FieldTypeError.expected("accessDetails", "an object", _access_details)

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

        id = d.pop("id", UNSET)
        if (
            id.__class__ is not str
            and id is not None
            and id is not UNSET
            and not isinstance(id, str)
        ):
            raise FieldTypeError.expected("id", "a string or null", id)

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

        access_assignment = cls(
            access_container=access_container,
            access_details=access_details,
            created_date_time=created_date_time,
            id=id,
            last_modified_date_time=last_modified_date_time,
            status=status,
        )

        access_assignment.additional_properties = d
        return access_assignment

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
from ..models.access_container import AccessContainer
from ..models.delegated_admin_access_details import DelegatedAdminAccessDetails
from ..models.smart_enum import SmartEnum
