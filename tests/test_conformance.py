"""Schemathesis runs openapi.yaml against the in-memory CloudCockpit's ASGI app.

Every response must match the spec (documented status, content type and body schema), and
requests that break the spec must be refused with a documented status. Fixed seed, bounded cases.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import hypothesis
import schemathesis
import yaml
from schemathesis.checks import positive_data_acceptance

from cloudcockpit_client.testing import FakeCloudCockpit

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
TENANT = "portal.example.com"

fake = FakeCloudCockpit()
fake.add_tenant(TENANT)
TOKEN = fake.issue_token(TENANT, expires_in=10**9)
fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
CUSTOMER_ID = fake.add_customer(
    TENANT,
    {
        "companyName": "Contoso Ltd",
        "country": "PT",
        "addressLine1": "Rua 1",
        "city": "Lisboa",
        "state": "Lisboa",
        "zip": "1100",
        "firstName": "Ada",
        "lastName": "Lovelace",
        "email": "ada@contoso.example",
        "phone": "1",
    },
)
_fake_app = fake.asgi_app()


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The double, plus the spec at /openapi.json so schemathesis can load it over ASGI."""
    if scope["type"] == "http" and scope["path"] == "/openapi.json":
        body = json.dumps(SPEC).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})
        return
    await _fake_app(scope, receive, send)


def _served(operation: Any) -> bool:
    """Operations the double serves; the documented rest answer 501 for now (testing/_unserved.py)."""
    from cloudcockpit_client.testing._unserved import UNSERVED

    return (operation.method.upper(), operation.path) not in UNSERVED


schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(lambda ctx: _served(ctx.operation))
CASES = 0


@schema.parametrize()
@hypothesis.settings(max_examples=40, deadline=None, derandomize=True, database=None)
def test_the_double_conforms_to_the_spec(case: schemathesis.Case) -> None:
    global CASES
    CASES += 1
    # Most generated ids and tenants are unknown to the double; steer some positive cases to real
    # ones so the success paths are exercised too (never a negative case: that would repair it).
    negative = case.meta is not None and case.meta.generation.mode.is_negative
    if not negative and CASES % 2 == 0:
        if "customerId" in case.path_parameters:
            # A delete gets a customer of its own: the others keep theirs.
            target = (
                fake.add_customer(TENANT, fake.customer(CUSTOMER_ID))
                if case.method == "DELETE"
                else CUSTOMER_ID
            )
            case.path_parameters["customerId"] = str(target)
        if "providerInstanceId" in case.path_parameters:
            # A fresh failed provider customer, so that a retry can succeed.
            instance = fake.add_provider_instance(TENANT, provider="acme")
            fake.add_provider_customer(
                CUSTOMER_ID, instance, status="failed", failure_reason="InvalidCompanyInfo"
            )
            case.path_parameters["providerInstanceId"] = str(instance)
        if isinstance(case.body, dict) and "providerInstanceId" in case.body:
            case.body["providerInstanceId"] = str(fake.add_provider_instance(TENANT, provider="acme"))
        if case.headers is not None and "X-Tenant" in case.headers:
            case.headers["X-Tenant"] = TENANT
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if case.headers and "X-Tenant" in case.headers and CASES % 3 != 0:
        case.headers["X-Tenant"] = TENANT
    # positive_data_acceptance is left out on purpose: the API answers 400 to schema-valid
    # requests that break a business rule (retrying a provider customer that has not failed,
    # Microsoft data without a documented key, adding an instance twice).
    case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])


def test_conformance_run_reached_the_success_paths() -> None:
    """Runs after the parametrized test above (file order): the run was not all 4xx."""
    statuses = [r.status for r in fake.requests]
    print(f"schemathesis: {CASES} cases, statuses {sorted(set(statuses))}")
    assert CASES >= 30
    assert {200, 201, 202, 204} <= set(statuses), sorted(set(statuses))
    assert {400, 401, 404} <= set(statuses)
    # Every operation of the spec was exercised, the read side's success paths included.
    succeeded = {
        (r.method, [*r.path.split("/"), ""][2].lower(), r.path.count("/"))
        for r in fake.requests
        if r.status == 200
    }
    assert {("GET", "customers", 2), ("GET", "customers", 3), ("GET", "providers", 3)} <= succeeded
    # Every operation answered at least once with a documented 2xx or 4xx, never a 501 (all served).
    assert 501 not in statuses
