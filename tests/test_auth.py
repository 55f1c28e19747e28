"""Auth: static token, token callable, OAuth2 client credentials (caching, sharing, 401 refresh)."""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
from conftest import CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN

from cloudcockpit_client import (
    AuthenticationError,
    ClientCredentials,
    CloudCockpit,
    CredentialError,
    _constants,
)
from cloudcockpit_client._constants import DEFAULT_SCOPE, DEFAULT_TOKEN_URL

pytestmark = pytest.mark.anyio

SECRET = "s3cr3t~VALUE.that-must-never-leak"
CLIENT_ID = "0f0e0d0c-aaaa-4bbb-8ccc-111122223333"


class FakeIdentity:
    """The Microsoft token endpoint plus the API, in one MockTransport handler."""

    def __init__(self, expires_in: Any = 3599) -> None:
        self.expires_in = expires_in
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        # Headers as they were on the wire: a resend reuses (and mutates) the same request object.
        self.api_auth: list[str] = []
        self.api_correlation: list[str] = []
        self.valid: set[str] = set()
        self.token_reply: httpx.Response | None = None
        self.delay = 0.0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.url.host == "login.microsoftonline.com":
            self.token_requests.append(request)
            if self.delay:
                await anyio.sleep(self.delay)
            if self.token_reply is not None:
                return httpx.Response(
                    self.token_reply.status_code,
                    headers=self.token_reply.headers,
                    content=self.token_reply.content,
                )
            token = f"token-{len(self.token_requests)}"
            self.valid.add(token)
            return httpx.Response(
                200, json={"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token}
            )
        self.api_requests.append(request)
        auth = request.headers.get("Authorization", "")
        self.api_auth.append(auth)
        self.api_correlation.append(request.headers["X-Correlation-Id"])
        if auth.removeprefix("Bearer ") not in self.valid:
            return httpx.Response(401)
        return httpx.Response(204)

    def client(self, **kwargs: Any) -> CloudCockpit:
        return CloudCockpit(
            TENANT,
            credentials=ClientCredentials(CLIENT_ID, SECRET),
            transport=httpx.MockTransport(self),
            retries=0,
            **kwargs,
        )


async def test_client_credentials_token_request_is_the_documented_form_post() -> None:
    idp = FakeIdentity()
    async with idp.client() as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    (req,) = idp.token_requests
    assert req.method == "POST"
    assert str(req.url) == DEFAULT_TOKEN_URL
    assert req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert "X-Tenant" not in req.headers
    assert "Authorization" not in req.headers
    form = parse_qs(req.content.decode())
    assert form == {
        "client_id": [CLIENT_ID],
        "client_secret": [SECRET],
        "scope": [DEFAULT_SCOPE],
        "grant_type": ["client_credentials"],
    }
    assert idp.api_requests[0].headers["Authorization"] == "Bearer token-1"


async def test_token_is_cached_across_calls() -> None:
    idp = FakeIdentity()
    async with idp.client() as cc:
        for _ in range(5):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert len(idp.token_requests) == 1
    assert len(idp.api_requests) == 5


async def test_concurrent_cold_calls_share_one_token_request() -> None:
    idp = FakeIdentity()
    idp.delay = 0.05  # keep the token request in flight while the other calls arrive
    async with idp.client() as cc, anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(cc.customers.retry_provider_customer, CUSTOMER_ID, INSTANCE_ID)
    assert len(idp.token_requests) == 1
    assert len(idp.api_requests) == 200


async def test_short_lived_token_is_refreshed_before_expiry(monkeypatch: pytest.MonkeyPatch) -> None:
    # With no floor, a token that lives 0 s is refreshed before every call (the refresh logic);
    # the real floor (test_hardening) keeps it for a minute instead.
    monkeypatch.setattr(_constants, "TOKEN_LIFETIME_FLOOR", 0.0)
    idp = FakeIdentity(expires_in=0)
    async with idp.client() as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert len(idp.token_requests) == 2
    assert idp.api_auth == ["Bearer token-1", "Bearer token-2"]


async def test_401_triggers_exactly_one_refresh_and_one_resend() -> None:
    idp = FakeIdentity()
    async with idp.client() as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        idp.valid.clear()  # the server revokes token-1
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert len(idp.token_requests) == 2
    assert idp.api_auth == ["Bearer token-1", "Bearer token-1", "Bearer token-2"]
    # The resend is the same request: same correlation id.
    assert idp.api_correlation[1] == idp.api_correlation[2]
    assert idp.api_correlation[0] != idp.api_correlation[1]


async def test_persistent_401_raises_after_one_refresh() -> None:
    idp = FakeIdentity()

    async def always_401(request: httpx.Request) -> httpx.Response:
        if request.url.host == "login.microsoftonline.com":
            return await idp(request)
        idp.api_requests.append(request)
        return httpx.Response(401)

    cc = CloudCockpit(
        TENANT, credentials=ClientCredentials(CLIENT_ID, SECRET), transport=httpx.MockTransport(always_401)
    )
    async with cc:
        with pytest.raises(AuthenticationError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert len(idp.token_requests) == 2
    assert len(idp.api_requests) == 2
    assert info.value.attempts == 2


async def test_static_token_is_not_refreshed_on_401() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(401)

    async with CloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(handler)) as cc:
        with pytest.raises(AuthenticationError):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert len(calls) == 1


async def test_token_callable_is_called_per_request_and_again_on_401() -> None:
    issued: list[str] = []
    seen: list[str] = []

    async def provider() -> str:
        issued.append(f"cb-{len(issued) + 1}")
        return issued[-1]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(401 if len(seen) == 2 else 204)

    async with CloudCockpit(TENANT, token=provider, transport=httpx.MockTransport(handler)) as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert seen == ["Bearer cb-1", "Bearer cb-2", "Bearer cb-3"]


async def test_token_callable_returning_garbage_is_a_credential_error() -> None:
    async def provider() -> Any:
        return "bad\r\ntoken"

    async with CloudCockpit(
        TENANT, token=provider, transport=httpx.MockTransport(lambda r: httpx.Response(204))
    ) as cc:
        with pytest.raises(CredentialError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert "bad" not in str(info.value)


@pytest.mark.parametrize(
    ("reply", "code", "status"),
    [
        (
            httpx.Response(
                401,
                json={
                    "error": "invalid_client",
                    "error_description": f"AADSTS7000215: Invalid client secret provided ({SECRET}).\r\nTrace ID: 1",
                },
            ),
            "invalid_client",
            401,
        ),
        (
            httpx.Response(
                400, json={"error": "invalid_scope", "error_description": "AADSTS70011: bad scope"}
            ),
            "invalid_scope",
            400,
        ),
        (httpx.Response(503, text="<html>down</html>"), None, 503),
        (httpx.Response(200, json={"no": "token"}), None, 200),
        (httpx.Response(200, text="not json"), None, 200),
    ],
)
async def test_token_endpoint_failure_is_a_credential_error_without_the_secret(
    reply: httpx.Response, code: str | None, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    idp = FakeIdentity()
    idp.token_reply = reply
    async with idp.client() as cc:
        with pytest.raises(CredentialError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    err = info.value
    assert err.error_code == code
    assert err.status_code == status
    assert idp.api_requests == []
    for text in (str(err), repr(err), err.error_description or "", caplog.text, repr(cc)):
        assert SECRET not in text
    if code == "invalid_client":
        assert err.error_description is not None and err.error_description.startswith("AADSTS7000215")
        assert "Trace ID" not in err.error_description


async def test_unreachable_token_endpoint_is_a_credential_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("name resolution failed")

    cc = CloudCockpit(
        TENANT,
        credentials=ClientCredentials(CLIENT_ID, SECRET),
        transport=httpx.MockTransport(handler),
        retries=0,
    )
    async with cc:
        with pytest.raises(CredentialError, match="could not reach the token endpoint"):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)


def test_client_credentials_validation_and_repr() -> None:
    creds = ClientCredentials(CLIENT_ID, SECRET)
    assert SECRET not in repr(creds) and SECRET not in str(creds)
    assert creds.token_url == DEFAULT_TOKEN_URL and creds.scope == DEFAULT_SCOPE
    custom = ClientCredentials(
        CLIENT_ID, SECRET, token_url="http://127.0.0.1:9/token", scope="api://x/.default"
    )
    assert custom.scope == "api://x/.default"
    with pytest.raises(ValueError, match="plain http"):
        ClientCredentials(CLIENT_ID, SECRET, token_url="http://login.example.com/token")
    with pytest.raises(ValueError, match="client_secret"):
        ClientCredentials(CLIENT_ID, "")


async def test_bearer_token_is_not_sent_over_plain_http_to_other_hosts() -> None:
    with pytest.raises(ValueError, match="plain http"):
        CloudCockpit(TENANT, token=TOKEN, base_url="http://api.example.com")
    seen: list[httpx.Request] = []
    handler = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))
    async with CloudCockpit(TENANT, token=TOKEN, base_url="http://127.0.0.1:8080", transport=handler) as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url="http://api.internal", transport=handler, allow_insecure_http=True
    ) as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert [r.url.host for r in seen] == ["127.0.0.1", "api.internal"]


async def test_secrets_never_in_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    idp = FakeIdentity()
    async with idp.client() as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        idp.valid.clear()
        idp.token_reply = httpx.Response(401, json={"error": "invalid_client", "error_description": SECRET})
        with pytest.raises(CredentialError) as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    for text in (
        caplog.text,
        str(info.value),
        repr(info.value),
        repr(cc),
        json.dumps(vars(info.value), default=str),
    ):
        assert SECRET not in text
        assert "token-1" not in text


@pytest.mark.parametrize("bad", ["SeCrEt\x01part", "SeCrEt\x7fpart", "SeCrEt\tpart"])
async def test_a_callable_token_with_control_characters_is_refused_without_echo(bad: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(204))
    async with CloudCockpit(TENANT, token=lambda: bad, transport=transport, retries=0) as cc:
        with pytest.raises(CredentialError, match="the token callable") as info:
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert "SeCrEt" not in str(info.value) and sent == []
