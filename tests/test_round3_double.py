"""Hardening, third round (issue 25), the rest of item 10: the in-memory CloudCockpit served over HTTP
(uvicorn, real loopback sockets) does not process a request that did not arrive whole."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import pytest
import uvicorn
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import SyncCloudCockpit
from cloudcockpit_client.testing import FakeCloudCockpit

RUNS = 30
ASGIApp = Callable[..., Awaitable[None]]


class _Watched:
    """The double's ASGI app, noting when a request's handling starts reading its body and when it
    ends: the test closes its socket only once the app is waiting for the body, so the disconnect
    reaches the app every time (uvicorn may drop a request cut off earlier on its own)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.reading = threading.Event()
        self.finished = 0
        self.lock = threading.Lock()

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        async def noting_receive() -> MutableMapping[str, Any]:
            self.reading.set()
            return await receive()

        try:
            await self.app(scope, noting_receive if scope["type"] == "http" else receive, send)
        finally:
            with self.lock:
                self.finished += 1

    def wait_finished(self, count: int) -> None:
        deadline = time.monotonic() + 10
        while self.finished < count:
            assert time.monotonic() < deadline, "the app did not finish the request"
            time.sleep(0.005)


def _serve(app: ASGIApp) -> tuple[uvicorn.Server, threading.Thread, int]:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", http="h11")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.01)
    return server, thread, server.servers[0].sockets[0].getsockname()[1]


@pytest.mark.parametrize(
    "cut",
    [
        "ten bytes",  # the client dies 10 bytes into the body
        "short of the length",  # all of a valid JSON customer, but less than the Content-Length said
    ],
)
def test_a_post_cut_off_between_headers_and_body_is_not_processed(cut: str) -> None:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    token = fake.issue_token(TENANT)
    watched = _Watched(fake.asgi_app())
    server, thread, port = _serve(watched)
    try:
        body = json.dumps({**CUSTOMER, "companyName": "Cut Off Ltd"}).encode()
        head = (
            "POST /v1/Customers HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\nX-Tenant: {TENANT}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body) + 35}\r\n\r\n"
        ).encode()
        sent = body[:10] if cut == "ten bytes" else body
        for run in range(RUNS):
            watched.reading.clear()
            with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
                client.sendall(head + sent)  # part of the body announced, then the client dies
                assert watched.reading.wait(10), "the app did not start reading the body"
            watched.wait_finished(run + 1)  # the app has seen the disconnect and returned
        assert fake.requests == []  # not processed, so not logged either
        with SyncCloudCockpit(TENANT, token=token, base_url=f"http://127.0.0.1:{port}", retries=0) as cc:
            assert list(cc.customers.list_customers()) == []
            # A request that arrives whole is processed as before.
            created = cc.customers.create_customer(
                company_name="Whole Ltd", country="PT", address_line_1="Rua Augusta 1", city="Lisboa",
                state="Lisboa", zip_="1100-053", first_name="Ada", last_name="Lovelace",
                email="ada@contoso.example", phone="+351210000000", provider_customers=None,
            )  # fmt: skip
            names = [c.company_name for c in cc.customers.list_customers()]
        assert names == ["Whole Ltd"] and created
        assert [(r.method, r.path, r.status) for r in fake.requests] == [
            ("GET", "/v1/Customers", 200),
            ("POST", "/v1/Customers", 201),
            ("GET", "/v1/Customers", 200),
        ]
    finally:
        server.should_exit = True
        thread.join(10)
