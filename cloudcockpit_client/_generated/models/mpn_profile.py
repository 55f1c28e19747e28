from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

T = TypeVar("T", bound="MpnProfile")


@_attrs_define
class MpnProfile:
    """The mpn profile of a Microsoft reseller (the page gives the model no name).

    Attributes:
        mpn_id (None | str | Unset): The mpn id of the partner. Can be null if an error occurred retrieving the profile.
        partner_name (None | str | Unset): The name of the partner associated to the mpn id. Can be null if an error
            occurred retrieving the profile.
        error_code (None | str | Unset): An error code received from partner center APIs.
        error_message (None | str | Unset): An error message received from partner center APIs.
    """

    mpn_id: None | str | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mpn_id: None | str | Unset
        if isinstance(self.mpn_id, Unset):
            mpn_id = UNSET
        else:
            mpn_id = self.mpn_id

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mpn_id is not UNSET:
            field_dict["mpnId"] = mpn_id
        if partner_name is not UNSET:
            field_dict["partnerName"] = partner_name
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mpn_id = d.pop("mpnId", UNSET)
        if (
            mpn_id.__class__ is not str
            and mpn_id is not None
            and mpn_id is not UNSET
            and not isinstance(mpn_id, str)
        ):
            raise FieldTypeError.expected("mpnId", "a string or null", mpn_id)

        partner_name = d.pop("partnerName", UNSET)
        if (
            partner_name.__class__ is not str
            and partner_name is not None
            and partner_name is not UNSET
            and not isinstance(partner_name, str)
        ):
            raise FieldTypeError.expected(
                "partnerName", "a string or null", partner_name
            )

        error_code = d.pop("errorCode", UNSET)
        if (
            error_code.__class__ is not str
            and error_code is not None
            and error_code is not UNSET
            and not isinstance(error_code, str)
        ):
            raise FieldTypeError.expected("errorCode", "a string or null", error_code)

        error_message = d.pop("errorMessage", UNSET)
        if (
            error_message.__class__ is not str
            and error_message is not None
            and error_message is not UNSET
            and not isinstance(error_message, str)
        ):
            raise FieldTypeError.expected(
                "errorMessage", "a string or null", error_message
            )

        mpn_profile = cls(
            mpn_id=mpn_id,
            partner_name=partner_name,
            error_code=error_code,
            error_message=error_message,
        )

        mpn_profile.additional_properties = d
        return mpn_profile

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
