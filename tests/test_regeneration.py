"""Regeneration: an operation written into openapi.yaml reaches users after `make generate` alone.

Operations the spec does not have (a 202 DELETE, a continuation-token list in a new tag, a bare
array, a bare string body) are added to a temporary copy of openapi.yaml, and a copy of the package
is regenerated from it: the new methods are called on both clients and the CLI (tests/regen_flow.py,
in a subprocess), type-checked, and listed in api.md. The escape hatch, `cc.call()`, is tested with
the DELETE generated into a separate package.
"""

from __future__ import annotations

import copy
import importlib
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from conftest import TENANT, TOKEN, Recorder

from cloudcockpit_client import CloudCockpit, NotFoundError, ResponseValidationError

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())


def extended_spec() -> dict[str, Any]:
    """openapi.yaml plus operations it does not have, one of each shape the facade generates:
    a 202 DELETE, a continuation-token list in a new tag, a bare JSON array, a bare string body."""
    spec = copy.deepcopy(SPEC)
    ids = {"$ref": "#/components/parameters/XTenant"}, {"$ref": "#/components/parameters/XCorrelationId"}

    def uuid_path(name: str) -> dict[str, Any]:
        return {"name": name, "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}

    # A tag of its own (cc.widgets), so that the next operations written into openapi.yaml can never
    # collide with these.
    spec["paths"]["/v1/Widgets/{widgetId}"] = {}
    spec["paths"]["/v1/Widgets/{widgetId}"]["delete"] = {
        "tags": ["Widgets"],
        "operationId": "deleteWidget",
        "summary": "Deletes a widget from the portal.",
        "description": "Available to the roles: csp.",
        "parameters": [*ids, uuid_path("widgetId")],
        "responses": {
            "202": {"description": "Accepted"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    }
    spec["paths"]["/v1/Invoices/{invoiceId}/lineitems"] = {
        "get": {
            "tags": ["Invoices"],
            "operationId": "listInvoiceLineItems",
            "summary": "List the line items of an invoice",
            "parameters": [
                *ids,
                uuid_path("invoiceId"),
                {
                    "name": "X-ContinuationToken",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string"},
                },
                {"$ref": "#/components/parameters/PageSize"},
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/LineItemPage"}}
                    },
                }
            },
        }
    }
    spec["paths"]["/v1/Widgets/{widgetId}/parts"] = {
        "get": {
            "tags": ["Widgets"],
            "operationId": "listWidgetParts",
            "summary": "List the parts of a widget",
            "parameters": [*ids, uuid_path("widgetId")],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/WidgetPart"}}
                        }
                    },
                }
            },
        }
    }
    spec["paths"]["/v1/Widgets/{widgetId}/name"] = {
        "patch": {
            "tags": ["Widgets"],
            "operationId": "renameWidget",
            "summary": "Rename a widget",
            "parameters": [*ids, uuid_path("widgetId")],
            "requestBody": {
                "required": True,
                "x-codegen-request-body-name": "name",
                "content": {"application/json": {"schema": {"type": "string"}}},
            },
            "responses": {"202": {"description": "Accepted"}},
        }
    }
    spec["tags"].append({"name": "Invoices", "description": "Invoices and their line items."})
    spec["tags"].append({"name": "Widgets", "description": "Synthetic: a resource no spec will ever have."})
    schemas = spec["components"]["schemas"]
    schemas["LineItem"] = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    schemas["LineItemPage"] = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/LineItem"}},
            "continuationToken": {"type": ["string", "null"]},
        },
    }
    schemas["WidgetPart"] = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "quantity": {"type": "integer"}},
    }
    return spec


@pytest.fixture(scope="module")
def regenerated_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package whose generated code (endpoints, models, facade) was regenerated by
    `python -m codegen` from the extended spec: what a user has after editing openapi.yaml and
    running `make generate`. Returns the folder holding the copy."""
    root = tmp_path_factory.mktemp("sdk")
    shutil.copytree(
        ROOT / "cloudcockpit_client",
        root / "cloudcockpit_client",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    spec_path = root / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(extended_spec(), sort_keys=False))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "--spec",
            str(spec_path),
            "--package-dir",
            str(root / "cloudcockpit_client" / "_generated"),
            "--listing",
            str(root / "api.md"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return root


def _in_regenerated(root: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "REGEN_ROOT": str(root),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=600)


def test_new_operations_work_on_both_clients_and_the_cli_after_generation(regenerated_sdk: Path) -> None:
    done = _in_regenerated(regenerated_sdk, sys.executable, str(ROOT / "tests" / "regen_flow.py"))
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stdout + done.stderr


def test_new_operations_are_typed_for_a_type_checker(regenerated_sdk: Path) -> None:
    (regenerated_sdk / "check_new.py").write_text(
        textwrap.dedent(
            """
            from typing import assert_type
            from uuid import UUID

            from cloudcockpit_client import AsyncPaginator, CloudCockpit, SyncCloudCockpit, SyncPaginator
            from cloudcockpit_client._generated.models import LineItem, WidgetPart


            async def use(cc: CloudCockpit, sync: SyncCloudCockpit, cid: UUID) -> None:
                assert_type(await cc.widgets.delete_widget(cid), None)
                assert_type(sync.widgets.delete_widget(cid), None)
                assert_type(cc.invoices.list_invoice_line_items(cid), AsyncPaginator[LineItem])
                assert_type(sync.invoices.list_invoice_line_items(cid), SyncPaginator[LineItem])
                assert_type(await cc.widgets.list_widget_parts(cid), list[WidgetPart])
                assert_type(await cc.widgets.rename_widget(cid, name="x"), None)
                await cc.widgets.delete_widgit(cid)  # type: ignore[attr-defined]
                await cc.widgets.rename_widget(cid, title="x")  # type: ignore[call-arg]
            """
        )
    )
    done = _in_regenerated(
        regenerated_sdk,
        str(Path(sys.executable).parent / "mypy"),
        "--strict",
        "--warn-unused-ignores",
        "--config-file",
        "/dev/null",
        "--cache-dir",
        str(regenerated_sdk / ".mypy_cache"),
        "check_new.py",
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_listing_shows_the_new_operations(regenerated_sdk: Path) -> None:
    listing = (regenerated_sdk / "api.md").read_text()
    assert (
        "`delete_widget(widget_id: UUID \\| str)` | `DELETE /v1/Widgets/{widgetId}` → 202 | `None` |"
        in listing
    )
    assert "## `cc.invoices` (Invoices)" in listing
    assert "continuation_token: str \\| None = None" in listing
    assert "- **LineItem**: `id`: str" in listing


def test_the_committed_listing_is_the_generated_one() -> None:
    listing = (ROOT / "api.md").read_text()
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            assert f"`{method.upper()} {path}`" in listing, operation["operationId"]


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
        yield importlib.import_module("cc_regen_generated.api.widgets.delete_widget")
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
    assert req.url.path == f"/v1/Widgets/{customer_id}"
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
