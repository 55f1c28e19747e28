"""Proxies: ``proxy=`` and the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as httpx's own client
reads them), for the API and the token endpoint, on every transport, through a real recording
proxy on loopback (tests/proxyserver.py) to a real TLS server (trustme's throwaway CA)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN
from faultserver import FaultServer
from proxyserver import ProxyServer

from cloudcockpit_client import APIConnectionError, ClientCredentials, CloudCockpit

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    # Each test runs on every transport: conftest's transport_case, and its transport fixture.
    return transport_case[0]


@pytest.fixture
def tls_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultServer]:
    """The scripted server over TLS, with a certificate the client trusts through SSL_CERT_FILE
    (which both transports read, as httpx does)."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    server = FaultServer(ssl_context=context).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def proxy() -> Iterator[ProxyServer]:
    server = ProxyServer().start()
    try:
        yield server
    finally:
        server.stop()


def credentials(server: FaultServer) -> ClientCredentials:
    return ClientCredentials("app-id", "client-secret-value", token_url=f"{server.url}/token")


async def calls(cc: CloudCockpit) -> None:
    await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)


def tunnels(proxy: ProxyServer, server: FaultServer) -> list[tuple[str, str]]:
    return [seen for seen in proxy.seen if seen == ("CONNECT", f"127.0.0.1:{server.port}")]


async def test_proxy_argument_tunnels_the_api_and_the_token_endpoint(
    tls_server: FaultServer, proxy: ProxyServer, transport: Any
) -> None:
    async with CloudCockpit(
        TENANT,
        credentials=credentials(tls_server),
        base_url=tls_server.url,
        proxy=proxy.url,
        transport=transport,
    ) as cc:
        assert cc.proxy is not None and cc.proxy.rstrip("/") == proxy.url
        await calls(cc)
    assert proxy.seen and tunnels(proxy, tls_server) == proxy.seen  # nothing but CONNECTs to it
    assert [seen.path.rsplit("/", 1)[-1] for seen in tls_server.requests] == [
        "token",
        str(INSTANCE_ID),
        "account-info",
    ]
    assert tls_server.requests[1].headers["authorization"] == "Bearer tok-1"


async def test_https_proxy_from_the_environment_is_honoured_unless_told_not_to(
    tls_server: FaultServer, proxy: ProxyServer, transport: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    async with CloudCockpit(TENANT, token=TOKEN, base_url=tls_server.url, transport=transport) as cc:
        await calls(cc)
    assert len(tunnels(proxy, tls_server)) >= 1
    through_proxy = len(proxy.seen)
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=tls_server.url, transport=transport, trust_env=False
    ) as cc:
        await calls(cc)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with CloudCockpit(TENANT, token=TOKEN, base_url=tls_server.url, transport=transport) as cc:
        assert cc.proxy is None
        await calls(cc)
    assert len(proxy.seen) == through_proxy  # trust_env=False and NO_PROXY went direct
    assert len(tls_server.requests) == 6


async def test_no_proxy_can_send_the_token_endpoint_direct_and_the_api_through_the_proxy(
    tls_server: FaultServer, proxy: ProxyServer, transport: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    token_side = FaultServer().start()  # plain http on loopback, like a local token service
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", f"127.0.0.1:{token_side.port}")
        creds = ClientCredentials("app-id", "client-secret-value", token_url=f"{token_side.url}/token")
        async with CloudCockpit(
            TENANT, credentials=creds, base_url=tls_server.url, transport=transport
        ) as cc:
            await calls(cc)
    finally:
        token_side.stop()
    assert [seen.path for seen in token_side.requests] == ["/token"]
    assert proxy.seen and tunnels(proxy, tls_server) == proxy.seen


async def test_an_http_target_is_forwarded_in_absolute_form(
    server: FaultServer, proxy: ProxyServer, transport: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert proxy.seen[0] == (
        "POST",
        f"{server.url}/v1/Customers/{CUSTOMER_ID}/provider-customers/{INSTANCE_ID}",
    )
    assert len(server.requests) == 1


async def test_a_proxy_that_refuses_is_a_connection_error(tls_server: FaultServer, transport: Any) -> None:
    dead = ProxyServer().start()
    url = dead.url
    dead.stop()  # nothing listens there any more
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=tls_server.url, proxy=url, transport=transport, retries=0
    ) as cc:
        with pytest.raises(APIConnectionError):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert tls_server.requests == []


def test_proxy_arguments_are_checked_before_any_io() -> None:
    with pytest.raises(ValueError, match="proxy must be an http:// or https:// URL"):
        CloudCockpit(TENANT, token=TOKEN, proxy="socks5://127.0.0.1:1080")
    with pytest.raises(TypeError, match="proxy must be a URL"):
        CloudCockpit(TENANT, token=TOKEN, proxy=3128)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="set the proxy on the transport you pass"):
        CloudCockpit(
            TENANT, token=TOKEN, proxy="http://127.0.0.1:3128", transport=httpx.MockTransport(lambda r: None)
        )


async def test_a_proxy_password_never_shows(tls_server: FaultServer, transport: Any) -> None:
    dead = ProxyServer().start()
    port = dead.port
    dead.stop()
    password = "Pr0xy-pa55word-value"
    async with CloudCockpit(
        TENANT,
        token=TOKEN,
        base_url=tls_server.url,
        proxy=f"http://ops:{password}@127.0.0.1:{port}",
        transport=transport,
        retries=0,
    ) as cc:
        assert cc.proxy == f"http://ops:***@127.0.0.1:{port}"
        with pytest.raises(APIConnectionError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    for text in (str(info.value), repr(info.value), repr(vars(info.value)), repr(cc)):
        assert password not in text
