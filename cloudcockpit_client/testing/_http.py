"""The double's HTTP layer: faults, routing, authentication, the token endpoint, and its two adapters
(an in-process httpx transport and an ASGI app). The operations live in one module per API tag."""

from __future__ import annotations

import json
import re
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

import anyio
import httpx

from . import (
    _admin,
    _audit,
    _customers,
    _customers_more,
    _gdap,
    _invoices,
    _mca,
    _orders,
    _provider_instances,
    _resellers,
    _subscriptions,
    _unserved,
    _users,
)
from ._rules import FieldErrors, parse_uuid
from ._state import Fault, RecordedRequest, Token
from ._wire import Call, Response, error, json_response, validation_error

if TYPE_CHECKING:
    from ._fake import FakeCloudCockpit

__all__ = ["DroppedConnection", "FakeTransport", "asgi_app", "handle"]

# A literal path segment wins over a path id (/v1/Customers/mca is not customer "mca"): routes with
# fewer ids are tried first.
ROUTES = sorted(
    [
        *_customers.ROUTES,
        *_customers_more.ROUTES,
        *_gdap.ROUTES,
        *_mca.ROUTES,
        *_provider_instances.ROUTES,
        *_users.ROUTES,
        *_subscriptions.ROUTES,
        *_orders.ROUTES,
        *_invoices.ROUTES,
        *_resellers.ROUTES,
        *_audit.ROUTES,
        *_unserved.ROUTES,
    ],
    key=lambda r: r.template.count("{"),
)
# Path parameters the docs type string(uuid); the others are strings.
_GUID_PARAMETERS = frozenset(
    {"customerId", "providerInstanceId", "customerUserId", "resellerId", "subscriptionId", "id"}
)
_TOKEN_PATH = re.compile(r"^(/[^/]+)?/oauth2/v2\.0/token/?$", re.I)


class DroppedConnection(Exception):
    """Raised by the double to drop a connection (fault injection)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


async def handle(
    fake: FakeCloudCockpit, method: str, path: str, query_string: str, headers: Mapping[str, str], body: bytes
) -> Response:
    """Answer one request; raises DroppedConnection for an injected connection fault."""
    if path.lower().startswith(_admin.PREFIX + "/") or path.lower() == _admin.PREFIX:
        return _admin.handle_admin(fake, method, path, body)
    headers = {k.lower(): v for k, v in headers.items()}
    query = {k: v[-1] for k, v in parse_qs(query_string, keep_blank_values=True).items()}
    fault = _take_fault(fake, method, path)
    if fault is not None and fault.delay:
        await anyio.sleep(fault.delay)
    if fault is not None and fault.error == "connect":
        raise DroppedConnection("connect")
    parsed_body: Any = None
    if body:
        try:
            parsed_body = json.loads(body)
        except ValueError:
            parsed_body = body.decode("utf-8", "replace")
    fake._complete_due_creations()
    # A fault that only delays lets the request through: the real answer comes, later.
    passes = fault is None or fault.apply or (fault.status is None and fault.error is None)
    response = _dispatch(fake, method, path, query, headers, body) if passes else Response(0)
    if fault is not None and fault.error == "disconnect":
        _record(fake, method, path, query, headers, parsed_body, 0)
        raise DroppedConnection("disconnect")
    if fault is not None and fault.status is not None:
        response = _fault_response(fault)
    _record(fake, method, path, query, headers, parsed_body, response.status)
    return response


def _record(
    fake: FakeCloudCockpit,
    method: str,
    path: str,
    query: dict[str, str],
    headers: dict[str, str],
    body: Any,
    status: int,
) -> None:
    if "oauth2" in path.lower():
        body = "<form redacted>"  # carries the client secret
    fake.requests.append(RecordedRequest(method.upper(), path, query, dict(headers), body, status))


def _take_fault(fake: FakeCloudCockpit, method: str, path: str) -> Fault | None:
    for fault in fake.faults:
        if fault.matches(method, path):
            if fault.after > 0:  # let this one through untouched
                fault.after -= 1
                return None
            fault.times -= 1
            if fault.times <= 0:
                fake.faults.remove(fault)
            return fault
    return None


def _fault_response(fault: Fault) -> Response:
    assert fault.status is not None
    out = dict(fault.headers)
    body = fault.body
    if body is None:
        content = b""
    elif isinstance(body, bytes):
        content = body
    elif isinstance(body, str):
        content = body.encode()
        out.setdefault("content-type", "text/plain; charset=utf-8")
    else:
        content = json.dumps(body).encode()
        out.setdefault("content-type", "application/json")
    return Response(fault.status, content, out)


def _dispatch(
    fake: FakeCloudCockpit,
    method: str,
    path: str,
    query: dict[str, str],
    headers: dict[str, str],
    body: bytes,
) -> Response:
    if _TOKEN_PATH.match(path):
        return (
            _token_endpoint(fake, body)
            if method.upper() == "POST"
            else Response(405, headers={"allow": "POST"})
        )
    found = None
    allowed: list[str] = []
    specific: int | None = None  # a literal segment wins: /v1/Customers/mca is not a customer id
    for route in ROUTES:
        match = route.pattern.match(path)
        if match and specific is not None and route.template.count("{") > specific:
            break
        if match:
            specific = route.template.count("{")
            allowed.append(route.method)
            if route.method == method.upper():
                found = (route, match.groupdict())
                break
    if found is None:
        return Response(405, headers={"allow": ", ".join(allowed)}) if allowed else Response(404)
    chosen, params = found
    correlation_id = headers.get("x-correlation-id") or str(uuid.uuid4())

    # Authentication first (401, no body), as ASP.NET's middleware would.
    token = _authenticate(fake, headers)
    if token is None:
        return Response(401)
    tenant = headers.get("x-tenant", "").strip().lower()
    if not tenant:
        return error(400, "ValidationError", "The X-Tenant header is required.", correlation_id, "X-Tenant")
    if tenant != token.tenant:
        return Response(401)  # a token is valid for its own tenant only; unknown tenants included
    raw_cid = headers.get("x-correlation-id")
    if raw_cid is not None and parse_uuid(raw_cid) is None:
        return error(
            400, "ValidationError", "X-Correlation-Id must be a GUID.", correlation_id, "X-Correlation-Id"
        )

    if not chosen.served:
        return chosen.handler(Call(fake, token, {}, query, body, correlation_id))
    errors = FieldErrors()
    ids: dict[str, uuid.UUID] = {}
    names: dict[str, str] = {}
    for key, value in params.items():
        if key not in _GUID_PARAMETERS:  # documented as plain strings (relationshipId, email)
            names[key] = unquote(value)
            continue
        parsed = parse_uuid(value)
        if parsed is None:
            errors.add(key, f"The value '{value}' is not a valid GUID.")
        else:
            ids[key] = parsed
    if errors:
        return validation_error(errors, correlation_id)
    call = Call(fake, token, ids, query, body, correlation_id, names, headers)
    response = chosen.handler(call)
    fake._record_audit(call, method.upper(), chosen.template, path, response)  # the audit logs (_audit.py)
    return response


def _authenticate(fake: FakeCloudCockpit, headers: Mapping[str, str]) -> Token | None:
    auth = headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() != "bearer":
        return None
    token = fake._tokens.get(value.strip())
    if token is None or token.expires_at <= time.monotonic():
        return None
    return token


def _token_endpoint(fake: FakeCloudCockpit, body: bytes) -> Response:
    fake.token_requests += 1
    form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
    if form.get("grant_type") != "client_credentials":
        return json_response(
            400, {"error": "unsupported_grant_type", "error_description": "AADSTS70003: grant_type"}
        )
    client = fake._clients.get(form.get("client_id", ""))
    if client is None or not secrets.compare_digest(client[1], form.get("client_secret", "")):
        return json_response(
            401,
            {
                "error": "invalid_client",
                "error_description": "AADSTS7000215: Invalid client secret provided.",
            },
        )
    tenant, _, role, rid = client
    token = fake.issue_token(tenant, role=role, reseller_id=rid)
    return json_response(
        200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token}
    )


class FakeTransport(httpx.AsyncBaseTransport):
    """Serves a FakeCloudCockpit in process; connection faults become httpx's own errors."""

    def __init__(self, fake: FakeCloudCockpit) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        try:
            response = await handle(
                self.fake,
                request.method,
                request.url.path,
                request.url.query.decode("ascii"),
                dict(request.headers),
                body,
            )
        except DroppedConnection as exc:
            if exc.kind == "connect":
                raise httpx.ConnectError("[fake] connection refused", request=request) from None
            raise httpx.RemoteProtocolError(
                "[fake] server disconnected without sending a response", request=request
            ) from None
        return httpx.Response(
            response.status, headers=response.headers, content=response.body, request=request
        )


def asgi_app(fake: FakeCloudCockpit) -> Callable[..., Awaitable[None]]:
    """``fake`` served as an ASGI 3 application."""

    async def app(
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = await _whole_body(receive)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        if body is None or _cut_short(headers, body):
            # The client went away before its request was whole (it died between the headers and
            # the body): such a request is not processed, as a real server never sees it at all.
            return
        response = await handle(
            fake,
            scope["method"],
            scope["path"],
            scope.get("query_string", b"").decode("latin-1"),
            headers,
            body,
        )
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": response.body})

    return app


async def _whole_body(receive: Callable[[], Awaitable[MutableMapping[str, Any]]]) -> bytes | None:
    """The request's body, every chunk of it; None when the client disconnected first."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _cut_short(headers: Mapping[str, str], body: bytes) -> bool:
    """A body shorter than the Content-Length announced (a server that delivers it so)."""
    for name, value in headers.items():
        if name.lower() == "content-length":
            return value.strip().isdigit() and len(body) < int(value)
    return False
