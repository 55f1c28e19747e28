"""What the double's operations share on the wire: the request they get, the responses they build."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from ._rules import FieldErrors
from ._state import Token

if TYPE_CHECKING:
    from ._fake import FakeCloudCockpit

MAX_PAGE_SIZE = 2000
DEFAULT_PAGE_SIZE = 25


@dataclass(frozen=True)
class Call:
    """One authenticated request to an operation, with its path ids parsed."""

    fake: FakeCloudCockpit
    token: Token
    ids: dict[str, uuid.UUID]
    query: dict[str, str]
    body: bytes
    correlation_id: str
    # Path parameters that are not GUIDs (a relationship id, an email), as sent (URL-decoded).
    names: dict[str, str] = field(default_factory=dict)
    # The request's headers, names lower-cased (X-ContinuationToken is a header parameter).
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Route(NamedTuple):
    method: str
    pattern: re.Pattern[str]
    handler: Callable[[Call], Response]
    template: str  # the documented path, e.g. /v1/Customers/{customerId}
    served: bool  # False: documented, answered 501 until the double implements it


def route(method: str, path: str, handler: Callable[[Call], Response], *, served: bool = True) -> Route:
    """A route for ``path``, whose ``{name}`` parts become path ids (matched case-insensitively)."""
    regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
    return Route(method, re.compile(f"^{regex}/?$", re.I), handler, path, served)


def json_response(status: int, value: Any) -> Response:
    return Response(status, json.dumps(value).encode(), {"content-type": "application/json; charset=utf-8"})


def error(
    status: int, error_type: str, description: str, correlation_id: str, prop: str | None = None
) -> Response:
    errors = [{"propertyName": prop, "description": [description]}] if prop else []
    return json_response(
        status,
        {
            "statusCode": status,
            "type": error_type,
            "description": description,
            "correlationId": correlation_id,
            "errors": errors,
        },
    )


def validation_error(errors: FieldErrors, correlation_id: str) -> Response:
    return json_response(
        400,
        {
            "statusCode": 400,
            "type": "ValidationError",
            "description": "One or more validation errors occurred.",
            "correlationId": correlation_id,
            "errors": errors.as_body(),
        },
    )


def parse_json_body(body: bytes, correlation_id: str) -> tuple[Any, Response | None]:
    if not body.strip():
        return None, error(
            400, "ValidationError", "A non-empty request body is required.", correlation_id, "$"
        )
    try:
        data = json.loads(body)
    except ValueError:
        return None, error(400, "ValidationError", "The request body is not valid JSON.", correlation_id, "$")
    if not isinstance(data, dict):
        return None, error(
            400, "ValidationError", "The request body must be a JSON object.", correlation_id, "$"
        )
    return data, None


def _int_query(query: Mapping[str, str], name: str, default: int, errors: FieldErrors) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        errors.add(name, f"The value '{raw}' is not valid.")
        return default
    if not -(2**31) <= value < 2**31:  # the API's parameters are int32: ASP.NET refuses the rest
        errors.add(name, f"The value '{raw}' is not valid.")
        return default
    return value


def paged(call: Call, items: list[Any]) -> Response:
    """One page of ``items`` as the API pages: pageNumber from 1, pageSize 1 to 2000 (else 400)."""
    errors = FieldErrors()
    number = _int_query(call.query, "pageNumber", 1, errors)
    size = _int_query(call.query, "pageSize", DEFAULT_PAGE_SIZE, errors)
    if number < 1:
        errors.add("pageNumber", "The page number must be 1 or greater.")
    if not 1 <= size <= MAX_PAGE_SIZE:
        errors.add("pageSize", f"The page size must be between 1 and {MAX_PAGE_SIZE}.")
    if errors:
        return validation_error(errors, call.correlation_id)
    total_pages = -(-len(items) // size)
    return json_response(
        200,
        {
            "items": items[(number - 1) * size : number * size],
            "paginationParameters": {"pageNumber": number, "pageSize": size},
            "totalPages": total_pages,
            "totalCount": len(items),
            "hasPreviousPage": number > 1,
            "hasNextPage": number < total_pages,
            "continuationToken": None,
        },
    )
