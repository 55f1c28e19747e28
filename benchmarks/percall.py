"""1. In-process cost per call, over httpx.MockTransport with canned responses.

For each operation, three contenders make the same request (same method, path, headers, body):

- ``raw httpx``: an httpx.AsyncClient and a request written by hand (json.dumps, uuid4, status check);
- ``generated``: the bare generated ``asyncio_detailed`` function with the generated client;
- ``sdk``: ``cc.customers.<op>()``: validation, auth flow, retry layer, correlation id, error mapping.

No network and no sleeping: what is left is Python work per call. Each round runs every contender
once, in a rotated order; a figure is the median over rounds, and the ratio is computed per round.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from cloudcockpit_client import CloudCockpit
from cloudcockpit_client._generated.api.customers import (
    add_provider_instance,
    retry_provider_customer,
    update_account_info,
)
from cloudcockpit_client._generated.client import AuthenticatedClient
from cloudcockpit_client._generated.models import (
    AddProviderInstanceRequest,
    Customer,
    Margin,
    UpdateAccountInfoRequest,
)

from ._common import (
    CREATED_ID,
    CUSTOMER,
    CUSTOMER_ID,
    INSTANCE_ID,
    MARGIN,
    MS_DATA,
    TENANT,
    TOKEN,
    Progress,
    Section,
    Summary,
    interleaved,
    ratios,
    raw_httpx_add,
    sdk_add,
)

BASE_URL = "https://api.cloudcockpit.test"
CONTENDERS = ("raw httpx", "generated", "sdk")
OPERATIONS = ("add_provider_instance", "retry_provider_customer", "update_account_info")
TARGET = 1.10

_CREATED = json.dumps(CREATED_ID).encode()
_JSON = [("Content-Type", "application/json; charset=utf-8")]


def _handler(request: httpx.Request) -> httpx.Response:
    if request.method == "PATCH":
        return httpx.Response(202)
    if "/provider-customers/" in request.url.path:
        return httpx.Response(204)
    return httpx.Response(201, headers=_JSON, content=_CREATED)


Call = Callable[[], Awaitable[Any]]


def _raw_calls(http: httpx.AsyncClient) -> dict[str, Call]:
    async def add() -> str:
        return await raw_httpx_add(http)

    async def retry() -> None:
        response = await http.post(
            f"/v1/Customers/{CUSTOMER_ID}/provider-customers/{INSTANCE_ID}",
            headers={"X-Correlation-Id": str(uuid.uuid4())},
        )
        if response.status_code != 204:
            raise RuntimeError(response.status_code)

    async def patch() -> None:
        body = {"customer": CUSTOMER, "retryFailedProviderCustomersFromCompanyInfo": True}
        response = await http.patch(
            f"/v1/Customers/{CUSTOMER_ID}/account-info",
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "X-Correlation-Id": str(uuid.uuid4())},
        )
        if response.status_code != 202:
            raise RuntimeError(response.status_code)

    return {"add_provider_instance": add, "retry_provider_customer": retry, "update_account_info": patch}


def _generated_calls(client: AuthenticatedClient) -> dict[str, Call]:
    async def add() -> Any:
        body = AddProviderInstanceRequest(
            provider_instance_id=INSTANCE_ID,
            provider_customer_data=json.dumps(MS_DATA),
            margin=Margin.from_dict(MARGIN),
        )
        response = await add_provider_instance.asyncio_detailed(
            CUSTOMER_ID, client=client, body=body, x_tenant=TENANT, x_correlation_id=str(uuid.uuid4())
        )
        if response.status_code != 201:
            raise RuntimeError(response.status_code)
        return response.parsed

    async def retry() -> None:
        response = await retry_provider_customer.asyncio_detailed(
            CUSTOMER_ID, INSTANCE_ID, client=client, x_tenant=TENANT, x_correlation_id=str(uuid.uuid4())
        )
        if response.status_code != 204:
            raise RuntimeError(response.status_code)

    async def patch() -> None:
        body = UpdateAccountInfoRequest(
            customer=Customer.from_dict(CUSTOMER), retry_failed_provider_customers_from_company_info=True
        )
        response = await update_account_info.asyncio_detailed(
            CUSTOMER_ID, client=client, body=body, x_tenant=TENANT, x_correlation_id=str(uuid.uuid4())
        )
        if response.status_code != 202:
            raise RuntimeError(response.status_code)

    return {"add_provider_instance": add, "retry_provider_customer": retry, "update_account_info": patch}


def _sdk_calls(cc: CloudCockpit) -> dict[str, Call]:
    async def add() -> str:
        return await sdk_add(cc)

    async def retry() -> None:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)

    async def patch() -> None:
        await cc.customers.update_account_info(
            CUSTOMER_ID, customer=CUSTOMER, retry_failed_provider_customers_from_company_info=True
        )

    return {"add_provider_instance": add, "retry_provider_customer": retry, "update_account_info": patch}


async def _round(calls: dict[str, Call], n: int, batch: int, round_number: int) -> dict[str, float]:
    """Microseconds per call of each contender over ``n`` calls, run in alternating batches.

    Alternating small batches puts every contender under the same machine conditions (frequency,
    other processes) within a round, which a whole run per contender does not.
    """
    gc.collect()  # the garbage of the previous round is not this round's cost
    spent = dict.fromkeys(calls, 0.0)
    for b in range(max(1, n // batch)):
        for name in interleaved(list(calls), round_number + b):
            call = calls[name]
            started = time.perf_counter()
            for _ in range(batch):
                await call()
            spent[name] += time.perf_counter() - started
    done = max(1, n // batch) * batch
    return {name: seconds / done * 1e6 for name, seconds in spent.items()}


async def measure(calls: int, rounds: int, progress: Progress) -> Section:
    """Cost per call of each contender for each operation."""
    transport = httpx.MockTransport(_handler)
    raw_http = httpx.AsyncClient(
        base_url=BASE_URL,
        transport=transport,
        headers={"X-Tenant": TENANT, "Authorization": f"Bearer {TOKEN}", "Accept": "application/json"},
    )
    generated = AuthenticatedClient(base_url=BASE_URL, token=TOKEN)
    generated.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=BASE_URL,
            transport=transport,
            headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"},
        )
    )
    cc = CloudCockpit(TENANT, token=TOKEN, base_url=BASE_URL, transport=transport)
    contenders = {
        "raw httpx": _raw_calls(raw_http),
        "generated": _generated_calls(generated),
        "sdk": _sdk_calls(cc),
    }
    section = Section(
        "percall",
        "In-process cost per call (httpx.MockTransport), microseconds",
        notes=[
            f"{calls} sequential calls per contender per round, in alternating batches of 50; "
            f"{rounds} rounds; median (min-max) over rounds.",
            f"Target: sdk <= {TARGET:.2f}x raw httpx per call.",
        ],
    )
    try:
        for op in OPERATIONS:
            for calls_of in contenders.values():  # warm-up: caches, first imports
                for _ in range(max(10, calls // 20)):
                    await calls_of[op]()
            timings: dict[str, list[float]] = {name: [] for name in CONTENDERS}
            for r in range(rounds):
                per_call = await _round({name: contenders[name][op] for name in CONTENDERS}, calls, 50, r)
                for name in CONTENDERS:
                    timings[name].append(per_call[name])
            ratio = ratios(timings["sdk"], timings["raw httpx"])
            section.rows.append(
                {
                    "operation": op,
                    **{name: Summary.of(timings[name]) for name in CONTENDERS},
                    "sdk / raw httpx": ratio,
                    "generated / raw httpx": ratios(timings["generated"], timings["raw httpx"]),
                    "target met": ratio.median <= TARGET,
                }
            )
            progress(f"percall {op}: sdk/raw = {ratio.fmt('x', 3)}")
    finally:
        await raw_http.aclose()
        await generated.get_async_httpx_client().aclose()
        await cc.aclose()
    return section


def main() -> None:
    """Run on its own: ``python -m benchmarks.percall``."""
    section = asyncio.run(measure(3000, 9, print))
    for row in section.rows:
        print(row)


if __name__ == "__main__":
    main()
