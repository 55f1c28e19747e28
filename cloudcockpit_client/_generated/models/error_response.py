from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The response returned in case of an error, with details and the correlationId of the request.

    Attributes:
        status_code (int | Unset): HTTP status that represents the error scenario.
        type_ (None | str | Unset): The type of error that occurred.
        description (None | str | Unset): Describes the error scenario.
        correlation_id (None | str | Unset): Correlation id of the request that caused the error.
        errors (list[ErrorDetail] | None | Unset): Details of the errors in this scenario.
    """

    status_code: int | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    correlation_id: None | str | Unset = UNSET
    errors: list[ErrorDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        correlation_id: None | str | Unset
        if isinstance(self.correlation_id, Unset):
            correlation_id = UNSET
        else:
            correlation_id = self.correlation_id

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_code = d.pop("statusCode", UNSET)
        if (
            status_code.__class__ is not int
            and status_code is not UNSET
            and not is_int(status_code)
        ):
            raise FieldTypeError.expected("statusCode", "an integer", status_code)
        if (
            status_code.__class__ is int
            and not -2147483648 <= status_code <= 2147483647
        ):
            raise FieldTypeError.expected(
                "statusCode", "a 32-bit integer (format int32)", status_code
            )

        type_ = d.pop("type", UNSET)
        if (
            type_.__class__ is not str
            and type_ is not None
            and type_ is not UNSET
            and not isinstance(type_, str)
        ):
            raise FieldTypeError.expected("type", "a string or null", type_)

        description = d.pop("description", UNSET)
        if (
            description.__class__ is not str
            and description is not None
            and description is not UNSET
            and not isinstance(description, str)
        ):
            raise FieldTypeError.expected(
                "description", "a string or null", description
            )

        correlation_id = d.pop("correlationId", UNSET)
        if (
            correlation_id.__class__ is not str
            and correlation_id is not None
            and correlation_id is not UNSET
            and not isinstance(correlation_id, str)
        ):
            raise FieldTypeError.expected(
                "correlationId", "a string or null", correlation_id
            )

        _errors = d.pop("errors", UNSET)
        if isinstance(_errors, list | tuple):
            errors = []
            for errors_item_data in _errors:
                if type(errors_item_data) is dict or isinstance(
                    errors_item_data, Mapping
                ):
                    try:
                        errors_item = ErrorDetail.from_dict(errors_item_data)
                    except FieldTypeError as exc:
                        raise exc.within("errors" + f"[{len(errors)}]") from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "errors" + f"[{len(errors)}]", exc
                        ) from None
                elif isinstance(errors_item_data, ErrorDetail):
                    errors_item = errors_item_data
                else:
                    raise FieldTypeError.expected(
                        "errors" + f"[{len(errors)}]", "an object", errors_item_data
                    )

                errors.append(errors_item)
        elif _errors is None or _errors is UNSET:
            errors = _errors
        else:
            raise FieldTypeError.expected("errors", "an array or null", _errors)

        error_response = cls(
            status_code=status_code,
            type_=type_,
            description=description,
            correlation_id=correlation_id,
            errors=errors,
        )

        error_response.additional_properties = d
        return error_response

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
from ..models.error_detail import ErrorDetail
