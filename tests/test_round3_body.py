"""Hardening round 3 (issue 25), items 1 and 2, over real sockets on every transport.

1. Compression bombs: ``max_response_bytes`` bounds the decoded size too. A body whose
   Content-Encoding (one layer or several) decodes past the cap raises ResponseTooLargeError
   (``decoded`` True), on success bodies, error bodies and the token endpoint alike; the decoded
   bytes held stay within a small multiple of the cap; decoding runs in steps between which the
   event loop runs; a coding the client does not accept is a clear error, not raw bytes.
2. A poisoned connection: a 204 that carries a body, or a body longer than its Content-Length,
   leaves bytes on the pooled connection that the next call would read as its answer. The
   connection is closed instead, and the next call gets its own answer on a new one.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from typing import Any

import anyio
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN, add
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    APIConnectionError,
    ClientCredentials,
    CloudCockpit,
    CloudCockpitError,
    InternalServerError,
    ResponseTooLargeError,
    ResponseValidationError,
)

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.filterwarnings("ignore:Async generator 'httpcore.*:ResourceWarning"),
    pytest.mark.filterwarnings("ignore:Async generator 'httpx.*:ResourceWarning"),
]

MIB = 1024 * 1024
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    return transport_case[0]


def gzipped(data: bytes, layers: int = 1) -> bytes:
    for _ in range(layers):
        data = gzip.compress(data, compresslevel=9, mtime=0)
    return data


def bomb(decoded_mib: int, layers: int) -> bytes:
    """``decoded_mib`` MiB of zeros inside ``layers`` layers of gzip, built without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * MIB
    data = b"".join(compressor.compress(block) for _ in range(decoded_mib)) + compressor.flush()
    return gzipped(data, layers - 1)


def customer_json(name: str) -> bytes:
    return json.dumps({**CUSTOMER, "id": str(CUSTOMER_ID), "companyName": name}).encode()


@pytest.mark.parametrize("layers", [1, 2, 3])
async def test_a_body_that_decodes_past_the_cap_raises_and_the_next_call_works(
    server: FaultServer, transport: Any, layers: int
) -> None:
    body = bomb(256, layers)  # 256 MiB decoded from a few hundred bytes (three layers: 300 B)
    assert len(body) < 300 * 1024
    encoding = ", ".join(["gzip"] * layers)
    server.script(
        Action(status=200, headers={**JSON, "Content-Encoding": encoding}, body=body),
        Action(status=200, headers=JSON, body=customer_json("Fine")),
    )
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=server.url, transport=transport, max_response_bytes=MIB
    ) as cc:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as info:
                await cc.customers.get_customer(CUSTOMER_ID)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        error = info.value
        assert (error.decoded, error.limit, error.status_code) == (True, MIB, 200)
        assert MIB < error.received <= MIB + 256 * 1024  # stopped at the first step past the cap
        assert "decoded (Content-Encoding) to more than 1,048,576 bytes" in str(error)
        # Python allocations during the call: the decoded bytes held stay near the cap (the
        # whole body would be 256 MiB; httpx's own decoding used to take it all, then more).
        assert peak < 8 * MIB
        customer = await cc.customers.get_customer(CUSTOMER_ID)
        assert customer.company_name == "Fine"


async def test_an_error_body_bomb_is_capped_too(server: FaultServer, transport: Any) -> None:
    server.script(Action(status=500, headers={**JSON, "Content-Encoding": "gzip, gzip"}, body=bomb(64, 2)))
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=server.url, transport=transport, retries=0, max_response_bytes=MIB
    ) as cc:
        with pytest.raises(ResponseTooLargeError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        assert (info.value.status_code, info.value.decoded) == (500, True)
        # A compressed error body within the cap is decoded and mapped as usual.
        small = gzipped(json.dumps({"description": "compressed and small"}).encode(), 2)
        server.script(Action(status=500, headers={**JSON, "Content-Encoding": "gzip,gzip"}, body=small))
        with pytest.raises(InternalServerError, match="compressed and small"):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)


async def test_the_token_endpoint_is_capped_after_decoding(server: FaultServer, transport: Any) -> None:
    server.token_action = Action(status=200, headers={**JSON, "Content-Encoding": "gzip"}, body=bomb(64, 1))
    creds = ClientCredentials("app-id", "client-secret-value", token_url=f"{server.url}/token")
    async with CloudCockpit(
        TENANT, credentials=creds, base_url=server.url, transport=transport, max_response_bytes=MIB
    ) as cc:
        with pytest.raises(ResponseTooLargeError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert info.value.decoded and info.value.url == f"{server.url}/token"
    assert server.token_requests == 1


async def test_compressed_bodies_within_the_cap_decode_as_before(server: FaultServer, transport: Any) -> None:
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = raw_deflate.compress(customer_json("Raw deflate")) + raw_deflate.flush()
    server.script(
        Action(status=200, headers={**JSON, "Content-Encoding": "gzip"}, body=gzipped(customer_json("Gzip"))),
        Action(
            status=200,
            headers={**JSON, "Content-Encoding": "deflate"},
            body=zlib.compress(customer_json("Zlib")),
        ),
        Action(status=200, headers={**JSON, "Content-Encoding": "deflate"}, body=raw),
        Action(
            status=200,
            headers={**JSON, "Content-Encoding": "identity, gzip"},
            body=gzipped(customer_json("Id")),
        ),
    )
    server.actions.append(
        Action(status=200, headers={**JSON, "Content-Encoding": "gzip"}, body=gzipped(customer_json("Raw")))
    )
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        names = [(await cc.customers.get_customer(CUSTOMER_ID)).company_name for _ in range(4)]
        raw_response = await cc.customers.with_raw_response.get_customer(CUSTOMER_ID)
    assert names == ["Gzip", "Zlib", "Raw deflate", "Id"]
    assert "content-encoding" not in raw_response.headers  # the body handed on is the decoded one
    assert json.loads(raw_response.http_response.content)["companyName"] == "Raw"
    assert {seen.headers["accept-encoding"] for seen in server.requests} == {"gzip, deflate"}


async def test_a_coding_the_client_did_not_ask_for_is_a_clear_error(
    server: FaultServer, transport: Any
) -> None:
    server.script(
        Action(status=200, headers={**JSON, "Content-Encoding": "br"}, body=b"\x1b\x00\x00"),
        Action(status=200, headers={**JSON, "Content-Encoding": "gzip"}, body=b"not gzip at all"),
    )
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        with pytest.raises(CloudCockpitError, match="Content-Encoding 'br' is not one the client accepts"):
            await cc.customers.get_customer(CUSTOMER_ID)
        with pytest.raises(CloudCockpitError, match="not valid gzip"):
            await cc.customers.get_customer(CUSTOMER_ID)
        server.script(Action(status=200, headers=JSON, body=customer_json("After")))
        customer = await cc.customers.get_customer(CUSTOMER_ID)
    assert customer.company_name == "After"


async def test_decoding_lets_the_event_loop_run_between_steps(server: FaultServer, transport: Any) -> None:
    body = bomb(48, 1)  # 48 MiB of zeros decoded, under a 64 MiB cap: 192 steps of 256 KiB
    server.script(Action(status=200, headers={**JSON, "Content-Encoding": "gzip"}, body=body))
    ticks_during_call = 0
    done = False

    async def ticker() -> None:
        nonlocal ticks_during_call
        while not done:
            ticks_during_call += 1
            await anyio.lowlevel.checkpoint()

    async with (
        CloudCockpit(
            TENANT, token=TOKEN, base_url=server.url, transport=transport, max_response_bytes=64 * MIB
        ) as cc,
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(ticker)
        try:
            with pytest.raises(ResponseValidationError, match=f"got {48 * MIB} bytes of application/json"):
                await cc.customers.get_customer(CUSTOMER_ID)  # decoded whole: zeros are not JSON
        finally:
            done = True
    # httpx's one-step decoding let the other task run only while the few KB were on the wire.
    assert ticks_during_call >= 150


@pytest.mark.parametrize("planted", ["http-response", "garbage"])
async def test_a_204_with_a_body_does_not_poison_the_next_call(
    server: FaultServer, transport: Any, planted: str
) -> None:
    smuggled = customer_json("SMUGGLED")
    if planted == "http-response":
        extra = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
            len(smuggled),
            smuggled,
        )
    else:
        extra = b"planted-by-204"
    server.script(
        Action(status=204, body=extra),  # FaultServer announces it with a Content-Length
        Action(status=200, headers=JSON, body=customer_json("Real")),
        Action(status=201, headers=JSON, body=b'"real-created-id"'),
    )
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport, retries=0) as cc:
        if transport == "aiohttp" and planted == "garbage":
            # aiohttp's parser reads what follows the 204 at once and refuses the whole read: that
            # call fails (a malformed answer), and its connection is dropped, not reused.
            with pytest.raises(APIConnectionError, match="Bad status line"):
                await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        else:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        customer = await cc.customers.get_customer(CUSTOMER_ID)
        created = await add(cc)
    assert customer.company_name == "Real"
    assert created == "real-created-id"
    assert [seen.method for seen in server.requests] == ["POST", "GET", "POST"]
    assert server.requests[0].connection != server.requests[1].connection


async def test_a_body_longer_than_its_content_length_does_not_poison_the_next_call(
    server: FaultServer, transport: Any
) -> None:
    smuggled = customer_json("SMUGGLED")
    tail = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(smuggled),
        smuggled,
    )
    server.script(
        Action(status=201, headers={**JSON, "Content-Length": "12"}, body=b'"created-id"' + tail),
        Action(status=200, headers=JSON, body=customer_json("Real")),
    )
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport, retries=0) as cc:
        assert await add(cc) == "created-id"
        customer = await cc.customers.get_customer(CUSTOMER_ID)
    assert customer.company_name == "Real"
    assert len(server.requests) == 2
    assert server.requests[0].connection != server.requests[1].connection


async def test_a_processed_post_after_a_poisoned_answer_is_not_a_connection_error(
    server: FaultServer, transport: Any
) -> None:
    server.script(
        Action(status=204, body=b"\r\nnot http at all\r\n\r\n"),
        Action(status=201, headers=JSON, body=b'"created-once"'),
    )
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport, retries=0) as cc:
        if transport == "aiohttp":  # see above: aiohttp refuses the malformed answer itself
            with pytest.raises(APIConnectionError, match="Bad status line"):
                await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        else:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        try:
            created = await add(cc)
        except APIConnectionError as exc:  # what a POST the server had processed used to raise
            pytest.fail(f"the POST was processed but reported as {exc!r}")
    assert created == "created-once"
    assert [seen.method for seen in server.requests] == ["POST", "POST"]
