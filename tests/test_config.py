"""Client configuration: constructor checks, from_env, repr, timeouts, lifecycle."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN, Recorder

from cloudcockpit_client import ClientCredentials, CloudCockpit, RetryPolicy

pytestmark = pytest.mark.anyio


def test_repr_shows_tenant_and_base_url_but_no_secret() -> None:
    cc = CloudCockpit(TENANT, token=TOKEN)
    assert (
        repr(cc)
        == "CloudCockpit(tenant='portal.example.com', base_url='https://api.cloudcockpit.com', auth='static token')"
    )
    cc2 = CloudCockpit(TENANT, credentials=ClientCredentials("id", "the-secret"))
    assert "the-secret" not in repr(cc2) and "client credentials" in repr(cc2)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "exactly one of token= and credentials="),
        ({"token": TOKEN, "credentials": ClientCredentials("a", "b")}, "exactly one"),
        ({"token": ""}, "token must be a non-empty string"),
        ({"token": "abc\r\nX-Evil: 1"}, "token must not contain CR, LF or NUL"),
        ({"token": TOKEN, "timeout": 0}, "timeout"),
        ({"token": TOKEN, "timeout": -1}, "timeout"),
        ({"token": TOKEN, "retries": -1}, "max_retries"),
        ({"token": TOKEN, "retries": True}, "retries"),
        ({"token": TOKEN, "base_url": "ftp://x"}, "base_url"),
        ({"token": TOKEN, "base_url": "http://api.cloudcockpit.com"}, "plain http"),
    ],
)
def test_constructor_refuses_bad_configuration(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        CloudCockpit(TENANT, **kwargs)


def test_token_with_newline_error_does_not_echo_the_token() -> None:
    with pytest.raises(ValueError) as info:
        CloudCockpit(TENANT, token="secret-part\nmore")
    assert "secret-part" not in str(info.value)


@pytest.mark.parametrize(
    "tenant", ["", "  ", "portal.example.com\r\nX-Evil: 1", "a\x00b", "pörtal.example.com"]
)
def test_tenant_must_be_a_safe_header_value(tenant: str) -> None:
    with pytest.raises(ValueError, match="tenant"):
        CloudCockpit(tenant, token=TOKEN)


def test_transport_argument_types() -> None:
    with pytest.raises(TypeError, match="transport"):
        CloudCockpit(TENANT, token=TOKEN, transport="curl")  # type: ignore[arg-type]


def test_timeouts() -> None:
    cc = CloudCockpit(TENANT, token=TOKEN)
    assert cc._http.timeout == httpx.Timeout(30.0, connect=5.0)
    assert cc._total_timeout == 30.0
    cc = CloudCockpit(TENANT, token=TOKEN, timeout=2)
    assert cc._http.timeout == httpx.Timeout(2.0, connect=2.0)
    custom = httpx.Timeout(10.0, connect=1.0, read=60.0)
    cc = CloudCockpit(TENANT, token=TOKEN, timeout=custom)
    assert cc._http.timeout == custom and cc._total_timeout is None


def test_retries_argument() -> None:
    assert CloudCockpit(TENANT, token=TOKEN, retries=5).retry_policy.max_retries == 5
    policy = RetryPolicy(max_retries=1, backoff_cap=1)
    assert CloudCockpit(TENANT, token=TOKEN, retries=policy).retry_policy is policy


def test_from_env() -> None:
    cc = CloudCockpit.from_env({"CLOUDCOCKPIT_TENANT": TENANT, "CLOUDCOCKPIT_TOKEN": TOKEN})
    assert cc.tenant == TENANT and cc.base_url == "https://api.cloudcockpit.com"
    cc = CloudCockpit.from_env(
        {
            "CLOUDCOCKPIT_TENANT": TENANT,
            "CLOUDCOCKPIT_CLIENT_ID": "id",
            "CLOUDCOCKPIT_CLIENT_SECRET": "secret",
            "CLOUDCOCKPIT_BASE_URL": "http://127.0.0.1:8080",
            "CLOUDCOCKPIT_TOKEN_URL": "http://127.0.0.1:8080/token",
        }
    )
    assert cc.base_url == "http://127.0.0.1:8080" and "client credentials" in repr(cc)
    with pytest.raises(ValueError, match="CLOUDCOCKPIT_TENANT"):
        CloudCockpit.from_env({})
    with pytest.raises(ValueError, match="CLOUDCOCKPIT_CLIENT_SECRET"):
        CloudCockpit.from_env({"CLOUDCOCKPIT_TENANT": TENANT, "CLOUDCOCKPIT_CLIENT_ID": "id"})
    with pytest.raises(ValueError, match="not both"):
        CloudCockpit.from_env(
            {"CLOUDCOCKPIT_TENANT": TENANT, "CLOUDCOCKPIT_TOKEN": TOKEN, "CLOUDCOCKPIT_CLIENT_ID": "id"}
        )


def test_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDCOCKPIT_TENANT", "env.example.com")
    monkeypatch.setenv("CLOUDCOCKPIT_TOKEN", TOKEN)
    assert CloudCockpit.from_env().tenant == "env.example.com"


async def test_base_url_with_path_prefix_and_trailing_slash() -> None:
    rec = Recorder()
    async with CloudCockpit(
        TENANT, token=TOKEN, base_url="https://gw.example.com/cc/", transport=rec.transport()
    ) as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    assert str(rec.requests[0].url) == (
        f"https://gw.example.com/cc/v1/Customers/{CUSTOMER_ID}/provider-customers/{INSTANCE_ID}"
    )


async def test_aclose_and_context_manager() -> None:
    rec = Recorder()
    cc = CloudCockpit(TENANT, token=TOKEN, transport=rec.transport())
    async with cc as entered:
        assert entered is cc
        assert not cc.is_closed
    assert cc.is_closed


async def test_cookies_are_neither_kept_nor_sent() -> None:
    """The API uses bearer tokens; an affinity cookie must not pin later calls (see client.py)."""
    rec = Recorder(
        [httpx.Response(202, headers={"Set-Cookie": "ARRAffinity=abc; Path=/; HttpOnly"})],
        default=httpx.Response(202),
    )
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc:
        await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
        await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
        assert "cookie" not in rec.requests[1].headers
        with pytest.raises(TypeError, match="keeps no cookies"):
            cc._http.cookies = {"a": "b"}
