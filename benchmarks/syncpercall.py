"""7. The sync client's cost per call, over httpx.MockTransport with a canned 204.

Two contenders make the same request (POST .../provider-customers/{id}, retry_provider_customer):

- ``raw httpx.Client``: a default sync httpx.Client and the request written by hand (uuid4
  correlation id, status check);
- ``SyncCloudCockpit``: ``cc.customers.retry_provider_customer()``, which hands the call to the async
  client's event loop thread and waits for it.

Each round runs both, in a rotated order; a figure is the median over rounds. Target: <= 1.5x.
"""

from __future__ import annotations

import time
import uuid

import httpx

from cloudcockpit_client import SyncCloudCockpit

from ._common import CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN, Progress, Section, Summary, interleaved, ratios

CONTENDERS = ("raw httpx.Client", "SyncCloudCockpit")
TARGET = 1.5


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(204)


def measure(calls: int, rounds: int, progress: Progress) -> Section:
    """Per-call microseconds of both contenders, and their ratio per round."""
    path = f"/v1/Customers/{CUSTOMER_ID}/provider-customers/{INSTANCE_ID}"
    times: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    raw = httpx.Client(
        transport=httpx.MockTransport(_handler),
        base_url="https://api.cloudcockpit.test",
        headers={"X-Tenant": TENANT, "Authorization": f"Bearer {TOKEN}"},
    )
    sdk = SyncCloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(_handler))
    try:
        for _ in range(min(calls, 200)):  # warm both up: imports, first-call caches
            raw.post(path, headers={"X-Correlation-Id": str(uuid.uuid4())})
            sdk.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        for number in range(rounds):
            for name in interleaved(CONTENDERS, number):
                started = time.perf_counter()
                if name == "SyncCloudCockpit":
                    for _ in range(calls):
                        sdk.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
                else:
                    for _ in range(calls):
                        response = raw.post(path, headers={"X-Correlation-Id": str(uuid.uuid4())})
                        if response.status_code != 204:
                            raise RuntimeError(f"unexpected {response.status_code}")
                times[name].append((time.perf_counter() - started) / calls * 1e6)
            progress(f"sync per call: round {number + 1}/{rounds}")
    finally:
        raw.close()
        sdk.close()
    ratio = ratios(times["SyncCloudCockpit"], times["raw httpx.Client"])
    section = Section(
        "syncpercall",
        "The sync client's cost per call (retry_provider_customer over httpx.MockTransport)",
        notes=[
            f"{rounds} interleaved rounds of {calls:,} calls; us per call as median (min-max).",
            f"SyncCloudCockpit / raw httpx.Client: {ratio.fmt(digits=2)}x (target <= {TARGET}x); "
            f"met: {'yes' if ratio.median <= TARGET else 'no'}.",
            "The SDK's share includes everything the async client does per call (validation, auth, "
            "retry layer, correlation id, error mapping) plus the hand-over to its event loop thread "
            "(asyncio.run_coroutine_threadsafe, about 65 us on this machine).",
        ],
    )
    section.rows = [{"client": name, "us/call": Summary.of(values)} for name, values in times.items()] + [
        {"client": "ratio SyncCloudCockpit / raw", "us/call": ratio}
    ]
    return section
