"""Hardening, third round (issue 25), item 7: a 2xx body whose documented fields have the wrong JSON
type is a ResponseValidationError naming the field, over real loopback sockets (tests/faultserver.py);
a failure after a request went out is never reported as bad input (not a ValueError, not exit 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CUSTOMER, CUSTOMER_ID, TENANT, TOKEN, Recorder
from faultserver import Action, FaultServer

from cloudcockpit_client import CloudCockpit, ResponseValidationError
from cloudcockpit_client.models import Customer

JSON = {"Content-Type": "application/json"}
INF = "1e999999"  # json.loads gives inf: no JSON encoder writes it, so it is spliced into the text
INSTANCE = "0f9c3b40-8a1d-4c4e-9a57-1b2f3c4d5e6f"


def _body(**fields: Any) -> bytes:
    """A customer's JSON with ``fields`` over CUSTOMER; the string "INF" becomes the number 1e999999."""
    return json.dumps({**CUSTOMER, **fields}).replace('"INF"', INF).encode()


async def _collect(walk: Any, seen: list[Any]) -> None:
    async for value in walk:
        seen.append(getattr(value, "company_name", value))


def _good() -> Action:
    return Action(status=200, headers=JSON, body=_body(companyName="Contoso Ltd"))


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"companyName": "INF"}, "companyName: expected a string or null, got a number (inf)"),
        ({"companyName": 123}, "companyName: expected a string or null, got a number (123)"),
        ({"companyName": []}, "companyName: expected a string or null, got an array of 0"),
        ({"companyName": {}}, "companyName: expected a string or null, got an object"),
        ({"companyName": True}, "companyName: expected a string or null, got a boolean (true)"),
        ({"id": None}, "id: expected a UUID string, got null"),
        ({"id": 7}, "id: expected a UUID string, got a number (7)"),
        (
            {"resellerId": "not-a-uuid"},
            "resellerId: expected a UUID string or null, got a string ('not-a-uuid')",
        ),
        ({"providerCustomers": "x"}, "providerCustomers: expected an object or null, got a string ('x')"),
        (
            {"providerCustomers": {INSTANCE: {"providerInstanceId": 5}}},
            f"providerCustomers.{INSTANCE}.providerInstanceId: expected a UUID string, got a number (5)",
        ),
        (
            {"providerCustomers": {INSTANCE: {"margin": {"marginRule": {"name": "Markup"}, "value": "INF"}}}},
            f"providerCustomers.{INSTANCE}.margin.value: expected a finite number, got a number (inf)",
        ),
        (
            {"providerCustomers": {INSTANCE: {"margin": {"marginRule": {"name": []}, "value": 1}}}},
            f"providerCustomers.{INSTANCE}.margin.marginRule.name: expected a string or null, got an array of 0",
        ),
        ({"customerAssociations": {}}, "customerAssociations: expected an array or null, got an object"),
        ({"customerAssociations": [{}, 5]}, "customerAssociations[1]: expected an object, got a number (5)"),
    ],
)
async def test_a_customer_of_the_wrong_types_is_an_error_naming_the_field(
    server: FaultServer, fields: dict[str, Any], message: str
) -> None:
    server.script(Action(status=200, headers=JSON, body=_body(**fields)), _good())
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, retries=0) as cc:
        with pytest.raises(ResponseValidationError) as info:
            await cc.customers.get_customer(CUSTOMER_ID)
        exc = info.value
        assert exc.message == f"customer: {message}"
        assert exc.status_code == 200
        assert exc.correlation_id == server.requests[0].headers["x-correlation-id"]
        assert "\n" not in str(exc) and TOKEN not in str(exc)
        # The client stays usable: the next answer is read as usual.
        customer = await cc.customers.get_customer(CUSTOMER_ID)
        assert customer.company_name == "Contoso Ltd"
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_a_page_of_the_wrong_types_names_the_field_and_the_item(server: FaultServer) -> None:
    items = [{**CUSTOMER, "companyName": "A"}, {**CUSTOMER, "companyName": "INF"}]
    page = json.dumps({"items": items, "totalPages": 1}).replace('"INF"', INF).encode()
    totals = json.dumps({"items": items[:1], "totalPages": "9", "hasNextPage": "yes"}).encode()
    huge = json.dumps({"items": items[:1], "totalCount": 2**31}).encode()  # the spec says int32
    server.script(*(Action(status=200, headers=JSON, body=body) for body in (page, totals, huge)))
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, retries=0) as cc:
        seen: list[Any] = []
        with pytest.raises(ResponseValidationError) as info:
            await _collect(cc.customers.list_customers(), seen)
        assert seen == ["A"]
        assert info.value.message == "items[1]: companyName: expected a string or null, got a number (inf)"
        with pytest.raises(ResponseValidationError) as info:
            await _collect(cc.customers.list_customers().pages(), [])
        assert info.value.message == "page: totalPages: expected an integer, got a string ('9')"
        with pytest.raises(ResponseValidationError) as info:
            await _collect(cc.customers.list_customers().pages(), [])
        assert info.value.message == (
            "page: totalCount: expected a 32-bit integer (format int32), got a number (2147483648)"
        )
    assert len(server.requests) == 3


@pytest.mark.anyio
async def test_update_with_changes_after_a_bad_read_is_a_response_error_not_bad_input(
    server: FaultServer,
) -> None:
    extra = json.dumps({**CUSTOMER, "undocumented": "INF"}).replace('"INF"', INF).encode()
    server.script(
        Action(status=200, headers=JSON, body=_body(companyName="INF")),
        Action(status=200, headers=JSON, body=extra),
    )
    async with CloudCockpit(TENANT, token=TOKEN, base_url=server.url, retries=0) as cc:
        messages = []
        for _ in range(2):
            with pytest.raises(ResponseValidationError) as info:
                await cc.customers.update_account_info(CUSTOMER_ID, changes={"firstName": "Ada"})
            assert not isinstance(info.value, ValueError)
            messages.append(info.value.message)
    assert messages == [
        "customer: companyName: expected a string or null, got a number (inf)",
        # An undocumented field is kept as sent, but inf cannot go back in the PATCH.
        "customer: field undocumented: inf is not allowed in JSON",
    ]
    assert [r.method for r in server.requests] == ["GET", "GET"]  # no PATCH went out


@pytest.mark.anyio
async def test_changes_and_customers_of_the_wrong_types_are_refused_before_io() -> None:
    recorder = Recorder()
    async with CloudCockpit(TENANT, token=TOKEN, transport=recorder.transport(), retries=0) as cc:
        with pytest.raises(
            ValueError, match=r"changes: companyName: expected a string or null, got a number \(5\)"
        ):
            await cc.customers.update_account_info(CUSTOMER_ID, changes={"companyName": 5})
        with pytest.raises(
            ValueError, match=r"customer: resellerId: expected a UUID string or null, got a number"
        ):
            await cc.customers.update_account_info(CUSTOMER_ID, customer={**CUSTOMER, "resellerId": 1})
    assert recorder.requests == []


def test_a_model_accepts_the_values_of_its_types() -> None:
    """What the checks let through: the documented types, null where nullable, and a caller's own
    instances (a UUID, a nested model) in a mapping."""
    import uuid

    from cloudcockpit_client.models import CustomerAssociation, ProviderCustomers

    reseller = uuid.uuid4()
    customer = Customer.from_dict(
        {
            **CUSTOMER,
            "resellerId": reseller,
            "providerCustomers": ProviderCustomers(),
            "customerAssociations": [CustomerAssociation(), {}],
            "id": str(reseller),
        }
    )
    assert customer.reseller_id == reseller and customer.id == reseller
    assert isinstance(customer.provider_customers, ProviderCustomers)
    assert [type(a) for a in customer.customer_associations or []] == [CustomerAssociation] * 2
    assert Customer.from_dict({**CUSTOMER, "companyName": None}).company_name is None


def test_enums_and_nested_required_fields_are_named_too() -> None:
    from cloudcockpit_client._generated.types import FieldTypeError
    from cloudcockpit_client.models import Margin

    for body, path, problem in [
        ({"marginRule": {"name": []}, "value": 1}, "marginRule.name", "Unexpected value []"),
        ({"marginRule": {"name": "Discount"}, "value": 1}, "marginRule.name", "Unexpected value 'Discount'"),
        ({"marginRule": {}, "value": 1}, "marginRule.name", "missing required field"),
        ({"marginRule": {"name": "Markup"}, "value": float("nan")}, "value", "expected a finite number"),
        ({"marginRule": {"name": "Markup"}, "value": False}, "value", "expected a finite number"),
    ]:
        with pytest.raises(FieldTypeError) as info:
            Margin.from_dict(body)
        assert info.value.path == path and info.value.problem.startswith(problem)
    assert Margin.from_dict({"marginRule": {"name": "markup"}, "value": 10}).value == 10


SCRIPT = Path(sys.executable).parent / "cloudcockpit"


def _cli(server: FaultServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("CLOUDCOCKPIT_") and "PROXY" not in k.upper()
    }
    env.update(CLOUDCOCKPIT_TENANT=TENANT, CLOUDCOCKPIT_TOKEN=TOKEN, CLOUDCOCKPIT_BASE_URL=server.url)
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )


def test_the_cli_reports_a_bad_body_as_an_api_error_not_a_usage_error(server: FaultServer) -> None:
    server.script(*[Action(status=200, headers=JSON, body=_body(companyName="INF"))] * 2)
    got = _cli(server, "customers", "get", str(CUSTOMER_ID))
    assert got.returncode == 1, got.stderr  # exit 2 is a usage error: the input was fine
    lines = got.stderr.strip().splitlines()
    assert lines == [
        "error: 200 OK: customer: companyName: expected a string or null, got a number (inf) "
        f"(correlation id {server.requests[0].headers['x-correlation-id']})"
    ]
    changed = _cli(server, "customers", "update-account-info", str(CUSTOMER_ID), "--set", "firstName=Ada")
    assert changed.returncode == 1, changed.stderr
    assert "companyName: expected a string or null" in changed.stderr
    assert [r.method for r in server.requests] == ["GET", "GET"]  # the update's read; no PATCH
