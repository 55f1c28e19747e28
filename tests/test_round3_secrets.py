"""Hardening round 3 (issue 25), item 6: a secret echoed in another encoding never shows.

A server echoes what it was sent, but rarely byte for byte: ASP.NET's serializer writes ``+`` as
``\\u002B`` (and ``/`` as ``\\/``), a form body is percent-encoded, an HTML page entity-encodes, a
proxy's credentials are the base64 of ``user:password``. Over real loopback sockets, on every
transport, a server echoes the bearer token (static, callable, issued), the client secret, a
proxy's password and Basic credentials, and a token replaced after a 401, in those encodings, into
error bodies, headers, reason phrases and the data a waiter reads: none shows in an exception's
text, fields, body, response copy or traceback, in ``repr(last_state)``, or in any log line
(httpx's and httpcore's included, root logger at DEBUG).
"""

from __future__ import annotations

import base64
import json
import logging
import traceback
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, TENANT
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    APIConnectionError,
    APIStatusError,
    ClientCredentials,
    CloudCockpit,
    CloudCockpitError,
    CredentialError,
    ResponseValidationError,
    WaitFailedError,
    WaitTimeoutError,
)
from cloudcockpit_client import auth as auth_module
from cloudcockpit_client._scrub import scrub, scrub_bytes, scrub_value

pytestmark = pytest.mark.anyio

# Tokens with the characters serializers escape: + / and = padding.
STATIC = "eyJ0eXAi+static/token.c2ln+bmF0/dXJl=="
CALLED = ["eyJhbGci+first/callable.Zm9v+YmFy/YmF6", "eyJhbGci+second/callable.cXV4+cXV1/eA=="]
ISSUED = ["eyJpc3Mi+issued/one.b25l+dG9r/ZW4x", "eyJpc3Mi+issued/two.dHdv+dG9r/ZW4y"]
SECRET = "Qm9~cl+ient/sec=ret 0123456789"  # an Azure-like secret, with a space for the form's +
PROXY_USER, PROXY_PASSWORD = "ops", "Pr0xy+pa55/w:rd"
JSON = {"Content-Type": "application/json"}
ORDER_ID = uuid.UUID("0f0f0f0f-1111-4222-8333-444455556666")


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    # Each server test runs on every transport: conftest's transport_case, and its transport fixture.
    return transport_case[0]


def aspnet_json(value: str) -> str:
    """A JSON string's content as ASP.NET writes it: + as \\u002B, / as \\/ (and the rest escaped)."""
    return json.dumps(value)[1:-1].replace("+", "\\u002B").replace("/", "\\/")


def html(value: str) -> str:
    return "".join(c if c.isalnum() else f"&#x{ord(c):X};" for c in value)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def inner_base64(prefix: str, secret: str) -> str:
    """The characters of base64(prefix + secret) that encode the secret's bits only."""
    whole = base64.b64encode((prefix + secret).encode()).decode()
    start, end = len(prefix.encode()), len((prefix + secret).encode())
    return whole[(8 * start + 5) // 6 : 8 * end // 6]


def encodings(secret: str) -> list[str]:
    """The forms of ``secret`` the servers below echo, each of which must never show."""
    return [
        secret,
        aspnet_json(secret),
        aspnet_json(secret).replace("\\u002B", "\\u002b"),
        quote(secret, safe=""),
        urlencode({"s": secret})[2:],  # form encoding: space as +
        html(secret),
        b64(secret),
        base64.urlsafe_b64encode(secret.encode()).decode(),
        inner_base64("Bearer ", secret),
    ]


class EchoServer(FaultServer):
    """The scripted server, whose echo also writes what it was sent in other encodings.

    Placeholders in an echo's body: {json:X} (ASP.NET-style JSON string), {pct:X}, {html:X},
    {b64:X}, where X is ``auth`` (the Authorization header), ``proxy`` (Proxy-Authorization) or
    ``previous`` (the Authorization of the last request that sent another one). The echo also sends
    Proxy-Authorization back in a header and its reason phrase; a /token answer's {form} is the
    JSON-escaped form body the request sent.
    """

    def _echo(self, head: bytes, headers: dict[str, str], action: Action) -> Action:
        current = headers.get("authorization", "")
        previous = next(
            (
                seen.headers["authorization"]
                for seen in reversed(self.requests)
                if seen.headers.get("authorization", current) != current
            ),
            "",
        )
        values = {"auth": current, "proxy": headers.get("proxy-authorization", ""), "previous": previous}
        body = action.body
        if body is not None:
            for name, value in values.items():
                for kind, encode in (("json", aspnet_json), ("pct", quote), ("html", html), ("b64", b64)):
                    body = body.replace(f"{{{kind}:{name}}}".encode(), encode(value).encode())
        echoed = FaultServer._echo(
            head, headers, Action(status=action.status, headers=action.headers, body=body)
        )
        if values["proxy"]:
            echoed.headers["X-Echo-Proxy-Authorization"] = values["proxy"]
            echoed.reason = f"Denied {values['proxy']}"
        if previous:
            echoed.headers["X-Echo-Previous"] = aspnet_json(previous)
        return echoed

    def _answer(
        self, method: str, path: str, request_headers: dict[str, str], action: Action
    ) -> tuple[int, dict[str, str], bytes]:
        if path.endswith("/token") and action.body and b"{form}" in action.body:
            form = aspnet_json(self.requests[-1].body.decode()).encode()
            action = Action(
                status=action.status, headers=action.headers, body=action.body.replace(b"{form}", form)
            )
        return super()._answer(method, path, request_headers, action)


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    srv = EchoServer().start()
    try:
        yield srv
    finally:
        srv.stop()


def texts_of(error: BaseException) -> list[str]:
    """Every place a secret could show: text, fields, the traceback, the response it carries."""
    found = [str(error), repr(error), repr(vars(error)), "".join(traceback.format_exception(error))]
    for name in ("last_state", "body", "errors", "error_type", "correlation_id", "description"):
        if hasattr(error, name):
            found += [repr(getattr(error, name)), str(getattr(error, name))]
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        found += [
            response.content.decode("latin-1"),
            repr(response.headers),
            response.reason_phrase,
            repr(response.request.headers),
            response.request.content.decode("latin-1"),
        ]
    request = getattr(error, "request", None)
    if isinstance(request, httpx.Request):
        found.append(repr(request.headers))
    return found


def assert_never_shown(texts: list[str], secrets: list[str]) -> None:
    for text in texts:
        for secret in secrets:
            for form in encodings(secret):
                assert form not in text, (secret, form, text[:300])


def token_answer(token: str) -> Action:
    body = {"token_type": "Bearer", "expires_in": 3600, "access_token": token}
    return Action(status=200, headers=JSON, body=json.dumps(body).encode())


# --- the scrubbing itself, on each encoding, as text and as bytes ---------------------------------


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # no I/O: one backend is enough
@pytest.mark.parametrize(
    "echoed",
    [
        pytest.param(aspnet_json(SECRET), id="json-escaped"),
        pytest.param("".join(f"\\u{ord(c):04x}" for c in SECRET), id="json-all-escaped-lower"),
        pytest.param(quote(SECRET, safe=""), id="percent-upper"),
        pytest.param(quote(SECRET, safe="").replace("%2B", "%2b").replace("%2F", "%2f"), id="percent-lower"),
        pytest.param(urlencode({"s": SECRET})[2:], id="form"),
        pytest.param(html(SECRET), id="html"),
        pytest.param(b64(SECRET), id="base64"),
        pytest.param(base64.urlsafe_b64encode(SECRET.encode()).decode(), id="base64-urlsafe"),
        pytest.param(b64("x" + SECRET + "y"), id="base64-offset-1"),
        pytest.param(b64("xy:" + SECRET), id="base64-offset-0-after-prefix"),
        pytest.param(b64("ab" + SECRET), id="base64-offset-2"),
    ],
)
async def test_each_encoding_of_a_secret_is_scrubbed_as_text_and_as_bytes(echoed: str) -> None:
    text = f"before {echoed} after"
    for result in (scrub(text, (SECRET,)), scrub_bytes(text.encode(), (SECRET,)).decode()):
        assert result.startswith("before ") and result.endswith(" after") and "***" in result
        assert SECRET not in result and echoed not in result
        # What is left of a base64 run holds a few bits of the secret at most (one character each side).
        assert len(result) <= len("before *** after") + 6
    assert scrub("nothing to see", (SECRET,)) == "nothing to see"


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_text_with_too_many_escapes_to_undo_is_replaced_whole() -> None:
    """Undoing an escape costs a few microseconds: past MAX_ESCAPES of the characters secrets are
    made of (a hostile body), the text is replaced whole rather than searched further."""
    from cloudcockpit_client._scrub import MAX_ESCAPES

    hostile = b"x\\u0041" * MAX_ESCAPES + aspnet_json(SECRET).encode()
    assert scrub_bytes(hostile, (SECRET,)) == b"***"
    # Escapes of other characters do not count: a long page of them is searched, and kept.
    page = b"line\\n&lt;p&gt; " * (2 * MAX_ESCAPES)
    assert scrub_bytes(page + aspnet_json(SECRET).encode(), (SECRET,)) == page + b"***"


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_decoded_value_and_a_model_are_scrubbed_without_changing_the_original() -> None:
    body = {"a": [SECRET, {"b": f"x{SECRET}"}], SECRET: 1, "n": 3}
    scrubbed = scrub_value(body, (SECRET,))
    assert scrubbed == {"a": ["***", {"b": "x***"}], "***": 1, "n": 3}
    assert body["a"][0] == SECRET  # the value given is not changed
    clean = {"a": ["fine"], "n": 3}
    assert scrub_value(clean, (SECRET,)) is clean  # nothing to scrub: the same object
    # A string with a NUL of its own (JSON's \u0000) next to the secret.
    assert scrub_value(["a\x00b", f"\x00{SECRET}"], (SECRET,)) == ["a\x00b", "\x00***"]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_callable_source_remembers_a_bounded_number_of_past_tokens() -> None:
    tokens = iter(f"token-{n:03d}-value" for n in range(200))
    source = auth_module.CallableToken(lambda: next(tokens))
    for _ in range(200):
        await source.get_token()
    held = list(source.secrets())
    assert len(held) == auth_module.PAST_TOKENS + 1
    assert held[-1] == "token-199-value" and "token-000-value" not in held


# --- over loopback, on every transport ------------------------------------------------------------

ECHOES = [
    Action(
        "echo",
        status=400,
        headers=JSON,
        body=b'{"description": "bad {json:auth}", "type": "{json:auth}", "correlationId": "{json:auth}",'
        b' "errors": [{"propertyName": "{json:auth}", "description": ["{pct:auth}", "{html:auth}",'
        b' "{b64:auth}"]}]}',
    ),
    Action(
        "echo", status=500, headers={"Content-Type": "text/html"}, body=b"<p>{html:auth}</p><p>{pct:auth}</p>"
    ),
    Action("echo", status=200, headers=JSON, body=b'{"id": "{json:auth}", "note": "{b64:auth}"}'),
]


def clients(kind: str, server: FaultServer, transport: Any) -> tuple[CloudCockpit, list[str]]:
    """A client of each token kind, and the secrets it holds."""
    if kind == "static":
        return CloudCockpit(TENANT, token=STATIC, base_url=server.url, transport=transport, retries=0), [
            STATIC
        ]
    if kind == "callable":
        return CloudCockpit(
            TENANT, token=lambda: CALLED[0], base_url=server.url, transport=transport, retries=0
        ), [CALLED[0]]
    server.script(token_answer(ISSUED[0]))
    creds = ClientCredentials("app-id", SECRET, token_url=f"{server.url}/token")
    return CloudCockpit(TENANT, credentials=creds, base_url=server.url, transport=transport, retries=0), [
        ISSUED[0],
        SECRET,
    ]


@pytest.mark.parametrize("kind", ["static", "callable", "credentials"])
async def test_a_token_echoed_json_escaped_percent_encoded_html_or_base64_never_shows(
    echo: EchoServer, transport: Any, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx's and httpcore's lines too
    cc, secrets = clients(kind, echo, transport)
    echo.script(*ECHOES)
    errors: list[CloudCockpitError] = []
    async with cc:
        for call in (
            lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),
            lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),
            lambda: cc.customers.get_customer(CUSTOMER_ID),
        ):
            with pytest.raises(CloudCockpitError) as info:
                await call()
            errors.append(info.value)
    # The server did echo the token, in those encodings (the test is not vacuous) ...
    token = secrets[0]
    assert echo.requests[-1].headers["authorization"] == f"Bearer {token}"
    bad, html_page, invalid = errors
    assert isinstance(bad, APIStatusError) and isinstance(html_page, APIStatusError)
    assert isinstance(invalid, ResponseValidationError)
    # ... and the fields keep what helps, with *** where the token was.
    assert bad.description == "bad Bearer ***"
    assert bad.error_type == bad.correlation_id == "Bearer ***"
    assert bad.errors[0].property_name == "Bearer ***"
    assert isinstance(bad.body, dict) and bad.body["type"] == "Bearer ***"
    assert b'"bad Bearer ***"' in bad.response.content
    assert html_page.status_code == 500 and invalid.status_code == 200
    assert_never_shown([t for e in errors for t in texts_of(e)], secrets)
    assert any(r.name.startswith("httpcore") for r in caplog.records) or transport == "aiohttp"
    assert any(r.name == "httpx" for r in caplog.records)
    assert_never_shown([caplog.text], secrets)


async def test_a_percent_encoded_client_secret_echoed_by_the_token_endpoint_never_shows(
    echo: EchoServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo.token_action = Action(
        status=400,
        headers=JSON,
        body=b'{"error": "invalid_client", "error_description": "AADSTS7000215: bad request body {form}"}',
    )
    creds = ClientCredentials("app-id", SECRET, token_url=f"{echo.url}/token")
    async with CloudCockpit(TENANT, credentials=creds, base_url=echo.url, transport=transport) as cc:
        with pytest.raises(CredentialError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    sent = echo.requests[0].body.decode()
    assert quote(SECRET, safe="").replace("%20", "+") in sent  # what was echoed: the secret, form-encoded
    error = info.value
    assert error.status_code == 400 and error.error_code == "invalid_client"
    assert error.error_description is not None and "client_secret=***&" in error.error_description
    assert_never_shown([*texts_of(error), caplog.text], [SECRET])


@pytest.mark.parametrize("target", ["http", "https"])
async def test_a_proxy_password_and_its_basic_credentials_never_show(
    echo: EchoServer, transport: Any, target: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The proxy (the echo server) refuses with 407 and echoes Proxy-Authorization: forwarding an
    http target, it answers the request (an APIStatusError); tunnelling an https one, the CONNECT
    (an APIConnectionError)."""
    caplog.set_level(logging.DEBUG)
    echo.script(
        *[
            Action("echo", status=407, headers=JSON, body=b'{"description": "you sent {json:proxy}"}')
            for _ in range(2)
        ]
    )
    proxy = f"http://{PROXY_USER}:{quote(PROXY_PASSWORD, safe='')}@127.0.0.1:{echo.port}"
    base_url = "http://127.0.0.1:9" if target == "http" else "https://api.example.com"
    async with CloudCockpit(
        TENANT, token=STATIC, base_url=base_url, proxy=proxy, transport=transport, retries=0
    ) as cc:
        with pytest.raises(CloudCockpitError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    basic = b64(f"{PROXY_USER}:{PROXY_PASSWORD}")
    assert echo.requests[0].headers["proxy-authorization"] == f"Basic {basic}"  # it was sent, and echoed
    error = info.value
    if target == "http":
        assert isinstance(error, APIStatusError) and error.status_code == 407
        assert error.description == "you sent Basic ***"
        assert error.response.headers["X-Echo-Proxy-Authorization"] == "Basic ***"
    else:
        assert isinstance(error, APIConnectionError) and "407" in str(error)
    assert_never_shown([*texts_of(error), caplog.text], [PROXY_PASSWORD, basic, STATIC])


@pytest.mark.parametrize("kind", ["callable", "credentials"])
async def test_a_token_replaced_after_a_401_never_shows(
    echo: EchoServer, transport: Any, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The first token is refused (401), the client refreshes once and resends; the server then
    echoes the token it refused, JSON-escaped, in the body and a header."""
    caplog.set_level(logging.DEBUG)
    refused = Action(status=401)
    echo_previous = Action(
        "echo", status=400, headers=JSON, body=b'{"description": "you sent {json:previous} before"}'
    )
    if kind == "credentials":
        echo.script(token_answer(ISSUED[0]), refused, token_answer(ISSUED[1]), echo_previous)
        creds = ClientCredentials("app-id", SECRET, token_url=f"{echo.url}/token")
        cc = CloudCockpit(TENANT, credentials=creds, base_url=echo.url, transport=transport, retries=0)
        tokens, secrets = ISSUED, [*ISSUED, SECRET]
    else:
        echo.script(refused, echo_previous)
        given = iter(CALLED)
        cc = CloudCockpit(
            TENANT, token=lambda: next(given), base_url=echo.url, transport=transport, retries=0
        )
        tokens = secrets = CALLED
    async with cc:
        with pytest.raises(APIStatusError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    sent = [r.headers["authorization"] for r in echo.requests if "authorization" in r.headers]
    assert sent == [f"Bearer {tokens[0]}", f"Bearer {tokens[1]}"]  # refused, refreshed, resent
    error = info.value
    assert error.status_code == 400 and error.description == "you sent Bearer *** before"
    assert error.response.headers["X-Echo-Previous"] == "Bearer ***"
    assert_never_shown([*texts_of(error), caplog.text], secrets)


def customer_echo() -> Action:
    """get_customer's answer: the provider customer of INSTANCE_ID, not created yet, with the
    request's token echoed into its data."""
    entry = {
        "providerInstanceId": str(INSTANCE_ID),
        "providerCustomerData": "{json:auth}",
        "note": "{b64:auth}",
    }
    body = {**CUSTOMER, "id": str(CUSTOMER_ID), "providerCustomers": {str(INSTANCE_ID): entry}}
    return Action("echo", status=200, headers=JSON, body=json.dumps(body).encode())


async def test_a_token_echoed_into_the_state_of_a_wait_never_shows(
    echo: EchoServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo.script(*[customer_echo() for _ in range(60)])  # more than the wait can read
    async with CloudCockpit(TENANT, token=STATIC, base_url=echo.url, transport=transport, retries=0) as cc:
        with pytest.raises(WaitTimeoutError) as info:
            await cc.customers.wait_for_provider_customer(
                CUSTOMER_ID, INSTANCE_ID, timeout=0.3, interval=0.02
            )
    error = info.value
    assert error.polls >= 1
    state = error.last_state
    assert state.provider_instance_id == INSTANCE_ID and not isinstance(state.provider_customer_id, str)
    assert state.provider_customer_data == "Bearer ***"
    assert "Bearer ***" in repr(state)
    assert_never_shown([*texts_of(error), repr(state), caplog.text], [STATIC])


async def test_a_token_echoed_into_a_failed_order_never_shows(
    echo: EchoServer, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    order = {
        "id": str(ORDER_ID),
        "customerId": str(CUSTOMER_ID),
        "offerId": str(uuid.UUID("6b6b6b6b-1111-4222-8333-444455556666")),
        "providerInstanceId": str(INSTANCE_ID),
        "subscriptionName": "M365",
        "termDuration": {"name": "OneYear"},
        "billingFrequency": {"name": "Monthly"},
        "segment": {"name": "Commercial"},
        "operation": {"name": "CreateSubscription"},
        "quantity": 1,
        "status": {"name": "Failed", "detail": "{json:auth}"},
        "errorMessage": "the provider refused {json:auth}",
    }
    page = {"items": [order], "totalPages": 1, "totalCount": 1}
    echo.script(Action("echo", status=200, headers=JSON, body=json.dumps(page).encode()))
    async with CloudCockpit(TENANT, token=STATIC, base_url=echo.url, transport=transport, retries=0) as cc:
        with pytest.raises(WaitFailedError) as info:
            await cc.orders.wait_for_order(CUSTOMER_ID, ORDER_ID, timeout=5, interval=0.02)
    error = info.value
    assert str(error).startswith(
        f"order {ORDER_ID} of customer {CUSTOMER_ID} failed: the provider refused Bearer ***"
    )
    assert error.last_state.id == ORDER_ID
    assert error.last_state.error_message == "the provider refused Bearer ***"
    assert_never_shown([*texts_of(error), repr(error.last_state), caplog.text], [STATIC])
