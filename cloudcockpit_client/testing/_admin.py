"""The double's admin API, under ``/__cloudcockpit`` (never an API path: those start with ``/v1`` or
end in ``/oauth2/v2.0/token``), for tests of services in other languages and of the command line,
in the style of WireMock's admin API and moto's server mode. No authentication: the served double
listens on loopback. Admin requests are not recorded.

    GET    /__cloudcockpit/requests   every request received: method, path, query, headers
                                      (Authorization masked), body (a token form redacted), status
    DELETE /__cloudcockpit/requests   forget them
    POST   /__cloudcockpit/faults     script a fault: the JSON keys of fake.inject() (status, body,
                                      headers, delay, error, apply, times, method, path)
    GET    /__cloudcockpit/faults     the faults not used up yet
    POST   /__cloudcockpit/tokens     {"tenant": ..., "role": "csp"|"reseller", "resellerId": ...,
                                      "expiresIn": ...} -> {"token": ...} (the tenant is added if new)
    POST   /__cloudcockpit/seed       load a seed document (the format of from_seed) into the state
    POST   /__cloudcockpit/reset      forget all state: tenants, tokens, customers, requests, faults
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any

from ._state import Fault
from ._wire import Response, json_response

if TYPE_CHECKING:
    from ._fake import FakeCloudCockpit

__all__ = ["PREFIX", "handle_admin"]

PREFIX = "/__cloudcockpit"
_FAULT_FIELDS = {f.name for f in dataclasses.fields(Fault)}


def _problem(status: int, description: str) -> Response:
    return json_response(status, {"statusCode": status, "type": "AdminError", "description": description})


def _recorded(fake: FakeCloudCockpit) -> list[dict[str, Any]]:
    return [
        {
            "method": r.method,
            "path": r.path,
            "query": r.query,
            "headers": {k: ("***" if k.lower() == "authorization" else v) for k, v in r.headers.items()},
            "body": r.body,
            "status": r.status,
        }
        for r in fake.requests
    ]


def handle_admin(fake: FakeCloudCockpit, method: str, path: str, body: bytes) -> Response:
    """Answer one admin request."""
    action = path[len(PREFIX) :].strip("/").lower()
    method = method.upper()
    try:
        data: Any = json.loads(body) if body.strip() else {}
    except ValueError:
        return _problem(400, "The body is not JSON.")
    if action == "requests" and method == "GET":
        return json_response(200, _recorded(fake))
    if action == "requests" and method == "DELETE":
        fake.requests.clear()
        return Response(204)
    if action == "faults" and method == "GET":
        return json_response(200, [dataclasses.asdict(f) for f in fake.faults])
    if action == "faults" and method == "POST":
        if not isinstance(data, dict) or not set(data) <= _FAULT_FIELDS:
            return _problem(400, f"A fault takes the keys {sorted(_FAULT_FIELDS)}.")
        try:
            fault = fake.inject(**data)
        except (TypeError, ValueError) as exc:
            return _problem(400, str(exc))
        return json_response(201, dataclasses.asdict(fault))
    if action == "tokens" and method == "POST":
        if not isinstance(data, dict) or not isinstance(data.get("tenant"), str):
            return _problem(
                400, 'A token needs {"tenant": "<domain>"} (and optionally role, resellerId, expiresIn).'
            )
        tenant = fake.add_tenant(data["tenant"])
        try:
            token = fake.issue_token(
                tenant,
                role=data.get("role", "csp"),
                reseller_id=data.get("resellerId"),
                expires_in=float(data.get("expiresIn", 3600)),
            )
        except (TypeError, ValueError) as exc:
            return _problem(400, str(exc))
        return json_response(201, {"token": token, "tenant": tenant})
    if action == "seed" and method == "POST":
        from ._seed import seed

        if not isinstance(data, dict):
            return _problem(400, "A seed is a JSON object (see from_seed).")
        try:
            seed(fake, data)
        except (KeyError, TypeError, ValueError) as exc:
            return _problem(400, f"The seed could not be loaded: {exc!r}")
        return Response(204)
    if action == "reset" and method == "POST":
        fake.reset()
        return Response(204)
    return _problem(404, f"No admin action {method} {path} (see cloudcockpit_client/testing/_admin.py).")
