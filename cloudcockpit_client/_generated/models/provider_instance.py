from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.offer_type import OfferType
    from ..models.provider import Provider


T = TypeVar("T", bound="ProviderInstance")


@_attrs_define
class ProviderInstance:
    """View model that represents a provider's instance. `id` is marked required here although the
    docs do not mark it: it is the instance's identity, which every answer carries, so the SDK
    types it as a UUID (not UUID | Unset), and an instance without one is a ResponseValidationError.

        Attributes:
            id (UUID): The id of the instance.
            alias (None | str | Unset): Alias for the instance of the provider.
            instance_provider_id (None | str | Unset): The id that identifies the instance on the provider's side.
            image_url (None | str | Unset): The provider instance image url.
            offer_types (list[OfferType] | None | Unset): The offer types that the provider instance allows selling.
            supported_countries (list[str] | None | Unset): The countries supported by the provider instance.
            provider_data (None | str | Unset): The provider instance data.
            provider (Provider | Unset): The view model for the Provider entity (its fields are not documented; all are
                kept).
    """

    id: UUID
    alias: None | str | Unset = UNSET
    instance_provider_id: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    offer_types: list[OfferType] | None | Unset = UNSET
    supported_countries: list[str] | None | Unset = UNSET
    provider_data: None | str | Unset = UNSET
    provider: Provider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        instance_provider_id: None | str | Unset
        if isinstance(self.instance_provider_id, Unset):
            instance_provider_id = UNSET
        else:
            instance_provider_id = self.instance_provider_id

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        offer_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.offer_types, Unset):
            offer_types = UNSET
        elif isinstance(self.offer_types, list):
            offer_types = []
            for offer_types_type_0_item_data in self.offer_types:
                offer_types_type_0_item = offer_types_type_0_item_data.to_dict()
                offer_types.append(offer_types_type_0_item)

        else:
            offer_types = self.offer_types

        supported_countries: list[str] | None | Unset
        if isinstance(self.supported_countries, Unset):
            supported_countries = UNSET
        elif isinstance(self.supported_countries, list):
            supported_countries = self.supported_countries

        else:
            supported_countries = self.supported_countries

        provider_data: None | str | Unset
        if isinstance(self.provider_data, Unset):
            provider_data = UNSET
        else:
            provider_data = self.provider_data

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if instance_provider_id is not UNSET:
            field_dict["instanceProviderId"] = instance_provider_id
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if offer_types is not UNSET:
            field_dict["offerTypes"] = offer_types
        if supported_countries is not UNSET:
            field_dict["supportedCountries"] = supported_countries
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id")
        try:
            id = UUID(_id)
        except (TypeError, ValueError, AttributeError):
            if not isinstance(_id, UUID):
                raise FieldTypeError.expected("id", "a UUID string", _id) from None
            id = _id

        alias = d.pop("alias", UNSET)
        if (
            alias.__class__ is not str
            and alias is not None
            and alias is not UNSET
            and not isinstance(alias, str)
        ):
            raise FieldTypeError.expected("alias", "a string or null", alias)

        instance_provider_id = d.pop("instanceProviderId", UNSET)
        if (
            instance_provider_id.__class__ is not str
            and instance_provider_id is not None
            and instance_provider_id is not UNSET
            and not isinstance(instance_provider_id, str)
        ):
            raise FieldTypeError.expected(
                "instanceProviderId", "a string or null", instance_provider_id
            )

        image_url = d.pop("imageUrl", UNSET)
        if (
            image_url.__class__ is not str
            and image_url is not None
            and image_url is not UNSET
            and not isinstance(image_url, str)
        ):
            raise FieldTypeError.expected("imageUrl", "a string or null", image_url)

        _offer_types = d.pop("offerTypes", UNSET)
        if isinstance(_offer_types, list | tuple):
            offer_types = []
            for offer_types_item_data in _offer_types:
                if type(offer_types_item_data) is dict or isinstance(
                    offer_types_item_data, Mapping
                ):
                    try:
                        offer_types_item = OfferType.from_dict(offer_types_item_data)
                    except FieldTypeError as exc:
                        raise exc.within(
                            "offerTypes" + f"[{len(offer_types)}]"
                        ) from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "offerTypes" + f"[{len(offer_types)}]", exc
                        ) from None
                elif isinstance(offer_types_item_data, OfferType):
                    offer_types_item = offer_types_item_data
                else:
                    raise FieldTypeError.expected(
                        "offerTypes" + f"[{len(offer_types)}]",
                        "an object",
                        offer_types_item_data,
                    )

                offer_types.append(offer_types_item)
        elif _offer_types is None or _offer_types is UNSET:
            offer_types = _offer_types
        else:
            raise FieldTypeError.expected(
                "offerTypes", "an array or null", _offer_types
            )

        _supported_countries = d.pop("supportedCountries", UNSET)
        if isinstance(_supported_countries, list | tuple):
            supported_countries = []
            for supported_countries_item_data in _supported_countries:
                if (
                    supported_countries_item_data.__class__ is not str
                    and not isinstance(supported_countries_item_data, str)
                ):
                    raise FieldTypeError.expected(
                        "supportedCountries" + f"[{len(supported_countries)}]",
                        "a string",
                        supported_countries_item_data,
                    )

                supported_countries.append(supported_countries_item_data)
        elif _supported_countries is None or _supported_countries is UNSET:
            supported_countries = _supported_countries
        else:
            raise FieldTypeError.expected(
                "supportedCountries", "an array or null", _supported_countries
            )

        provider_data = d.pop("providerData", UNSET)
        if (
            provider_data.__class__ is not str
            and provider_data is not None
            and provider_data is not UNSET
            and not isinstance(provider_data, str)
        ):
            raise FieldTypeError.expected(
                "providerData", "a string or null", provider_data
            )

        _provider = d.pop("provider", UNSET)
        if _provider is UNSET:
            provider = _provider
        elif type(_provider) is dict or isinstance(_provider, Mapping):
            try:
                provider = Provider.from_dict(_provider)
            except FieldTypeError as exc:
                raise exc.within("provider") from None
            except KeyError as exc:
                raise FieldTypeError.missing("provider", exc) from None
        elif isinstance(_provider, Provider):
            provider = _provider
        else:
            raise FieldTypeError.expected("provider", "an object", _provider)

        provider_instance = cls(
            id=id,
            alias=alias,
            instance_provider_id=instance_provider_id,
            image_url=image_url,
            offer_types=offer_types,
            supported_countries=supported_countries,
            provider_data=provider_data,
            provider=provider,
        )

        provider_instance.additional_properties = d
        return provider_instance

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
from ..models.offer_type import OfferType
from ..models.provider import Provider
