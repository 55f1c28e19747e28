"""Token sources (a static token, an async callable, OAuth2 client credentials) and the bearer auth flow.

Shaped like azure-core's async bearer-token policy: the token is cached until shortly before it
expires, concurrent calls share one refresh (a lock with a double check), a 401 drops the token
and triggers exactly one refresh and one resend, and a bearer token is never sent over plain http
except to a loopback host.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import math
import re
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Iterator
from typing import Any, Protocol

import anyio
import httpx

from . import _constants
from ._validation import check_header_value, is_loopback
from .errors import (
    CloudCockpitError,
    CredentialError,
    TokenEndpointConnectionError,
    TokenEndpointTimeoutError,
    decode_json,
)
from .retries import ATTEMPTS_EXTENSION, DEADLINE_EXTENSION, parse_retry_after

__all__ = ["BearerAuth", "ClientCredentials", "TokenProvider"]

#: An async (or plain) callable that returns a bearer token; called before every request.
TokenProvider = Callable[[], Awaitable[str] | str]


def _check_secure_url(url: str, what: str, *, allow_insecure_http: bool) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"{what} is not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"{what} must be an absolute http(s) URL, got {url!r}")
    if parsed.scheme == "http" and not allow_insecure_http and not is_loopback(parsed.host):
        raise ValueError(
            f"{what} uses plain http ({url!r}): credentials would travel unencrypted. Use https, "
            "a loopback host, or pass allow_insecure_http=True."
        )
    return parsed


@dataclasses.dataclass(frozen=True)
class ClientCredentials:
    """OAuth2 client credentials of a CloudCockpit "API Access" (Settings > API Access in the portal).

    The token comes from the Microsoft identity platform with the client-credentials grant,
    form-encoded; the defaults are the token URL and scope that CloudCockpit documents.
    The secret is sent only to ``token_url``, and only over https (loopback excepted, for tests).

    Example::

        CloudCockpit("portal.example.com", credentials=ClientCredentials(client_id, client_secret))
    """

    client_id: str
    client_secret: str = dataclasses.field(repr=False)
    token_url: str = dataclasses.field(default=_constants.DEFAULT_TOKEN_URL, kw_only=True)
    scope: str = dataclasses.field(default=_constants.DEFAULT_SCOPE, kw_only=True)

    def __post_init__(self) -> None:
        for name in ("client_id", "client_secret", "scope"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise ValueError(f"ClientCredentials.{name} must be a non-empty string")
        _check_secure_url(self.token_url, "ClientCredentials.token_url", allow_insecure_http=False)

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret='***', token_url={self.token_url!r})"


class TokenSource(Protocol):
    """What the auth flow needs from a token source."""

    can_refresh: bool

    async def get_token(self, deadline: float | None = None) -> str: ...

    async def invalidate(self, token: str) -> None: ...

    def secrets(self) -> Iterable[str]:
        """The secrets this source holds, to scrub from errors."""
        ...


# How many tokens a source remembers after it replaced them, to scrub them from errors and logs:
# a server may echo a token the client held hours ago (a cached page, a log it shows). At the
# usual hour-long lifetime, a day of tokens.
PAST_TOKENS = 24


class _HeldTokens:
    """The tokens a source has held, newest last, at most PAST_TOKENS + 1 (the current one)."""

    __slots__ = ("_tokens",)

    def __init__(self) -> None:
        self._tokens: dict[str, None] = {}  # ordered, as a set with a first-in order

    def add(self, token: str) -> None:
        if token in self._tokens:
            return
        self._tokens[token] = None
        if len(self._tokens) > PAST_TOKENS + 1:
            del self._tokens[next(iter(self._tokens))]

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(self._tokens))


# RFC 6750's b64token: what a bearer token may be made of.
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _checked_token(token: object, origin: str, *, strict: bool = False) -> str:
    """The token, or CredentialError; the messages never echo it.

    ``strict`` (the token endpoint's tokens) requires RFC 6750's b64token; a token from the
    caller's own callable only has to make a valid header without control characters.
    """
    if not isinstance(token, str) or not token.strip():
        raise CredentialError(f"{origin} did not return a non-empty string token")
    try:
        check_header_value(token, "token", echo=False)
    except ValueError:
        raise CredentialError(f"{origin} returned a token with characters not allowed in a header") from None
    if _CONTROL.search(token):
        raise CredentialError(f"{origin} returned a token with control characters")
    if strict and not _B64TOKEN.fullmatch(token):
        raise CredentialError(
            f"{origin} returned a token that is not an RFC 6750 bearer token "
            "(letters, digits and -._~+/ only, then '=' padding)"
        )
    return token


def _lifetime(raw: object) -> float:
    """Seconds a token lives from the endpoint's expires_in, clamped to the floor and ceiling."""
    lifetime = _constants.DEFAULT_TOKEN_LIFETIME
    if isinstance(raw, int | float | str) and not isinstance(raw, bool):
        try:
            number = float(raw)
        except (ValueError, OverflowError):
            number = math.nan
        if not math.isnan(number):
            lifetime = number  # inf and -inf are clamped below
    return min(max(lifetime, _constants.TOKEN_LIFETIME_FLOOR), _constants.TOKEN_LIFETIME_CEILING)


class StaticToken:
    """A fixed token. It cannot be refreshed, so a 401 is raised as AuthenticationError at once."""

    can_refresh = False

    def __init__(self, token: str) -> None:
        if not isinstance(token, str) or not token.strip():
            raise ValueError("token must be a non-empty string")
        check_header_value(token, "token", echo=False)
        self._token = token

    @property
    def token(self) -> str:
        """The token (never shown in the repr)."""
        return self._token

    async def get_token(self, deadline: float | None = None) -> str:
        return self._token

    async def invalidate(self, token: str) -> None:
        return None

    def secrets(self) -> Iterable[str]:
        return (self._token,)

    def __repr__(self) -> str:
        return "StaticToken('***')"


class CallableToken:
    """A callable that returns a token; it is called before every request and once more on a 401."""

    can_refresh = True

    def __init__(self, provider: TokenProvider) -> None:
        self._provider = provider
        self._last: str | None = None
        self._held = _HeldTokens()

    async def get_token(self, deadline: float | None = None) -> str:
        result: Any = self._provider()
        if inspect.isawaitable(result):
            result = await result
        token = _checked_token(result, "the token callable")
        if token != self._last:  # one comparison per call while the token stays the same
            self._last = token
            self._held.add(token)
        return token

    async def invalidate(self, token: str) -> None:
        return None

    def secrets(self) -> Iterable[str]:
        """The tokens the callable returned: the last one, and up to PAST_TOKENS before it."""
        return tuple(self._held)

    def __repr__(self) -> str:
        return f"CallableToken({self._provider!r})"


class ClientCredentialsSource:
    """Fetches and caches tokens for ClientCredentials; one token request however many callers wait.

    A failed request is shared the same way: the callers that waited for it, and every caller
    for ``failure_cooldown`` seconds after it (longer if the endpoint sent a Retry-After), get a
    copy of the same error without another request.
    """

    can_refresh = True

    def __init__(
        self,
        credentials: ClientCredentials,
        http: httpx.AsyncClient,
        *,
        refresh_margin: float = _constants.TOKEN_REFRESH_MARGIN,
        failure_cooldown: float | None = None,
        max_retry_after: float = _constants.DEFAULT_MAX_RETRY_AFTER,
    ) -> None:
        self._credentials = credentials
        self._http = http
        self._refresh_margin = refresh_margin
        self._failure_cooldown = (
            _constants.TOKEN_FAILURE_COOLDOWN if failure_cooldown is None else failure_cooldown
        )
        self._max_retry_after = max_retry_after
        self._lock = anyio.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0
        self._failure: CloudCockpitError | None = None
        self._failure_until = 0.0
        self._held = _HeldTokens()
        self.requests_made = 0

    def _cached(self) -> str | None:
        if self._token is not None and time.monotonic() < self._refresh_at:
            return self._token
        if self._failure is not None and time.monotonic() < self._failure_until:
            # A copy for each caller: one exception object raised in many tasks would collect
            # all their tracebacks.
            raise copy.copy(self._failure)
        return None

    async def get_token(self, deadline: float | None = None) -> str:
        token = self._cached()
        if token is not None:
            return token
        async with self._lock:
            # Another caller may have refreshed (or failed to) while this one waited for the lock.
            token = self._cached()
            if token is not None:
                return token
            try:
                token, lifetime = await self._request_token(deadline)
            except _Refused as refused:
                self._failure = refused.error
                self._failure_until = time.monotonic() + refused.cooldown
                raise refused.error from None
            self._failure = None
            margin = min(self._refresh_margin, lifetime / 2)
            self._token = token
            self._held.add(token)
            self._refresh_at = time.monotonic() + lifetime - margin
            return token

    async def invalidate(self, token: str) -> None:
        # Only drop the token that failed: a concurrent caller may already have a newer one.
        if self._token == token:
            self._token = None

    def secrets(self) -> Iterable[str]:
        """The client secret, the current token, and up to PAST_TOKENS tokens before it (a
        refresh after a 401 replaces a token the server may still echo)."""
        return (self._credentials.client_secret, *self._held)

    def _refused(self, error: CloudCockpitError, response: httpx.Response | None = None) -> _Refused:
        cooldown = self._failure_cooldown
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                cooldown = max(cooldown, min(retry_after, self._max_retry_after))
        return _Refused(error, cooldown)

    async def _request_token(self, deadline: float | None) -> tuple[str, float]:
        creds = self._credentials
        # The endpoint's answer to a refresh may echo the token it replaces, too.
        secrets = tuple(self.secrets())
        self.requests_made += 1
        try:
            response = await self._http.post(
                creds.token_url,
                data={
                    "client_id": creds.client_id,
                    "client_secret": creds.client_secret,
                    "scope": creds.scope,
                    "grant_type": "client_credentials",
                },
                headers={"Accept": "application/json"},
                # The retry layer then honours a 429/503 Retry-After only within the call's time.
                extensions={DEADLINE_EXTENSION: deadline} if deadline is not None else None,
            )
        except httpx.HTTPError as exc:
            kind = (
                TokenEndpointTimeoutError
                if isinstance(exc, httpx.TimeoutException)
                else TokenEndpointConnectionError
            )
            try:
                attempts = int(exc.request.extensions.get(ATTEMPTS_EXTENSION, 1))
            except RuntimeError:  # an error not tied to a request
                attempts = 1
            message = f"could not reach the token endpoint {creds.token_url}: {type(exc).__name__}"
            raise self._refused(kind(message, attempts=attempts)) from None
        except CloudCockpitError as exc:  # a body past max_response_bytes
            raise self._refused(exc) from None
        ok, body = decode_json(response.content)
        if not response.is_success:
            code = description = None
            if ok and isinstance(body, dict):
                code = body.get("error") if isinstance(body.get("error"), str) else None
                raw = body.get("error_description")
                if isinstance(raw, str) and raw.strip():
                    # Microsoft appends trace and correlation ids on further lines.
                    description = raw.strip().splitlines()[0]
            message = f"the token endpoint refused the client credentials ({response.status_code}"
            message += f" {code})" if code else ")"
            if description:
                message += f": {description}"
            error = CredentialError(
                message,
                status_code=response.status_code,
                error_code=code,
                error_description=description,
                secrets=secrets,
            )
            raise self._refused(error, response)
        token = body.get("access_token") if ok and isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            what = "an access_token" if token is None else "a non-empty string access_token"
            raise self._refused(
                CredentialError(
                    f"the token endpoint answered {response.status_code} without {what}",
                    status_code=response.status_code,
                )
            )
        try:
            token = _checked_token(token, "the token endpoint", strict=True)
        except CredentialError as exc:
            exc.status_code = response.status_code
            raise self._refused(exc) from None
        assert isinstance(body, dict)
        return token, _lifetime(body.get("expires_in"))

    def __repr__(self) -> str:
        return f"ClientCredentialsSource({self._credentials!r})"


class _Refused(Exception):
    """A failed token request, with how long to keep failing without asking again."""

    def __init__(self, error: CloudCockpitError, cooldown: float) -> None:
        super().__init__()
        self.error = error
        self.cooldown = cooldown


class BearerAuth(httpx.Auth):
    """The httpx auth flow: adds the bearer token, and on a 401 refreshes once and resends once."""

    def __init__(self, source: TokenSource, *, allow_insecure_http: bool = False) -> None:
        self.source = source
        self.allow_insecure_http = allow_insecure_http

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("cloudcockpit_client is async only: use httpx.AsyncClient")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if (
            request.url.scheme != "https"
            and not self.allow_insecure_http
            and not is_loopback(request.url.host)
        ):
            raise ValueError(f"refusing to send a bearer token over plain http to {request.url.host}")
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        token = await self.source.get_token(deadline)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self.source.can_refresh:
            await self.source.invalidate(token)
            token = await self.source.get_token(deadline)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request
