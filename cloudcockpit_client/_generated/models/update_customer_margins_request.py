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


T = TypeVar("T", bound="UpdateCustomerMarginsRequest")


@_attrs_define
class UpdateCustomerMarginsRequest:
    """The customer's new margins on one provider instance and relationship.

    Attributes:
        margin (Margin): This value object contains the price margin for this entity.
        offer_type_margins (None | OfferTypeMargins | Unset):
        reseller_id (None | Unset | UUID): The GUID identifier for the reseller. If set to null, this means direct
            relationship with CSP.
    """

    margin: Margin
    offer_type_margins: None | OfferTypeMargins | Unset = UNSET
    reseller_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        margin = self.margin.to_dict()

        offer_type_margins: dict[str, Any] | None | Unset
        if isinstance(self.offer_type_margins, Unset):
            offer_type_margins = UNSET
        elif isinstance(self.offer_type_margins, OfferTypeMargins):
            offer_type_margins = self.offer_type_margins.to_dict()
        else:
            offer_type_margins = self.offer_type_margins

        reseller_id: None | str | Unset
        if isinstance(self.reseller_id, Unset):
            reseller_id = UNSET
        elif isinstance(self.reseller_id, UUID):
            reseller_id = str(self.reseller_id)
        else:
            reseller_id = self.reseller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "margin": margin,
            }
        )
        if offer_type_margins is not UNSET:
            field_dict["offerTypeMargins"] = offer_type_margins
        if reseller_id is not UNSET:
            field_dict["resellerId"] = reseller_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        _reseller_id = d.pop("resellerId", UNSET)
        if _reseller_id is None or _reseller_id is UNSET:
            reseller_id = _reseller_id
        else:
            try:
                reseller_id = UUID(_reseller_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_reseller_id, UUID):
                    raise FieldTypeError.expected(
                        "resellerId", "a UUID string or null", _reseller_id
                    ) from None
                reseller_id = _reseller_id

        update_customer_margins_request = cls(
            margin=margin,
            offer_type_margins=offer_type_margins,
            reseller_id=reseller_id,
        )

        update_customer_margins_request.additional_properties = d
        return update_customer_margins_request

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
