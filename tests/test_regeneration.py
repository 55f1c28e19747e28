"""Regeneration: the facade wraps every operation of openapi.yaml, and `cc.call()` reaches new ones.

The escape hatch is tested with an operation the spec does not have (DELETE /v1/Customers/{customerId},
documented, CSP only) added to a temporary copy of openapi.yaml and generated into a temporary
package during the test.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from conftest import TENANT, TOKEN, Recorder
from openapi_python_client.strings import snake_case

from cloudcockpit_client import CloudCockpit, NotFoundError, ResponseValidationError

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
HEADERS_SUPPLIED_BY_CLIENT = {"X-Tenant"}
# The facade's resource for each tag, where its name is not the tag's snake_case.
RESOURCE_OF_TAG = {"Providers": "provider_instances"}


def resource_of(tag: str) -> str:
    return RESOURCE_OF_TAG.get(tag, snake_case(tag))


def facade_drift(spec: dict[str, Any]) -> list[str]:
    """What the facade lacks for the operations of ``spec``, as instructions to a developer."""
    problems = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            resource = resource_of(op["tags"][0])
            name = snake_case(op["operationId"])
            owner = getattr(CloudCockpit(TENANT, token=TOKEN), resource, None)
            function = getattr(owner, name, None)
            where = f"{method.upper()} {path} ({op['operationId']})"
            if function is None:
                problems.append(
                    f"{where}: add `async def {name}(...)` to the {resource!r} resource "
                    f"(cloudcockpit_client/resources/{resource}.py)"
                )
                continue
            expected = {"correlation_id"}
            for param in op.get("parameters", []):
                if "$ref" in param:
                    param = spec["components"]["parameters"][param["$ref"].split("/")[-1]]
                if param["in"] == "header" and param["name"] in HEADERS_SUPPLIED_BY_CLIENT:
                    continue
                if param["name"] != "X-Correlation-Id":
                    expected.add(snake_case(param["name"]))
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                schema = spec["components"]["schemas"][body["$ref"].split("/")[-1]]
                expected |= {snake_case(prop) for prop in schema.get("properties", {})}
            actual = set(inspect.signature(function).parameters)
            if expected - actual:
                problems.append(f"{where}: add parameter(s) {sorted(expected - actual)} to {resource}.{name}")
    return problems


def test_every_operation_in_the_spec_is_wrapped() -> None:
    assert facade_drift(SPEC) == []


def extended_spec() -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/Customers/{customerId}"]["delete"] = {
        "tags": ["Customers"],
        "operationId": "deleteCustomer",
        "summary": "Delete a customer (CSP only)",
        "parameters": [
            {"$ref": "#/components/parameters/XTenant"},
            {"$ref": "#/components/parameters/XCorrelationId"},
            {
                "name": "customerId",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "format": "uuid"},
            },
        ],
        "responses": {
            "202": {"description": "Accepted"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    }
    return spec


def test_drift_message_says_what_to_add() -> None:
    assert facade_drift(extended_spec()) == [
        "DELETE /v1/Customers/{customerId} (deleteCustomer): add `async def delete_customer(...)` to the "
        "'customers' resource (cloudcockpit_client/resources/customers.py)"
    ]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The extended spec generated into a temporary package, imported as `cc_regen_generated`."""
    tmp = tmp_path_factory.mktemp("regen")
    (tmp / "openapi.yaml").write_text(yaml.safe_dump(extended_spec(), sort_keys=False))
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text())
    config["package_name_override"] = "cc_regen_generated"
    (tmp / "config.yaml").write_text(yaml.safe_dump(config))
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            "openapi.yaml",
            "--config",
            "config.yaml",
            "--custom-template-path",
            str(ROOT / "generator-templates"),
            "--meta",
            "none",
            "--output-path",
            "cc_regen_generated",
        ],
        cwd=tmp,
        env=env,
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(tmp))
    try:
        yield importlib.import_module("cc_regen_generated.api.customers.delete_customer")
    finally:
        sys.path.remove(str(tmp))
        for name in [m for m in sys.modules if m.startswith("cc_regen_generated")]:
            del sys.modules[name]


@pytest.mark.anyio
async def test_call_reaches_a_newly_generated_operation(regenerated: ModuleType) -> None:
    customer_id = uuid.uuid4()
    rec = Recorder(default=httpx.Response(202))
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport(), retries=0) as cc:
        result = await cc.call(
            regenerated, customer_id, correlation_id="c0ffee00-0000-4000-8000-000000000000"
        )
    assert result is None
    (req,) = rec.requests
    assert req.method == "DELETE"
    assert req.url.path == f"/v1/Customers/{customer_id}"
    assert req.headers["X-Tenant"] == TENANT and req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert req.headers["X-Correlation-Id"] == "c0ffee00-0000-4000-8000-000000000000"


@pytest.mark.anyio
async def test_call_maps_errors_like_the_facade(regenerated: ModuleType) -> None:
    from cloudcockpit_client._generated.api.customers import get_customer

    replies = [
        httpx.Response(
            404, json={"statusCode": 404, "description": "No such customer", "correlationId": "x-1"}
        ),
        httpx.Response(404, text="<html>gateway</html>"),
        httpx.Response(200, content=b"<html>not json</html>"),
    ]
    rec = Recorder(replies)
    async with CloudCockpit(TENANT, token=TOKEN, transport=rec.transport(), retries=0) as cc:
        with pytest.raises(NotFoundError) as info:
            await cc.call(regenerated, uuid.uuid4())
        assert info.value.description == "No such customer" and info.value.correlation_id == "x-1"
        with pytest.raises(NotFoundError):
            await cc.call(regenerated, uuid.uuid4())
        with pytest.raises(ResponseValidationError):
            await cc.call(get_customer, uuid.uuid4())
        with pytest.raises(TypeError, match="not a generated operation module"):
            await cc.call(os)
