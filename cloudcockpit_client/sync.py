"""SyncCloudCockpit: the same client for code without an event loop (scripts, notebooks, Celery,
Django workers).

There is one implementation of auth, retries, errors and the operations: the async client. The
sync client runs one of them on an asyncio event loop in a background thread
and hands each call over to it, so every thread of the program shares one connection pool and one
token cache. Its resources are generated next to the async ones (``_generated/facade/``): the same
names, parameters, types and docstrings, each method handing the async one to the loop, and a list
operation returning a plain iterator (SyncPaginator) instead of an async one.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import contextvars
import functools
import inspect
import threading
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ._generated.facade import SyncResources
from .client import CloudCockpit
from .errors import ClientClosedError
from .pagination import SyncPaginator

if TYPE_CHECKING:
    from .resources.customers import SyncCustomers
    from .resources.orders import SyncOrders
    from .resources.subscriptions import SyncSubscriptions

__all__ = ["SyncCloudCockpit", "SyncPaginator"]

T = TypeVar("T")


# close() gives the calls in flight and the pool's close this long in all before it stops waiting
# for the event loop thread (they end in milliseconds once cancelled; only code that blocks the
# loop thread itself, such as a token callable that blocks, can take it).
CLOSE_TIMEOUT = 5.0

_CLOSED = "this SyncCloudCockpit client is closed; create a new client"
_CLOSED_IN_FLIGHT = (
    "the SyncCloudCockpit client was closed while this call was in flight (the request may or may "
    "not have reached the API)"
)


class _Portal:
    """The event loop thread every call of one SyncCloudCockpit (and its with_options copies) runs on.

    A plain asyncio loop and a task started with ``call_soon_threadsafe`` (what
    ``run_coroutine_threadsafe`` does, plus the caller's context): the hand-over costs about 65 us
    a call where anyio's blocking portal costs 170 us (BENCHMARKS.md, section 7).

    ``close()`` cancels the calls in flight (their callers get ClientClosedError), closes the pool
    and waits for the thread to end, within CLOSE_TIMEOUT (plus a second) in all.
    """

    def __init__(self) -> None:
        import asyncio  # not at import time: the package does not pay for asyncio unless it runs on it

        self._asyncio = asyncio
        self.loop = asyncio.new_event_loop()
        # Held while a caller hands its call to the loop and while close() begins: every call
        # handed over before close() is scheduled before the shutdown, so the shutdown sees its task.
        self._lock = threading.Lock()
        self._closing = False
        # The callers' futures not yet settled (any thread, under the lock): what close() fails
        # itself should a call outlast CLOSE_TIMEOUT.
        self._waiting: set[concurrent.futures.Future[Any]] = set()
        # The calls' tasks (loop thread only).
        self._tasks: set[Any] = set()
        self._shutdown: Any = None
        self._thread = threading.Thread(target=self._run_loop, name="cloudcockpit-sync", daemon=True)
        self._thread.start()

    def _run_loop(self) -> None:
        try:
            self.loop.run_forever()
        finally:
            # Here rather than in close(): a close() made on this thread cannot wait for it.
            self.loop.close()

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is self._thread:
            # The call would wait for the loop that waits for it.
            raise RuntimeError(
                "a SyncCloudCockpit call cannot be made on the client's own thread (from a token "
                "callable or a transport it runs): it would wait for itself; use the async client there"
            )
        # The call runs in a copy of the caller's context, so its context variables reach it: the
        # current OpenTelemetry span (the call's span nests under it), a logging correlation id.
        context = contextvars.copy_context()
        result: concurrent.futures.Future[Any] = concurrent.futures.Future()
        tasks: list[Any] = []
        abandoned: list[bool] = []

        def start() -> None:
            if abandoned or result.done():
                return  # the caller gave up before the call began
            if self._shutdown is not None:
                _fail(result, ClientClosedError(_CLOSED_IN_FLIGHT))
                return
            task = self.loop.create_task(_run(function, args, kwargs), context=context)
            tasks.append(task)
            self._tasks.add(task)
            task.add_done_callback(functools.partial(self._settle, result))

        def cancel() -> None:
            abandoned.append(True)
            for task in tasks:
                task.cancel()

        with self._lock:
            if self._closing:
                raise ClientClosedError(_CLOSED)
            self._waiting.add(result)
            self.loop.call_soon_threadsafe(start)
        try:
            return result.result()
        except BaseException:
            # KeyboardInterrupt in the waiting thread: the call must not go on without it (a
            # no-op when the call itself raised: its task is done).
            with contextlib.suppress(RuntimeError):  # the loop has ended meanwhile (close())
                self.loop.call_soon_threadsafe(cancel)
            raise
        finally:
            with self._lock:
                self._waiting.discard(result)

    def _settle(self, result: concurrent.futures.Future[Any], task: Any) -> None:
        self._tasks.discard(task)
        if result.done():
            return  # close() gave up on the call and told its caller already
        if self._shutdown is not None and (task.cancelled() or task.exception() is not None):
            # Cancelled by close(), or failing because of it: one clear error whatever the layer
            # that saw the cancellation made of it.
            error = ClientClosedError(_CLOSED_IN_FLIGHT)
            if not task.cancelled() and not isinstance(task.exception(), self._asyncio.CancelledError):
                error.__cause__ = task.exception()
            _fail(result, error)
        elif task.cancelled():
            result.cancel()
        elif task.exception() is not None:
            result.set_exception(task.exception())
        else:
            result.set_result(task.result())

    def close(self, aclose: Callable[[], Any]) -> None:
        """Cancel the calls in flight, run ``aclose`` on the loop, stop it; wait unless on its thread."""
        with self._lock:
            first = not self._closing
            self._closing = True
            if first:
                self.loop.call_soon_threadsafe(self._begin_shutdown, aclose)
        if threading.current_thread() is self._thread:
            return  # the shutdown runs as soon as the callback that called close() returns
        self._thread.join(timeout=CLOSE_TIMEOUT + 1.0)
        # A call that outlasted CLOSE_TIMEOUT (its code blocked the loop, or ignored the
        # cancellation): its caller is told now rather than left waiting for a loop that is gone.
        with self._lock:
            waiting = list(self._waiting)
        for result in waiting:
            _fail(result, ClientClosedError(_CLOSED_IN_FLIGHT))

    def _begin_shutdown(self, aclose: Callable[[], Any]) -> None:
        self._shutdown = self.loop.create_task(self._shut_down(aclose))

    async def _shut_down(self, aclose: Callable[[], Any]) -> None:
        asyncio = self._asyncio
        deadline = self.loop.time() + CLOSE_TIMEOUT

        def left() -> float:
            return max(0.0, deadline - self.loop.time())

        try:
            tasks = list(self._tasks)
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.wait(tasks, timeout=left())
            # Best effort, as aclose() is: close() raises nothing of its own.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(aclose(), timeout=left())
            # The page iterators of lists in flight, and the DNS threads (asyncio_*) of the loop.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.loop.shutdown_asyncgens(), timeout=left())
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.loop.shutdown_default_executor(), timeout=left())
        finally:
            self.loop.stop()


def _fail(result: concurrent.futures.Future[Any], error: BaseException) -> None:
    # close() (on its thread) and the loop may both settle a call once a call outlasted CLOSE_TIMEOUT.
    with contextlib.suppress(concurrent.futures.InvalidStateError):
        result.set_exception(error)


async def _run(function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    result = function(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


class SyncCloudCockpit(SyncResources):
    """The CloudCockpit client without async: the same constructor, methods, values and exceptions.

    Use it as a context manager, or call ``close()``. It is safe to use from several threads at
    once; all of them share one connection pool and one token cache::

        with SyncCloudCockpit("portal.example.com", token="eyJ...") as cc:
            customer = cc.customers.get_customer(customer_id)
            for customer in cc.customers.list_customers(page_size=2000):
                ...

    Its calls run on an asyncio event loop in a background thread that it starts and stops, so it
    cannot be used from inside a running event loop's own callbacks to wait (use CloudCockpit there).
    """

    _portal: _Portal

    def __init__(self, tenant: str, **kwargs: Any) -> None:
        """Create a client (no I/O, and no thread until the first call).

        Args:
            tenant: the X-Tenant header: the domain used to access the CloudCockpit portal.
            **kwargs: the keyword arguments of ``CloudCockpit``, with the same meaning and checks:
                ``token``, ``credentials``, ``base_url``, ``timeout``, ``retries``, ``transport``,
                ``limits``, ``max_response_bytes``, ``proxy`` (an http(s) proxy URL; credentials in
                it are shown as ``***``), ``trust_env`` (read HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and
                NO_PROXY when ``proxy`` is None; default True) and ``allow_insecure_http``.

        Raises:
            ValueError: an argument ``CloudCockpit`` refuses (named in the message), before any I/O.
            TypeError: an argument of the wrong type, or one ``CloudCockpit`` does not take.
        """
        # The async client first: building it does no I/O and needs no loop, and a bad argument
        # then fails before any thread is started.
        self._attach(CloudCockpit(tenant, **kwargs), _Portal(), owns_portal=True)

    def _attach(self, client: CloudCockpit, portal: _Portal, *, owns_portal: bool) -> None:
        self._async = client
        self._portal = portal
        # The copies of with_options() share the portal; whichever closes first stops it, as it
        # closes the pool of all of them.
        self._owns_portal = owns_portal

    @functools.cached_property
    def customers(self) -> SyncCustomers:
        """Customers, their provider instances and provider customers: ``cc.customers``."""
        from .resources.customers import SyncCustomers

        return SyncCustomers(self._portal, self._async.customers)

    @functools.cached_property
    def orders(self) -> SyncOrders:
        """Orders of offers for customers: ``cc.orders`` (with ``wait_for_order``)."""
        from .resources.orders import SyncOrders

        return SyncOrders(self._portal, self._async.orders)

    @functools.cached_property
    def subscriptions(self) -> SyncSubscriptions:
        """The subscriptions of customers and their changes: ``cc.subscriptions`` (with ``wait_for_migration``)."""
        from .resources.subscriptions import SyncSubscriptions

        return SyncSubscriptions(self._portal, self._async.subscriptions)

    @classmethod
    def from_env(cls, environ: Any = None, **kwargs: Any) -> SyncCloudCockpit:
        """Build a client from CLOUDCOCKPIT_* variables, as ``CloudCockpit.from_env`` does."""
        client = cls.__new__(cls)
        client._attach(CloudCockpit.from_env(environ, **kwargs), _Portal(), owns_portal=True)
        return client

    @property
    def tenant(self) -> str:
        """The X-Tenant header value."""
        return self._async.tenant

    @property
    def base_url(self) -> str:
        """The API's base URL."""
        return self._async.base_url

    @property
    def is_closed(self) -> bool:
        """True once close() has run (on this client or one that shares its pool)."""
        return self._async.is_closed

    def with_options(self, **options: Any) -> SyncCloudCockpit:
        """A client differing only in ``timeout`` and/or ``retries``; shares the pool, token cache and thread.

        Args:
            options: ``timeout=`` and/or ``retries=``, as ``CloudCockpit.with_options`` takes them.

        Returns:
            A new SyncCloudCockpit; closing either closes both.

        Raises:
            ValueError, TypeError: as ``CloudCockpit.with_options``.
        """
        derived = SyncCloudCockpit.__new__(SyncCloudCockpit)
        derived._attach(self._async.with_options(**options), self._portal, owns_portal=False)
        return derived

    def call(self, operation: types.ModuleType, *args: Any, **kwargs: Any) -> Any:
        """``CloudCockpit.call`` for any generated operation module, blocking.

        Args:
            operation: a module of ``cloudcockpit_client._generated.api``, as ``CloudCockpit.call`` takes it.
            *args: the operation's own positional arguments.
            **kwargs: the operation's own keyword arguments (and ``correlation_id=``).

        Returns:
            What ``CloudCockpit.call`` returns.

        Raises:
            CloudCockpitError: what ``CloudCockpit.call`` raises; ClientClosedError after ``close()``.
        """
        return self._portal.call(self._async.call, operation, *args, **kwargs)

    def close(self) -> None:
        """Close the connection pool and stop the event loop thread; end the calls in flight.

        A call in flight in another thread ends at once with ClientClosedError (whether its request
        reached the API is unknown); a call started afterwards raises it before any I/O. close()
        returns once the thread has ended: in milliseconds, and within ``CLOSE_TIMEOUT`` (5 s) plus a
        second even when a call's own code blocks (a token callable that blocks the thread). Called
        from the client's own thread (a token callable), it starts the same shutdown and returns
        without waiting for it.

        Returns:
            None. Safe to call twice, from several threads, and on a with_options() copy (closing
            either closes both, and their thread).

        Raises:
            Nothing of its own.
        """
        self._portal.close(self._async.aclose)

    def __enter__(self) -> Self:
        return self

    async def __aenter__(self) -> None:
        raise TypeError(
            "SyncCloudCockpit blocks: use `with SyncCloudCockpit(...)`, or CloudCockpit with "
            "`async with` in async code"
        )

    async def __aexit__(self, *exc_info: object) -> None:  # pragma: no cover - __aenter__ always raises
        return None

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return repr(self._async).replace("CloudCockpit(", "SyncCloudCockpit(", 1)


# The constructor takes exactly CloudCockpit's parameters (help() and IDEs show them).
SyncCloudCockpit.__init__.__signature__ = inspect.signature(CloudCockpit.__init__)  # type: ignore[attr-defined]
SyncCloudCockpit.__init__.__doc__ = CloudCockpit.__init__.__doc__
