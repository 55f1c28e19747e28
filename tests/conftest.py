"""Shared fixtures: every async test runs under asyncio and trio (anyio's pytest plugin)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any
from uuid import UUID

import httpx
import pytest

TENANT = "portal.example.com"
TOKEN = "eyJ0eXAiOiJKV1Qi.test-static-token.sig"
CUSTOMER_ID = UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
INSTANCE_ID = UUID("8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00")
RESELLER_ID = UUID("11111111-2222-4333-8444-555555555555")

CUSTOMER: dict[str, Any] = {
    "companyName": "Contoso Ltd",
    "country": "PT",
    "addressLine1": "Rua Augusta 1",
    "city": "Lisboa",
    "state": "Lisboa",
    "zip": "1100-053",
    "firstName": "Ada",
    "lastName": "Lovelace",
    "email": "ada@contoso.example",
    "phone": "+351210000000",
    "providerCustomers": None,
}
MARGIN: dict[str, Any] = {"marginRule": {"name": "Markup"}, "value": 10}


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records every request and plays scripted replies in order.

    When the script runs out, it answers with ``default``.
    """

    def __init__(self, replies: Iterable[Reply] = (), default: Reply | None = None) -> None:
        self.replies = list(replies)
        self.default = default if default is not None else httpx.Response(204)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies.pop(0) if self.replies else self.default
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        # A fresh copy: a response object can be read only once.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def json_body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def error_body(status: int, description: str = "Something is wrong", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "statusCode": status,
        "type": "ValidationError",
        "description": description,
        "correlationId": "b5f7d2a4-0000-4000-8000-000000000001",
        "errors": [{"propertyName": "Margin.Value", "description": ["Should not be above 999."]}],
    }
    body.update(extra)
    return body
