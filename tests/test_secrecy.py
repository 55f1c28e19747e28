"""No token or client secret in any repr, str, exception or log line (root logger at DEBUG, so
httpx's and httpcore's own logs are included), over every flow against a real loopback server."""

from __future__ import annotations

import logging
import ssl

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, MARGIN, TENANT
from faultserver import Action, FaultServer

from cloudcockpit_client import ClientCredentials, CloudCockpit, CloudCockpitError, RetryPolicy, _constants

pytestmark = pytest.mark.anyio

SECRET = "Sx8~client-secret-value-0123456789"
STATIC = "eyJstatic.token-value.never-logged"


async def test_no_secret_anywhere_in_any_flow(
    server: FaultServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each scripted token answer is asked for: no cool-down after the refusal (tested in test_hardening).
    monkeypatch.setattr(_constants, "TOKEN_FAILURE_COOLDOWN", 0.0)
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    policy = RetryPolicy(max_retries=1, backoff_base=0, backoff_cap=0)
    server.script(
        Action(
            status=401,
            headers={"Content-Type": "application/json"},
            body=f'{{"error": "invalid_client", "error_description": "bad {SECRET}"}}'.encode(),
        ),
        Action(),  # token
        Action(status=503, headers={"Retry-After": "0"}),
        Action(),  # PATCH ok
        Action(status=400, body=b'{"description": "nope", "correlationId": "c"}'),
        Action("reset"),
        Action(status=401),  # token revoked -> one refresh
        Action(),  # token
        Action(),  # resend ok
    )
    creds = ClientCredentials("app-id", SECRET, token_url=f"{server.url}/token")
    async with CloudCockpit(TENANT, credentials=creds, base_url=server.url, retries=policy) as cc:
        texts += [repr(cc), str(cc), repr(creds), str(creds)]
        for call in (
            lambda: cc.customers.update_account_info(
                CUSTOMER_ID, customer=CUSTOMER
            ),  # token endpoint refuses
            lambda: cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER),  # 503 then 202
            lambda: cc.customers.add_provider_instance(
                CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=None, margin=MARGIN
            ),  # 400
            lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),  # reset
            lambda: cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID),  # 401, refresh, resend
        ):
            try:
                await call()
            except CloudCockpitError as exc:
                texts += [str(exc), repr(exc), repr(vars(exc))]
    async with CloudCockpit(TENANT, token=STATIC, base_url=server.url, retries=0) as cc:
        server.script(Action(status=401))
        try:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        except CloudCockpitError as exc:
            texts += [str(exc), repr(exc), repr(cc)]
    assert server.tokens_issued == 2
    assert any(r.levelno == logging.DEBUG for r in caplog.records)
    texts.append(caplog.text)
    tokens = [f"tok-{n}" for n in range(1, server.tokens_issued + 1)]
    for text in texts:
        for secret in (SECRET, STATIC, *tokens):
            assert secret not in text


def test_tls_verification_is_on_by_default() -> None:
    cc = CloudCockpit(TENANT, token=STATIC)
    inner = cc._transport.inner
    assert isinstance(inner, httpx.AsyncHTTPTransport)
    context = inner._pool._ssl_context
    assert context is not None
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
