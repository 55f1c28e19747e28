"""The runtime of the generated facade: the send path of a resource, input checks shared by all
operations, turning 2xx bodies into models, building pages, and the raw-response wrappers.

The generated resource classes (``cloudcockpit_client/_generated/facade/``) say what each operation
takes and returns; this module says how, once.
"""

from __future__ import annotations

import functools
import importlib
import uuid
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, cast
from uuid import UUID

import httpx

from .._validation import check_header_value
from ..errors import ResponseValidationError, decode_json
from ..pagination import AsyncPaginator, Page, Portal, has_next_page, int_or_none

if TYPE_CHECKING:
    from .._response import APIResponse
    from ..client import CloudCockpit

__all__ = [
    "LazyPackage",
    "Portal",
    "RawResponses",
    "Resource",
    "SyncResource",
    "raw",
    "raw_pages",
    "sync_raw",
]

M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)
T = TypeVar("T")
P = ParamSpec("P")


class GeneratedOperation(Protocol):
    """A generated operation module: what the client uses of it."""

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...


class _Model(Protocol[M_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


class LazyPackage:
    """A package of the generated code whose modules (or names) are imported on first use.

    ``_api = LazyPackage(__name__, "..api.customers")``: ``_api.get_customer`` imports the
    endpoint module once, then is a plain attribute. Relative to the caller, so a vendored copy
    imports its own generated code.
    """

    def __init__(self, module: str, relative: str) -> None:
        self._module = module
        self._relative = relative

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        package = importlib.import_module(self._relative, self._module.rpartition(".")[0])
        try:
            value = getattr(package, name)
        except AttributeError:
            value = importlib.import_module(f"{package.__name__}.{name}")
        setattr(self, name, value)
        return value


class Resource:
    """A group of operations (``cc.customers``, ``cc.provider_instances``) sending through one client."""

    def __init__(self, client: CloudCockpit) -> None:
        self._client = client

    def _paginate(
        self,
        operation: ModuleType,
        kwargs: dict[str, Any],
        *,
        number: tuple[str, int],
        size: tuple[str, int | None],
        envelope: _Model[Any],
        item: _Model[M],
        correlation_id: UUID | str | None,
        timeout: float | httpx.Timeout | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AsyncPaginator[M]:
        """A page-number walk (``pageNumber`` from 1, ``pageSize``); nothing is sent until it is iterated."""
        cid = _cid(correlation_id)
        options = self._client._call_options(timeout, extra_headers)
        number_name, first = number
        size_name, page_size = size
        client = self._client

        async def fetch(page_number: int) -> Page[M]:
            call_kwargs = {**kwargs, number_name: page_number}
            if page_size is not None:
                call_kwargs[size_name] = page_size
            response = await client._dispatch(operation, cid, call_kwargs, options)
            return page(
                response,
                cid,
                page_from_dict=envelope.from_dict,
                item_from_dict=item.from_dict,
                number=page_number,
                size=page_size,
            )

        return AsyncPaginator(fetch, first_page=first)

    def _paginate_tokens(
        self,
        operation: ModuleType,
        kwargs: dict[str, Any],
        *,
        token: tuple[str, str | None],
        size: tuple[str, int | None] | None,
        envelope: _Model[Any],
        item: _Model[M],
        correlation_id: UUID | str | None,
        timeout: float | httpx.Timeout | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AsyncPaginator[M]:
        """A continuation-token walk: the token of each page (body ``continuationToken``, else the
        ``X-ContinuationToken`` response header) is sent in the request header for the next one;
        the first request sends none. Nothing is sent until it is iterated."""
        cid = _cid(correlation_id)
        options = self._client._call_options(timeout, extra_headers)
        token_name, first = token
        client = self._client
        counter = [0]

        async def fetch(continuation: str | None) -> Page[M]:
            call_kwargs = dict(kwargs)
            if continuation is not None:
                call_kwargs[token_name] = continuation
            if size is not None and size[1] is not None:
                call_kwargs[size[0]] = size[1]
            response = await client._dispatch(operation, cid, call_kwargs, options)
            counter[0] += 1
            return token_page(
                response,
                cid,
                page_from_dict=envelope.from_dict,
                item_from_dict=item.from_dict,
                number=counter[0],
            )

        return AsyncPaginator(fetch, first_page=first)


class RawResponses:
    """The base of every ``<Resource>WithRawResponse``: its methods are instance attributes."""

    if not TYPE_CHECKING:  # to a type checker, a misspelled method stays an error

        def __getattr__(self, name: str) -> Any:
            raise AttributeError(f"{type(self).__name__} has no method {name!r}")


class SyncResource:
    """The sync face of one async resource: each method hands the async one to the client's loop."""

    def __init__(self, portal: Portal, resource: Any) -> None:
        self._portal = portal
        self._resource = resource

    def _call(self, method: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        result: T = self._portal.call(method, *args, **kwargs)
        return result


def raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """``method`` returning an ``APIResponse`` (the last 2xx response, with the parsed value)."""
    from .._response import capture

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        with capture() as captured:
            result = await method(*args, **kwargs)
        return captured.response(result)

    return call


def raw_pages(method: Callable[P, AsyncPaginator[T]]) -> Callable[P, Awaitable[APIResponse[Page[T]]]]:
    """A list method returning an ``APIResponse`` of its first page."""
    from .._response import capture

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[Page[T]]:
        paginator = method(*args, **kwargs)
        with capture() as captured:
            first = await paginator
        return captured.response(first)

    return call


def sync_raw(portal: Portal, method: Callable[P, Awaitable[T]]) -> Callable[P, T]:
    """A raw-response method of the async client, run on the sync client's loop."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        result: T = portal.call(method, *args, **kwargs)
        return result

    return call


def correlation_id(value: str | UUID | None) -> str:
    """The X-Correlation-Id to send: the caller's (checked), or a fresh uuid4."""
    if value is None:
        return str(uuid.uuid4())
    if isinstance(value, UUID):
        return str(value)
    # The docs type X-Correlation-Id as a uuid: the API refuses anything else (a 400 after the call).
    problem = f"correlation_id must be a UUID (X-Correlation-Id is a uuid), got {value!r}"
    if not isinstance(value, str):
        raise ValueError(problem)
    checked = check_header_value(value, "correlation_id")
    try:
        UUID(checked)
    except ValueError:
        raise ValueError(problem) from None
    return checked


_cid = correlation_id  # for methods whose parameter of that name hides the function


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
        from .._generated.types import FieldTypeError  # only when it failed: nothing to import otherwise

        # A FieldTypeError names the field and its type ("companyName: expected a string or null, got ...").
        problem = str(exc) if isinstance(exc, FieldTypeError) else f"{type(exc).__name__}: {exc}"
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
    raw_items = _page_items(body, response, correlation_id)
    # The generated page parser would keep a page whose items fail to parse as raw dicts, silently;
    # the items are parsed by the Page instead, each one checked.
    build_item = _item_builder(item_from_dict, response, correlation_id)

    raw = model(page_from_dict, body, response, correlation_id, "page")
    params = body.get("paginationParameters")
    sent_size = params.get("pageSize") if isinstance(params, dict) else None
    effective_size = size or int_or_none(sent_size)
    total_count, total_pages = body.get("totalCount"), body.get("totalPages")
    following = has_next_page(raw_items, number, effective_size, body.get("hasNextPage"), total_pages)
    has_previous = body.get("hasPreviousPage")
    return Page(
        raw_items=raw_items,
        build_item=build_item,
        page_number=number,
        page_size=effective_size,
        total_count=int_or_none(total_count),
        total_pages=int_or_none(total_pages),
        has_next_page=following,
        has_previous_page=has_previous if isinstance(has_previous, bool) else None,
        raw=raw,
        next_cursor=number + 1 if following else None,
        source=(response, correlation_id),
    )


def _page_items(body: dict[str, Any], response: httpx.Response, correlation_id: str) -> list[Any]:
    """A page body's ``items`` (taken out of it; null is no items), or ResponseValidationError."""
    raw_items = body.pop("items", None)
    if raw_items is None:
        return []
    if not isinstance(raw_items, list):
        raise ResponseValidationError(
            f"items: expected a JSON array, got {type(raw_items).__name__}",
            response=response,
            correlation_id=correlation_id,
        )
    return raw_items


def token_page(
    response: httpx.Response,
    correlation_id: str,
    *,
    page_from_dict: Callable[[Mapping[str, Any]], Any],
    item_from_dict: Callable[[Mapping[str, Any]], M],
    number: int,
) -> Page[M]:
    """A Page from a continuation-token body ``{items, continuationToken}``."""
    body = json_object(response, correlation_id)
    raw_items = _page_items(body, response, correlation_id)
    token = body.get("continuationToken")
    if token is None:
        token = response.headers.get("X-ContinuationToken")
    if token is not None and not isinstance(token, str):
        raise ResponseValidationError(
            f"continuationToken: expected a string or null, got {type(token).__name__}",
            response=response,
            correlation_id=correlation_id,
        )
    token = token or None
    # An empty page with a token would make the walk endless: it ends the walk.
    following = token if raw_items else None
    raw = model(page_from_dict, body, response, correlation_id, "page")
    return Page(
        raw_items=raw_items,
        build_item=_item_builder(item_from_dict, response, correlation_id),
        page_number=number,
        page_size=None,
        total_count=None,
        total_pages=None,
        has_next_page=following is not None,
        has_previous_page=number > 1,
        raw=raw,
        continuation_token=token,
        next_cursor=following,
        source=(response, correlation_id),
    )


def _item_builder(
    item_from_dict: Callable[[Mapping[str, Any]], M], response: httpx.Response, correlation_id: str
) -> Callable[[int, Any], M]:
    def build_item(index: int, item: Any) -> M:
        if type(item) is dict:
            try:
                return item_from_dict(item)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # model() below raises it again, naming the item
        return model(item_from_dict, item, response, correlation_id, f"items[{index}]")

    return build_item


def parse_model(response: httpx.Response, correlation_id: str, cls: _Model[M], what: str) -> M:
    """The 2xx body as the generated model ``cls`` (ResponseValidationError naming what is wrong)."""
    body = json_object(response, correlation_id)
    return model(cls.from_dict, body, response, correlation_id, what)


def parse_string(response: httpx.Response, correlation_id: str) -> str:
    """A 2xx body documented as a JSON string (or, from text/plain, the text: ASP.NET sends a string
    result that way when content negotiation allows it)."""
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type == "text/plain":
        try:
            return response.content.decode(response.encoding or "utf-8")
        except (UnicodeDecodeError, LookupError):
            pass
    else:
        ok, value = decode_json(response.content)
        if ok and isinstance(value, str):
            return value
    raise ResponseValidationError(
        f"expected a JSON string in the {response.status_code} body, got {describe_body(response)}",
        response=response,
        correlation_id=correlation_id,
    )


def parse_list(response: httpx.Response, correlation_id: str, item: Any) -> list[Any]:
    """A 2xx body documented as a JSON array: of models (``item`` a generated model class) or of
    str, int, float or bool (``item`` that type); each item checked, a wrong one named."""
    ok, value = decode_json(response.content)
    if not ok or not isinstance(value, list):
        raise ResponseValidationError(
            f"expected a JSON array in the {response.status_code} body, got {describe_body(response)}",
            response=response,
            correlation_id=correlation_id,
        )
    if hasattr(item, "from_dict"):
        return [
            model(item.from_dict, entry, response, correlation_id, f"[{i}]") for i, entry in enumerate(value)
        ]
    for index, entry in enumerate(value):
        if not _is_a(entry, item):
            raise ResponseValidationError(
                f"[{index}]: expected {item.__name__}, got {type(entry).__name__}",
                response=response,
                correlation_id=correlation_id,
            )
    return value


def _is_a(value: object, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def parse_scalar(response: httpx.Response, correlation_id: str, kind: type[T]) -> T:
    """A 2xx body documented as a JSON number or boolean."""
    ok, value = decode_json(response.content)
    if not ok or not _is_a(value, kind):
        raise ResponseValidationError(
            f"expected a JSON {kind.__name__} in the {response.status_code} body, got {describe_body(response)}",
            response=response,
            correlation_id=correlation_id,
        )
    return cast(T, value)  # checked by _is_a above


def parse_any(response: httpx.Response, correlation_id: str) -> Any:
    """A 2xx body whose schema the spec leaves open: its JSON value (None for an empty body)."""
    if not response.content:
        return None
    ok, value = decode_json(response.content)
    if not ok:
        raise ResponseValidationError(
            f"expected JSON in the {response.status_code} body, got {describe_body(response)}",
            response=response,
            correlation_id=correlation_id,
        )
    return value
