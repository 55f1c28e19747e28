"""The facade's view of openapi.yaml: resources, operations, parameters and return kinds.

Names come from openapi-python-client's own naming functions (the pinned version), so every
Python name here is the one the generated endpoint modules and models use. Anything the facade
cannot express is refused with a message that says which operation and what to change in the spec.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

# The generator's default field prefix (generator-config.yaml does not change it).
FIELD_PREFIX = "field_"
# Headers the client itself sends on every call: never facade parameters.
CLIENT_HEADERS = {"x-tenant", "x-correlation-id"}
CONTINUATION_HEADER = "x-continuationtoken"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Names every facade method takes besides the operation's own parameters.
RESERVED = {"self", "correlation_id", "timeout", "extra_headers"}


class SpecError(Exception):
    """The spec asks for something the facade cannot generate; the message says what to change."""


def python_name(name: str) -> str:
    """The generator's Python name for a parameter or property (``addressLine1`` -> ``address_line_1``)."""
    return str(PythonIdentifier(name, FIELD_PREFIX))


def class_name(name: str) -> str:
    """The generator's class name for a component schema."""
    return str(ClassName(name, FIELD_PREFIX))


def module_name(name: str) -> str:
    return snake_case(name)


@dataclass(frozen=True)
class Kind:
    """What a schema is to the facade: the shape of a value, for checks, annotations and parsing."""

    kind: str  # uuid, string, enum, integer, number, boolean, datetime, date, model, array, object, any
    nullable: bool = False
    model: str | None = None  # class name, for kind == model
    item: Kind | None = None  # for kind == array
    values: tuple[str, ...] = ()  # for kind == enum


@dataclass
class Param:
    """One argument of a facade method."""

    wire: str  # the name on the wire (camelCase, or the header's name)
    name: str  # the Python name (facade argument, generated endpoint argument or model field)
    location: str  # path, query, header, property (of a flattened body), body (a bare JSON body)
    required: bool
    kind: Kind
    description: str = ""
    # The generated endpoint's argument or the body model's attribute, when the facade's argument is
    # named otherwise (x-cloudcockpit-argument, or the continuation token); else ``name``.
    target: str = ""

    def __post_init__(self) -> None:
        self.target = self.target or self.name


@dataclass
class Result:
    """What a method returns, read from its success response."""

    kind: str  # none, model, string, list, scalar, any, page, token_page
    status: int
    model: str | None = None  # model class (model), item class (page, token_page, list of models)
    item: Kind | None = None  # list item kind
    scalar: str | None = None  # int, float, bool
    envelope: str | None = None  # the page model's class


@dataclass
class Operation:
    operation_id: str
    name: str  # snake_case method name
    method: str
    path: str
    tag: str
    endpoint_package: str  # the generated api subpackage (snake_case of the tag)
    summary: str
    description: str
    params: list[Param]
    result: Result
    body_model: str | None = None  # the request body's class when its properties are flattened
    body_required: bool = False
    documented_errors: tuple[int, ...] = ()
    paging: dict[str, str] = field(
        default_factory=dict
    )  # page_number/page_size/continuation_token -> python name

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def keyword_params(self) -> list[Param]:
        return [p for p in self.params if p.location != "path"]


@dataclass
class Resource:
    attribute: str  # cc.<attribute>
    class_name: str  # Customers
    tag: str
    description: str
    operations: list[Operation] = field(default_factory=list)


@dataclass
class Model:
    name: str
    description: str
    fields: list[tuple[str, str, bool, str]]  # (wire name, python name, required, type text)


@dataclass
class Api:
    title: str
    resources: list[Resource]
    models: list[Model]


class _Resolver:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def ref(self, ref: str) -> tuple[str, dict[str, Any]]:
        if not ref.startswith("#/components/"):
            raise SpecError(f"only local references are supported, got {ref!r}")
        parts = ref[2:].split("/")
        node: Any = self.spec
        for part in parts:
            node = node[part]
        return parts[-1], node

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.ref(node["$ref"])[1]
        return node


def _types(schema: dict[str, Any]) -> tuple[list[str], bool]:
    declared = schema.get("type")
    if declared is None:
        types: list[str] = []
    elif isinstance(declared, list):
        types = [str(t) for t in declared]
    else:
        types = [str(declared)]
    nullable = "null" in types or schema.get("nullable") is True
    return [t for t in types if t != "null"], nullable


def _is_model_schema(schema: dict[str, Any]) -> bool:
    types, _ = _types(schema)
    return types == ["object"] or (not types and ("properties" in schema or "additionalProperties" in schema))


def kind_of(resolver: _Resolver, schema: dict[str, Any], where: str) -> Kind:
    """The Kind of a schema (references followed; ``oneOf: [$ref, null]`` is a nullable $ref)."""
    if "$ref" in schema:
        name, target = resolver.ref(schema["$ref"])
        if _is_model_schema(target):
            return Kind("model", model=class_name(name))
        return kind_of(resolver, target, where)
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            members = schema[combiner]
            rest = [m for m in members if m.get("type") != "null"]
            if len(rest) != 1:
                raise SpecError(f"{where}: a {combiner} of several non-null schemas is not supported")
            inner = kind_of(resolver, rest[0], where)
            return Kind(inner.kind, True, inner.model, inner.item, inner.values)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        inner = kind_of(resolver, schema["allOf"][0], where)
        return Kind(
            inner.kind, inner.nullable or bool(schema.get("nullable")), inner.model, inner.item, inner.values
        )
    types, nullable = _types(schema)
    if len(types) > 1:
        raise SpecError(f"{where}: a schema of several types {types} is not supported")
    if not types:
        if "properties" in schema or "additionalProperties" in schema:
            raise SpecError(f"{where}: an inline object schema; move it to components/schemas and use a $ref")
        return Kind("any", nullable)
    kind = types[0]
    fmt = schema.get("format")
    if kind == "string":
        if "enum" in schema:
            return Kind("enum", nullable, values=tuple(str(v) for v in schema["enum"]))
        if fmt == "uuid":
            return Kind("uuid", nullable)
        if fmt == "date-time":
            return Kind("datetime", nullable)
        if fmt == "date":
            return Kind("date", nullable)
        return Kind("string", nullable)
    if kind in ("integer", "number", "boolean"):
        return Kind(kind, nullable)
    if kind == "array":
        item = kind_of(resolver, schema.get("items", {}), f"{where}[]")
        return Kind("array", nullable, item=item)
    if kind == "object":
        # The generator makes a class of every inline object, which the facade cannot fill from a
        # mapping: an object is always a component schema (an open one when its fields are unknown).
        raise SpecError(f"{where}: an inline object schema; move it to components/schemas and use a $ref")
    raise SpecError(f"{where}: type {kind!r} is not supported")


def _json_schema(content: dict[str, Any] | None) -> dict[str, Any] | None:
    if not content:
        return None
    if "application/json" not in content:
        raise SpecError(f"only application/json bodies are supported, got {sorted(content)}")
    schema: dict[str, Any] | None = content["application/json"].get("schema")
    return schema


def _page_item(resolver: _Resolver, schema: dict[str, Any]) -> tuple[str, str] | None:
    """(item class, style) when ``schema`` is a page envelope: a $ref'd object with an ``items``
    array of models and either page totals (page-number style) or a continuationToken."""
    if "$ref" not in schema:
        return None
    _, envelope = resolver.ref(schema["$ref"])
    envelope = resolver.deref(envelope)
    properties = envelope.get("properties", {})
    if "items" not in properties:
        return None
    items = kind_of(resolver, properties["items"], "items")
    if items.kind != "array" or items.item is None or items.item.kind != "model" or items.item.model is None:
        return None
    if "totalPages" in properties or "paginationParameters" in properties or "totalCount" in properties:
        return items.item.model, "page"
    if "continuationToken" in properties:
        return items.item.model, "token_page"
    return None


def _result(resolver: _Resolver, operation: dict[str, Any], where: str) -> Result:
    responses = operation.get("responses", {})
    success = sorted(int(code) for code in responses if str(code).isdigit() and 200 <= int(code) < 300)
    if success:
        status, key = success[0], str(success[0])
    elif "2XX" in responses:  # a page that documents no success status: any 2xx
        status, key = 200, "2XX"
    else:
        raise SpecError(f"{where}: no 2xx response is documented")
    response = responses[key]
    if "$ref" in response:
        response = resolver.ref(response["$ref"])[1]
    schema = _json_schema(response.get("content"))
    if schema is None:
        return Result("none", status)
    paged = _page_item(resolver, schema)
    if paged is not None:
        return Result(paged[1], status, model=paged[0], envelope=class_name(resolver.ref(schema["$ref"])[0]))
    kind = kind_of(resolver, schema, f"{where} {status} response")
    if kind.kind == "model":
        return Result("model", status, model=kind.model)
    if kind.kind in ("string", "uuid", "enum", "datetime", "date"):
        return Result("string", status)
    if kind.kind == "array":
        assert kind.item is not None
        return Result("list", status, item=kind.item, model=kind.item.model)
    if kind.kind in ("integer", "number", "boolean"):
        return Result(
            "scalar", status, scalar={"integer": "int", "number": "float", "boolean": "bool"}[kind.kind]
        )
    return Result("any", status)


def _parameters(
    resolver: _Resolver, path_item: dict[str, Any], operation: dict[str, Any]
) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        param = resolver.deref(raw)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


def _path_order(path: str) -> list[str]:
    return re.findall(r"{([^}]+)}", path)


def _operation(
    resolver: _Resolver, path: str, method: str, path_item: dict[str, Any], operation: dict[str, Any]
) -> Operation:
    where = f"{method.upper()} {path}"
    operation_id = operation.get("operationId")
    tags = operation.get("tags") or []
    if not operation_id or not tags:
        raise SpecError(f"{where}: give the operation an operationId and a tag")
    where = f"{where} ({operation_id})"
    params: list[Param] = []
    paging: dict[str, str] = {}
    raw_params = _parameters(resolver, path_item, operation)
    order = _path_order(path)
    raw_params.sort(
        key=lambda p: order.index(p["name"]) if p["in"] == "path" and p["name"] in order else len(order)
    )
    for raw in raw_params:
        location = raw["in"]
        if location == "cookie":
            raise SpecError(f"{where}: cookie parameters are not supported")
        lowered = raw["name"].lower()
        if location == "header" and lowered in CLIENT_HEADERS:
            continue
        endpoint_argument = python_name(raw["name"])
        name = raw.get("x-cloudcockpit-argument") or endpoint_argument
        if location == "header" and lowered == CONTINUATION_HEADER:
            # The generated endpoint's argument; the facade's is continuation_token on every such list.
            paging["continuation_header"] = endpoint_argument
            name = "continuation_token"
        kind = kind_of(resolver, raw.get("schema", {}), f"{where} parameter {raw['name']}")
        param = Param(
            raw["name"],
            name,
            location,
            bool(raw.get("required")) or location == "path",
            kind,
            raw.get("description", "").strip(),
            endpoint_argument,
        )
        if location == "header" and lowered == CONTINUATION_HEADER:
            paging["continuation_token"] = name
        elif location == "query" and lowered == "pagenumber":
            paging["page_number"] = name
        elif location == "query" and lowered == "pagesize":
            paging["page_size"] = name
        params.append(param)
    body_model = None
    body_required = False
    body = operation.get("requestBody")
    if body is not None:
        body = resolver.deref(body)
        body_required = bool(body.get("required"))
        schema = _json_schema(body.get("content"))
        if schema is not None:
            kind = kind_of(resolver, schema, f"{where} request body")
            if kind.kind == "model" and not kind.nullable:
                body_model = kind.model
                _, target = resolver.ref(schema["$ref"])
                target = resolver.deref(target)
                required = set(target.get("required", []))
                for prop, prop_schema in target.get("properties", {}).items():
                    params.append(
                        Param(
                            prop,
                            python_name(prop),
                            "property",
                            prop in required,
                            kind_of(resolver, prop_schema, f"{where} body property {prop}"),
                            prop_schema.get("description", "").strip()
                            if isinstance(prop_schema, dict)
                            else "",
                        )
                    )
            else:
                name = body.get("x-codegen-request-body-name", "body")
                params.append(
                    Param(
                        "body",
                        python_name(name),
                        "body",
                        body_required,
                        kind,
                        body.get("description", "").strip(),
                    )
                )
    result = _result(resolver, operation, where)
    if result.kind == "page" and not {"page_number", "page_size"} <= set(paging):
        result = Result("model", result.status, model=result.envelope)
    if result.kind == "token_page" and "continuation_token" not in paging:
        result = Result("model", result.status, model=result.envelope)
    seen: set[str] = set()
    for param in params:
        if param.name in seen or param.name in RESERVED:
            raise SpecError(
                f"{where}: two arguments (or one of {sorted(RESERVED)}) would be named {param.name!r}; "
                "rename one in the spec"
            )
        seen.add(param.name)
    errors = tuple(
        sorted(int(c) for c in operation.get("responses", {}) if str(c).isdigit() and int(c) >= 400)
    )
    return Operation(
        operation_id=operation_id,
        name=snake_case(operation_id),
        method=method,
        path=path,
        tag=tags[0],
        endpoint_package=python_name(tags[0]),
        summary=operation.get("summary", "").strip(),
        description=operation.get("description", "").strip(),
        params=params,
        result=result,
        body_model=body_model,
        body_required=body_required,
        documented_errors=errors,
        paging=paging,
    )


def _type_text(resolver: _Resolver, schema: dict[str, Any], where: str) -> str:
    kind = kind_of(resolver, schema, where)
    return describe(kind)


def describe(kind: Kind) -> str:
    """A kind as a short type text for the API listing."""
    base = {
        "uuid": "UUID",
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "datetime": "datetime",
        "date": "date",
        "object": "dict[str, Any]",
        "any": "Any",
    }.get(kind.kind)
    if kind.kind == "model":
        base = kind.model
    elif kind.kind == "enum":
        base = "Literal[" + ", ".join(repr(v) for v in kind.values) + "]"
    elif kind.kind == "array":
        assert kind.item is not None
        base = f"list[{describe(kind.item)}]"
    return f"{base} | None" if kind.nullable else str(base)


def load(spec: dict[str, Any]) -> Api:
    """The facade's view of a parsed openapi.yaml."""
    resolver = _Resolver(spec)
    tag_info = {t["name"]: t for t in spec.get("tags", [])}
    resources: dict[str, Resource] = {}
    for path, path_item in spec.get("paths", {}).items():
        for method in METHODS:
            if method not in path_item:
                continue
            op = _operation(resolver, path, method, path_item, path_item[method])
            info = tag_info.get(op.tag, {})
            attribute = info.get("x-cloudcockpit-resource") or python_name(op.tag)
            resource = resources.get(attribute)
            if resource is None:
                resource = resources[attribute] = Resource(
                    attribute, class_name(attribute), op.tag, str(info.get("description", "")).strip()
                )
            if any(existing.name == op.name for existing in resource.operations):
                raise SpecError(
                    f"{op.operation_id}: two operations of {attribute!r} would be named {op.name!r}"
                )
            resource.operations.append(op)
    model_names = {class_name(name) for name in spec.get("components", {}).get("schemas", {})}
    for resource in resources.values():
        if resource.class_name in model_names:  # e.g. the MCA tag and the Mca model
            resource.class_name += "Resource"
    models = []
    for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items()):
        schema = resolver.deref(schema)
        if not _is_model_schema(schema):
            continue
        required = set(schema.get("required", []))
        fields = [
            (prop, python_name(prop), prop in required, _type_text(resolver, prop_schema, f"{name}.{prop}"))
            for prop, prop_schema in schema.get("properties", {}).items()
        ]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            fields.append(("*", "[key]", False, _type_text(resolver, extra, f"{name}[*]")))
        models.append(Model(class_name(name), str(schema.get("description", "")).strip(), fields))
    return Api(
        str(spec.get("info", {}).get("title", "")),
        sorted(resources.values(), key=lambda r: r.attribute),
        models,
    )
