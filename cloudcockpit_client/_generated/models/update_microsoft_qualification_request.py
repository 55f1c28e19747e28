from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.microsoft_qualification import MicrosoftQualification


T = TypeVar("T", bound="UpdateMicrosoftQualificationRequest")


@_attrs_define
class UpdateMicrosoftQualificationRequest:
    """The customer's Microsoft qualification (read from the page's request example only).

    Attributes:
        provider_instance_id (str | Unset): The provider instance (the example shows "string"; no type or format is
            drawn).
        qualification (MicrosoftQualification | Unset): The qualification; the page's example shows {} and draws no
            fields, so it is sent as given.
    """

    provider_instance_id: str | Unset = UNSET
    qualification: MicrosoftQualification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = self.provider_instance_id

        qualification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qualification, Unset):
            qualification = self.qualification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_instance_id is not UNSET:
            field_dict["providerInstanceId"] = provider_instance_id
        if qualification is not UNSET:
            field_dict["qualification"] = qualification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_instance_id = d.pop("providerInstanceId", UNSET)
        if (
            provider_instance_id.__class__ is not str
            and provider_instance_id is not UNSET
            and not isinstance(provider_instance_id, str)
        ):
            raise FieldTypeError.expected(
                "providerInstanceId", "a string", provider_instance_id
            )

        _qualification = d.pop("qualification", UNSET)
        if _qualification is UNSET:
            qualification = _qualification
        elif type(_qualification) is dict or isinstance(_qualification, Mapping):
            try:
                qualification = MicrosoftQualification.from_dict(_qualification)
            except FieldTypeError as exc:
                raise exc.within("qualification") from None
            except KeyError as exc:
                raise FieldTypeError.missing("qualification", exc) from None
        elif isinstance(_qualification, MicrosoftQualification):
            qualification = _qualification
        else:
            raise FieldTypeError.expected("qualification", "an object", _qualification)

        update_microsoft_qualification_request = cls(
            provider_instance_id=provider_instance_id,
            qualification=qualification,
        )

        update_microsoft_qualification_request.additional_properties = d
        return update_microsoft_qualification_request

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
from ..models.microsoft_qualification import MicrosoftQualification
