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


class _Portal:
    """The event loop thread every call of one SyncCloudCockpit (and its with_options copies) runs on.

    A plain asyncio loop and a task started with ``call_soon_threadsafe`` (what
    ``run_coroutine_threadsafe`` does, plus the caller's context): the hand-over costs about 65 us
    a call where anyio's blocking portal costs 170 us (BENCHMARKS.md, section 7).
    """

    def __init__(self) -> None:
        import asyncio  # not at import time: the package does not pay for asyncio unless it runs on it

        self._asyncio = asyncio
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="cloudcockpit-sync", daemon=True)
        self._thread.start()
        self.stopped = False

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self.stopped:
            raise ClientClosedError("this SyncCloudCockpit client is closed; create a new client")
        # The call runs in a copy of the caller's context, so its context variables reach it: the
        # current OpenTelemetry span (the call's span nests under it), a logging correlation id.
        context = contextvars.copy_context()
        result: concurrent.futures.Future[Any] = concurrent.futures.Future()
        tasks: list[Any] = []
        abandoned: list[bool] = []

        def start() -> None:
            if abandoned:
                return  # the caller gave up before the call began
            task = self.loop.create_task(_run(function, args, kwargs), context=context)
            tasks.append(task)
            task.add_done_callback(functools.partial(_settle, result))

        def cancel() -> None:
            abandoned.append(True)
            for task in tasks:
                task.cancel()

        self.loop.call_soon_threadsafe(start)
        try:
            return result.result()
        except BaseException:
            # KeyboardInterrupt in the waiting thread: the call must not go on without it (a
            # no-op when the call itself raised: its task is done).
            with contextlib.suppress(RuntimeError):  # the loop was stopped meanwhile (close())
                self.loop.call_soon_threadsafe(cancel)
            raise

    def stop(self) -> None:
        if not self.stopped:
            self.stopped = True
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join()
            self.loop.close()


def _settle(result: concurrent.futures.Future[Any], task: Any) -> None:
    if task.cancelled():
        result.cancel()
    elif task.exception() is not None:
        result.set_exception(task.exception())
    else:
        result.set_result(task.result())


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
        """Close the connection pool and stop the event loop thread.

        Returns:
            None. Safe to call twice, and on a with_options() copy (which leaves the thread to
            the client it came from).

        It raises nothing of its own.
        """
        if not self._portal.stopped:
            self._portal.call(self._async.aclose)
        if self._owns_portal:
            self._owns_portal = False
            self._portal.stop()

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
