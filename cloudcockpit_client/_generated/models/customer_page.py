from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldTypeError, Unset, is_int

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.pagination_parameters import PaginationParameters


T = TypeVar("T", bound="CustomerPage")


@_attrs_define
class CustomerPage:
    """One page of customers. The docs show a has-previous and a has-next flag without their
    names; hasPreviousPage and hasNextPage are the names in the docs' paged response example
    (List all Users). The SDK's paging does not depend on them.

        Attributes:
            items (list[Customer] | None | Unset): The items for this page.
            pagination_parameters (PaginationParameters | Unset): The parameters of a paged query.
            total_pages (int | Unset): The number of pages for this page size.
            total_count (int | Unset): The number of results for these parameters.
            has_previous_page (bool | Unset): Whether there is a previous page.
            has_next_page (bool | Unset): Whether there is a next page.
            continuation_token (None | str | Unset): The token to continue to retrieve results.
    """

    items: list[Customer] | None | Unset = UNSET
    pagination_parameters: PaginationParameters | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_count: int | Unset = UNSET
    has_previous_page: bool | Unset = UNSET
    has_next_page: bool | Unset = UNSET
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

        pagination_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination_parameters, Unset):
            pagination_parameters = self.pagination_parameters.to_dict()

        total_pages = self.total_pages

        total_count = self.total_count

        has_previous_page = self.has_previous_page

        has_next_page = self.has_next_page

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
        if pagination_parameters is not UNSET:
            field_dict["paginationParameters"] = pagination_parameters
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if has_previous_page is not UNSET:
            field_dict["hasPreviousPage"] = has_previous_page
        if has_next_page is not UNSET:
            field_dict["hasNextPage"] = has_next_page
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
                        items_item = Customer.from_dict(items_item_data)
                    except FieldTypeError as exc:
                        raise exc.within("items" + f"[{len(items)}]") from None
                    except KeyError as exc:
                        raise FieldTypeError.missing(
                            "items" + f"[{len(items)}]", exc
                        ) from None
                elif isinstance(items_item_data, Customer):
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

        _pagination_parameters = d.pop("paginationParameters", UNSET)
        if _pagination_parameters is UNSET:
            pagination_parameters = _pagination_parameters
        elif type(_pagination_parameters) is dict or isinstance(
            _pagination_parameters, Mapping
        ):
            try:
                pagination_parameters = PaginationParameters.from_dict(
                    _pagination_parameters
                )
            except FieldTypeError as exc:
                raise exc.within("paginationParameters") from None
            except KeyError as exc:
                raise FieldTypeError.missing("paginationParameters", exc) from None
        elif isinstance(_pagination_parameters, PaginationParameters):
            pagination_parameters = _pagination_parameters
        else:
            raise FieldTypeError.expected(
                "paginationParameters", "an object", _pagination_parameters
            )

        total_pages = d.pop("totalPages", UNSET)
        if (
            total_pages.__class__ is not int
            and total_pages is not UNSET
            and not is_int(total_pages)
        ):
            raise FieldTypeError.expected("totalPages", "an integer", total_pages)
        if (
            total_pages.__class__ is int
            and not -2147483648 <= total_pages <= 2147483647
        ):
            raise FieldTypeError.expected(
                "totalPages", "a 32-bit integer (format int32)", total_pages
            )

        total_count = d.pop("totalCount", UNSET)
        if (
            total_count.__class__ is not int
            and total_count is not UNSET
            and not is_int(total_count)
        ):
            raise FieldTypeError.expected("totalCount", "an integer", total_count)
        if (
            total_count.__class__ is int
            and not -2147483648 <= total_count <= 2147483647
        ):
            raise FieldTypeError.expected(
                "totalCount", "a 32-bit integer (format int32)", total_count
            )

        has_previous_page = d.pop("hasPreviousPage", UNSET)
        if (
            has_previous_page is not True
            and has_previous_page is not False
            and has_previous_page is not UNSET
        ):
            raise FieldTypeError.expected(
                "hasPreviousPage", "a boolean", has_previous_page
            )

        has_next_page = d.pop("hasNextPage", UNSET)
        if (
            has_next_page is not True
            and has_next_page is not False
            and has_next_page is not UNSET
        ):
            raise FieldTypeError.expected("hasNextPage", "a boolean", has_next_page)

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

        customer_page = cls(
            items=items,
            pagination_parameters=pagination_parameters,
            total_pages=total_pages,
            total_count=total_count,
            has_previous_page=has_previous_page,
            has_next_page=has_next_page,
            continuation_token=continuation_token,
        )

        customer_page.additional_properties = d
        return customer_page

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
from ..models.customer import Customer
from ..models.pagination_parameters import PaginationParameters
