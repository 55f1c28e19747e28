"""Token sources (a static token, an async callable, OAuth2 client credentials) and the bearer auth flow.

Shaped like azure-core's async bearer-token policy: the token is cached until shortly before it
expires, concurrent calls share one refresh (a lock with a double check), a 401 drops the token
and triggers exactly one refresh and one resend, and a bearer token is never sent over plain http
except to a loopback host.
"""

from __future__ import annotations

import dataclasses
import inspect
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any, Protocol

import anyio
import httpx

from . import _constants
from ._validation import check_header_value, is_loopback
from .errors import CredentialError, decode_json

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

    async def get_token(self) -> str: ...

    async def invalidate(self, token: str) -> None: ...


def _checked_token(token: object, origin: str) -> str:
    if not isinstance(token, str) or not token.strip():
        raise CredentialError(f"{origin} did not return a non-empty string token")
    try:
        check_header_value(token, "token")
    except ValueError:
        # The message must not echo the token.
        raise CredentialError(f"{origin} returned a token with characters not allowed in a header") from None
    return token


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

    async def get_token(self) -> str:
        return self._token

    async def invalidate(self, token: str) -> None:
        return None

    def __repr__(self) -> str:
        return "StaticToken('***')"


class CallableToken:
    """A callable that returns a token; it is called before every request and once more on a 401."""

    can_refresh = True

    def __init__(self, provider: TokenProvider) -> None:
        self._provider = provider

    async def get_token(self) -> str:
        result: Any = self._provider()
        if inspect.isawaitable(result):
            result = await result
        return _checked_token(result, "the token callable")

    async def invalidate(self, token: str) -> None:
        return None

    def __repr__(self) -> str:
        return f"CallableToken({self._provider!r})"


class ClientCredentialsSource:
    """Fetches and caches tokens for ClientCredentials; one token request however many callers wait."""

    can_refresh = True

    def __init__(
        self,
        credentials: ClientCredentials,
        http: httpx.AsyncClient,
        *,
        refresh_margin: float = _constants.TOKEN_REFRESH_MARGIN,
    ) -> None:
        self._credentials = credentials
        self._http = http
        self._refresh_margin = refresh_margin
        self._lock = anyio.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0
        self.requests_made = 0

    def _cached(self) -> str | None:
        if self._token is not None and time.monotonic() < self._refresh_at:
            return self._token
        return None

    async def get_token(self) -> str:
        token = self._cached()
        if token is not None:
            return token
        async with self._lock:
            # Another caller may have refreshed while this one waited for the lock.
            token = self._cached()
            if token is not None:
                return token
            token, lifetime = await self._request_token()
            margin = min(self._refresh_margin, lifetime / 2)
            self._token = token
            self._refresh_at = time.monotonic() + lifetime - margin
            return token

    async def invalidate(self, token: str) -> None:
        # Only drop the token that failed: a concurrent caller may already have a newer one.
        if self._token == token:
            self._token = None

    def _scrub(self, text: str) -> str:
        return text.replace(self._credentials.client_secret, "***")

    async def _request_token(self) -> tuple[str, float]:
        creds = self._credentials
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
            )
        except httpx.HTTPError as exc:
            raise CredentialError(
                f"could not reach the token endpoint {creds.token_url}: {type(exc).__name__}"
            ) from None
        ok, body = decode_json(response.content)
        if not response.is_success:
            code = description = None
            if ok and isinstance(body, dict):
                code = body.get("error") if isinstance(body.get("error"), str) else None
                raw = body.get("error_description")
                if isinstance(raw, str) and raw.strip():
                    # Microsoft appends trace and correlation ids on further lines.
                    description = self._scrub(raw.strip().splitlines()[0])
            message = f"the token endpoint refused the client credentials ({response.status_code}"
            message += f" {code})" if code else ")"
            if description:
                message += f": {description}"
            raise CredentialError(
                message, status_code=response.status_code, error_code=code, error_description=description
            )
        if not ok or not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
            raise CredentialError(
                f"the token endpoint answered {response.status_code} without an access_token",
                status_code=response.status_code,
            )
        token = _checked_token(body["access_token"], "the token endpoint")
        lifetime = _constants.DEFAULT_TOKEN_LIFETIME
        raw_lifetime = body.get("expires_in")
        try:
            if raw_lifetime is not None and not isinstance(raw_lifetime, bool):
                lifetime = max(0.0, float(raw_lifetime))
        except (TypeError, ValueError):
            pass
        return token, lifetime

    def __repr__(self) -> str:
        return f"ClientCredentialsSource({self._credentials!r})"


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
        token = await self.source.get_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self.source.can_refresh:
            await self.source.invalidate(token)
            token = await self.source.get_token()
            request.headers["Authorization"] = f"Bearer {token}"
            yield request
