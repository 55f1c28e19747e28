"""Hardening (issue 15, in part), over a real socket (tests/faultserver.py): the package logger stays
silent in an application that configured no logging; header values with surrounding whitespace are
refused before any I/O; a Retry-After longer than the time left raises the status error at once,
and one that is not delay-seconds or an HTTP-date gets the normal backoff."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CUSTOMER, CUSTOMER_ID, TENANT, TOKEN
from faultserver import Action, FaultServer

from cloudcockpit_client import (
    CloudCockpit,
    CredentialError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def anyio_backend(transport_case: tuple[str, str | None]) -> str:
    # Each test runs on every transport: conftest's transport_case, and its transport fixture.
    return transport_case[0]


SILENT_APP = f"""
import sys
sys.path.insert(0, {str(TESTS)!r})
import anyio
from faultserver import Action, FaultServer
from cloudcockpit_client import CloudCockpit, RetryPolicy

server = FaultServer()
server.start()
server.script(Action(status=503, headers={{"Retry-After": "0"}}))

async def main() -> None:
    async with CloudCockpit("t.example", token="tok", base_url=server.url,
                            retries=RetryPolicy(max_retries=2, backoff_base=0.01)) as cc:
        await cc.customers.update_account_info({str(CUSTOMER_ID)!r}, customer={CUSTOMER!r})

anyio.run(main)
server.stop()
print(len(server.requests))
"""


def test_a_retry_prints_nothing_in_an_application_without_logging_configured() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SILENT_APP], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "2"  # the 503, then the retried PATCH: a WARNING was logged
    assert done.stderr == ""


@pytest.mark.anyio
async def test_header_values_with_surrounding_whitespace_fail_before_any_io(
    server: FaultServer, transport: Any
) -> None:
    for bad in (" portal.example.com", "portal.example.com\t"):
        with pytest.raises(ValueError, match="tenant must not start or end with spaces or tabs"):
            CloudCockpit(bad, token=TOKEN, base_url=server.url)
    for bad in (" " + TOKEN, TOKEN + " ", "\t" + TOKEN):
        with pytest.raises(ValueError, match="token must not start or end with spaces or tabs") as info:
            CloudCockpit(TENANT, token=bad, base_url=server.url)
        assert TOKEN not in str(info.value)
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:
        with pytest.raises(ValueError, match="correlation_id must not start or end with spaces or tabs"):
            await cc.customers.get_customer(
                CUSTOMER_ID, correlation_id=" c0ffee00-0000-4000-8000-000000000000"
            )
    async with CloudCockpit(
        TENANT, token=lambda: " " + TOKEN, base_url=server.url, transport=transport
    ) as cc:
        with pytest.raises(CredentialError, match="characters not allowed in a header") as cred:
            await cc.customers.get_customer(CUSTOMER_ID)
        assert TOKEN not in str(cred.value)
    assert server.requests == []


@pytest.mark.anyio
async def test_a_retry_after_longer_than_the_time_left_raises_the_status_error_at_once(
    server: FaultServer, transport: Any
) -> None:
    """timeout=3 and a 429 with Retry-After: 45 (under the 60 s cap): the 429 is raised, not a timeout."""
    body = b'{"statusCode": 429, "description": "Too many requests for this tenant"}'
    server.script(Action(status=429, headers={"Retry-After": "45"}, body=body))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, timeout=3, transport=transport) as cc:
        with pytest.raises(RateLimitError) as info:
            await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
        assert info.value.attempts == 1 and info.value.description == "Too many requests for this tenant"
        server.script(Action(status=503, headers={"Retry-After": "10"}))
        policy = RetryPolicy(max_retries=2, deadline=5)  # RetryPolicy.deadline is honoured the same way
        async with CloudCockpit(
            TENANT, token=TOKEN, base_url=server.url, retries=policy, transport=transport
        ) as other:
            with pytest.raises(InternalServerError) as unavailable:
                await other.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
        assert unavailable.value.status_code == 503 and unavailable.value.attempts == 1
        await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)  # the client still works
    assert [r.method for r in server.requests] == ["PATCH", "PATCH", "PATCH"]


@pytest.mark.anyio
@pytest.mark.parametrize("value", ["-5", "1e3", "nan", "1_0", "2.5"])
async def test_a_retry_after_that_is_not_delay_seconds_gets_the_normal_backoff(
    server: FaultServer, transport: Any, value: str
) -> None:
    server.script(Action(status=503, headers={"Retry-After": value}))
    policy = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_cap=0.02)
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url=server.url, retries=policy, transport=transport
    ) as cc:
        await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
    assert len(server.requests) == 2  # retried after the backoff ("1e3" used to mean 1,000 s: not retried)
