"""CloudCockpit: configuration, lifecycle, and the send path every operation goes through.

The operations are generated from openapi.yaml, one resource class per API tag
(``_generated/facade/<resource>.py``; hand-written additions subclass them in ``resources/``).
A call flows like this::

    cc.customers.add_provider_instance(...)       _generated/facade/: checks input (resources/_checks.py),
                                                  builds the generated request model
      -> _generated.api.customers.<op>._get_kwargs   method, URL, query, headers, JSON body
      -> httpx.AsyncClient (no cookies)             default headers: X-Tenant, User-Agent, Accept
         BearerAuth (auth.py)                       bearer token, cached; one refresh + resend on 401
                                                    (a static token is a default header instead)
         RetryTransport (retries.py)                backoff, jitter, Retry-After; same request re-sent;
                                                    calls beyond the pool size wait here
         inner transport                            httpx's own, aiohttp's (_aiohttp.py), or one you pass
      <- httpx.Response
      -> errors.py: 2xx -> the value; anything else -> a typed exception

The generated ``asyncio_detailed`` functions are not used for sending: their response parsing
raises JSONDecodeError on a non-JSON error body (a gateway's HTML page) and loses the response,
so the wrapper sends the generated request itself and maps the raw response.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import inspect
import os
import sys
import time
import types
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Self
from uuid import UUID

import anyio
import httpx

from . import _constants
from ._body import ACCEPT_ENCODING
from ._generated.facade import RESOURCES, AsyncResources
from ._response import record as record_response
from ._scrub import proxy_secrets
from ._scrub import watch as watch_secrets
from ._validation import check_header_value, encode_json
from ._version import __version__
from .auth import (
    BearerAuth,
    CallableToken,
    ClientCredentials,
    ClientCredentialsSource,
    StaticToken,
    TokenProvider,
    TokenSource,
    _check_secure_url,
)
from .errors import (
    REDACTED,
    SECRETS_EXTENSION,
    ClientClosedError,
    CloudCockpitError,
    ResponseValidationError,
    WrongEventLoopError,
    error_from_response,
    error_from_transport,
)
from .resources._common import GeneratedOperation
from .resources._common import correlation_id as correlation_id_header
from .retries import ATTEMPTS_EXTENSION, DEADLINE_EXTENSION, POLICY_EXTENSION, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from .resources.customers import Customers
    from .resources.orders import Orders
    from .resources.subscriptions import Subscriptions

__all__ = ["CloudCockpit"]

# Headers the client owns: extra_headers= may not set them.
_OWN_HEADERS = frozenset({"authorization", "x-tenant", "x-correlation-id"})
_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class _CallOptions(NamedTuple):
    """A call's own timeout and headers, checked when the call is made (before any I/O)."""

    timeout: httpx.Timeout | None  # None: the client's
    total: float | None
    has_timeout: bool
    headers: dict[str, str] | None


_NO_OPTIONS = _CallOptions(None, None, False, None)

_PYTHON = ".".join(map(str, sys.version_info[:3]))
USER_AGENT = f"cloudcockpit-client/{__version__} python/{_PYTHON} httpx/{httpx.__version__}"


def _timeouts(timeout: float | httpx.Timeout) -> tuple[httpx.Timeout, float | None]:
    if isinstance(timeout, httpx.Timeout):
        return timeout, None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ValueError(f"timeout must be a number of seconds > 0 or an httpx.Timeout, got {timeout!r}")
    seconds = float(timeout)
    return httpx.Timeout(seconds, connect=min(_constants.DEFAULT_CONNECT_TIMEOUT, seconds)), seconds


def _retry_policy(retries: int | RetryPolicy) -> RetryPolicy:
    if isinstance(retries, RetryPolicy):
        return retries
    if isinstance(retries, bool) or not isinstance(retries, int):
        raise ValueError(f"retries must be an int >= 0 or a RetryPolicy, got {retries!r}")
    return RetryPolicy(max_retries=retries)


def _limits(limits: httpx.Limits | None) -> httpx.Limits:
    if limits is None:
        return httpx.Limits(
            max_connections=_constants.DEFAULT_MAX_CONNECTIONS,
            max_keepalive_connections=_constants.DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
            keepalive_expiry=_constants.DEFAULT_KEEPALIVE_EXPIRY,
        )
    if not isinstance(limits, httpx.Limits):
        raise TypeError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
    return limits


def _max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_response_bytes must be an int >= 1 (bytes), got {value!r}")
    return value


def _running_loop() -> object | None:
    """The running event loop (asyncio) or run (trio), or None outside one."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        loop: object = asyncio._get_running_loop()
        if loop is not None:
            return loop
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            token: object = trio.lowlevel.current_trio_token()
            return token
        except RuntimeError:
            return None
    return None


def _proxy_url(proxy: object) -> str | None:
    if proxy is None:
        return None
    if not isinstance(proxy, str | httpx.URL):
        raise TypeError(f"proxy must be a URL (str or httpx.URL) or None, got {type(proxy).__name__}")
    try:
        url = httpx.URL(str(proxy))
    except httpx.InvalidURL as exc:
        raise ValueError(f"proxy is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"proxy must be an http:// or https:// URL, got scheme {url.scheme!r}")
    return str(url)


def _shown_proxy(proxy: str | None) -> str | None:
    if proxy is None:
        return None
    url = httpx.URL(proxy)
    return str(url.copy_with(username=url.username, password=REDACTED)) if url.password else proxy


def proxy_for(url: httpx.URL, proxy: str | None, trust_env: bool) -> str | None:
    """The proxy for requests to ``url``: ``proxy=`` if given, else the environment's (as httpx's own
    client reads it: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, with NO_PROXY), else None."""
    if proxy is not None:
        return proxy
    if not trust_env:
        return None
    import urllib.request  # only when the environment is read, once per client

    proxies = urllib.request.getproxies_environment()
    found = proxies.get(url.scheme) or proxies.get("all")
    if not found:
        return None
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    if urllib.request.proxy_bypass_environment(host, proxies):  # type: ignore[attr-defined]
        return None
    return _proxy_url(found if "://" in found else f"http://{found}")


def _inner_transport(
    transport: httpx.AsyncBaseTransport | str | None,
    limits: httpx.Limits | None,
    max_response_bytes: int,
    proxy: str | None,
) -> tuple[httpx.AsyncBaseTransport, int | None]:
    """The transport to wrap, and how many calls may be in it at once (None: the caller's transport decides)."""
    if isinstance(transport, httpx.AsyncBaseTransport):
        if limits is not None:
            raise ValueError("limits= sizes the SDK's own transports; set the pool on the transport you pass")
        return transport, None
    pool = _limits(limits)
    if transport is None:
        return httpx.AsyncHTTPTransport(limits=pool, proxy=proxy), pool.max_connections
    if transport == "aiohttp":
        try:
            from ._aiohttp import AiohttpTransport
        except ImportError:
            raise ImportError(
                'transport="aiohttp" needs the optional extra: pip install "cloudcockpit-client[aiohttp]"'
            ) from None
        return AiohttpTransport(
            pool, max_response_bytes=max_response_bytes, proxy=proxy
        ), pool.max_connections
    raise TypeError(f'transport must be an httpx.AsyncBaseTransport, "aiohttp" or None, got {transport!r}')


def _retrying_transport(
    transport: httpx.AsyncBaseTransport | str | None,
    limits: httpx.Limits | None,
    policy: RetryPolicy,
    max_response_bytes: int,
    proxy: str | None,
) -> RetryTransport:
    """The retry layer over the inner transport; the SDK's own transports queue the calls beyond
    the pool size in it (see RetryTransport)."""
    inner, in_flight = _inner_transport(transport, limits, max_response_bytes, proxy)
    return RetryTransport(inner, policy, max_in_flight=in_flight, max_response_bytes=max_response_bytes)


class _Lifecycle:
    """Whether the pool is closed, and the event loop it belongs to (None until the first call)."""

    __slots__ = ("closed", "loop")

    def __init__(self) -> None:
        self.closed = False
        self.loop: object | None = None


class _NoCookies(httpx.Cookies):
    """A cookie store that stores nothing and sends nothing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


class _HttpClient(httpx.AsyncClient):
    """httpx.AsyncClient without cookies, whose responses are freed as soon as they are dropped.

    The API authenticates with bearer tokens and never needs a cookie, while httpx runs every
    response through http.cookiejar (about 35 us a call, a tenth of a loopback call), and a jar
    shared by all calls would pin a bulk job to whichever backend instance set an affinity cookie.
    """

    _no_cookies = _NoCookies()

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """httpx's send; a read response then holds its body as plain bytes."""
        response = await super().send(request, stream=stream, **kwargs)
        if not stream:
            # httpx 0.28 ties each response to its stream in a reference cycle (encode/httpx#3733),
            # so every response, its request and their headers waited for the cyclic GC: in bulk
            # jobs that cost memory and about 8 % of the throughput. Its history holds the 401
            # answered before a token refresh.
            for answered in (response, *response.history):
                answered.stream = httpx.ByteStream(answered.content)
        return response

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError("the CloudCockpit client keeps no cookies")


# What the generated `_parse_response` reads from its client argument.
_PARSE_CONTEXT = types.SimpleNamespace(raise_on_unexpected_status=False)


@functools.cache
def _parameters_of(function: Callable[..., Any]) -> frozenset[str]:
    return frozenset(inspect.signature(function).parameters)


def _deadline(seconds: float | None) -> contextlib.AbstractAsyncContextManager[object]:
    """A cancel scope that raises TimeoutError after ``seconds`` (None: no limit)."""
    if seconds is None:
        return contextlib.nullcontext()
    # Under asyncio, asyncio.timeout: the same TimeoutError as anyio.fail_after at half the cost
    # per call. asyncio is not imported by this package (it costs 20 ms of import time); if no
    # one imported it, nothing runs on it. Under trio no asyncio loop runs in the thread.
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None and asyncio._get_running_loop() is not None:
        return asyncio.timeout(seconds)  # type: ignore[no-any-return]
    return _anyio_deadline(seconds)


@contextlib.asynccontextmanager
async def _anyio_deadline(seconds: float) -> AsyncIterator[None]:
    with anyio.fail_after(seconds):
        yield


def _request_of(exc: BaseException) -> httpx.Request | None:
    if isinstance(exc, httpx.RequestError):
        try:
            return exc.request
        except RuntimeError:  # httpx raises when the error was not tied to a request
            return None
    return None


class CloudCockpit(AsyncResources):
    """An async client for the CloudCockpit CSP API.

    Give exactly one of ``token`` (a str, or a callable returning one) and ``credentials``
    (ClientCredentials). Use it as an async context manager, or call ``aclose()``::

        async with CloudCockpit("portal.example.com", token="eyJ...") as cc:
            await cc.customers.retry_provider_customer(customer_id, provider_instance_id)

    The arguments are documented on ``__init__`` (``help(CloudCockpit.__init__)``).

    """

    def __init__(
        self,
        tenant: str,
        *,
        token: str | TokenProvider | None = None,
        credentials: ClientCredentials | None = None,
        base_url: str = _constants.DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = _constants.DEFAULT_TIMEOUT,
        retries: int | RetryPolicy = _constants.DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | Literal["aiohttp"] | None = None,
        limits: httpx.Limits | None = None,
        max_response_bytes: int = _constants.DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | httpx.URL | None = None,
        trust_env: bool = True,
        allow_insecure_http: bool = False,
    ) -> None:
        """Create a client (no I/O: connections and the first token are made by the first call).

        Args:
            tenant: the X-Tenant header: the domain used to access the CloudCockpit portal.
            token: a bearer token, or a (async) callable called before each request for one.
            credentials: OAuth2 client credentials; tokens are fetched, cached and refreshed.
            base_url: the API's base URL. Plain http is refused except for loopback hosts, unless
                ``allow_insecure_http=True``.
            timeout: seconds for the whole call, retries included (connecting gets at most 5 s of
                it), or an ``httpx.Timeout`` for per-phase limits without a total.
            retries: retries after the first attempt (0 turns retrying off), or a RetryPolicy.
            transport: an ``httpx.AsyncBaseTransport`` to send through (the retry layer wraps it),
                or ``"aiohttp"`` for the high-concurrency transport of the optional ``[aiohttp]``
                extra (asyncio only). None: httpx's own transport.
            limits: the connection pool of the SDK's own transports (default: httpx's, 100
                connections, 20 kept alive for 5 s); not allowed with a transport instance, which has
                its own pool.
            max_response_bytes: the largest response body read, in bytes as they arrive (default
                32 MiB, several times the API's largest page); a larger one raises
                ResponseTooLargeError without being read, and its connection is closed.
            proxy: an ``http://`` or ``https://`` proxy URL for the API's requests and the token
                endpoint's (credentials in the URL are sent to the proxy and shown as ``***``);
                not allowed with a transport instance, which has its own. None: the environment's
                (below), or no proxy.
            trust_env: read the proxy from the environment as httpx does (HTTPS_PROXY, HTTP_PROXY,
                ALL_PROXY, with NO_PROXY) when ``proxy`` is None; False ignores the environment.
            allow_insecure_http: allow a non-loopback ``http://`` base URL (the token travels in clear).

        A client belongs to the event loop it is first used on (its connections do): using it from
        another loop raises WrongEventLoopError, and using it after ``aclose()`` ClientClosedError.

        Returns:
            None; the client is ready (and nothing has been sent).

        Raises:
            ValueError: a tenant, token, URL, timeout, retries or size that would make a malformed
                or unsafe request (named in the message), before any I/O.
            TypeError: a token, credentials, transport, limits or proxy of the wrong type.
            ImportError: ``transport="aiohttp"`` without the ``[aiohttp]`` extra installed.
        """
        if not isinstance(tenant, str) or not tenant.strip():
            raise ValueError("tenant must be a non-empty string (the domain used to access the portal)")
        self.tenant = check_header_value(tenant, "tenant")
        base = _check_secure_url(base_url, "base_url", allow_insecure_http=allow_insecure_http)
        self.base_url = str(base).rstrip("/")
        http_timeout, self._total_timeout = _timeouts(timeout)
        self.retry_policy = _retry_policy(retries)
        self.max_response_bytes = _max_response_bytes(max_response_bytes)
        # Shared with the clients with_options() derives: they use the same pool.
        self._life = _Lifecycle()
        self._timeout_override: httpx.Timeout | None = None
        self._policy_override: RetryPolicy | None = None

        if (token is None) == (credentials is None):
            raise ValueError("give exactly one of token= and credentials=")

        # Build the token source first: a bad token must fail before any transport exists.
        source: TokenSource | None = None
        if credentials is not None:
            if not isinstance(credentials, ClientCredentials):
                raise TypeError(f"credentials must be ClientCredentials, got {type(credentials).__name__}")
            self._auth_kind = "client credentials"
        elif isinstance(token, str):
            source = StaticToken(token)
            self._auth_kind = "static token"
        elif callable(token):
            source = CallableToken(token)
            self._auth_kind = "token callable"
        else:
            raise TypeError(f"token must be a str or a callable returning one, got {type(token).__name__}")

        explicit_proxy = _proxy_url(proxy)
        if explicit_proxy is not None and isinstance(transport, httpx.AsyncBaseTransport):
            raise ValueError(
                "proxy= configures the SDK's own transports; set the proxy on the transport you pass"
            )
        own_transport = not isinstance(transport, httpx.AsyncBaseTransport)
        api_proxy = proxy_for(base, explicit_proxy, trust_env) if own_transport else None
        self._transport = _retrying_transport(
            transport, limits, self.retry_policy, self.max_response_bytes, api_proxy
        )
        #: The proxy the API's requests go through (its password shown as ***), or None.
        self.proxy = _shown_proxy(api_proxy)
        token_proxy = api_proxy
        headers = {
            "X-Tenant": self.tenant,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            # Only what _body.decode undoes under the size cap (httpx would add br and zstd).
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        self._token_http: httpx.AsyncClient | None = None
        if credentials is not None:
            # The token endpoint shares the transport (and so the pool and retries) but not the
            # API's default headers: X-Tenant is none of Microsoft's business. The environment
            # may proxy it differently from the API (NO_PROXY): then it gets its own transport.
            token_transport = self._transport
            if own_transport:
                token_proxy = proxy_for(httpx.URL(credentials.token_url), explicit_proxy, trust_env)
            if token_proxy != api_proxy:
                token_transport = _retrying_transport(
                    transport, limits, self.retry_policy, self.max_response_bytes, token_proxy
                )
            self._token_http = _HttpClient(
                transport=token_transport,
                timeout=http_timeout,
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
            )
            source = ClientCredentialsSource(
                credentials, self._token_http, max_retry_after=self.retry_policy.max_retry_after
            )
        assert source is not None
        self._token_source = source
        self._proxy_secrets = proxy_secrets(api_proxy, token_proxy)
        # httpx's and httpcore's log lines show what a server sent (reason phrases, headers).
        watch_secrets(source, self._proxy_secrets)

        auth: httpx.Auth | None = BearerAuth(source, allow_insecure_http=allow_insecure_http)
        if isinstance(source, StaticToken):
            # A static token never changes and a 401 cannot be cured by a refresh, so it is a
            # default header rather than an auth flow per call. base_url was checked above, and
            # the client only ever sends to it (no redirects).
            headers["Authorization"] = f"Bearer {source.token}"
            auth = None
        self._http = _HttpClient(
            base_url=self.base_url,
            headers=headers,
            timeout=http_timeout,
            auth=auth,
            transport=self._transport,
            follow_redirects=False,
        )

    @functools.cached_property
    def customers(self) -> Customers:
        """Customers, their provider instances and provider customers: ``cc.customers``.

        The generated operations, plus what the spec cannot say (``wait_for_provider_customer``,
        ``update_account_info(changes=)``, typed provider data): ``resources/customers.py``.
        """
        from .resources.customers import Customers

        return Customers(self)

    @functools.cached_property
    def orders(self) -> Orders:
        """Orders of offers for customers: ``cc.orders``. The generated operations, plus
        ``wait_for_order``: ``resources/orders.py``."""
        from .resources.orders import Orders

        return Orders(self)

    @functools.cached_property
    def subscriptions(self) -> Subscriptions:
        """The subscriptions of customers and their changes: ``cc.subscriptions``. The generated
        operations, plus ``wait_for_migration``: ``resources/subscriptions.py``."""
        from .resources.subscriptions import Subscriptions

        return Subscriptions(self)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> CloudCockpit:
        """Build a client from CLOUDCOCKPIT_* variables.

        CLOUDCOCKPIT_TENANT (required); CLOUDCOCKPIT_TOKEN, or CLOUDCOCKPIT_CLIENT_ID with
        CLOUDCOCKPIT_CLIENT_SECRET (and optionally CLOUDCOCKPIT_TOKEN_URL, CLOUDCOCKPIT_SCOPE);
        CLOUDCOCKPIT_BASE_URL (optional). Keyword arguments are passed to the constructor.
        """
        env = os.environ if environ is None else environ
        tenant = env.get("CLOUDCOCKPIT_TENANT")
        if not tenant:
            raise ValueError("CLOUDCOCKPIT_TENANT is not set (the domain used to access the portal)")
        token = env.get("CLOUDCOCKPIT_TOKEN")
        client_id = env.get("CLOUDCOCKPIT_CLIENT_ID")
        client_secret = env.get("CLOUDCOCKPIT_CLIENT_SECRET")
        if token and (client_id or client_secret):
            raise ValueError("set either CLOUDCOCKPIT_TOKEN or CLOUDCOCKPIT_CLIENT_ID/_SECRET, not both")
        if not token:
            if not client_id or not client_secret:
                raise ValueError(
                    "set CLOUDCOCKPIT_TOKEN, or both CLOUDCOCKPIT_CLIENT_ID and CLOUDCOCKPIT_CLIENT_SECRET"
                )
            extra = {}
            if env.get("CLOUDCOCKPIT_TOKEN_URL"):
                extra["token_url"] = env["CLOUDCOCKPIT_TOKEN_URL"]
            if env.get("CLOUDCOCKPIT_SCOPE"):
                extra["scope"] = env["CLOUDCOCKPIT_SCOPE"]
            kwargs.setdefault("credentials", ClientCredentials(client_id, client_secret, **extra))
        else:
            kwargs.setdefault("token", token)
        if env.get("CLOUDCOCKPIT_BASE_URL"):
            kwargs.setdefault("base_url", env["CLOUDCOCKPIT_BASE_URL"])
        return cls(tenant, **kwargs)

    def __repr__(self) -> str:
        return f"CloudCockpit(tenant={self.tenant!r}, base_url={self.base_url!r}, auth={self._auth_kind!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | RetryPolicy | None = None,
    ) -> CloudCockpit:
        """A client that differs from this one only in ``timeout`` and/or ``retries``.

        It shares this client's connection pool, token cache, event loop and lifecycle (closing
        either closes both), so one slow operation can get a longer timeout without a second pool::

            await cc.with_options(timeout=120, retries=5).customers.update_account_info(...)

        Args:
            timeout: as in the constructor; None keeps this client's.
            retries: as in the constructor; None keeps this client's.

        Returns:
            A new CloudCockpit; this one is unchanged.

        Raises:
            ValueError: a timeout or retries value the constructor would refuse.
        """
        derived = copy.copy(self)
        if timeout is not None:
            derived._timeout_override, derived._total_timeout = _timeouts(timeout)
        if retries is not None:
            derived.retry_policy = derived._policy_override = _retry_policy(retries)
        for name in RESOURCES:
            derived.__dict__.pop(name, None)  # the copy's resources send through the copy
        return derived

    def __enter__(self) -> None:
        raise TypeError(
            "CloudCockpit is async: use `async with CloudCockpit(...)`, or SyncCloudCockpit for code "
            "without an event loop"
        )

    def __exit__(self, *exc_info: object) -> None:  # pragma: no cover - __enter__ always raises
        return None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool. The client cannot be used afterwards (ClientClosedError).

        Returns:
            None. Closing twice is harmless.

        Raises:
            Nothing: from another event loop than the client's, it closes what it can (see the
                class docstring).
        """
        life = self._life
        life.closed = True
        if life.loop is not None and _running_loop() is not life.loop:
            # The connections belong to the loop the client ran on. While that loop still runs
            # (in another thread) they are its own; once it has ended, closing them is best
            # effort: a connection bound to a closed asyncio loop raises "Event loop is closed"
            # and is left to the garbage collector (Python then warns of an unclosed transport).
            is_closed = getattr(life.loop, "is_closed", None)
            if callable(is_closed) and not is_closed():
                return
            with contextlib.suppress(RuntimeError):
                await self._close_pools()
            return
        await self._close_pools()

    async def _close_pools(self) -> None:
        await self._http.aclose()
        if self._token_http is not None and not self._token_http.is_closed:
            await self._token_http.aclose()  # its own transport, or a no-op on the shared one

    @property
    def is_closed(self) -> bool:
        """True once aclose() has run (on this client or one that shares its pool)."""
        return self._life.closed

    def _secrets(self) -> tuple[str, ...]:
        """What errors must never show: the token source's secrets, and a proxy URL's password."""
        return (*self._token_source.secrets(), *self._proxy_secrets)

    def _check_usable(self) -> None:
        """Refuse a closed client, and one used from a second event loop, before any I/O."""
        life = self._life
        if life.closed:
            raise ClientClosedError(
                "this CloudCockpit client is closed (aclose() ran, or its `async with` block ended); "
                "create a new client"
            )
        loop = _running_loop()
        if loop is life.loop:
            return
        if life.loop is None and loop is not None:
            life.loop = loop
            return
        raise WrongEventLoopError(
            "this CloudCockpit client was first used on another event loop, and its connections "
            "belong to that loop: create one client per event loop (inside each asyncio.run(), "
            "in each thread that runs a loop)"
        )

    async def call(
        self,
        operation: types.ModuleType,
        *args: Any,
        correlation_id: UUID | str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Call any generated operation module, for operations the facade does not wrap yet.

        The client supplies the configured httpx client, X-Tenant and the correlation id, and
        maps failures to the same exceptions as the facade methods. Returns the generated
        parser's value for a 2xx (None when the spec documents no body)::

            from cloudcockpit_client._generated.api.customers import get_customer
            customer = await cc.call(get_customer, customer_id)

        Args:
            operation: a module of ``cloudcockpit_client._generated.api``.
            *args: the operation's own positional arguments (as its ``asyncio_detailed`` takes them).
            **kwargs: the operation's own keyword arguments.
            correlation_id: the X-Correlation-Id to send (default: a fresh uuid4).

        Returns:
            What the generated ``_parse_response`` returns for the 2xx answer.

        Raises:
            TypeError: ``operation`` is not a generated operation module.
            APIStatusError, APIConnectionError: as for every call.
            ResponseValidationError: the 2xx body does not match the spec.
        """
        if not callable(getattr(operation, "_get_kwargs", None)) or not callable(
            getattr(operation, "_parse_response", None)
        ):
            raise TypeError(f"{operation!r} is not a generated operation module")
        cid = correlation_id_header(correlation_id)
        response = await self._send(operation, cid, *args, **kwargs)
        try:
            return operation._parse_response(client=_PARSE_CONTEXT, response=response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ResponseValidationError(
                f"the {response.status_code} body does not match the spec ({type(exc).__name__})",
                response=response,
                correlation_id=cid,
            ) from exc

    def _call_options(
        self, timeout: float | httpx.Timeout | None, extra_headers: Mapping[str, str] | None
    ) -> _CallOptions:
        """Check a call's ``timeout=`` and ``extra_headers=`` (before any I/O)."""
        if timeout is None and extra_headers is None:
            return _NO_OPTIONS
        http_timeout: httpx.Timeout | None = None
        total: float | None = None
        if timeout is not None:
            http_timeout, total = _timeouts(timeout)
        headers: dict[str, str] | None = None
        if extra_headers is not None:
            if not isinstance(extra_headers, Mapping):
                raise TypeError(f"extra_headers must be a mapping, got {type(extra_headers).__name__}")
            headers = {}
            for name, value in extra_headers.items():
                if not isinstance(name, str) or not name or not set(name) <= _TOKEN_CHARS:
                    raise ValueError(f"extra_headers: {name!r} is not a valid header name")
                if name.lower() in _OWN_HEADERS:
                    raise ValueError(
                        f"extra_headers: {name} is set by the client (use token=/credentials=, the "
                        "tenant, or correlation_id=)"
                    )
                if not isinstance(value, str):
                    raise TypeError(f"extra_headers[{name!r}] must be a str, got {type(value).__name__}")
                headers[name] = check_header_value(value, f"extra_headers[{name!r}]")
        return _CallOptions(http_timeout, total, timeout is not None, headers)

    async def _send(
        self, operation: GeneratedOperation, correlation_id: str, *args: Any, **kwargs: Any
    ) -> httpx.Response:
        """Send one generated operation; return a 2xx response or raise a CloudCockpitError."""
        return await self._dispatch(operation, correlation_id, kwargs, _NO_OPTIONS, args)

    async def _dispatch(
        self,
        operation: GeneratedOperation,
        correlation_id: str,
        kwargs: dict[str, Any],
        options: _CallOptions,
        args: tuple[Any, ...] = (),
    ) -> httpx.Response:
        """Send one generated operation with its arguments and a call's options; return a 2xx
        response or raise a CloudCockpitError."""
        life = self._life
        if life.loop is None or life.closed or _running_loop() is not life.loop:
            self._check_usable()
        accepted = _parameters_of(operation._get_kwargs)
        if "x_tenant" in accepted:
            kwargs.setdefault("x_tenant", self.tenant)
        if "x_correlation_id" in accepted:
            kwargs["x_correlation_id"] = correlation_id
        request_kwargs = operation._get_kwargs(*args, **kwargs)
        # httpx's per-call cost grows with every per-request header and every URL it has to
        # parse (about 5 and 15-20 us each), so the request is handed over pre-digested:
        headers = request_kwargs.setdefault("headers", {})
        if headers.get("X-Tenant") == self.tenant:
            del headers["X-Tenant"]  # the client's default header carries it
        # The correlation id is the SDK's policy, also for an operation whose spec forgot it.
        headers.setdefault("X-Correlation-Id", correlation_id)
        if options.headers:
            headers.update(options.headers)
        url = request_kwargs["url"]
        if isinstance(url, str) and url.startswith("/"):
            request_kwargs["url"] = self.base_url + url  # one parse instead of two for base_url + path
        if not request_kwargs.get("params", True):
            del request_kwargs["params"]  # an empty mapping still makes httpx rebuild the URL
        if "json" in request_kwargs:
            request_kwargs["content"] = encode_json(request_kwargs.pop("json"), "request body")
        total = options.total if options.has_timeout else self._total_timeout
        extensions: dict[str, object] = {SECRETS_EXTENSION: self._secrets}
        if total is not None:
            extensions[DEADLINE_EXTENSION] = time.monotonic() + total
        if self._policy_override is not None:
            extensions[POLICY_EXTENSION] = self._policy_override
        if options.has_timeout:
            request_kwargs["timeout"] = options.timeout
        elif self._timeout_override is not None:
            request_kwargs["timeout"] = self._timeout_override
        request_kwargs["extensions"] = extensions
        if "opentelemetry.trace" in sys.modules:  # the application uses OpenTelemetry: trace the call
            from ._tracing import CallSpan

            span = CallSpan(request_kwargs["method"], request_kwargs["url"], headers, correlation_id)
            try:
                response = await self._exchange(request_kwargs, correlation_id, total)
            except BaseException as exc:
                span.failed(exc)
                raise
            span.succeeded(response)
            return response
        return await self._exchange(request_kwargs, correlation_id, total)

    async def _exchange(
        self, request_kwargs: dict[str, Any], correlation_id: str, total: float | None
    ) -> httpx.Response:
        """Send the built request; return a 2xx response or raise a CloudCockpitError."""
        failure: CloudCockpitError | None = None
        try:
            async with _deadline(total):
                response = await self._http.request(**request_kwargs)
        except (httpx.TransportError, httpx.DecodingError, TimeoutError) as exc:
            request = _request_of(exc)
            attempts = request.extensions.get(ATTEMPTS_EXTENSION, 1) if request is not None else 1
            failure = error_from_transport(
                exc, request=request, correlation_id=correlation_id, attempts=attempts
            )
        if failure is not None:
            # Raised here, outside the except block, so that the httpx exception is not attached
            # as __context__ (error_from_transport attaches it as __cause__ when it holds no secret).
            raise failure
        if not response.is_success:
            attempts = response.request.extensions.get(ATTEMPTS_EXTENSION, 1)
            raise error_from_response(response, correlation_id=correlation_id, attempts=attempts)
        record_response(response)
        return response
