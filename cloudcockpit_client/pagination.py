"""Paging: one implementation behind every ``list_*`` method of the facade.

The API pages with ``pageNumber`` (from 1) and ``pageSize`` (1-2000) and answers with a page
object (``items``, ``totalCount``, ``totalPages``, a has-next flag, ...). ``AsyncPaginator`` walks it
the way openai-python's ``AsyncPaginator`` and azure-core's ``AsyncItemPaged`` do::

    async for customer in cc.customers.list_customers(page_size=2000):   # every item, lazily
        ...
    async for page in cc.customers.list_customers().pages():             # pages with their totals
        print(page.page_number, page.total_count, len(page.items))
    first = await cc.customers.list_customers()                           # just the first page

Each ``async for`` starts its own walk from the first page; within a walk every page is fetched
once, and only when the previous one is used up. ``pages()`` and ``await`` hand over pages whose
items are built; ``async for`` builds each item when it reaches it (see Page). The docs name the
has-next flag only in an example, so the walk does not depend on it alone: it stops on an empty
page, on ``hasNextPage: false``, at ``totalPages``, or (with neither) on a page shorter than the
page size.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncPaginator", "Page", "SyncPaginator"]

T = TypeVar("T")

# The API's page size when none is given (documented).
_API_DEFAULT_PAGE_SIZE = 25


# Builds item ``index`` of a page from its JSON, or raises ResponseValidationError naming it.
BuildItem = Callable[[int, Any], T]


class Page(Generic[T]):
    """One page of a list operation: its items and the totals the API sent (None when absent).

    ``raw`` is the generated page model (``CustomerPage``, ``ProviderInstancePage``), which keeps
    every field the API sent, documented or not.

    The items are built from the page's JSON when ``items`` is first read (``pages()`` and
    ``await`` read it before handing the page over, so a broken item fails the page there). An
    ``async for`` over a paginator's items builds each one only when it is reached: a walk then
    holds one page of JSON and the item in hand, not a page of models, which is what keeps the
    garbage collector out of a long walk (BENCHMARKS.md, section 6).
    """

    def __init__(
        self,
        *,
        raw_items: list[Any],
        build_item: BuildItem[T],
        page_number: int,
        page_size: int | None,
        total_count: int | None,
        total_pages: int | None,
        has_next_page: bool,
        has_previous_page: bool | None,
        raw: Any,
        continuation_token: str | None = None,
        next_cursor: int | str | None = None,
        source: tuple[httpx.Response, str | None] | None = None,
    ) -> None:
        self._raw_items = raw_items
        self._build_item = build_item
        self._items: list[T] | None = None
        self.page_number = page_number
        self.page_size = page_size
        self.total_count = total_count
        self.total_pages = total_pages
        self.has_next_page = has_next_page
        self.has_previous_page = has_previous_page
        self.raw = raw
        #: The token of the next page (continuation-token paging), or None: resume a walk with it.
        self.continuation_token = continuation_token
        # What the walk asks for next: a page number, a continuation token, or None (the end).
        self._next_cursor = next_cursor
        # The response the page came in, and its correlation id: a walk that goes wrong names it.
        self._source = source

    @property
    def items(self) -> list[T]:
        """The page's items, built on first access (and kept in ``raw.items`` too)."""
        if self._items is None:
            build = self._build_item
            self._items = [build(index, item) for index, item in enumerate(self._raw_items)]
            self.raw.items = self._items
        return self._items

    def _each_item(self) -> Iterator[T]:
        """The items one at a time, each built when reached and not kept (a walk's items)."""
        if self._items is not None:
            yield from self._items
            return
        build = self._build_item
        for index, item in enumerate(self._raw_items):
            yield build(index, item)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self._raw_items)

    def __repr__(self) -> str:
        return (
            f"Page(page_number={self.page_number}, items={len(self)}, page_size={self.page_size}, "
            f"total_count={self.total_count}, total_pages={self.total_pages}, "
            f"has_next_page={self.has_next_page}, has_previous_page={self.has_previous_page})"
        )


def int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def has_next_page(
    items: list[Any], page_number: int, page_size: int | None, has_next: object, total_pages: object
) -> bool:
    """Whether to fetch page ``page_number + 1``, from what the API said about this page."""
    if not items:
        return False  # a lying has-next flag must not make the walk endless
    pages = int_or_none(total_pages)
    if pages is not None and page_number >= pages:
        return False  # the last page the server counts, whatever its has-next flag says
    if isinstance(has_next, bool):
        return has_next
    if pages is not None:
        return True
    return len(items) >= (page_size or _API_DEFAULT_PAGE_SIZE)


# Fetches the page a cursor names: a page number (page-number paging), or a continuation token
# (None for the first page of continuation-token paging).
FetchPage = Callable[[Any], Awaitable[Page[T]]]

_DONE = object()


class AsyncPaginator(Generic[T]):
    """Every item of a list operation, page by page; see the module docstring.

    Not a coroutine: iterate it with ``async for``, walk its ``pages()``, or ``await`` it for the
    first page. Each page request is a normal call (auth, retries, correlation id, exceptions).
    """

    def __init__(self, fetch: FetchPage[T], *, first_page: int | str | None = 1) -> None:
        self._fetch = fetch
        self._first_page = first_page  # a page number, or the first continuation token (None: the start)

    def pages(self) -> AsyncIterator[Page[T]]:
        """The pages, from the first one, each fetched when the iteration reaches it."""
        return _PageIterator(self._fetch, self._first_page, built=True)

    def _unbuilt_pages(self) -> AsyncIterator[Page[T]]:
        """The pages with their items not built yet: for walks that take the items one by one."""
        return _PageIterator(self._fetch, self._first_page, built=False)

    def __aiter__(self) -> AsyncIterator[T]:
        return _ItemIterator(_PageIterator(self._fetch, self._first_page, built=False))

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._first().__await__()

    async def _first(self) -> Page[T]:
        page = await self._fetch(self._first_page)
        page.items  # noqa: B018 - built now: a broken item fails the call, as for pages()
        return page


class _PageIterator(AsyncIterator[Page[T]]):
    # Plain iterator classes rather than async generators: an abandoned async generator is
    # finalised by the event loop at an unpredictable time (and warns under trio).
    def __init__(self, fetch: FetchPage[T], first_page: int | str | None, *, built: bool) -> None:
        self._fetch = fetch
        self._next: object = first_page
        self._seen_tokens: set[str] = set()
        self._built = built
        self._previous: tuple[int, Any, Any] | None = None

    async def __anext__(self) -> Page[T]:
        if self._next is _DONE:
            raise StopAsyncIteration
        if isinstance(self._next, Exception):
            raise self._next
        page = await self._fetch(self._next)
        if self._built:
            page.items  # noqa: B018 - built before the page is handed over
        self._check_progress(page)
        following = page._next_cursor
        if isinstance(following, str):
            if following in self._seen_tokens:
                # A token already seen would make the walk endless: this page's items are handed
                # out, and asking for the next one fails.
                self._next = _walk_error(
                    page,
                    f"page {page.page_number}: continuationToken repeats a token this walk was "
                    "already given (the server's paging does not move on)",
                )
                return page
            self._seen_tokens.add(following)
        self._next = _DONE if following is None else following
        return page

    def _check_progress(self, page: Page[T]) -> None:
        """A page with the previous page's items (the same count, first and last item) is the
        server repeating itself: walking on would never end."""
        raw = page._raw_items
        fingerprint = (len(raw), raw[0], raw[-1]) if raw else None
        if fingerprint is not None and fingerprint == self._previous:
            raise _walk_error(
                page,
                f"page {page.page_number} repeats the page before it (the same {len(raw)} items): "
                "the server's paging does not move on",
            )
        self._previous = fingerprint


def _walk_error(page: Page[Any], message: str) -> Exception:
    from .errors import ResponseValidationError

    if page._source is None:  # a page built by hand (tests): no response to name
        return RuntimeError(message)
    response, correlation_id = page._source
    return ResponseValidationError(message, response=response, correlation_id=correlation_id)


class _ItemIterator(AsyncIterator[T]):
    def __init__(self, pages: _PageIterator[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter(())

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                return item
            page = await self._pages.__anext__()
            self._items = page._each_item()


class Portal(Protocol):
    """What runs a coroutine function on the sync client's event loop thread and waits for it."""

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...


class SyncPaginator(Generic[T]):
    """Every item of a list operation, page by page: ``for item in ...``, or ``.pages()``.

    Each page is fetched when the iteration reaches it (one call on the client's event loop per
    page; the items of a page are then handed out here).
    """

    def __init__(self, portal: Portal, paginator: AsyncPaginator[T]) -> None:
        self._portal = portal
        self._paginator = paginator

    def pages(self) -> Iterator[Page[T]]:
        """The pages, from the first one, each fetched when the iteration reaches it."""
        return self._fetched(self._paginator.pages())

    def __iter__(self) -> Iterator[T]:
        # Each item built when reached, as ``async for`` does (see Page).
        for page in self._fetched(self._paginator._unbuilt_pages()):
            yield from page._each_item()

    def _fetched(self, pages: AsyncIterator[Page[T]]) -> Iterator[Page[T]]:
        while True:
            try:
                page: Page[T] = self._portal.call(pages.__anext__)
            except StopAsyncIteration:
                return
            yield page

    def first_page(self) -> Page[T]:
        """The first page (what ``await paginator`` gives on the async client)."""
        page: Page[T] = self._portal.call(lambda: self._paginator)
        return page
