"""The exceptions this SDK raises, and the functions that map HTTP outcomes onto them.

Every failure of a call is one of these, so ``except CloudCockpitError`` catches them all::

    CloudCockpitError
    ├── APIConnectionError          no response: DNS, refused, reset, TLS   (.request)
    │   └── APITimeoutError         a timeout: connect, read, write, pool, or the call's total
    ├── APIStatusError              any non-2xx after retries               (.status_code .error_type .description
    │   ├── BadRequestError    400                                           .correlation_id .errors .response)
    │   ├── AuthenticationError 401
    │   ├── PermissionDeniedError 403
    │   ├── NotFoundError      404
    │   ├── ConflictError      409
    │   ├── RateLimitError     429
    │   └── InternalServerError 5xx
    ├── CredentialError             the token endpoint refused or failed (unreachable: also an
    │                               APIConnectionError, a timeout also an APITimeoutError)
    ├── ResponseValidationError     2xx whose body is not what the spec says
    ├── ResponseTooLargeError       a body past max_response_bytes, as sent or decoded  (.limit .received .decoded)
    ├── WaitTimeoutError            a wait_for_* ran out of time                 (.last_state .polls)
    ├── WaitFailedError             a wait_for_* saw its outcome fail (an order Failed)  (.last_state)
    ├── ClientClosedError           the client was used after aclose(), or closed mid-call (also a RuntimeError)
    └── WrongEventLoopError         the client was used from a second event loop (also a RuntimeError)

Mapping never raises anything but these: an error body may be empty, HTML, truncated JSON, a
JSON list or an ASP.NET ProblemDetails, and the exception still carries the status, a readable
description and the correlation id.

Secrets are scrubbed here, where exceptions are built: a server (or a gateway's debug page) that
echoes the request's Authorization header, or a token endpoint that echoes the client secret, gets
"***" in the exception's text and fields. The secrets are the request's own bearer token and what
the client holds, reached through the request (SECRETS_EXTENSION): its token source's secret and
tokens (the current one and the ones before it), a proxy's password and Basic credentials. Each is
found as written and echoed in another encoding (JSON-escaped, percent-encoded, HTML-escaped,
base64): _scrub.py says how.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ._scrub import REDACTED as REDACTED
from ._scrub import scrub as _scrub
from ._scrub import scrub_all, scrub_value
from ._scrub import scrub_bytes as _scrub_bytes

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "CloudCockpitError",
    "ConflictError",
    "CredentialError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "WaitFailedError",
    "WaitTimeoutError",
    "WrongEventLoopError",
]

# Long enough for any real description, short enough that a 5 MB error page stays one line.
_MAX_DESCRIPTION = 1000

# A request extension holding a callable that returns the secrets the client holds (its static or
# issued token, its client secret), set by the client on every request it sends.
SECRETS_EXTENSION = "cloudcockpit.secrets"


def secrets_of(request: httpx.Request | None) -> tuple[str, ...]:
    """The secrets to scrub from an error about ``request``: its bearer token, and the client's."""
    if request is None:
        return ()
    found: list[str] = []
    _scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if credentials.strip():
        found.append(credentials.strip())
    source = request.extensions.get(SECRETS_EXTENSION)
    if callable(source):
        found.extend(source())
    # Longest first, so a secret that contains another is replaced whole.
    return tuple(sorted({s for s in found if isinstance(s, str) and s}, key=len, reverse=True))


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by "***": as written, JSON-escaped, percent-encoded,
    HTML-escaped or in base64 (_scrub.py)."""
    return _scrub(text, secrets)


def redacted_request(request: httpx.Request, secrets: tuple[str, ...]) -> httpx.Request:
    """A copy of ``request`` for an exception: Authorization shown as "Bearer ***", secrets scrubbed."""
    items = request.headers.multi_items()
    values = scrub_all([value for _, value in items], secrets)
    headers = [
        (name, f"{value.partition(' ')[0]} {REDACTED}" if name.lower() == "authorization" else scrubbed)
        for (name, value), scrubbed in zip(items, values, strict=True)
    ]
    extensions = {k: v for k, v in request.extensions.items() if k != SECRETS_EXTENSION}
    try:
        content = _scrub_bytes(request.content, secrets)
    except httpx.RequestNotRead:
        return httpx.Request(
            request.method, request.url, headers=headers, stream=request.stream, extensions=extensions
        )
    return httpx.Request(request.method, request.url, headers=headers, content=content, extensions=extensions)


def redacted_response(response: httpx.Response, secrets: tuple[str, ...]) -> httpx.Response:
    """A copy of a read ``response`` for an exception: secrets scrubbed from the status line,
    headers and body, and its request redacted. The body is the decoded one, so the copy has no
    Content-Encoding."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built without a request
        request = None
    if request is None and not secrets:
        return response
    kept = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    values = scrub_all([value for _, value in kept], secrets)
    headers = [(name, value) for (name, _), value in zip(kept, values, strict=True)]
    extensions = dict(response.extensions)
    reason = extensions.get("reason_phrase")
    if isinstance(reason, bytes):
        extensions["reason_phrase"] = scrub(reason.decode("latin-1"), secrets).encode("latin-1", "replace")
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=_scrub_bytes(response.content, secrets),
        request=redacted_request(request, secrets) if request is not None else None,
        extensions=extensions,
    )


class CloudCockpitError(Exception):
    """Base class of every exception raised by this SDK."""


@dataclasses.dataclass(frozen=True)
class FieldError:
    """The errors the API reported for one property of the request (``errors[]`` in the body)."""

    property_name: str | None
    descriptions: list[str] = dataclasses.field(default_factory=list)


class APIConnectionError(CloudCockpitError):
    """No response was received: DNS failure, connection refused or reset, TLS failure.

    Raised after the retry policy gave up. ``request`` is the httpx request that failed,
    ``correlation_id`` the X-Correlation-Id sent with it, ``attempts`` how many were made.
    """

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request | None = None,
        correlation_id: str | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.correlation_id = correlation_id
        self.attempts = attempts

    def __str__(self) -> str:
        extras = []
        if self.correlation_id:
            extras.append(f"correlation id {self.correlation_id}")
        if self.attempts > 1:
            extras.append(f"{self.attempts} attempts")
        if not extras:
            return self.message
        # "Request timed out (correlation id ...)", as APIStatusError reads: never "...).; ...".
        return f"{self.message.rstrip('.')} ({'; '.join(extras)})"


class APITimeoutError(APIConnectionError):
    """A timeout: connecting, reading, writing, waiting for a pooled connection, or the call's total."""

    def __init__(
        self,
        message: str = "Request timed out.",
        *,
        request: httpx.Request | None = None,
        correlation_id: str | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, request=request, correlation_id=correlation_id, attempts=attempts)


class APIStatusError(CloudCockpitError):
    """The API answered with a non-2xx status (after retries, and after one token refresh on 401).

    Fields come from the documented error body when there is one; otherwise ``description`` is
    the reason phrase, and ``correlation_id`` is the X-Correlation-Id this SDK sent.
    """

    def __init__(
        self,
        *,
        response: httpx.Response,
        description: str,
        error_type: str | None = None,
        correlation_id: str | None = None,
        errors: list[FieldError] | None = None,
        body: object = None,
        attempts: int = 1,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.description = description
        self.error_type = error_type
        self.correlation_id = correlation_id
        self.errors: list[FieldError] = list(errors or [])
        self.body = body
        self.attempts = attempts
        super().__init__(str(self))

    def __str__(self) -> str:
        line = f"{self.status_code} {_reason(self.response)}: {self.description}"
        extras = []
        if self.error_type:
            extras.append(f"type {self.error_type}")
        if self.errors:
            fields = ", ".join(e.property_name or "(request)" for e in self.errors)
            extras.append(f"fields {fields}")
        if self.correlation_id:
            extras.append(f"correlation id {self.correlation_id}")
        if self.attempts > 1:
            extras.append(f"{self.attempts} attempts")
        if extras:
            line += f" ({'; '.join(extras)})"
        return line

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions with keyword-only constructors do not pickle by default; keep them
        # transportable between processes (multiprocessing, task queues).
        return (_rebuild, (type(self), self.__dict__))


def _rebuild(cls: type[APIStatusError], state: dict[str, Any]) -> APIStatusError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    return error


class BadRequestError(APIStatusError):
    """400: the request broke a validation or business rule; see ``errors`` for the fields."""


class AuthenticationError(APIStatusError):
    """401: the bearer token is missing, invalid or expired (even after one refresh)."""


class PermissionDeniedError(APIStatusError):
    """403: the caller's role may not do this (for example a reseller on another's customer)."""


class NotFoundError(APIStatusError):
    """404: the customer, provider instance or provider customer does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class RateLimitError(APIStatusError):
    """429: too many requests, still refused after the retry policy's attempts."""


class InternalServerError(APIStatusError):
    """5xx: the server failed (after the retries the method allows)."""


class CredentialError(CloudCockpitError):
    """The token endpoint refused the client credentials or failed.

    ``error_code`` and ``error_description`` are the OAuth2 ``error`` and ``error_description``
    of the endpoint's answer (when it gave one); the ``secrets`` given (the client secret) are
    scrubbed from all three.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_code: str | None = None,
        error_description: str | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        secrets = tuple(s for s in secrets if s)
        message = scrub(message, secrets)
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.error_code = scrub(error_code, secrets) if error_code is not None else None
        self.error_description = scrub(error_description, secrets) if error_description is not None else None


class TokenEndpointConnectionError(CredentialError, APIConnectionError):
    """The token endpoint could not be reached: both a CredentialError and an APIConnectionError."""

    def __init__(self, message: str, *, attempts: int = 1) -> None:
        CredentialError.__init__(self, message)
        self.request = None
        self.correlation_id = None
        self.attempts = attempts


class TokenEndpointTimeoutError(TokenEndpointConnectionError, APITimeoutError):
    """The token endpoint timed out: a CredentialError and an APITimeoutError."""


class ResponseValidationError(CloudCockpitError):
    """A 2xx response whose body is not what the spec documents (e.g. a 201 that is not a JSON string)."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        correlation_id: str | None = None,
    ) -> None:
        secrets = secrets_of(response.request)
        self.message = scrub(message, secrets)
        self.response = redacted_response(response, secrets)
        self.status_code = response.status_code
        self.correlation_id = correlation_id
        super().__init__(str(self))

    def __str__(self) -> str:
        line = f"{self.status_code} {_reason(self.response)}: {self.message}"
        if self.correlation_id:
            line += f" (correlation id {self.correlation_id})"
        return line

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.__dict__))


class ResponseTooLargeError(CloudCockpitError):
    """A response body larger than the client's ``max_response_bytes``; the rest was not read.

    ``limit`` is the cap in bytes, ``received`` how many bytes had arrived when reading stopped
    (or the Content-Length the server announced), ``status_code`` the response's status, ``url``
    where it came from. The connection it came on is closed, not reused. ``decoded`` is True when
    the cap was passed while undoing the body's Content-Encoding (``received`` then counts decoded
    bytes): the cap bounds the decoded size too, so a compression bomb stops there.
    """

    def __init__(
        self,
        *,
        limit: int,
        received: int,
        status_code: int,
        url: str,
        announced: bool = False,
        correlation_id: str | None = None,
        decoded: bool = False,
    ) -> None:
        self.limit = limit
        self.received = received
        self.status_code = status_code
        self.url = url
        self.announced = announced
        self.correlation_id = correlation_id
        self.decoded = decoded
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.decoded:
            what = "decoded (Content-Encoding) to more than"
        else:
            what = "announced" if self.announced else "sent more than"
        amount = self.received if self.announced else self.limit
        line = (
            f"the {self.status_code} response from {self.url} {what} {amount:,} bytes, past "
            f"max_response_bytes={self.limit:,}; the rest was not {'decoded' if self.decoded else 'read'}"
        )
        if self.correlation_id:
            line += f" (correlation id {self.correlation_id})"
        return line

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.__dict__))


def too_large(
    request: httpx.Request,
    status_code: int,
    limit: int,
    received: int,
    *,
    announced: bool = False,
    decoded: bool = False,
) -> ResponseTooLargeError:
    """The error for a body of ``request``'s response past ``max_response_bytes``."""
    return ResponseTooLargeError(
        limit=limit,
        received=received,
        status_code=status_code,
        url=str(request.url.copy_with(query=None)),
        announced=announced,
        correlation_id=request.headers.get("X-Correlation-Id"),
        decoded=decoded,
    )


class ClientClosedError(CloudCockpitError, RuntimeError):
    """The client was used after ``aclose()`` (or after its ``async with`` block ended), or a
    ``SyncCloudCockpit`` was closed while this call was in flight (its request may or may not have
    reached the API)."""


class WrongEventLoopError(CloudCockpitError, RuntimeError):
    """The client was used from another event loop than the one it first ran on.

    Its connections belong to that loop: make one client per event loop (per ``asyncio.run``,
    per thread running a loop).
    """


class WaitTimeoutError(CloudCockpitError):
    """A wait (``wait_for_provider_customer``, ``wait_for_order``, ``wait_for_migration``) ran out of
    time before the outcome it waited for.

    ``last_state`` is the last state read (the waiter's docstring says which model; None when none
    was read), ``polls`` how many reads were made, ``timeout`` the seconds waited,
    ``correlation_id`` the X-Correlation-Id sent on every poll.
    """

    def __init__(
        self,
        message: str,
        *,
        last_state: Any = None,
        polls: int = 0,
        timeout: float = 0.0,
        correlation_id: str | None = None,
    ) -> None:
        self.message = message
        self.last_state: Any = last_state
        self.polls = polls
        self.timeout = timeout
        self.correlation_id = correlation_id
        super().__init__(str(self))

    def __str__(self) -> str:
        line = f"{self.message} (waited {self.timeout:g} s, {self.polls} polls"
        if self.correlation_id:
            line += f", correlation id {self.correlation_id}"
        return line + ")"


class WaitFailedError(CloudCockpitError):
    """A wait read the outcome it waited for, and the outcome is a failure (an order whose status
    is Failed). ``last_state`` is the state that says so (the Order), ``correlation_id`` the
    X-Correlation-Id sent on every poll.
    """

    def __init__(self, message: str, *, last_state: Any = None, correlation_id: str | None = None) -> None:
        self.message = message
        self.last_state: Any = last_state
        self.correlation_id = correlation_id
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.correlation_id:
            return f"{self.message} (correlation id {self.correlation_id})"
        return self.message


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def _reason(response: httpx.Response) -> str:
    try:
        return HTTPStatus(response.status_code).phrase
    except ValueError:
        return response.reason_phrase or "HTTP error"


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _MAX_DESCRIPTION:
        flat = flat[: _MAX_DESCRIPTION - 1] + "…"
    return flat


def _opt_str(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return _one_line(value)
    return None


def decode_json(content: bytes) -> tuple[bool, object]:
    """Decode a body as JSON without ever raising: (True, value) or (False, None)."""
    if not content:
        return False, None
    try:
        return True, json.loads(content)
    except (ValueError, RecursionError):
        # ValueError covers JSONDecodeError and UnicodeDecodeError.
        return False, None


def _field_errors(raw: object) -> list[FieldError]:
    result: list[FieldError] = []
    if isinstance(raw, list):
        for item in raw:
            if not isinstance(item, Mapping):
                continue
            name = item.get("propertyName")
            result.append(
                FieldError(name if isinstance(name, str) else None, _messages(item.get("description")))
            )
    elif isinstance(raw, Mapping):
        # ASP.NET's ValidationProblemDetails: {"errors": {"Field": ["message", ...]}}.
        for name, messages in raw.items():
            result.append(FieldError(str(name), _messages(messages)))
    return result


def _messages(raw: object) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list):
        return [m for m in raw if isinstance(m, str)]
    return []


# What a status means here when the API sends no description (a 401 or 403 has no body): said
# without the token or the tenant, which are the caller's to check.
_WITHOUT_BODY = {
    401: (
        "the API refused the credentials: the bearer token is expired, revoked or not valid, or it "
        "is not a token of the tenant named in X-Tenant"
    ),
    403: "the token's role (csp or reseller) may not call this operation, or not on this data",
}


def error_from_response(
    response: httpx.Response, *, correlation_id: str | None, attempts: int = 1
) -> APIStatusError:
    """Build the typed exception for a non-2xx response; never raises itself.

    The response body must already be read. The exception holds a copy of it with every secret
    the request carried scrubbed.
    """
    secrets = secrets_of(response.request)
    response = redacted_response(response, secrets)
    ok, body = decode_json(response.content)
    description: str | None = None
    error_type: str | None = None
    body_correlation: str | None = None
    errors: list[FieldError] = []
    if ok and isinstance(body, Mapping):
        description = (
            _opt_str(body.get("description")) or _opt_str(body.get("detail")) or _opt_str(body.get("title"))
        )
        error_type = _opt_str(body.get("type"))
        body_correlation = _opt_str(body.get("correlationId"))
        errors = _field_errors(body.get("errors"))
    # Scrubbed again: decoding the JSON may have made a secret of a form the raw bytes did not show.
    error_type, body_correlation, errors, body = scrub_value(
        (error_type, body_correlation, errors, body), secrets
    )
    cls = _STATUS_CLASSES.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(
        response=response,
        # Scrubbed again: a secret split by whitespace in the body is joined by _one_line.
        description=scrub(
            description or _WITHOUT_BODY.get(response.status_code) or _reason(response), secrets
        ),
        error_type=error_type,
        correlation_id=body_correlation or correlation_id,
        errors=errors,
        body=body if ok else None,
        attempts=attempts,
    )


def error_from_transport(
    exc: Exception, *, request: httpx.Request | None, correlation_id: str | None, attempts: int = 1
) -> CloudCockpitError:
    """Map an httpx (or anyio deadline) exception to APIConnectionError / APITimeoutError.

    The httpx exception becomes the ``__cause__`` only when its text holds no secret (httpx's
    "Illegal header value b'Bearer ...'" does); raise the result outside the ``except`` block so
    that it has no ``__context__`` either.
    """
    secrets = secrets_of(request)
    error = _transport_error(exc, request, correlation_id, attempts, secrets)
    cause_text = f"{exc!s} {exc!r}"
    error.__cause__ = exc if scrub(cause_text, secrets) == cause_text else None
    error.__suppress_context__ = True
    return error


def _transport_error(
    exc: Exception,
    request: httpx.Request | None,
    correlation_id: str | None,
    attempts: int,
    secrets: tuple[str, ...],
) -> APIConnectionError:
    if request is not None:
        request = redacted_request(request, secrets)
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        kinds: dict[type[BaseException], str] = {
            httpx.ConnectTimeout: "connecting",
            httpx.ReadTimeout: "waiting for the response",
            httpx.WriteTimeout: "sending the request",
            httpx.PoolTimeout: "waiting for a free connection in the pool",
        }
        kind = kinds.get(type(exc), "the call (total timeout)")
        return APITimeoutError(
            f"Request timed out while {kind}.",
            request=request,
            correlation_id=correlation_id,
            attempts=attempts,
        )
    detail = type(exc).__name__
    text = scrub(str(exc), secrets)
    if text:
        detail += f": {scrub(_one_line(text), secrets)}"
    return APIConnectionError(
        f"Connection error ({detail}).", request=request, correlation_id=correlation_id, attempts=attempts
    )
