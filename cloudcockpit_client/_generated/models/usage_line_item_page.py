from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset

if TYPE_CHECKING:
    from ..models.usage_line_item import UsageLineItem


T = TypeVar("T", bound="UsageLineItemPage")


@_attrs_define
class UsageLineItemPage:
    """One page of usage line items (continuation-token paging). The envelope {items, continuationToken} is
    the one row 58's .md draws; copies of the CSP line-item pages describe it as "A helper class to be
    used by collections where we use a continuation token to obtain the next set of results."

        Attributes:
            items (list[UsageLineItem] | None | Unset): The items in this particular seek operation.
            continuation_token (None | str | Unset): The token to continue to retrieve the paginated items. Should not be
                set if the first page of
                items is desired.
    """

    items: list[UsageLineItem] | None | Unset = UNSET
    continuation_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        continuation_token: None | str | Unset
        if isinstance(self.continuation_token, Unset):
            continuation_token = UNSET
        else:
            continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if continuation_token is not UNSET:
            field_dict["continuationToken"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        if isinstance(_items, list | tuple):
            items = []
            for items_item_data in _items:
                if type(items_item_data) is dict or isinstance(
                    items_item_data, Mapping
                ):
                    try:
                        items_item = UsageLineItem.from_dict(items_item_data)
                    except FieldTypeError as exc:
                        raise exc.within("items" + f"[{len(items)}]") from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "items" + f"[{len(items)}]", exc
                        ) from None
                elif isinstance(items_item_data, UsageLineItem):
                    items_item = items_item_data
                else:
                    raise FieldTypeError.expected(
                        "items" + f"[{len(items)}]", "an object", items_item_data
                    )

                items.append(items_item)
        elif _items is None or _items is UNSET:
            items = _items
        else:
            raise FieldTypeError.expected("items", "an array or null", _items)

        continuation_token = d.pop("continuationToken", UNSET)
        if (
            continuation_token.__class__ is not str
            and continuation_token is not None
            and continuation_token is not UNSET
            and not isinstance(continuation_token, str)
        ):
            raise FieldTypeError.expected(
                "continuationToken", "a string or null", continuation_token
            )

        usage_line_item_page = cls(
            items=items,
            continuation_token=continuation_token,
        )

        usage_line_item_page.additional_properties = d
        return usage_line_item_page

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
from ..models.usage_line_item import UsageLineItem
