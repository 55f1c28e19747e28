"""The double's GDAP operations: a customer's delegated admin relationships and their access assignments.

Choices where the docs are silent (README): a relationship is created Active at once (with
``auto_create=False``: "ApprovalPending" until ``fake.process_pending()``, the customer's approval);
created through the documented path it has no customer, so only seeded relationships
(``fake.add_relationship``) are listed under a customer; an access assignment needs an Active
relationship without one (as the docs say), and links the portal's security group.
"""

from __future__ import annotations

import copy
import datetime
import uuid
from typing import Any

from ._customers import _load_customer
from ._rules import FieldErrors, get_ci, is_missing, parse_uuid
from ._state import Relationship
from ._wire import Call, Response, error, json_response, parse_json_body, route, validation_error

__all__ = ["ROUTES"]


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


def _microsoft_instance(call: Call, raw: Any, prop: str, errors: FieldErrors) -> uuid.UUID | None:
    instance_id = parse_uuid(raw)
    if instance_id is None:
        errors.add(prop, f"The {prop} field is required and must be a GUID.")
        return None
    instance = call.fake._instances.get(instance_id)
    if instance is None or instance.tenant != call.token.tenant:
        errors.add(prop, "The provider instance was not found.")
    elif instance.provider != "microsoft":
        errors.add(prop, "This request is only valid for Microsoft provider instances.")
    else:
        return instance_id
    return None


def _relationship(call: Call, instance_id: uuid.UUID | None) -> tuple[Relationship | None, Response | None]:
    found = call.fake._relationships.get(call.names["relationshipId"])
    if found is None or found.tenant != call.token.tenant or found.provider_instance_id != instance_id:
        return None, error(404, "NotFound", "The relationship was not found.", call.correlation_id)
    return found, None


def list_relationships(call: Call) -> Response:
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _microsoft_instance(
        call, call.query.get("providerInstanceId"), "providerInstanceId", errors
    )
    if errors:
        return validation_error(errors, call.correlation_id)
    chosen = [
        r.view()
        for r in call.fake._relationships.values()
        if r.customer_id == call.ids["customerId"] and r.provider_instance_id == instance_id
    ]
    return json_response(200, chosen)


def create_relationship(call: Call) -> Response:
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _microsoft_instance(call, get_ci(data, "providerInstanceId"), "providerInstanceId", errors)
    name = get_ci(data, "displayName")
    if is_missing(name):
        errors.add("displayName", "The displayName field is required.")
    elif name is not None and (not isinstance(name, str) or len(name) > 50):
        errors.add("displayName", "The display name may be up to 50 characters.")
    auto_extend = get_ci(data, "autoExtendEnabled")
    if not isinstance(auto_extend, bool):
        errors.add("autoExtendEnabled", "The autoExtendEnabled field is required (true or false).")
    roles = get_ci(data, "customSelectedGdapRolesIds")
    if (
        not is_missing(roles)
        and roles is not None
        and (not isinstance(roles, list) or not all(isinstance(r, str) for r in roles))
    ):
        errors.add("customSelectedGdapRolesIds", "Must be a list of role ids, or null.")
    if errors:
        return validation_error(errors, call.correlation_id)
    assert instance_id is not None
    assert isinstance(auto_extend, bool)
    relationship = call.fake.add_relationship(
        call.token.tenant,
        None,
        instance_id,
        display_name=name,
        auto_extend=auto_extend,
        roles=None if is_missing(roles) or roles is None else list(roles),
        status="Active" if call.fake.auto_create else "ApprovalPending",
    )
    return json_response(200, relationship.created_view())


def update_relationship(call: Call) -> Response:
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _microsoft_instance(call, get_ci(data, "providerInstanceId"), "providerInstanceId", errors)
    auto_extend = get_ci(data, "autoExtendEnabled")
    if not isinstance(auto_extend, bool):
        errors.add("autoExtendEnabled", "Must be true or false.")
    if errors:
        return validation_error(errors, call.correlation_id)
    relationship, failure = _relationship(call, instance_id)
    if failure:
        return failure
    assert relationship is not None
    assert isinstance(auto_extend, bool)
    relationship.auto_extend = auto_extend
    relationship.modified = _now()
    return Response(200)


def terminate_relationship(call: Call) -> Response:
    if call.token.role != "csp":
        return Response(403)  # "Available to the roles: csp"
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _microsoft_instance(
        call, call.query.get("providerInstanceId"), "providerInstanceId", errors
    )
    if errors:
        return validation_error(errors, call.correlation_id)
    relationship, failure = _relationship(call, instance_id)
    if failure:
        return failure
    assert relationship is not None
    relationship.status = "Terminated"
    relationship.modified = _now()
    return Response(204)


def _assignment_relationship(call: Call) -> tuple[Relationship | None, Response | None]:
    """The relationship of an access-assignment request (its pages document no 404: a 400 on the id)."""
    errors = FieldErrors()
    instance_id = _microsoft_instance(
        call, call.query.get("providerInstanceId"), "providerInstanceId", errors
    )
    if errors:
        return None, validation_error(errors, call.correlation_id)
    relationship, failure = _relationship(call, instance_id)
    if failure:
        return None, error(
            400, "ValidationError", "The relationship was not found.", call.correlation_id, "relationshipId"
        )
    return relationship, None


def list_access_assignments(call: Call) -> Response:
    relationship, failure = _assignment_relationship(call)
    if failure:
        return failure
    assert relationship is not None
    return json_response(200, copy.deepcopy(relationship.assignments))


def create_access_assignment(call: Call) -> Response:
    relationship, failure = _assignment_relationship(call)
    if failure:
        return failure
    assert relationship is not None
    if relationship.status != "Active":
        return error(
            400, "BusinessRuleViolation", "Relationship must be in active state.", call.correlation_id
        )
    if relationship.assignments:
        return error(
            400,
            "BusinessRuleViolation",
            "The relationship already has an access assignment with the security group.",
            call.correlation_id,
        )
    now = _now()
    relationship.assignments.append(
        {
            "accessContainer": {
                "accessContainerId": call.fake.security_group,
                "accessContainerType": {"name": "securityGroup"},
            },
            "accessDetails": {"unifiedRoles": [{"roleDefinitionId": r} for r in relationship.roles]},
            "createdDateTime": now,
            "id": str(uuid.uuid4()),
            "lastModifiedDateTime": now,
            "status": {"name": "Active"},
        }
    )
    return Response(200)


ROUTES = [
    route("GET", "/v1/Customers/{customerId}/delegated-admin-relationships", list_relationships),
    route("POST", "/v1/Customers/delegated-admin-relationships", create_relationship),
    route(
        "PATCH",
        "/v1/Customers/{customerId}/delegated-admin-relationships/{relationshipId}",
        update_relationship,
    ),
    route(
        "POST",
        "/v1/Customers/{customerId}/delegated-admin-relationships/{relationshipId}",
        terminate_relationship,
    ),
    route(
        "GET",
        "/v1/Customers/delegated-admin-relationships/{relationshipId}/access-assignments",
        list_access_assignments,
    ),
    route(
        "POST",
        "/v1/Customers/delegated-admin-relationships/{relationshipId}/access-assignments",
        create_access_assignment,
    ),
]
