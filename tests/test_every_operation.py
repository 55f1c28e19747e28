"""Every operation of openapi.yaml, called through the generated facade on both clients: the request
on the wire (method, path, query, headers, JSON body with the API's camelCase names) and the parsed
result, for a typical call built from the spec; and a bad id refused before any I/O.

The arguments are made from the spec itself (a value of each schema kind), so an operation added to
the spec is covered by this test with no line added here.
"""

from __future__ import annotations

import datetime
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from conftest import TENANT, TOKEN

from cloudcockpit_client import AsyncPaginator, CloudCockpit, Page, SyncCloudCockpit, SyncPaginator
from codegen import spec as spec_model
from codegen.spec import Kind, Operation

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
API = spec_model.load(SPEC)
OPERATIONS = [(resource.attribute, op) for resource in API.resources for op in resource.operations]
SCHEMAS = SPEC["components"]["schemas"]
UNKNOWN = "aFieldTheDocsDoNotShow"


def sample_json(schema: dict[str, Any]) -> Any:
    """A JSON value the schema accepts, with every required property (the API's names)."""
    if "$ref" in schema:
        return sample_json(SCHEMAS[schema["$ref"].split("/")[-1]])
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            return sample_json(next(s for s in schema[combiner] if s.get("type") != "null"))
    types = schema.get("type")
    kind = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
    if kind == "object" or "properties" in schema:
        required = schema.get("required", [])
        return {name: sample_json(schema["properties"][name]) for name in required}
    if kind == "array":
        return [sample_json(schema.get("items", {}))]
    if "enum" in schema:
        return schema["enum"][0]
    return {
        "string": str(uuid.uuid4())
        if schema.get("format") == "uuid"
        else "2024-05-04T09:42:00+00:00"
        if schema.get("format") == "date-time"
        else "x",
        "integer": 1,
        "number": 1.5,
        "boolean": True,
    }.get(kind, "x")


def sample_argument(kind: Kind) -> Any:
    """A Python value the facade takes for an argument of this kind."""
    if kind.kind == "model":
        name = next(n for n in SCHEMAS if spec_model.class_name(n) == kind.model)
        return sample_json(SCHEMAS[name])
    if kind.kind == "array":
        assert kind.item is not None
        return [sample_argument(kind.item)]
    return {
        "uuid": uuid.uuid4(),
        "string": "x",
        "enum": kind.values[0] if kind.values else "x",
        "integer": 1,
        "number": 1.5,
        "boolean": True,
        "datetime": datetime.datetime(2024, 5, 4, 9, 42, tzinfo=datetime.UTC),
        "date": datetime.date(2024, 5, 4),
        "any": "x",
    }[kind.kind]


def success_body(op: Operation) -> tuple[int, Any]:
    result = op.result
    operation = SPEC["paths"][op.path][op.method]
    response = operation["responses"].get(str(result.status)) or operation["responses"]["2XX"]
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if result.kind in ("page", "token_page"):
        assert result.model is not None
        item_schema = next(s for n, s in SCHEMAS.items() if spec_model.class_name(n) == result.model)
        body: dict[str, Any] = {"items": [sample_json(item_schema)]}
        body.update(
            {"totalPages": 1, "totalCount": 1} if result.kind == "page" else {"continuationToken": None}
        )
        return result.status, body
    body = None if schema is None else sample_json(schema)
    # A field the docs do not show (every stored page is cut somewhere) must survive the round trip.
    if result.kind == "model" and isinstance(body, dict):
        body[UNKNOWN] = {"kept": True}
    elif result.kind == "list" and result.model and isinstance(body, list):
        body = [{**item, UNKNOWN: {"kept": True}} for item in body]
    return result.status, body


# What a hand-written override needs besides the spec's required arguments (resources/customers.py).
EXTRA: dict[str, dict[str, Any]] = {"update_account_info": {"customer": sample_json(SCHEMAS["Customer"])}}


def call_arguments(op: Operation) -> tuple[list[Any], dict[str, Any]]:
    positional = [sample_argument(p.kind) for p in op.path_params]
    keywords = {
        p.name: sample_argument(p.kind)
        for p in op.keyword_params
        # A page size the spec requires is passed too (the line items); other paging is left out.
        if p.required and (p.name not in op.paging.values() or p.name == op.paging.get("page_size"))
    }
    return positional, {**keywords, **EXTRA.get(op.name, {})}


def expected_path(op: Operation, positional: list[Any]) -> str:
    path = op.path
    for param, value in zip(op.path_params, positional, strict=True):
        path = path.replace("{" + param.wire + "}", str(value))
    return path


def check_request(
    op: Operation, request: httpx.Request, positional: list[Any], keywords: dict[str, Any]
) -> None:
    where = f"{op.method.upper()} {op.path}"
    assert request.method == op.method.upper(), where
    assert request.url.path == expected_path(op, positional), where
    assert request.headers["X-Tenant"] == TENANT and request.headers["Authorization"] == f"Bearer {TOKEN}"
    uuid.UUID(request.headers["X-Correlation-Id"])
    for param in op.keyword_params:
        if param.name not in keywords:
            continue
        sent = keywords[param.name]
        if param.location == "query":
            assert param.wire in request.url.params, (where, param.wire)
            if param.kind.kind in ("uuid", "string", "enum"):
                assert request.url.params[param.wire] == str(sent), (where, param.wire)
        elif param.location == "header":
            assert request.headers[param.wire] == str(sent), (where, param.wire)
    properties = [p for p in op.params if p.location == "property" and p.name in keywords]
    bare = [p for p in op.params if p.location == "body" and p.name in keywords]
    if op.body_model is not None:
        body = json.loads(request.content)
        assert isinstance(body, dict), where
        for p in properties:
            assert p.wire in body, (where, p.wire)  # camelCase on the wire
    elif bare:
        sent = keywords[bare[0].name]
        assert json.loads(request.content) == (str(sent) if isinstance(sent, uuid.UUID) else sent), where
    else:
        assert request.content == b"", where


def check_result(op: Operation, value: Any, body: Any) -> None:
    kind = op.result.kind
    where = f"{op.method.upper()} {op.path}"
    if kind == "none":
        assert value is None, where
    elif kind == "model":
        assert type(value).__name__ == op.result.model, where
        assert value[UNKNOWN] == {"kept": True} and value.to_dict()[UNKNOWN] == {"kept": True}, where
    elif kind == "string":
        assert value == body, where
    elif kind == "list":
        assert isinstance(value, list) and len(value) == len(body), where
        if op.result.model:
            assert all(type(v).__name__ == op.result.model for v in value), where
            assert all(v.to_dict()[UNKNOWN] == {"kept": True} for v in value), where
    elif kind in ("scalar", "any"):
        assert value == body, where
    else:  # a page of the paginator
        assert isinstance(value, Page) and len(value.items) == 1, where
        assert type(value.items[0]).__name__ == op.result.model, where


def _id(item: tuple[str, Operation]) -> str:
    return f"{item[0]}.{item[1].name}"


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "op"), OPERATIONS, ids=[_id(o) for o in OPERATIONS])
async def test_a_typical_call_on_the_async_client(resource: str, op: Operation) -> None:
    status, body = success_body(op)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    positional, keywords = call_arguments(op)
    async with CloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(handler), retries=0) as cc:
        method = getattr(getattr(cc, resource), op.name)
        result = method(*positional, **keywords)
        value = await result  # a coroutine, or a paginator awaited for its first page
        check_result(op, value, body)
        (request,) = seen
        check_request(op, request, positional, keywords)
        if op.path_params:  # a bad id (or path segment) is refused before any I/O
            # A UUID id refuses anything else; a string id refuses what would change the route.
            bad = [".." if op.path_params[0].kind.kind == "string" else "../x", *positional[1:]]

            async def call_with_a_bad_id() -> None:
                outcome = method(*bad, **keywords)
                if not isinstance(outcome, AsyncPaginator):
                    await outcome

            with pytest.raises((ValueError, TypeError), match=op.path_params[0].name):
                await call_with_a_bad_id()
            assert len(seen) == 1


@pytest.mark.parametrize(("resource", "op"), OPERATIONS, ids=[_id(o) for o in OPERATIONS])
def test_a_typical_call_on_the_sync_client(resource: str, op: Operation) -> None:
    status, body = success_body(op)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    positional, keywords = call_arguments(op)
    with SyncCloudCockpit(TENANT, token=TOKEN, transport=httpx.MockTransport(handler), retries=0) as cc:
        result = getattr(getattr(cc, resource), op.name)(*positional, **keywords)
        value = result.first_page() if isinstance(result, SyncPaginator) else result
    check_result(op, value, body)
    (request,) = seen
    check_request(op, request, positional, keywords)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("resource", "op"),
    [o for o in OPERATIONS if 400 in o[1].documented_errors or 404 in o[1].documented_errors],
    ids=[_id(o) for o in OPERATIONS if 400 in o[1].documented_errors or 404 in o[1].documented_errors],
)
async def test_documented_errors_raise_their_exception(resource: str, op: Operation) -> None:
    from cloudcockpit_client import BadRequestError, NotFoundError

    codes = [c for c in (400, 404) if c in op.documented_errors]
    replies = iter(
        httpx.Response(
            c, json={"statusCode": c, "type": "T", "description": f"said {c}", "correlationId": "c"}
        )
        for c in codes
    )
    positional, keywords = call_arguments(op)
    async with CloudCockpit(
        TENANT, token=TOKEN, transport=httpx.MockTransport(lambda r: next(replies)), retries=0
    ) as cc:
        for code, exc_type in ((400, BadRequestError), (404, NotFoundError)):
            if code not in codes:
                continue
            with pytest.raises(exc_type) as info:
                await getattr(getattr(cc, resource), op.name)(*positional, **keywords)
            assert info.value.description == f"said {code}" and info.value.correlation_id == "c"
