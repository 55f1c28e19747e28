"""Hardening (issue 15, in part): the package logger stays silent in an application that configured
no logging, and header values with surrounding whitespace are refused before any I/O. Both over a
real socket (tests/faultserver.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CUSTOMER, CUSTOMER_ID, TENANT, TOKEN
from faultserver import FaultServer

from cloudcockpit_client import CloudCockpit, CredentialError

TESTS = Path(__file__).resolve().parent

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
async def test_header_values_with_surrounding_whitespace_fail_before_any_io(server: FaultServer) -> None:
    for bad in (" portal.example.com", "portal.example.com\t"):
        with pytest.raises(ValueError, match="tenant must not start or end with spaces or tabs"):
            CloudCockpit(bad, token=TOKEN, base_url=server.url)
    for bad in (" " + TOKEN, TOKEN + " ", "\t" + TOKEN):
        with pytest.raises(ValueError, match="token must not start or end with spaces or tabs") as info:
            CloudCockpit(TENANT, token=bad, base_url=server.url)
        assert TOKEN not in str(info.value)
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url) as cc:
        with pytest.raises(ValueError, match="correlation_id must not start or end with spaces or tabs"):
            await cc.customers.get_customer(
                CUSTOMER_ID, correlation_id=" c0ffee00-0000-4000-8000-000000000000"
            )
    async with CloudCockpit(TENANT, token=lambda: " " + TOKEN, base_url=server.url) as cc:
        with pytest.raises(CredentialError, match="characters not allowed in a header") as cred:
            await cc.customers.get_customer(CUSTOMER_ID)
        assert TOKEN not in str(cred.value)
    assert server.requests == []
