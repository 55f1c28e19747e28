"""The two transports: httpx's own (default) and the aiohttp-backed one of the ``[aiohttp]`` extra.

The fault suite (test_faults_real_sockets.py) runs every retry, timeout and cancellation policy on
both. This file adds the rest of the behaviour over real HTTP on 127.0.0.1 against the in-memory
CloudCockpit served by uvicorn: the documented flows, auth (static token and client credentials,
refresh on 401), correlation ids and error mapping; plus the transport's configuration (pool
limits, the missing extra, trio) and the translation of aiohttp's exceptions.
"""

from __future__ import annotations

import gc
import socket
import sys
import uuid
import weakref
from collections.abc import Iterator
from typing import Any

import aiohttp
import anyio
import httpx
import pytest
from conftest import CUSTOMER, MARGIN, TENANT, TOKEN, ms_data
from faultserver import Action, FaultServer
from servedfake import ServedFake

from cloudcockpit_client import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientCredentials,
    CloudCockpit,
    NotFoundError,
    RetryPolicy,
    WaitTimeoutError,
)
from cloudcockpit_client._aiohttp import AiohttpTransport, _httpx_error
from cloudcockpit_client.testing import FakeCloudCockpit

TRANSPORTS = [
    pytest.param(("asyncio", None), id="asyncio-httpx"),
    pytest.param(("trio", None), id="trio-httpx"),
    pytest.param(("asyncio", "aiohttp"), id="asyncio-aiohttp"),
]


@pytest.fixture(params=TRANSPORTS)
def backend_and_transport(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def anyio_backend(backend_and_transport: tuple[str, str | None]) -> str:
    return backend_and_transport[0]


@pytest.fixture
def transport(backend_and_transport: tuple[str, str | None]) -> Any:
    return backend_and_transport[1]


class Served:
    """The in-memory CloudCockpit behind uvicorn on 127.0.0.1, in a background thread."""

    def __init__(self) -> None:
        self.fake = FakeCloudCockpit()
        self.fake.add_tenant(TENANT)
        self.token = self.fake.issue_token(TENANT)
        self.customer = self.fake.add_customer(TENANT, CUSTOMER)
        self.bad_customer = self.fake.add_customer(TENANT, {**CUSTOMER, "firstName": "admin"})
        self.ms = self.fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
        self.fake.add_api_client(TENANT, "app-id", "app-secret")
        self._served = ServedFake(self.fake)

    def start(self) -> Served:
        self.url = self._served.start().url
        return self

    def stop(self) -> None:
        self._served.stop()

    def client(self, transport: str | None, **kwargs: Any) -> CloudCockpit:
        if "credentials" not in kwargs:
            kwargs.setdefault("token", self.token)
        kwargs.setdefault("retries", RetryPolicy(max_retries=2, backoff_base=0.01, backoff_cap=0.02))
        return CloudCockpit(TENANT, base_url=self.url, transport=transport, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def served() -> Iterator[Served]:
    srv = Served().start()
    try:
        yield srv
    finally:
        srv.stop()


async def add(cc: CloudCockpit, customer: uuid.UUID, instance: uuid.UUID, **kwargs: Any) -> str:
    return await cc.customers.add_provider_instance(
        customer, provider_instance_id=instance, provider_customer_data=ms_data(), margin=MARGIN, **kwargs
    )


async def patch(cc: CloudCockpit, customer: uuid.UUID) -> None:
    await cc.customers.update_account_info(customer, customer=CUSTOMER)


@pytest.mark.anyio
async def test_find_fix_retry_and_wait_over_http(served: Served, transport: str | None) -> None:
    """The read side over real sockets: list, get, fix with changes=, retry, wait; paging included."""
    served.fake.creation_delay = 0.2
    async with served.client(transport) as cc:
        instances = [i async for i in cc.provider_instances.list_provider_instances(page_size=1)]
        assert [i.id for i in instances] == [served.ms]
        await add(cc, served.bad_customer, served.ms)
        with pytest.raises(WaitTimeoutError) as info:
            await cc.customers.wait_for_provider_customer(
                served.bad_customer, served.ms, timeout=0.5, interval=0.05
            )
        assert info.value.last_state.provider_customer_id is None
        pages = [page async for page in cc.customers.list_customers(page_size=1).pages()]
        assert [p.total_count for p in pages] == [2, 2] and [len(p) for p in pages] == [1, 1]
        failed = [
            c.id
            for p in pages
            for c in p
            if c.provider_customers
            and any(
                pc.provider_customer_id is None for pc in c.provider_customers.additional_properties.values()
            )
        ]
        assert failed == [served.bad_customer]
        await cc.customers.update_account_info(served.bad_customer, changes={"firstName": "Grace"})
        await cc.customers.retry_provider_customer(served.bad_customer, served.ms)
        pc = await cc.customers.wait_for_provider_customer(
            served.bad_customer, served.ms, timeout=10, interval=0.05
        )
        assert (
            pc.provider_customer_id
            == served.fake.provider_customer(served.bad_customer, served.ms).provider_customer_id
        )
        assert (await cc.customers.get_customer(served.bad_customer)).first_name == "Grace"


@pytest.mark.anyio
async def test_onboarding_flow(served: Served, transport: str | None) -> None:
    async with served.client(transport) as cc:
        assert await add(cc, served.bad_customer, served.ms) == str(served.ms)
        assert served.fake.provider_customer(served.bad_customer, served.ms).status == "failed"
        await cc.customers.update_account_info(
            served.bad_customer,
            customer={**CUSTOMER, "firstName": "Grace"},
            retry_failed_provider_customers_from_company_info=True,
        )
        assert served.fake.provider_customer(served.bad_customer, served.ms).status == "created"
        with pytest.raises(BadRequestError) as info:
            await cc.customers.retry_provider_customer(
                served.bad_customer, served.ms, correlation_id=uuid.UUID(int=7)
            )
    assert "not in the failed status" in info.value.description
    assert info.value.status_code == 400
    assert info.value.correlation_id == str(uuid.UUID(int=7))
    assert served.fake.requests[-1].headers["x-correlation-id"] == str(uuid.UUID(int=7))
    assert [r.status for r in served.fake.requests] == [201, 202, 400]


@pytest.mark.anyio
async def test_error_mapping_and_recovery(served: Served, transport: str | None) -> None:
    async with served.client(transport) as cc:
        with pytest.raises(NotFoundError) as not_found:
            await add(cc, uuid.uuid4(), served.ms)
        assert not_found.value.status_code == 404
        with pytest.raises(BadRequestError) as bad:
            await cc.customers.add_provider_instance(
                served.customer,
                provider_instance_id=served.ms,
                provider_customer_data=ms_data(),
                margin={"marginRule": {"name": "Markup"}, "value": 1000},
            )
        assert [e.property_name for e in bad.value.errors] == ["margin.value"]
        assert bad.value.status_code == 400 and bad.value.attempts == 1
        assert await add(cc, served.customer, served.ms) == str(served.ms)
    async with served.client(transport, token="not-a-valid-token") as cc:
        with pytest.raises(AuthenticationError) as unauthorized:
            await add(cc, served.customer, served.ms)
    assert unauthorized.value.status_code == 401


@pytest.mark.anyio
async def test_responses_are_freed_without_the_cyclic_gc(served: Served, transport: str | None) -> None:
    # httpx 0.28 keeps each response in a reference cycle with its stream (encode/httpx#3733);
    # a bulk job would then hold every response, request and header list until the GC ran.
    refs: list[weakref.ref[httpx.Response]] = []

    async def keep(response: httpx.Response) -> None:
        refs.append(weakref.ref(response))

    creds = ClientCredentials("app-id", "app-secret", token_url=f"{served.url}/tenant/oauth2/v2.0/token")
    async with served.client(transport, credentials=creds) as cc:
        cc._http.event_hooks["response"].append(keep)
        assert cc._token_http is not None
        cc._token_http.event_hooks["response"].append(keep)
        await add(cc, served.bad_customer, served.ms)  # a token and a 201: the pool is open
        token = served.fake.requests[-1].headers["authorization"].removeprefix("Bearer ")
        served.fake.expire_token(token)
        gc.collect()
        gc.disable()
        try:
            await patch(cc, served.customer)  # 401, then a new token and 202
            await add(cc, served.customer, served.ms)
            with pytest.raises(NotFoundError):
                await add(cc, uuid.uuid4(), served.ms)
            alive = [ref() for ref in refs[2:]]
        finally:
            gc.enable()
    assert [r.status for r in served.fake.requests[-5:]] == [401, 200, 202, 201, 404]
    assert alive == [None, None, None, None, None]  # the token endpoint's 200 too


@pytest.mark.anyio
async def test_client_credentials_fetch_once_and_refresh_on_401(
    served: Served, transport: str | None
) -> None:
    creds = ClientCredentials("app-id", "app-secret", token_url=f"{served.url}/tenant/oauth2/v2.0/token")
    async with served.client(transport, credentials=creds) as cc:
        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(patch, cc, served.customer)
        issued = [r for r in served.fake.requests if r.path.endswith("/token")]
        assert len(issued) == 1
        # The double's token table now holds one token: expire it, and the next call refreshes.
        token = next(r for r in served.fake.requests if "authorization" in r.headers).headers["authorization"]
        served.fake.expire_token(token.removeprefix("Bearer "))
        await patch(cc, served.customer)
    tokens = [r for r in served.fake.requests if r.path.endswith("/token")]
    assert len(tokens) == 2
    assert [r.status for r in served.fake.requests[-3:]] == [401, 200, 202]


@pytest.mark.anyio
async def test_pool_limit_is_honoured(server: FaultServer, transport: Any) -> None:
    server.script(*[Action(delay=0.05) for _ in range(12)])
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=3)
    cc = CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport, limits=limits)
    async with cc, anyio.create_task_group() as tg:
        for _ in range(12):
            tg.start_soon(cc.customers.retry_provider_customer, uuid.uuid4(), uuid.uuid4())
    assert len(server.requests) == 12
    assert len({r.connection for r in server.requests}) == 3


def test_limits_are_checked_before_any_io() -> None:
    with pytest.raises(TypeError, match=r"limits must be an httpx\.Limits"):
        CloudCockpit(TENANT, token=TOKEN, limits={"max_connections": 5})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"limits= sizes the SDK's own transports"):
        CloudCockpit(TENANT, token=TOKEN, transport=httpx.AsyncHTTPTransport(), limits=httpx.Limits())


def test_aiohttp_transport_without_the_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "cloudcockpit_client._aiohttp", raising=False)
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # what an absent package looks like
    with pytest.raises(ImportError, match=r'pip install "cloudcockpit-client\[aiohttp\]"'):
        CloudCockpit(TENANT, token=TOKEN, transport="aiohttp")


def test_the_default_transport_does_not_import_aiohttp() -> None:
    code = (
        "import sys, cloudcockpit_client as c\n"
        "c.CloudCockpit('t.example', token='x')\n"
        "print(sorted(m for m in ('aiohttp', 'cloudcockpit_client._aiohttp') if m in sys.modules))"
    )
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("anyio_backend", ["trio"])
@pytest.mark.anyio
async def test_aiohttp_transport_under_trio_says_so(server: FaultServer) -> None:
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport="aiohttp") as cc:
        with pytest.raises(RuntimeError, match="asyncio only"):
            await cc.customers.retry_provider_customer(uuid.uuid4(), uuid.uuid4())
    assert server.requests == []


def _connection_key() -> aiohttp.client_reqrep.ConnectionKey:
    return aiohttp.client_reqrep.ConnectionKey("127.0.0.1", 1, False, True, None, None, None)


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        (
            lambda: aiohttp.ClientConnectorError(_connection_key(), ConnectionRefusedError(111, "refused")),
            httpx.ConnectError,
        ),
        (lambda: aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
        (lambda: aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (lambda: aiohttp.ServerTimeoutError("timeout"), httpx.ReadTimeout),
        (lambda: TimeoutError(), httpx.ReadTimeout),
        (lambda: aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (lambda: aiohttp.ClientPayloadError("truncated"), httpx.RemoteProtocolError),
        (lambda: aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
        (lambda: aiohttp.ClientConnectionError("anything else"), httpx.ReadError),
        (lambda: aiohttp.InvalidUrlClientError("x"), httpx.UnsupportedProtocol),
    ],
)
def test_aiohttp_errors_become_the_httpx_errors_of_the_same_event(
    cause: Any, expected: type[Exception]
) -> None:
    """Only what cannot have reached the server may look like it (ConnectError, ConnectTimeout):
    the retry policy re-sends a POST after those."""
    request = httpx.Request("POST", "http://127.0.0.1:1/x")
    error = _httpx_error(cause(), request)
    assert type(error) is expected
    assert error.request is request


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_aiohttp_connect_errors_are_retried_for_post_and_resets_are_not(server: FaultServer) -> None:
    """The end-to-end consequence of the table above, which httpx-aiohttp alone gets wrong."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    policy = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_cap=0.02)
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=f"http://127.0.0.1:{dead}", transport="aiohttp", retries=policy
    ) as cc:
        with pytest.raises(APIConnectionError) as refused:
            await cc.customers.retry_provider_customer(uuid.uuid4(), uuid.uuid4())
    assert refused.value.attempts == 3 and not isinstance(refused.value, APITimeoutError)
    server.script(Action("reset"))
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=server.url, transport="aiohttp", retries=policy
    ) as cc:
        with pytest.raises(APIConnectionError) as reset:
            await cc.customers.retry_provider_customer(uuid.uuid4(), uuid.uuid4())
        assert reset.value.attempts == 1
        await cc.customers.retry_provider_customer(uuid.uuid4(), uuid.uuid4())
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_cookies_are_neither_kept_nor_sent(server: FaultServer, transport: Any) -> None:
    server.script(Action(status=204, headers={"Set-Cookie": "ARRAffinity=abc; Path=/; HttpOnly"}))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        await cc.customers.retry_provider_customer(uuid.uuid4(), uuid.uuid4())
        await cc.customers.retry_provider_customer(uuid.uuid4(), uuid.uuid4())
    assert len(server.requests) == 2
    assert "cookie" not in server.requests[1].headers


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_both_transports_put_the_same_request_on_the_wire(server: FaultServer) -> None:
    """Each operation's request line (query included), headers and body: the same on both."""
    created = Action(status=201, headers={"Content-Type": "application/json"}, body=b'"id"')
    seen: dict[str | None, list[Any]] = {}
    for transport in (None, "aiohttp"):
        server.requests.clear()
        server.script(created)
        async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
            await cc.customers.add_provider_instance(
                uuid.UUID(int=1),
                provider_instance_id=uuid.UUID(int=2),
                provider_customer_data=ms_data(),
                margin=MARGIN,
                reseller_id=uuid.UUID(int=3),
                correlation_id=uuid.UUID(int=4),
            )
            await cc.customers.retry_provider_customer(
                uuid.UUID(int=1), uuid.UUID(int=2), correlation_id=uuid.UUID(int=5)
            )
            await cc.customers.update_account_info(
                uuid.UUID(int=1), customer=CUSTOMER, correlation_id=uuid.UUID(int=6)
            )
        # traceparent (present once a test has imported OpenTelemetry) is per call by design.
        seen[transport] = [
            (r.method, r.path, {k: v for k, v in r.headers.items() if k != "traceparent"}, r.body)
            for r in server.requests
        ]
    on_httpx, on_aiohttp = seen[None], seen["aiohttp"]
    assert [(method, path) for method, path, _, _ in on_httpx] == [
        ("POST", f"/v1/Customers/{uuid.UUID(int=1)}/provider-instances?resellerId={uuid.UUID(int=3)}"),
        ("POST", f"/v1/Customers/{uuid.UUID(int=1)}/provider-customers/{uuid.UUID(int=2)}"),
        ("PATCH", f"/v1/Customers/{uuid.UUID(int=1)}/account-info"),
    ]
    assert [headers["content-length"] for _, _, headers, _ in on_httpx] == [
        str(len(on_httpx[0][3])),
        "0",
        str(len(on_httpx[2][3])),
    ]
    for mine, theirs in zip(on_aiohttp, on_httpx, strict=True):
        assert mine == theirs


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_aiohttp_transport_sends_a_streamed_body_chunked(server: FaultServer) -> None:
    """The SDK sends bytes; a transport used directly may get a stream, which aiohttp sends chunked."""

    async def parts() -> Any:
        yield b'{"a": '
        yield b"1}"

    async with httpx.AsyncClient(transport=AiohttpTransport(httpx.Limits())) as http:
        response = await http.post(f"{server.url}/stream", content=parts())
    assert response.status_code == 204
    (seen,) = server.requests
    assert seen.body == b'{"a": 1}'
    assert seen.headers["transfer-encoding"] == "chunked"
    assert "content-length" not in seen.headers
