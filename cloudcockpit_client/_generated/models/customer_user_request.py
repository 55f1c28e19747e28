from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldTypeError

if TYPE_CHECKING:
    from ..models.customer_user import CustomerUser


T = TypeVar("T", bound="CustomerUserRequest")


@_attrs_define
class CustomerUserRequest:
    """A customer user and the provider instance it is on.

    Attributes:
        provider_instance_id (UUID): The GUID identifier for the provider instance.
        customer_user (CustomerUser): A user of the customer's Microsoft tenant.
    """

    provider_instance_id: UUID
    customer_user: CustomerUser
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = str(self.provider_instance_id)

        customer_user = self.customer_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerInstanceId": provider_instance_id,
                "customerUser": customer_user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _provider_instance_id = d.pop("providerInstanceId")
        try:
            provider_instance_id = UUID(_provider_instance_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_provider_instance_id, UUID):
                raise FieldTypeError.expected(
                    "providerInstanceId", "a UUID string", _provider_instance_id
                ) from None
            provider_instance_id = _provider_instance_id

        _customer_user = d.pop("customerUser")
        if type(_customer_user) is dict or isinstance(_customer_user, Mapping):
            try:
                customer_user = CustomerUser.from_dict(_customer_user)
            except FieldTypeError as exc:
                raise exc.within("customerUser") from None
            except KeyError as exc:
                raise FieldTypeError.missing("customerUser", exc) from None
        elif isinstance(_customer_user, CustomerUser):
            customer_user = _customer_user
        else:
            raise FieldTypeError.expected("customerUser", "an object", _customer_user)

        customer_user_request = cls(
            provider_instance_id=provider_instance_id,
            customer_user=customer_user,
        )

        customer_user_request.additional_properties = d
        return customer_user_request

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
from ..models.customer_user import CustomerUser
