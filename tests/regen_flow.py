"""Run by tests/test_regeneration.py in a subprocess, with a copy of cloudcockpit_client whose
_generated/ was regenerated from an extended spec first on sys.path. Uses only what `make generate`
made of the new operations: no line of it is hand-written. Prints "ok" when every check holds.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import os
import subprocess
import sys
import threading
import uuid

import httpx

import cloudcockpit_client
from cloudcockpit_client import CloudCockpit, NotFoundError, SyncCloudCockpit

assert os.environ["REGEN_ROOT"] in cloudcockpit_client.__file__, cloudcockpit_client.__file__
TENANT, TOKEN = "portal.example.com", "tok-123"
CUSTOMER = uuid.uuid4()
INVOICE = uuid.uuid4()
seen: list[httpx.Request] = []


def handler(request: httpx.Request) -> httpx.Response:
    seen.append(request)
    path = request.url.path
    if request.method == "DELETE":
        return (
            httpx.Response(202)
            if path.endswith(str(CUSTOMER))
            else httpx.Response(404, json={"description": "gone"})
        )
    if path.endswith("/lineitems"):
        token = request.headers.get("X-ContinuationToken")
        pages = {None: (["a", "b"], "t1"), "t1": (["c"], "t2"), "t2": (["d"], None)}
        names, following = pages[token]
        return httpx.Response(
            200, json={"items": [{"id": n, "extra": 1} for n in names], "continuationToken": following}
        )
    if path.endswith("/parts"):
        return httpx.Response(
            200, json=[{"id": "L1", "quantity": 3}, {"id": "L2", "quantity": 5, "new": True}]
        )
    if path.endswith("/name"):
        return httpx.Response(202)
    return httpx.Response(500)


async def async_flow() -> None:
    async with CloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(handler), retries=0) as cc:
        assert await cc.widgets.delete_widget(CUSTOMER) is None
        with_raw = await cc.widgets.with_raw_response.delete_widget(str(CUSTOMER))
        assert with_raw.status_code == 202 and with_raw.parse() is None
        try:
            await cc.widgets.delete_widget(uuid.uuid4())
        except NotFoundError as exc:
            assert exc.description == "gone"
        else:
            raise AssertionError("a 404 must raise NotFoundError")
        before = len(seen)
        for bad in ("../x", 42):
            try:
                await cc.widgets.delete_widget(bad)  # type: ignore[arg-type]
            except ValueError as exc:
                assert "widget_id" in str(exc)
        assert len(seen) == before, "a bad id must fail before any I/O"

        items = [item.id async for item in cc.invoices.list_invoice_line_items(INVOICE, page_size=2)]
        assert items == ["a", "b", "c", "d"], items
        tokens = [r.headers.get("X-ContinuationToken") for r in seen[-3:]]
        assert tokens == [None, "t1", "t2"], tokens
        assert all(r.url.params["pageSize"] == "2" for r in seen[-3:])
        pages = [
            p async for p in cc.invoices.list_invoice_line_items(INVOICE, continuation_token="t1").pages()
        ]
        assert [p.continuation_token for p in pages] == ["t2", None]
        assert pages[0].items[0].additional_properties == {"extra": 1}

        licenses = await cc.widgets.list_widget_parts(CUSTOMER)
        assert [(lic.id, lic.quantity) for lic in licenses] == [("L1", 3), ("L2", 5)]
        assert licenses[1]["new"] is True  # an unknown field is kept

        await cc.widgets.rename_widget(CUSTOMER, name="ERP-7")
        assert seen[-1].method == "PATCH" and json.loads(seen[-1].content) == "ERP-7"
        try:
            await cc.widgets.rename_widget(CUSTOMER, name=7)  # type: ignore[arg-type]
        except TypeError as exc:
            assert "name" in str(exc)
        else:
            raise AssertionError("a non-str body must be refused")
    request = seen[0]
    assert request.method == "DELETE" and request.url.path == f"/v1/Widgets/{CUSTOMER}"
    assert request.headers["X-Tenant"] == TENANT and request.headers["Authorization"] == f"Bearer {TOKEN}"
    uuid.UUID(request.headers["X-Correlation-Id"])


def sync_flow() -> None:
    with SyncCloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(handler), retries=0) as cc:
        assert cc.widgets.delete_widget(CUSTOMER) is None
        assert [i.id for i in cc.invoices.list_invoice_line_items(INVOICE)] == ["a", "b", "c", "d"]
        assert cc.widgets.with_raw_response.delete_widget(CUSTOMER).status_code == 202
    from cloudcockpit_client._generated.facade.widgets import SyncWidgets, Widgets

    for method in (Widgets.delete_widget, SyncWidgets.delete_widget):  # documented from the spec
        doc = method.__doc__ or ""
        assert "Deletes a widget from the portal" in doc and "Args:" in doc and "Raises:" in doc, doc


class _Server(http.server.BaseHTTPRequestHandler):
    received: list[tuple[str, str]] = []

    def do_DELETE(self) -> None:
        self.received.append((self.command, self.path))
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def cli_flow() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        env = {
            **os.environ,
            "CLOUDCOCKPIT_TENANT": TENANT,
            "CLOUDCOCKPIT_TOKEN": TOKEN,
            "CLOUDCOCKPIT_BASE_URL": f"http://127.0.0.1:{server.server_address[1]}",
        }
        done = subprocess.run(
            [sys.executable, "-m", "cloudcockpit_client.cli", "widgets", "delete-widget", str(CUSTOMER)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert _Server.received == [("DELETE", f"/v1/Widgets/{CUSTOMER}")], _Server.received
        usage = subprocess.run(
            [sys.executable, "-m", "cloudcockpit_client.cli", "widgets", "delete-widget", "not-a-uuid"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert usage.returncode == 2 and "not a UUID" in usage.stderr, usage.stderr
        assert len(_Server.received) == 1
        helped = subprocess.run(
            [
                sys.executable,
                "-m",
                "cloudcockpit_client.cli",
                "invoices",
                "list-invoice-line-items",
                "--help",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "--page-size" in helped.stdout and "--continuation-token" in helped.stdout, helped.stdout
    finally:
        server.shutdown()
        server.server_close()


asyncio.run(async_flow())
sync_flow()
cli_flow()
print("ok")
