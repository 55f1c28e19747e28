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
MS = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS 2")
fake.add_provider_customer(CUSTOMER_ID, MS, status="created")
# One of each part-2 thing, for the success paths of the operations that name one.
RESELLER_ID = fake.add_reseller(TENANT)
OFFER_ID = fake.add_offer(TENANT, provider_instance_id=MS)
SUBSCRIPTION_ID = fake.add_subscription(CUSTOMER_ID, provider_instance_id=MS, offer_id=OFFER_ID)
INVOICE_ID = fake.add_invoice(
    TENANT, provider_instance_id=MS, line_items={kind: 30 for kind in ("usage", "onetime", "license")}
)
QUERY_STEERING = {
    "providerInstanceId": str(MS),
    "invoiceType": "Recurring",
    "OfferTypes": "License",
    "Segment": "Commercial",
}
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
                if case.method == "DELETE" and "subscriptionId" not in case.path_parameters
                else CUSTOMER_ID
            )
            case.path_parameters["customerId"] = str(target)
        if "subscriptionId" in case.path_parameters:
            # A delete (a cancel) gets a subscription of its own: the others keep theirs.
            target = (
                fake.add_subscription(CUSTOMER_ID, provider_instance_id=MS, offer_id=OFFER_ID)
                if case.method == "DELETE"
                else SUBSCRIPTION_ID
            )
            case.path_parameters["subscriptionId"] = str(target)
        if "id" in case.path_parameters:
            offers = case.operation.path.lower().startswith("/v1/offers")
            case.path_parameters["id"] = str(OFFER_ID if offers else INVOICE_ID)
        if "resellerId" in case.path_parameters:
            case.path_parameters["resellerId"] = str(RESELLER_ID)
        # Required query parameters that name a thing, or one of a few documented values.
        for name, value in QUERY_STEERING.items():
            if isinstance(case.query, dict) and name in case.query:
                case.query[name] = value
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


def _operation_of(method: str, path: str) -> str | None:
    from cloudcockpit_client.testing._http import ROUTES

    for route in ROUTES:  # literal-first order, as the double routes
        if route.method == method and route.pattern.match(path):
            return f"{method} {route.template}"
    return None


def test_conformance_run_reached_a_success_path_of_most_operations() -> None:
    """Runs last: which operations answered a 2xx at least once (printed; most must have)."""
    succeeded = {_operation_of(r.method, r.path) for r in fake.requests if 200 <= r.status < 300}
    documented = {f"{method.upper()} {path}" for path, item in SPEC["paths"].items() for method in item}
    missing = sorted(documented - succeeded)
    print(f"schemathesis: {len(documented) - len(missing)} of {len(documented)} operations reached a 2xx")
    print("never a 2xx:", *missing, sep="\n  ")
    # A floor, not a target: the rest need bodies that schemathesis rarely makes valid (a GDAP
    # relationship's, an order's) or state a random case cannot set up. README says which.
    assert len(documented) - len(missing) >= 45, missing
