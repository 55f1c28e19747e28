"""Fuzz: whatever the server answers, each operation returns its documented value or raises a
CloudCockpitError, never a KeyError, TypeError, JSONDecodeError, UnicodeDecodeError or the like."""

from __future__ import annotations

import json
from typing import Any

import anyio
import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, MARGIN, TENANT, TOKEN
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cloudcockpit_client import CloudCockpit, CloudCockpitError, RetryPolicy

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
error_like = st.fixed_dictionaries(
    {},
    optional={
        "statusCode": json_values,
        "type": json_values,
        "description": json_values,
        "correlationId": json_values,
        "errors": json_values
        | st.lists(st.dictionaries(st.sampled_from(["propertyName", "description"]), json_values)),
    },
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    error_like.map(lambda v: json.dumps(v).encode()),
    json_values.map(lambda v: json.dumps(v).encode()[: max(0, len(json.dumps(v)) // 2)]),  # truncated
    st.just(b"\xff\xfe\x00invalid utf-8 \xc3\x28"),
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "text/html",
        "",
        "application/problem+json",
    ]
)
statuses = st.sampled_from([200, 201, 202, 204, 301, 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504])

OPERATIONS = ["retry", "add", "update"]
CASES = {"n": 0}


async def run(op: str, status: int, body: bytes, content_type: str) -> Any:
    headers = {"Content-Type": content_type} if content_type else {}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    policy = RetryPolicy(max_retries=1, backoff_base=0, backoff_cap=0, max_retry_after=0)
    async with CloudCockpit(
        TENANT, token=TOKEN, transport=httpx.MockTransport(handler), retries=policy
    ) as cc:
        if op == "retry":
            return await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        if op == "add":
            return await cc.customers.add_provider_instance(
                CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=None, margin=MARGIN
            )
        return await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(op=st.sampled_from(OPERATIONS), status=statuses, body=bodies, content_type=content_types)
def test_any_response_gives_a_value_or_a_cloudcockpit_error(
    op: str, status: int, body: bytes, content_type: str
) -> None:
    CASES["n"] += 1
    error: CloudCockpitError | None = None
    try:
        result = anyio.run(run, op, status, body, content_type)
    except CloudCockpitError as exc:
        error = exc
    if error is not None:
        assert not 200 <= status < 300 or op == "add"
        assert "\n" not in str(error)
        return
    assert 200 <= status < 300
    if op == "add":
        assert isinstance(result, str)
    else:
        assert result is None


def test_large_error_body_is_summarised() -> None:
    big = json.dumps({"description": "x" * 5_000_000}).encode()
    with pytest.raises(CloudCockpitError) as info:
        anyio.run(run, "update", 500, big, "application/json")
    assert len(str(info.value)) < 1200


def test_fuzz_ran() -> None:
    """Runs after the fuzz test (file order) and reports how many cases it ran."""
    print(f"fuzzed responses: {CASES['n']}")
    assert CASES["n"] >= 400
