from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.margin import Margin
    from ..models.offer_type_margins import OfferTypeMargins


T = TypeVar("T", bound="AddProviderInstanceRequest")


@_attrs_define
class AddProviderInstanceRequest:
    """The information of the provider instance to add to the customer.

    Attributes:
        provider_instance_id (UUID): The GUID identifier for the provider instance.
        provider_customer_data (None | str): Provider-specific data for this customer, as a string holding JSON.
        margin (Margin): This value object contains the price margin for this entity.
        offer_type_margins (None | OfferTypeMargins | Unset):
    """

    provider_instance_id: UUID
    provider_customer_data: None | str
    margin: Margin
    offer_type_margins: None | OfferTypeMargins | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_instance_id = str(self.provider_instance_id)

        provider_customer_data: None | str
        provider_customer_data = self.provider_customer_data

        margin = self.margin.to_dict()

        offer_type_margins: dict[str, Any] | None | Unset
        if isinstance(self.offer_type_margins, Unset):
            offer_type_margins = UNSET
        elif isinstance(self.offer_type_margins, OfferTypeMargins):
            offer_type_margins = self.offer_type_margins.to_dict()
        else:
            offer_type_margins = self.offer_type_margins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerInstanceId": provider_instance_id,
                "providerCustomerData": provider_customer_data,
                "margin": margin,
            }
        )
        if offer_type_margins is not UNSET:
            field_dict["offerTypeMargins"] = offer_type_margins

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

        provider_customer_data = d.pop("providerCustomerData")
        if (
            provider_customer_data.__class__ is not str
            and provider_customer_data is not None
            and not isinstance(provider_customer_data, str)
        ):
            raise FieldTypeError.expected(
                "providerCustomerData", "a string or null", provider_customer_data
            )

        _margin = d.pop("margin")
        if type(_margin) is dict or isinstance(_margin, Mapping):
            try:
                margin = Margin.from_dict(_margin)
            except FieldTypeError as exc:
                raise exc.within("margin") from None
            except KeyError as exc:
                raise FieldTypeError.missing("margin", exc) from None
        elif isinstance(_margin, Margin):
            margin = _margin
        else:
            raise FieldTypeError.expected("margin", "an object", _margin)

        _offer_type_margins = d.pop("offerTypeMargins", UNSET)
        if _offer_type_margins is None or _offer_type_margins is UNSET:
            offer_type_margins = _offer_type_margins
        elif type(_offer_type_margins) is dict or isinstance(
            _offer_type_margins, Mapping
        ):
            try:
                offer_type_margins = OfferTypeMargins.from_dict(_offer_type_margins)
            except FieldTypeError as exc:
                raise exc.within("offerTypeMargins") from None
            except KeyError as exc:
                raise FieldTypeError.missing("offerTypeMargins", exc) from None
        elif isinstance(_offer_type_margins, OfferTypeMargins):
            offer_type_margins = _offer_type_margins
        else:
            raise FieldTypeError.expected(
                "offerTypeMargins", "an object or null", _offer_type_margins
            )

        add_provider_instance_request = cls(
            provider_instance_id=provider_instance_id,
            provider_customer_data=provider_customer_data,
            margin=margin,
            offer_type_margins=offer_type_margins,
        )

        add_provider_instance_request.additional_properties = d
        return add_provider_instance_request

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
from ..models.margin import Margin
from ..models.offer_type_margins import OfferTypeMargins
