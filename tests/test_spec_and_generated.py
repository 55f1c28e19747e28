"""openapi.yaml is valid and faithful; the generated code handles the spec's tricky parts."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from cloudcockpit_client import Customer, Margin
from cloudcockpit_client._generated.api.customers import retry_provider_customer
from cloudcockpit_client._generated.client import Client
from cloudcockpit_client._generated.models import AddProviderInstanceRequest, ErrorResponse

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def test_spec_is_valid_openapi() -> None:
    spec_dict, _ = read_from_filename(str(SPEC_PATH))
    validate(spec_dict)


def test_operations_tags_and_responses(spec: dict[str, Any]) -> None:
    ops = {(path, method): op for path, item in spec["paths"].items() for method, op in item.items()}
    expected = {
        ("/v1/Customers/{customerId}/provider-customers/{providerInstanceId}", "post"): (
            "retryProviderCustomer",
            {"204", "400", "401", "403", "404"},
        ),
        ("/v1/Customers/{customerId}/provider-instances", "post"): (
            "addProviderInstance",
            {"201", "400", "401", "403", "404", "500"},
        ),
        ("/v1/Customers/{customerId}/account-info", "patch"): (
            "updateAccountInfo",
            {"202", "400", "401", "403", "500"},
        ),
        ("/v1/Customers/{customerId}", "get"): ("getCustomer", {"200", "400", "401", "403", "404", "500"}),
        ("/v1/Customers", "get"): ("listCustomers", {"200", "400", "401", "403", "500"}),
        ("/v1/Providers/Instances", "get"): ("listProviderInstances", {"200", "400", "401", "403", "500"}),
    }
    assert set(expected) <= set(ops)  # the first six, as they were read; the rest by the rules below
    for key, (op_id, statuses) in expected.items():
        op = ops[key]
        assert op["operationId"] == op_id
        assert op["tags"] == (["Providers"] if key[0].startswith("/v1/Providers") else ["Customers"])
        assert set(op["responses"]) == statuses
    tags = {t["name"] for t in spec["tags"]}
    for op in ops.values():
        assert op["operationId"] and len(op["tags"]) == 1 and op["tags"][0] in tags
        assert re.search(r"Source:\s+https://developer\.cloudcockpit\.", op.get("description", "")) or op[
            "operationId"
        ] in {v[0] for v in expected.values()}, op["operationId"]
        for status in (s for s in ("401", "403") if s in op["responses"]):
            response = op["responses"][status]
            if "$ref" in response:
                response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
            assert "content" not in response
        for content in ((op.get("requestBody") or {}).get("content", {}),):
            assert set(content) <= {"application/json"}
    assert spec["security"] == [{"bearerAuth": []}]


def test_customer_model_required_fields_and_lengths(spec: dict[str, Any]) -> None:
    customer = spec["components"]["schemas"]["Customer"]
    assert set(customer["required"]) == {
        "companyName",
        "country",
        "addressLine1",
        "city",
        "state",
        "zip",
        "firstName",
        "lastName",
        "email",
        "phone",
        "providerCustomers",
    }
    props = customer["properties"]
    assert props["zip"]["maxLength"] == 30 and props["phone"]["maxLength"] == 30
    assert props["companyName"]["maxLength"] == 255
    assert "maxLength" not in props["country"]


def test_generated_operation_sends_the_correlation_header_as_a_string() -> None:
    """openapi-python-client 0.29 crashes on UUID-typed headers; the spec declares it a string."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = Client(base_url="https://api.example.com")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.example.com", transport=httpx.MockTransport(handler))
    )
    cid = str(uuid.uuid4())
    response = retry_provider_customer.sync_detailed(
        uuid.uuid4(), uuid.uuid4(), client=client, x_tenant="t.example.com", x_correlation_id=cid
    )
    assert response.status_code == 204
    assert seen[0].headers["X-Correlation-Id"] == cid


def test_nullable_refs_accept_null() -> None:
    body = AddProviderInstanceRequest.from_dict(
        {
            "providerInstanceId": str(uuid.uuid4()),
            "providerCustomerData": None,
            "margin": {"marginRule": {"name": "Markup"}, "value": 10},
            "offerTypeMargins": None,
        }
    )
    assert body.offer_type_margins is None
    assert body.to_dict()["offerTypeMargins"] is None
    customer = Customer.from_dict(
        {
            "companyName": None,
            "country": None,
            "addressLine1": None,
            "city": None,
            "state": None,
            "zip": None,
            "firstName": None,
            "lastName": None,
            "email": None,
            "phone": None,
            "providerCustomers": {
                "8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00": {"providerCustomerId": None, "status": "Failed"}
            },
        }
    )
    pcs = customer.to_dict()["providerCustomers"]
    # Unknown fields of a provider customer survive a round trip.
    assert pcs["8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00"] == {"providerCustomerId": None, "status": "Failed"}


def test_error_response_model_parses_the_documented_body() -> None:
    err = ErrorResponse.from_dict(
        {
            "statusCode": 400,
            "type": "x",
            "description": "d",
            "correlationId": "c",
            "errors": [{"propertyName": "p", "description": ["m1", "m2"]}],
        }
    )
    assert err.errors[0].description == ["m1", "m2"]  # type: ignore[index,union-attr]


def test_margin_round_trip() -> None:
    margin = Margin.from_dict({"marginRule": {"name": "SplitMargin"}, "value": 12.5})
    assert margin.to_dict() == {"marginRule": {"name": "SplitMargin"}, "value": 12.5}
