from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

if TYPE_CHECKING:
    from ..models.offer_price import OfferPrice
    from ..models.offer_type import OfferType
    from ..models.smart_enum import SmartEnum


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """An offer (the 200 body of "Retrieve an offer"). The page is cut after minQuantity (at its type,
    "integer(in"); later fields are not documented and unknown fields are kept.

        Attributes:
            id (UUID | Unset): The id of the offer.
            name (None | str | Unset): The name of the offer.
            description (None | str | Unset): The offer description.
            image_url (None | str | Unset): The offer image URL.
            offer_type (OfferType | Unset): An offer type, e.g. {"name": "AzurePlan"}. The name is an open string, not an
                enum.
            billing_type (SmartEnum | Unset): One of the API's "smart enums": an object whose name is the value (e.g.
                {"name": "Active"}).
                The docs draw them so and list no values for most; the name is an open string.
            prices (list[OfferPrice] | None | Unset): The offer prices.
            provider_name (None | str | Unset): The offer provider name.
            provider_instance_id (None | Unset | UUID): The provider's instance identifier.
            is_addon (bool | Unset): The value indicating whether this offer is addon.
            min_quantity (int | Unset): Its type is cut at "integer(in" (the format is not shown) and its description is not
                shown.
    """

    id: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    offer_type: OfferType | Unset = UNSET
    billing_type: SmartEnum | Unset = UNSET
    prices: list[OfferPrice] | None | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    provider_instance_id: None | Unset | UUID = UNSET
    is_addon: bool | Unset = UNSET
    min_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        offer_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.to_dict()

        billing_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = self.billing_type.to_dict()

        prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.prices, Unset):
            prices = UNSET
        elif isinstance(self.prices, list):
            prices = []
            for prices_type_0_item_data in self.prices:
                prices_type_0_item = prices_type_0_item_data.to_dict()
                prices.append(prices_type_0_item)

        else:
            prices = self.prices

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        provider_instance_id: None | str | Unset
        if isinstance(self.provider_instance_id, Unset):
            provider_instance_id = UNSET
        elif isinstance(self.provider_instance_id, UUID):
            provider_instance_id = str(self.provider_instance_id)
        else:
            provider_instance_id = self.provider_instance_id

        is_addon = self.is_addon

        min_quantity = self.min_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if offer_type is not UNSET:
            field_dict["offerType"] = offer_type
        if billing_type is not UNSET:
            field_dict["billingType"] = billing_type
        if prices is not UNSET:
            field_dict["prices"] = prices
        if provider_name is not UNSET:
            field_dict["providerName"] = provider_name
        if provider_instance_id is not UNSET:
            field_dict["providerInstanceId"] = provider_instance_id
        if is_addon is not UNSET:
            field_dict["isAddon"] = is_addon
        if min_quantity is not UNSET:
            field_dict["minQuantity"] = min_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        if _id is UNSET:
            id = _id
        else:
            try:
                id = UUID(_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_id, UUID):
                    raise FieldTypeError.expected("id", "a UUID string", _id) from None
                id = _id

        name = d.pop("name", UNSET)
        if (
            name.__class__ is not str
            and name is not None
            and name is not UNSET
            and not isinstance(name, str)
        ):
            raise FieldTypeError.expected("name", "a string or null", name)

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

        image_url = d.pop("imageUrl", UNSET)
        if (
            image_url.__class__ is not str
            and image_url is not None
            and image_url is not UNSET
            and not isinstance(image_url, str)
        ):
            raise FieldTypeError.expected("imageUrl", "a string or null", image_url)

        _offer_type = d.pop("offerType", UNSET)
        if _offer_type is UNSET:
            offer_type = _offer_type
        elif type(_offer_type) is dict or isinstance(_offer_type, Mapping):
            try:
                offer_type = OfferType.from_dict(_offer_type)
            except FieldTypeError as exc:
                raise exc.within("offerType") from None
            except KeyError as exc:
                raise FieldTypeError.missing("offerType", exc) from None
        elif isinstance(_offer_type, OfferType):
            offer_type = _offer_type
        else:
            raise FieldTypeError.expected("offerType", "an object", _offer_type)

        _billing_type = d.pop("billingType", UNSET)
        if _billing_type is UNSET:
            billing_type = _billing_type
        elif type(_billing_type) is dict or isinstance(_billing_type, Mapping):
            try:
                billing_type = SmartEnum.from_dict(_billing_type)
            except FieldTypeError as exc:
                raise exc.within("billingType") from None
            except KeyError as exc:
                raise FieldTypeError.missing("billingType", exc) from None
        elif isinstance(_billing_type, SmartEnum):
            billing_type = _billing_type
        else:
            raise FieldTypeError.expected("billingType", "an object", _billing_type)

        _prices = d.pop("prices", UNSET)
        if isinstance(_prices, list | tuple):
            prices = []
            for prices_item_data in _prices:
                if type(prices_item_data) is dict or isinstance(
                    prices_item_data, Mapping
                ):
                    try:
                        prices_item = OfferPrice.from_dict(prices_item_data)
                    except FieldTypeError as exc:
                        raise exc.within("prices" + f"[{len(prices)}]") from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "prices" + f"[{len(prices)}]", exc
                        ) from None
                elif isinstance(prices_item_data, OfferPrice):
                    prices_item = prices_item_data
                else:
                    raise FieldTypeError.expected(
                        "prices" + f"[{len(prices)}]", "an object", prices_item_data
                    )

                prices.append(prices_item)
        elif _prices is None or _prices is UNSET:
            prices = _prices
        else:
            raise FieldTypeError.expected("prices", "an array or null", _prices)

        provider_name = d.pop("providerName", UNSET)
        if (
            provider_name.__class__ is not str
            and provider_name is not None
            and provider_name is not UNSET
            and not isinstance(provider_name, str)
        ):
            raise FieldTypeError.expected(
                "providerName", "a string or null", provider_name
            )

        _provider_instance_id = d.pop("providerInstanceId", UNSET)
        if _provider_instance_id is None or _provider_instance_id is UNSET:
            provider_instance_id = _provider_instance_id
        else:
            try:
                provider_instance_id = UUID(_provider_instance_id)
            except (TypeError, ValueError, AttributeError):
                if not isinstance(_provider_instance_id, UUID):
                    raise FieldTypeError.expected(
                        "providerInstanceId",
                        "a UUID string or null",
                        _provider_instance_id,
                    ) from None
                provider_instance_id = _provider_instance_id

        is_addon = d.pop("isAddon", UNSET)
        if is_addon is not True and is_addon is not False and is_addon is not UNSET:
            raise FieldTypeError.expected("isAddon", "a boolean", is_addon)

        min_quantity = d.pop("minQuantity", UNSET)
        if (
            min_quantity.__class__ is not int
            and min_quantity is not UNSET
            and not is_int(min_quantity)
        ):
            raise FieldTypeError.expected("minQuantity", "an integer", min_quantity)

        offer = cls(
            id=id,
            name=name,
            description=description,
            image_url=image_url,
            offer_type=offer_type,
            billing_type=billing_type,
            prices=prices,
            provider_name=provider_name,
            provider_instance_id=provider_instance_id,
            is_addon=is_addon,
            min_quantity=min_quantity,
        )

        offer.additional_properties = d
        return offer

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
from ..models.offer_price import OfferPrice
from ..models.offer_type import OfferType
from ..models.smart_enum import SmartEnum
