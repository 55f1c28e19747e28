"""OpenTelemetry: one CLIENT span per call (HTTP client semantic conventions, plus the correlation
id and the attempts), the trace context on the wire in ``traceparent``, no token, body or personal
data in any attribute; and nothing imported when the application does not use OpenTelemetry."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, TENANT, TOKEN, Recorder
from faultserver import Action, FaultServer
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from cloudcockpit_client import APIConnectionError, BadRequestError, CloudCockpit, RetryPolicy

pytestmark = pytest.mark.anyio

EXPORTER = InMemorySpanExporter()
_PROVIDER = TracerProvider()
_PROVIDER.add_span_processor(SimpleSpanProcessor(EXPORTER))
trace.set_tracer_provider(_PROVIDER)  # once per process; the other tests' spans are simply dropped
CID = "c0ffee00-0000-4000-8000-0000000000cc"
TEMPLATE = "/v1/Customers/{id}/provider-customers/{id}"


@pytest.fixture(autouse=True)
def _fresh_exporter() -> None:
    EXPORTER.clear()


def client(rec: Recorder, **kwargs: object) -> CloudCockpit:
    return CloudCockpit(TENANT, token=TOKEN, transport=rec.transport(), **kwargs)  # type: ignore[arg-type]


async def test_a_call_is_one_client_span_and_its_context_goes_out_in_traceparent() -> None:
    rec = Recorder(default=httpx.Response(204))
    async with client(rec) as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID, correlation_id=CID)
    (span,) = EXPORTER.get_finished_spans()
    assert span.name == f"POST {TEMPLATE}" and span.kind == trace.SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "http.request.method": "POST",
        "url.template": TEMPLATE,
        "url.full": f"https://api.cloudcockpit.com/v1/Customers/{CUSTOMER_ID}/provider-customers/{INSTANCE_ID}",
        "server.address": "api.cloudcockpit.com",
        "server.port": 443,
        "cloudcockpit.correlation_id": CID,
        "http.response.status_code": 204,
        "cloudcockpit.attempts": 1,
    }
    assert span.status.status_code == trace.StatusCode.UNSET
    context = span.get_span_context()
    flags = int(context.trace_flags)
    assert flags & 1  # sampled
    assert (
        rec.requests[0].headers["traceparent"]
        == f"00-{context.trace_id:032x}-{context.span_id:016x}-{flags:02x}"
    )


async def test_the_span_covers_the_retries_and_nests_under_the_callers_span() -> None:
    rec = Recorder([httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(202)])
    tracer = trace.get_tracer("the-application")
    async with client(rec, retries=RetryPolicy(max_retries=2)) as cc:
        with tracer.start_as_current_span("onboard customer") as parent:
            await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
    ours, theirs = EXPORTER.get_finished_spans()
    assert theirs.name == "onboard customer" and ours.parent is not None
    assert ours.parent.span_id == parent.get_span_context().span_id
    attributes = dict(ours.attributes or {})
    assert attributes["cloudcockpit.attempts"] == 2 and attributes["http.request.resend_count"] == 1
    assert attributes["http.response.status_code"] == 202
    # Both attempts carried the one span's context.
    assert len({r.headers["traceparent"] for r in rec.requests}) == 1 and len(rec.requests) == 2


async def test_a_failed_call_records_the_error_type_but_no_description_body_or_token() -> None:
    description = "Email ada@contoso.example is invalid for Contoso Ltd"
    rec = Recorder(
        default=httpx.Response(
            400, json={"statusCode": 400, "description": description, "type": "Validation"}
        )
    )
    async with client(rec) as cc:
        with pytest.raises(BadRequestError):
            await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
    (span,) = EXPORTER.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "400" and attributes["http.response.status_code"] == 400
    assert span.status.status_code == trace.StatusCode.ERROR
    everything = repr(attributes) + repr([(e.name, dict(e.attributes or {})) for e in span.events])
    for private in (TOKEN, "ada@contoso.example", "Contoso", CUSTOMER["firstName"], "Validation"):
        assert private not in everything


async def test_a_transport_failure_records_the_exception_class() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    async with CloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(refuse), retries=0) as cc:
        with pytest.raises(APIConnectionError):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    (span,) = EXPORTER.get_finished_spans()
    assert dict(span.attributes or {})["error.type"] == "APIConnectionError"
    assert "http.response.status_code" not in (span.attributes or {})


NO_OTEL = """
import sys, anyio, httpx
from cloudcockpit_client import CloudCockpit

async def main():
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    async with CloudCockpit("t.example", token="tok", transport=transport) as cc:
        await cc.customers.retry_provider_customer(
            "3fa85f64-5717-4562-b3fc-2c963f66afa6", "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00")

anyio.run(main)
print(sorted(name for name in sys.modules if name.startswith("opentelemetry")))
"""


def test_nothing_is_imported_when_the_application_does_not_use_opentelemetry() -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_OTEL], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_sync_client_nests_its_span_under_the_calling_threads_span() -> None:
    from cloudcockpit_client import SyncCloudCockpit

    rec = Recorder(default=httpx.Response(204))
    tracer = trace.get_tracer("the-script")
    with (
        SyncCloudCockpit(TENANT, token=TOKEN, transport=rec.transport()) as cc,
        tracer.start_as_current_span("nightly retry job") as parent,
    ):
        cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    ours, theirs = EXPORTER.get_finished_spans()
    assert theirs.name == "nightly retry job" and ours.name == f"POST {TEMPLATE}"
    assert ours.parent is not None and ours.parent.span_id == parent.get_span_context().span_id
    assert ours.context.trace_id == parent.get_span_context().trace_id


@pytest.mark.parametrize(
    ("backend", "transport"),
    [("asyncio", None), ("trio", None), ("asyncio", "aiohttp")],
    ids=["asyncio-httpx", "trio-httpx", "asyncio-aiohttp"],
)
def test_over_a_real_socket_the_server_receives_the_spans_context(
    server: FaultServer, backend: str, transport: str | None
) -> None:
    import anyio

    server.script(Action(status=503, headers={"Retry-After": "0"}))

    async def main() -> None:
        async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, transport=transport) as cc:  # type: ignore[arg-type]
            await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)

    anyio.run(main, backend=backend)
    (span,) = EXPORTER.get_finished_spans()
    context = span.get_span_context()
    sent = {seen.headers["traceparent"] for seen in server.requests}
    assert sent == {f"00-{context.trace_id:032x}-{context.span_id:016x}-{int(context.trace_flags):02x}"}
    assert len(server.requests) == 2 and dict(span.attributes or {})["cloudcockpit.attempts"] == 2
    assert dict(span.attributes or {})["server.port"] == server.port
