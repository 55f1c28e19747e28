"""What every resource shares: input checks, turning 2xx bodies into models, building pages."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from uuid import UUID

import httpx

from .._validation import check_header_value
from ..errors import ResponseValidationError, decode_json
from ..pagination import Page, has_next_page, int_or_none

if TYPE_CHECKING:
    from ..client import CloudCockpit

M = TypeVar("M")


class GeneratedOperation(Protocol):
    """A generated operation module: what the client uses of it."""

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...


class Resource:
    """A group of operations (``cc.customers``, ``cc.provider_instances``) sending through one client."""

    def __init__(self, client: CloudCockpit) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning an ``APIResponse`` (status, headers, correlation id, parsed value)::

        raw = await cc.customers.with_raw_response.add_provider_instance(...)
        raw.status_code, raw.headers["Location"], raw.correlation_id, raw.parse()
        """
        from .._response import RawResponses

        return RawResponses(self)


def correlation_id(value: str | UUID | None) -> str:
    """The X-Correlation-Id to send: the caller's (checked), or a fresh uuid4."""
    if value is None:
        return str(uuid.uuid4())
    if isinstance(value, UUID):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"correlation_id must be a UUID or a non-empty string, got {value!r}")
    return check_header_value(value, "correlation_id")


def page_number(value: object) -> int:
    """The first page to fetch: an int >= 1 (the API counts pages from 1)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"page_number must be an int, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"page_number must be >= 1 (pages are counted from 1), got {value}")
    return value


def page_size(value: object) -> int | None:
    """The page size: None (the API's default, 25) or an int >= 1; the upper bound (2000) is the server's."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"page_size must be an int or None, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"page_size must be >= 1, got {value}")
    return value


def json_object(response: httpx.Response, correlation_id: str) -> dict[str, Any]:
    """The 2xx body as a JSON object, or ResponseValidationError."""
    ok, value = decode_json(response.content)
    if not ok or not isinstance(value, dict):
        raise ResponseValidationError(
            f"expected a JSON object in the {response.status_code} body, got {describe_body(response)}",
            response=response,
            correlation_id=correlation_id,
        )
    return value


def describe_body(response: httpx.Response) -> str:
    """What a body that is not the documented one holds, for an error message (never its content)."""
    if not response.content:
        return "an empty body"
    ok, value = decode_json(response.content)
    if ok:
        return f"JSON {type(value).__name__}"
    content_type = response.headers.get("Content-Type", "no content type")
    return f"{len(response.content)} bytes of {content_type} that are not JSON"


def model(
    from_dict: Callable[[Mapping[str, Any]], M],
    data: object,
    response: httpx.Response,
    correlation_id: str,
    what: str,
) -> M:
    """``from_dict(data)``, with any failure raised as a ResponseValidationError naming ``what``."""
    if not isinstance(data, Mapping):
        raise ResponseValidationError(
            f"{what}: expected a JSON object, got {type(data).__name__}",
            response=response,
            correlation_id=correlation_id,
        )
    try:
        return from_dict(data)
    except KeyError as exc:
        problem = f"missing required field {exc.args[0]!r}"
    except (TypeError, ValueError, AttributeError) as exc:
        problem = f"{type(exc).__name__}: {exc}"
    raise ResponseValidationError(f"{what}: {problem}", response=response, correlation_id=correlation_id)


def page(
    response: httpx.Response,
    correlation_id: str,
    *,
    page_from_dict: Callable[[Mapping[str, Any]], Any],
    item_from_dict: Callable[[Mapping[str, Any]], M],
    number: int,
    size: int | None,
) -> Page[M]:
    """A Page from a 200 page body; its items are built and checked by the Page (one broken item
    fails it, naming the item: see Page)."""
    body = json_object(response, correlation_id)
    raw_items = body.pop("items", None)
    if raw_items is None:
        raw_items = []
    if not isinstance(raw_items, list):
        raise ResponseValidationError(
            f"items: expected a JSON array, got {type(raw_items).__name__}",
            response=response,
            correlation_id=correlation_id,
        )
    # The generated page parser would keep a page whose items fail to parse as raw dicts, silently;
    # the items are parsed by the Page instead, each one checked.

    def build_item(index: int, item: Any) -> M:
        if type(item) is dict:
            try:
                return item_from_dict(item)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # model() below raises it again, naming the item
        return model(item_from_dict, item, response, correlation_id, f"items[{index}]")

    raw = model(page_from_dict, body, response, correlation_id, "page")
    params = body.get("paginationParameters")
    sent_size = params.get("pageSize") if isinstance(params, dict) else None
    effective_size = size or int_or_none(sent_size)
    total_count, total_pages = body.get("totalCount"), body.get("totalPages")
    has_previous = body.get("hasPreviousPage")
    return Page(
        raw_items=raw_items,
        build_item=build_item,
        page_number=number,
        page_size=effective_size,
        total_count=int_or_none(total_count),
        total_pages=int_or_none(total_pages),
        has_next_page=has_next_page(raw_items, number, effective_size, body.get("hasNextPage"), total_pages),
        has_previous_page=has_previous if isinstance(has_previous, bool) else None,
        raw=raw,
    )
