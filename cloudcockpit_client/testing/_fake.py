"""FakeCloudCockpit: an in-memory CloudCockpit for tests and the demo.

State (tenants, tokens, customers, provider instances, provider customers), a seeding and
inspection API, the HTTP semantics of the three documented operations plus a token endpoint, and
fault injection. It plugs into the SDK as an in-process httpx transport (``fake.transport()``) or
is served as an ASGI app (``fake.asgi_app()``, ``python -m cloudcockpit_client.testing``).

Where the docs are silent, the choices are listed in the README ("Choices the double makes").
"""

from __future__ import annotations

import copy
import json
import re
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs

import anyio
import httpx

from . import _rules
from ._rules import FieldErrors, get_ci, is_missing, parse_uuid

__all__ = ["FakeCloudCockpit", "Fault", "ProviderCustomerState", "RecordedRequest"]

Status = Literal["pending", "created", "failed"]
INVALID_COMPANY_INFO = "InvalidCompanyInfo"

_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    (
        "POST",
        re.compile(
            r"^/v1/customers/(?P<customerId>[^/]+)/provider-customers/(?P<providerInstanceId>[^/]+)/?$", re.I
        ),
        "retry_provider_customer",
    ),
    (
        "POST",
        re.compile(r"^/v1/customers/(?P<customerId>[^/]+)/provider-instances/?$", re.I),
        "add_provider_instance",
    ),
    (
        "PATCH",
        re.compile(r"^/v1/customers/(?P<customerId>[^/]+)/account-info/?$", re.I),
        "update_account_info",
    ),
    ("POST", re.compile(r"^(/[^/]+)?/oauth2/v2\.0/token/?$", re.I), "token"),
]


@dataclass
class ProviderCustomerState:
    """One customer on one provider instance, as the double holds it."""

    customer_id: uuid.UUID
    provider_instance_id: uuid.UUID
    status: Status
    failure_reason: str | None = None
    provider_customer_id: str | None = None
    provider_customer_data: str | None = None
    margin: Any = None
    offer_type_margins: Any = None
    attempts: int = 0


@dataclass(frozen=True)
class RecordedRequest:
    """One request the double received: method, path, query, headers, the parsed JSON body, and its answer."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    status: int

    def __repr__(self) -> str:
        # Authorization is a (fake) credential: keep it out of test output.
        shown = {k: ("***" if k.lower() == "authorization" else v) for k, v in self.headers.items()}
        return f"RecordedRequest({self.method} {self.path} -> {self.status}, headers={shown!r}, body={self.body!r})"


@dataclass
class Fault:
    """A scripted answer for the next matching request(s).

    status/body/headers replace the real answer; ``delay`` waits first; ``error="connect"``
    fails as if the connection were refused (the server never sees the request) and
    ``error="disconnect"`` drops the connection without an answer; ``apply=True`` lets the
    request take effect before the scripted answer (an ambiguous failure).
    """

    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    error: Literal["connect", "disconnect"] | None = None
    apply: bool = False
    times: int = 1
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return not (self.path and self.path.lower() not in path.lower())


@dataclass
class _Token:
    tenant: str
    role: Literal["csp", "reseller"]
    reseller_id: uuid.UUID | None
    expires_at: float


@dataclass(frozen=True)
class _Call:
    """One authenticated request to an operation, with its path ids parsed."""

    token: _Token
    ids: dict[str, uuid.UUID]
    query: dict[str, str]
    body: bytes
    correlation_id: str


@dataclass
class _Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class DroppedConnection(Exception):
    """Raised by the double to drop a connection (fault injection)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class FakeCloudCockpit:
    """An in-memory CloudCockpit that behaves like the documented API.

    Example::

        fake = FakeCloudCockpit()
        fake.add_tenant("portal.example.com")
        token = fake.issue_token("portal.example.com", role="csp")
        customer_id = fake.add_customer("portal.example.com", {...camelCase Customer fields...})
        instance_id = fake.add_provider_instance("portal.example.com", provider="microsoft", alias="MS")
        async with CloudCockpit("portal.example.com", token=token, transport=fake.transport()) as cc:
            ...
        fake.provider_customer(customer_id, instance_id).status   # "created" / "failed" / "pending"

    Args:
        auto_create: True (default) creates provider customers at once (created or failed);
            False leaves them "pending" until ``process_pending()``.
    """

    def __init__(self, *, auto_create: bool = True) -> None:
        self.auto_create = auto_create
        self.tenants: set[str] = set()
        self.requests: list[RecordedRequest] = []
        self.faults: list[Fault] = []
        self._tokens: dict[str, _Token] = {}
        self._clients: dict[str, tuple[str, str, Literal["csp", "reseller"], uuid.UUID | None]] = {}
        self._customers: dict[uuid.UUID, tuple[str, dict[str, Any]]] = {}
        self._instances: dict[uuid.UUID, tuple[str, str, str]] = {}
        self._provider_customers: dict[tuple[uuid.UUID, uuid.UUID], ProviderCustomerState] = {}
        self.token_requests = 0

    # ----------------------------------------------------------------- seeding and inspection

    def add_tenant(self, domain: str) -> str:
        """Register a tenant (the X-Tenant domain)."""
        self.tenants.add(domain.lower())
        return domain

    def _tenant(self, domain: str) -> str:
        if domain.lower() not in self.tenants:
            raise KeyError(f"unknown tenant {domain!r}: call add_tenant() first")
        return domain.lower()

    def issue_token(
        self,
        tenant: str,
        *,
        role: Literal["csp", "reseller"] = "csp",
        reseller_id: uuid.UUID | str | None = None,
        expires_in: float = 3600.0,
        token: str | None = None,
    ) -> str:
        """A bearer token for ``tenant`` with a role; ``role="reseller"`` needs ``reseller_id``.

        ``token`` fixes the value (for a served double whose clients are configured ahead).
        """
        tenant = self._tenant(tenant)
        if role not in ("csp", "reseller"):
            raise ValueError("role must be 'csp' or 'reseller'")
        rid = uuid.UUID(str(reseller_id)) if reseller_id is not None else None
        if role == "reseller" and rid is None:
            raise ValueError("a reseller token needs reseller_id=")
        token = token or "fake." + secrets.token_urlsafe(24)
        self._tokens[token] = _Token(tenant, role, rid, time.monotonic() + expires_in)
        return token

    def expire_token(self, token: str) -> None:
        """Make ``token`` expired: the next request with it gets a 401."""
        self._tokens[token].expires_at = 0.0

    def add_api_client(
        self,
        tenant: str,
        client_id: str,
        client_secret: str,
        *,
        role: Literal["csp", "reseller"] = "csp",
        reseller_id: uuid.UUID | str | None = None,
    ) -> None:
        """An "API Access" whose client credentials the double's token endpoint accepts."""
        rid = uuid.UUID(str(reseller_id)) if reseller_id is not None else None
        self._clients[client_id] = (self._tenant(tenant), client_secret, role, rid)

    def add_customer(
        self,
        tenant: str,
        fields: Mapping[str, Any],
        *,
        customer_id: uuid.UUID | str | None = None,
    ) -> uuid.UUID:
        """Seed a customer from camelCase Customer fields (not validated: seed bad data on purpose)."""
        tenant = self._tenant(tenant)
        cid = uuid.UUID(str(customer_id)) if customer_id is not None else uuid.uuid4()
        data: dict[str, Any] = {name: None for name in _rules.CUSTOMER_STRING_FIELDS}
        data.update({"resellerId": None, "providerCustomers": None, "customerAssociations": None})
        data.update(copy.deepcopy(dict(fields)))
        data["id"] = str(cid)
        self._customers[cid] = (tenant, data)
        return cid

    def customer(self, customer_id: uuid.UUID | str) -> dict[str, Any]:
        """A copy of the customer as the double holds it, with its provider customers."""
        cid = uuid.UUID(str(customer_id))
        data = copy.deepcopy(self._customers[cid][1])
        pcs = {
            str(iid): {
                "providerInstanceId": str(iid),
                "providerCustomerId": pc.provider_customer_id,
                "providerCustomerData": pc.provider_customer_data,
                "margin": pc.margin,
                "status": pc.status,
            }
            for (c, iid), pc in self._provider_customers.items()
            if c == cid
        }
        data["providerCustomers"] = pcs or None
        return data

    def add_provider_instance(
        self,
        tenant: str,
        *,
        provider: str = "microsoft",
        alias: str = "Microsoft",
        instance_id: uuid.UUID | str | None = None,
    ) -> uuid.UUID:
        """Seed a provider instance of ``provider`` ("microsoft" or any other name)."""
        iid = uuid.UUID(str(instance_id)) if instance_id is not None else uuid.uuid4()
        self._instances[iid] = (self._tenant(tenant), provider.lower(), alias)
        return iid

    def add_provider_customer(
        self,
        customer_id: uuid.UUID | str,
        instance_id: uuid.UUID | str,
        *,
        status: Status = "failed",
        failure_reason: str | None = None,
    ) -> ProviderCustomerState:
        """Seed a provider customer in a given status."""
        cid, iid = uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id))
        state = ProviderCustomerState(cid, iid, status, failure_reason=failure_reason)
        if status == "created":
            state.provider_customer_id = str(uuid.uuid4())
        self._provider_customers[(cid, iid)] = state
        return state

    def provider_customer(
        self, customer_id: uuid.UUID | str, instance_id: uuid.UUID | str
    ) -> ProviderCustomerState:
        """The provider customer of (customer, provider instance); KeyError if there is none."""
        return self._provider_customers[(uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id)))]

    def process_pending(self) -> None:
        """Run creation for every pending provider customer (with ``auto_create=False``)."""
        for state in self._provider_customers.values():
            if state.status == "pending":
                self._create_on_provider(state)

    def inject(self, fault: Fault | None = None, /, **kwargs: Any) -> Fault:
        """Script the next matching response(s): ``fake.inject(status=503, headers={"Retry-After": "1"})``."""
        fault = fault or Fault(**kwargs)
        self.faults.append(fault)
        return fault

    # ----------------------------------------------------------------- adapters

    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process httpx transport serving this double (no sockets)."""
        return _FakeTransport(self)

    def asgi_app(self) -> Callable[..., Awaitable[None]]:
        """The same state served as an ASGI 3 application."""

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
            chunks = []
            while True:
                message = await receive()
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    break
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            response = await self.handle(
                scope["method"],
                scope["path"],
                scope.get("query_string", b"").decode("latin-1"),
                headers,
                b"".join(chunks),
            )
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status,
                    "headers": [
                        (k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()
                    ],
                }
            )
            await send({"type": "http.response.body", "body": response.body})

        return app

    # ----------------------------------------------------------------- HTTP semantics

    async def handle(
        self, method: str, path: str, query_string: str, headers: Mapping[str, str], body: bytes
    ) -> _Response:
        """Answer one request; raises DroppedConnection for an injected connection fault."""
        headers = {k.lower(): v for k, v in headers.items()}
        query = {k: v[-1] for k, v in parse_qs(query_string, keep_blank_values=True).items()}
        fault = self._take_fault(method, path)
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
        if fault is None or fault.apply:
            response = self._dispatch(method, path, query, headers, body)
        else:
            response = _Response(0)
        if fault is not None and fault.error == "disconnect":
            self._record(method, path, query, headers, parsed_body, 0)
            raise DroppedConnection("disconnect")
        if fault is not None and fault.status is not None:
            response = self._fault_response(fault, headers)
        self._record(method, path, query, headers, parsed_body, response.status)
        return response

    def _record(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: Any, status: int
    ) -> None:
        if "oauth2" in path.lower():
            body = "<form redacted>"  # carries the client secret
        self.requests.append(RecordedRequest(method.upper(), path, query, dict(headers), body, status))

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.matches(method, path):
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def _fault_response(self, fault: Fault, headers: Mapping[str, str]) -> _Response:
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
        return _Response(fault.status, content, out)

    def _dispatch(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
    ) -> _Response:
        route = None
        allowed: list[str] = []
        for route_method, pattern, name in _ROUTES:
            match = pattern.match(path)
            if match:
                allowed.append(route_method)
                if route_method == method.upper():
                    route = (name, match.groupdict())
                    break
        if route is None:
            return _Response(405, headers={"allow": ", ".join(allowed)}) if allowed else _Response(404)
        name, params = route
        if name == "token":
            return self._token_endpoint(body)
        correlation_id = headers.get("x-correlation-id") or str(uuid.uuid4())

        # Authentication first (401, no body), as ASP.NET's middleware would.
        token = self._authenticate(headers)
        if token is None:
            return _Response(401)
        tenant = headers.get("x-tenant", "").strip().lower()
        if not tenant:
            return _error(
                400, "ValidationError", "The X-Tenant header is required.", correlation_id, "X-Tenant"
            )
        if tenant != token.tenant:
            return _Response(401)  # a token is valid for its own tenant only; unknown tenants included
        raw_cid = headers.get("x-correlation-id")
        if raw_cid is not None and parse_uuid(raw_cid) is None:
            return _error(
                400, "ValidationError", "X-Correlation-Id must be a GUID.", correlation_id, "X-Correlation-Id"
            )

        errors = FieldErrors()
        ids: dict[str, uuid.UUID] = {}
        for key, value in params.items():
            parsed = parse_uuid(value)
            if parsed is None:
                errors.add(key, f"The value '{value}' is not a valid GUID.")
            else:
                ids[key] = parsed
        if errors:
            return _validation_error(errors, correlation_id)
        handler = getattr(self, f"_op_{name}")
        result: _Response = handler(_Call(token, ids, query, body, correlation_id))
        return result

    def _authenticate(self, headers: Mapping[str, str]) -> _Token | None:
        auth = headers.get("authorization", "")
        scheme, _, value = auth.partition(" ")
        if scheme.lower() != "bearer":
            return None
        token = self._tokens.get(value.strip())
        if token is None or token.expires_at <= time.monotonic():
            return None
        return token

    def _token_endpoint(self, body: bytes) -> _Response:
        self.token_requests += 1
        form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        if form.get("grant_type") != "client_credentials":
            return _json(
                400, {"error": "unsupported_grant_type", "error_description": "AADSTS70003: grant_type"}
            )
        client = self._clients.get(form.get("client_id", ""))
        if client is None or not secrets.compare_digest(client[1], form.get("client_secret", "")):
            return _json(
                401,
                {
                    "error": "invalid_client",
                    "error_description": "AADSTS7000215: Invalid client secret provided.",
                },
            )
        tenant, _, role, rid = client
        token = self.issue_token(tenant, role=role, reseller_id=rid)
        return _json(
            200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token}
        )

    def _load_customer(
        self, token: _Token, customer_id: uuid.UUID, correlation_id: str, *, not_found_status: int = 404
    ) -> tuple[dict[str, Any] | None, _Response | None]:
        entry = self._customers.get(customer_id)
        if entry is None or entry[0] != token.tenant:
            if not_found_status == 404:
                return None, _error(404, "NotFound", "The customer was not found.", correlation_id)
            return None, _error(
                400, "ValidationError", "The customer was not found.", correlation_id, "customerId"
            )
        data = entry[1]
        if token.role == "reseller" and data.get("resellerId") != str(token.reseller_id):
            return None, _Response(403)
        return data, None

    def _parse_json_body(self, body: bytes, correlation_id: str) -> tuple[Any, _Response | None]:
        if not body.strip():
            return None, _error(
                400, "ValidationError", "A non-empty request body is required.", correlation_id, "$"
            )
        try:
            data = json.loads(body)
        except ValueError:
            return None, _error(
                400, "ValidationError", "The request body is not valid JSON.", correlation_id, "$"
            )
        if not isinstance(data, dict):
            return None, _error(
                400, "ValidationError", "The request body must be a JSON object.", correlation_id, "$"
            )
        return data, None

    def _op_retry_provider_customer(self, call: _Call) -> _Response:
        _, failure = self._load_customer(call.token, call.ids["customerId"], call.correlation_id)
        if failure:
            return failure
        state = self._provider_customers.get((call.ids["customerId"], call.ids["providerInstanceId"]))
        if state is None:
            return _error(404, "NotFound", "The provider customer was not found.", call.correlation_id)
        if state.status != "failed":
            return _error(
                400,
                "BusinessRuleViolation",
                f"The provider customer is not in the failed status (it is {state.status}).",
                call.correlation_id,
            )
        self._start_creation(state)
        return _Response(204)

    def _op_add_provider_instance(self, call: _Call) -> _Response:
        errors = FieldErrors()
        reseller_id = None
        if "resellerId" in call.query:
            if call.token.role == "reseller":
                errors.add("resellerId", "A reseller must not pass resellerId.")
            else:
                reseller_id = parse_uuid(call.query["resellerId"])
                if reseller_id is None:
                    errors.add("resellerId", f"The value '{call.query['resellerId']}' is not a valid GUID.")
        if errors:
            return _validation_error(errors, call.correlation_id)
        customer, failure = self._load_customer(call.token, call.ids["customerId"], call.correlation_id)
        if failure:
            return failure
        assert customer is not None
        if reseller_id is not None and customer.get("resellerId") != str(reseller_id):
            errors.add("resellerId", "The customer has no relationship with this reseller.")
        data, failure = self._parse_json_body(call.body, call.correlation_id)
        if failure:
            return failure
        instance_id = parse_uuid(get_ci(data, "providerInstanceId"))
        instance = None
        if instance_id is None:
            errors.add("providerInstanceId", "The providerInstanceId field is required and must be a GUID.")
        else:
            instance = self._instances.get(instance_id)
            if instance is None or instance[0] != call.token.tenant:
                errors.add("providerInstanceId", "The provider instance was not found.")
        pcd = get_ci(data, "providerCustomerData")
        if is_missing(pcd):
            errors.add("providerCustomerData", "The providerCustomerData field is required (it may be null).")
        elif pcd is not None and not isinstance(pcd, str):
            errors.add("providerCustomerData", "Must be a string holding JSON, or null.")
        elif instance is not None and instance[1] == "microsoft":
            _rules.check_microsoft_data(pcd, errors)
        _rules.check_margin(get_ci(data, "margin"), "margin", errors)
        _rules.check_offer_type_margins(get_ci(data, "offerTypeMargins"), errors)
        if errors:
            return _validation_error(errors, call.correlation_id)
        assert instance_id is not None
        key = (call.ids["customerId"], instance_id)
        if key in self._provider_customers:
            return _error(
                400,
                "BusinessRuleViolation",
                "The provider instance is already linked to this customer.",
                call.correlation_id,
            )
        otm = get_ci(data, "offerTypeMargins")
        state = ProviderCustomerState(
            call.ids["customerId"],
            instance_id,
            "pending",
            provider_customer_data=pcd,
            margin=get_ci(data, "margin"),
            offer_type_margins=None if is_missing(otm) else otm,
        )
        self._provider_customers[key] = state
        self._start_creation(state)
        return _json(201, str(instance_id))

    def _op_update_account_info(self, call: _Call) -> _Response:
        # The docs list no 404 here: an unknown customer is a 400 on customerId.
        customer, failure = self._load_customer(
            call.token, call.ids["customerId"], call.correlation_id, not_found_status=400
        )
        if failure:
            return failure
        assert customer is not None
        data, failure = self._parse_json_body(call.body, call.correlation_id)
        if failure:
            return failure
        errors = FieldErrors()
        update = get_ci(data, "customer")
        if not is_missing(update) and update is not None:
            _rules.check_customer(update, errors)
        retry = get_ci(data, "retryFailedProviderCustomersFromCompanyInfo")
        if not is_missing(retry) and not isinstance(retry, bool):
            errors.add("retryFailedProviderCustomersFromCompanyInfo", "Must be a boolean.")
        if errors:
            return _validation_error(errors, call.correlation_id)
        if isinstance(update, Mapping):
            for name in (*_rules.CUSTOMER_STRING_FIELDS, "resellerId", "customerAssociations"):
                value = get_ci(update, name)
                if not is_missing(value):
                    customer[name] = copy.deepcopy(value)
        if retry is True:
            for (cid, _), state in self._provider_customers.items():
                if (
                    cid == call.ids["customerId"]
                    and state.status == "failed"
                    and (state.failure_reason or "").startswith(INVALID_COMPANY_INFO)
                ):
                    self._start_creation(state)
        return _Response(202)

    # ----------------------------------------------------------------- provider side

    def _start_creation(self, state: ProviderCustomerState) -> None:
        state.status = "pending"
        state.failure_reason = None
        if self.auto_create:
            self._create_on_provider(state)

    def _create_on_provider(self, state: ProviderCustomerState) -> None:
        state.attempts += 1
        _, provider, _ = self._instances[state.provider_instance_id]
        customer = self._customers[state.customer_id][1]
        problems = _rules.microsoft_company_info_problems(customer) if provider == "microsoft" else []
        if problems:
            state.status = "failed"
            state.failure_reason = f"{INVALID_COMPANY_INFO}: " + "; ".join(problems)
            state.provider_customer_id = None
        else:
            state.status = "created"
            state.failure_reason = None
            state.provider_customer_id = state.provider_customer_id or str(uuid.uuid4())


def _json(status: int, value: Any) -> _Response:
    return _Response(status, json.dumps(value).encode(), {"content-type": "application/json; charset=utf-8"})


def _error(
    status: int, error_type: str, description: str, correlation_id: str, prop: str | None = None
) -> _Response:
    errors = [{"propertyName": prop, "description": [description]}] if prop else []
    return _json(
        status,
        {
            "statusCode": status,
            "type": error_type,
            "description": description,
            "correlationId": correlation_id,
            "errors": errors,
        },
    )


def _validation_error(errors: FieldErrors, correlation_id: str) -> _Response:
    return _json(
        400,
        {
            "statusCode": 400,
            "type": "ValidationError",
            "description": "One or more validation errors occurred.",
            "correlationId": correlation_id,
            "errors": errors.as_body(),
        },
    )


class _FakeTransport(httpx.AsyncBaseTransport):
    """Serves a FakeCloudCockpit in process; connection faults become httpx's own errors."""

    def __init__(self, fake: FakeCloudCockpit) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        try:
            response = await self.fake.handle(
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
