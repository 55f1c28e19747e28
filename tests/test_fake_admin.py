"""The served double's admin API (/__cloudcockpit), over real HTTP on 127.0.0.1: tokens, the requests
received (secrets masked), faults, seeding and reset; and what `python -m cloudcockpit_client.testing`
prints on start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from conftest import CUSTOMER, TENANT
from servedfake import ServedFake

from cloudcockpit_client import InternalServerError, SyncCloudCockpit
from cloudcockpit_client.testing import FakeCloudCockpit


@pytest.fixture
def served() -> Iterator[ServedFake]:
    served = ServedFake(FakeCloudCockpit()).start()
    try:
        yield served
    finally:
        served.stop()


def test_a_service_in_another_language_can_steer_and_inspect_the_double(served: ServedFake) -> None:
    with httpx.Client(
        base_url=served.url + "/__cloudcockpit", timeout=10
    ) as admin:  # closed: no leaked socket
        customer = str(uuid.uuid4())
        seeded = admin.post(
            "/seed", json={"tenants": [{"domain": TENANT, "customers": [{**CUSTOMER, "id": customer}]}]}
        )
        assert seeded.status_code == 204
        token = admin.post("/tokens", json={"tenant": TENANT}).json()["token"]
        assert admin.post("/faults", json={"status": 500, "method": "PATCH", "times": 1}).status_code == 201
        assert admin.post("/faults", json={"bogus": 1}).status_code == 400
        with SyncCloudCockpit(TENANT, token=token, base_url=served.url, retries=0) as cc:
            assert cc.customers.get_customer(customer).company_name == CUSTOMER["companyName"]
            with pytest.raises(InternalServerError):
                cc.customers.update_internal_identifier(customer, internal_identifier="X")
            cc.customers.update_internal_identifier(customer, internal_identifier="X")
        recorded = admin.get("/requests").json()
        assert [(r["method"], r["status"]) for r in recorded] == [
            ("GET", 200),
            ("PATCH", 500),
            ("PATCH", 204),
        ]
        assert all(r["headers"]["authorization"] == "***" for r in recorded)  # the token is masked
        assert token not in admin.get("/requests").text
        assert recorded[2]["body"] == {"internalIdentifier": "X"}
        # "nothing was sent twice": one GET of the customer, exactly
        assert sum(r["method"] == "GET" and r["path"].endswith(customer) for r in recorded) == 1
        assert admin.get("/faults").json() == []
        assert admin.delete("/requests").status_code == 204 and admin.get("/requests").json() == []
        assert admin.post("/reset").status_code == 204
        assert (
            httpx.get(
                f"{served.url}/v1/Customers", headers={"Authorization": f"Bearer {token}", "X-Tenant": TENANT}
            ).status_code
            == 401
        )
        assert admin.get("/nothing").status_code == 404


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_the_served_double_says_where_it_listens_and_how_to_get_a_token() -> None:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "cloudcockpit_client.testing", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if "PROXY" not in k.upper()},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert f"listening on http://127.0.0.1:{port}" in first
        banner = first + "".join(process.stdout.readline() for _ in range(4))
        assert f"http://127.0.0.1:{port}/__cloudcockpit/tokens" in banner
        deadline = time.monotonic() + 20
        while True:  # the banner comes just before uvicorn binds the port
            try:
                token = httpx.post(
                    f"http://127.0.0.1:{port}/__cloudcockpit/tokens", json={"tenant": TENANT}, timeout=5
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the served double did not start"
                time.sleep(0.05)
        assert token.status_code == 201 and token.json()["token"]
    finally:
        process.terminate()
        process.wait(timeout=20)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        process.stderr.close()
