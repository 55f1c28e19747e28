"""Error mapping: every non-2xx becomes a typed CloudCockpitError, whatever the body looks like."""

from __future__ import annotations

import pickle
import uuid
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, MARGIN, TENANT, TOKEN, Recorder, error_body

from cloudcockpit_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CloudCockpit,
    CloudCockpitError,
    ConflictError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

pytestmark = pytest.mark.anyio


def client(rec: Recorder) -> CloudCockpit:
    return CloudCockpit(TENANT, token=TOKEN, transport=rec.transport(), retries=0)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
async def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    rec = Recorder(default=httpx.Response(status))
    cid = str(uuid.uuid4())
    async with client(rec) as cc:
        with pytest.raises(cls) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID, correlation_id=cid)
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.correlation_id == cid  # no body: the id this SDK sent
    assert err.errors == []
    assert err.response.status_code == status
    assert err.description  # the reason phrase
    assert "\n" not in str(err) and str(status) in str(err) and cid in str(err)


async def test_documented_error_body_fields() -> None:
    body = error_body(400, "The request is invalid.")
    rec = Recorder(default=httpx.Response(400, json=body))
    async with client(rec) as cc:
        with pytest.raises(BadRequestError) as info:
            await cc.customers.add_provider_instance(
                CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=None, margin=MARGIN
            )
    err = info.value
    assert err.description == "The request is invalid."
    assert err.error_type == "ValidationError"
    assert err.correlation_id == body["correlationId"]
    assert err.errors == [FieldError("Margin.Value", ["Should not be above 999."])]
    assert err.body == body
    assert str(err) == (
        "400 Bad Request: The request is invalid. (type ValidationError; fields Margin.Value; "
        f"correlation id {body['correlationId']})"
    )


ODD_BODIES: list[tuple[bytes, str]] = [
    (b"", "application/json"),
    (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    (b'{"statusCode": 400, "descr', "application/json"),
    (b'{"foo": "bar"}', "application/json"),
    (b'["a", "b"]', "application/json"),
    (b'"just a string"', "application/json"),
    (b"\xff\xfe\xfa not utf-8", "application/json"),
    (b'{"errors": "not a list", "description": 12, "type": ["x"], "correlationId": {}}', "application/json"),
    (b'{"errors": [1, null, {"propertyName": 5, "description": "one"}]}', "application/json"),
    (b"[" * 100_000, "application/json"),
]


@pytest.mark.parametrize(("content", "ctype"), ODD_BODIES)
@pytest.mark.parametrize("status", [400, 404, 500])
async def test_odd_error_bodies_never_crash(content: bytes, ctype: str, status: int) -> None:
    rec = Recorder(default=httpx.Response(status, content=content, headers={"Content-Type": ctype}))
    cid = str(uuid.uuid4())
    async with client(rec) as cc:
        with pytest.raises(APIStatusError) as info:
            await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER, correlation_id=cid)
        # The client stays usable after any failure.
        rec.default = httpx.Response(202)
        await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
    err = info.value
    assert err.status_code == status
    assert err.correlation_id == cid
    assert isinstance(err.description, str) and err.description
    assert all(isinstance(e, FieldError) for e in err.errors)
    assert len(str(err)) < 1200 and "\n" not in str(err)


async def test_field_errors_tolerate_partial_items_and_problem_details() -> None:
    problem = {
        "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
        "title": "One or more validation errors occurred.",
        "status": 400,
        "errors": {"Customer.Zip": ["Too long."], "Margin": "Required."},
    }
    rec = Recorder(default=httpx.Response(400, json=problem))
    async with client(rec) as cc:
        with pytest.raises(BadRequestError) as info:
            await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
    assert info.value.description == "One or more validation errors occurred."
    assert info.value.errors == [
        FieldError("Customer.Zip", ["Too long."]),
        FieldError("Margin", ["Required."]),
    ]

    rec = Recorder(
        default=httpx.Response(400, json={"errors": [1, {"propertyName": 5, "description": "one"}]})
    )
    async with client(rec) as cc:
        with pytest.raises(BadRequestError) as info:
            await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
    assert info.value.errors == [FieldError(None, ["one"])]


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.RemoteProtocolError("Server disconnected"), APIConnectionError),
        (httpx.ConnectTimeout("slow"), APITimeoutError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.PoolTimeout("pool"), APITimeoutError),
    ],
)
async def test_transport_errors_are_mapped_and_chained(exc: Exception, cls: type[APIConnectionError]) -> None:
    rec = Recorder(replies=[exc], default=httpx.Response(204))
    cid = str(uuid.uuid4())
    async with client(rec) as cc:
        with pytest.raises(cls) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID, correlation_id=cid)
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)  # still usable
    err = info.value
    assert type(err) is cls
    assert err.__cause__ is exc
    assert err.correlation_id == cid
    assert err.request is not None and err.request.url.path.endswith(str(INSTANCE_ID))
    assert isinstance(err, CloudCockpitError)


async def test_total_timeout_raises_api_timeout_error() -> None:
    import anyio

    async def slow(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(5)
        return httpx.Response(204)

    async def handler(request: httpx.Request) -> httpx.Response:
        return await slow(request)

    cc = CloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(handler), timeout=0.05, retries=0)
    async with cc:
        with pytest.raises(APITimeoutError, match="total timeout"):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)


def test_errors_pickle_round_trip() -> None:
    response = httpx.Response(400, json=error_body(400), request=httpx.Request("POST", "https://x/v1"))
    from cloudcockpit_client.errors import error_from_response

    err = error_from_response(response, correlation_id="c")
    clone: Any = pickle.loads(pickle.dumps(err))
    assert type(clone) is BadRequestError
    assert clone.errors == err.errors and str(clone) == str(err)
