from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.delegated_admin_access_details import DelegatedAdminAccessDetails
    from ..models.delegated_admin_relationship_customer import (
        DelegatedAdminRelationshipCustomer,
    )
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="DelegatedAdminRelationship")


@_attrs_define
class DelegatedAdminRelationship:
    """A GDAP relationship of a customer. The .com page's schema names the identifier relationshipId;
    the developer.cloudcockpit.works copy's example names it id (and omits status). Neither copy is
    newer, so both are declared; whichever the API sends is set.

        Attributes:
            relationship_id (None | str | Unset): The id of the relationship (the schema's name).
            id (None | str | Unset): The id of the relationship (the example's name).
            display_name (None | str | Unset):
            duration (None | str | Unset):
            auto_extend_duration (None | str | Unset):
            customer (DelegatedAdminRelationshipCustomer | Unset): The customer of a GDAP relationship.
            status (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g. {"name":
                "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            access_details (DelegatedAdminAccessDetails | Unset): The roles a GDAP relationship or access assignment grants.
    """

    relationship_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    auto_extend_duration: None | str | Unset = UNSET
    customer: DelegatedAdminRelationshipCustomer | Unset = UNSET
    status: SmartEnum | Unset = UNSET
    access_details: DelegatedAdminAccessDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relationship_id: None | str | Unset
        if isinstance(self.relationship_id, Unset):
            relationship_id = UNSET
        else:
            relationship_id = self.relationship_id

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

        auto_extend_duration: None | str | Unset
        if isinstance(self.auto_extend_duration, Unset):
            auto_extend_duration = UNSET
        else:
            auto_extend_duration = self.auto_extend_duration

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        access_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_details, Unset):
            access_details = self.access_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if relationship_id is not UNSET:
            field_dict["relationshipId"] = relationship_id
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if auto_extend_duration is not UNSET:
            field_dict["autoExtendDuration"] = auto_extend_duration
        if customer is not UNSET:
            field_dict["customer"] = customer
        if status is not UNSET:
            field_dict["status"] = status
        if access_details is not UNSET:
            field_dict["accessDetails"] = access_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        relationship_id = d.pop("relationshipId", UNSET)
        if (
            relationship_id.__class__ is not str
            and relationship_id is not None
            and relationship_id is not UNSET
            and not isinstance(relationship_id, str)
        ):
            raise FieldTypeError.expected(
                "relationshipId", "a string or null", relationship_id
            )

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

        auto_extend_duration = d.pop("autoExtendDuration", UNSET)
        if (
            auto_extend_duration.__class__ is not str
            and auto_extend_duration is not None
            and auto_extend_duration is not UNSET
            and not isinstance(auto_extend_duration, str)
        ):
            raise FieldTypeError.expected(
                "autoExtendDuration", "a string or null", auto_extend_duration
            )

        _customer = d.pop("customer", UNSET)
        if _customer is UNSET:
            customer = _customer
        elif type(_customer) is dict or isinstance(_customer, Mapping):
            try:
                customer = DelegatedAdminRelationshipCustomer.from_dict(_customer)
            except FieldTypeError as exc:
                raise exc.within("customer") from None
            except KeyError as exc:
                raise FieldTypeError.missing("customer", exc) from None
        elif isinstance(_customer, DelegatedAdminRelationshipCustomer):
            customer = _customer
        else:
            raise FieldTypeError.expected("customer", "an object", _customer)

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

        delegated_admin_relationship = cls(
            relationship_id=relationship_id,
            id=id,
            display_name=display_name,
            duration=duration,
            auto_extend_duration=auto_extend_duration,
            customer=customer,
            status=status,
            access_details=access_details,
        )

        delegated_admin_relationship.additional_properties = d
        return delegated_admin_relationship

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
from ..models.delegated_admin_access_details import DelegatedAdminAccessDetails
from ..models.delegated_admin_relationship_customer import (
    DelegatedAdminRelationshipCustomer,
)
from ..models.smart_enum import SmartEnum
