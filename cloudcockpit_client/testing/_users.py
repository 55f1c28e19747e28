"""The double's Users operations (the portal's users and groups) and CustomerUsers operations (the users
of a customer's Microsoft tenant).

Choices where the docs are silent (README): portal users are keyed by email (case-insensitive) per
tenant, an email is unique (400), delete is soft (the user is hidden from lists and answers 404
after), a create answers 201 with the new user's id as a JSON string, and a reseller token acts on
its own reseller's users only (403); a Microsoft tenant user is read and changed per customer and
Microsoft provider instance, and a password reset sets a new temporary password.
"""

from __future__ import annotations

import copy
import secrets
import uuid
from typing import Any

from ._customers import _load_customer, _reseller_query
from ._customers_more import _linked_microsoft_instance
from ._rules import FieldErrors, get_ci, is_missing, parse_uuid
from ._state import PortalUser
from ._wire import Call, Response, error, json_response, paged, parse_json_body, route, validation_error

__all__ = ["ROUTES"]


def _check_user(data: Any, errors: FieldErrors) -> None:
    for name in ("firstName", "lastName", "email"):
        value = get_ci(data, name)
        if is_missing(value):
            errors.add(name, f"The {name} field is required.")
        elif value is not None and (not isinstance(value, str) or len(value) > 255):
            errors.add(name, "Must be a string of up to 255 characters.")
    if is_missing(get_ci(data, "groups")):
        errors.add("groups", "The groups field is required (it may be null).")


def _groups(call: Call, raw: Any, errors: FieldErrors) -> list[dict[str, Any]]:
    if raw is None or is_missing(raw):
        return []
    if not isinstance(raw, list):
        errors.add("groups", "Must be a list of groups, or null.")
        return []
    known = call.fake._groups.get(call.token.tenant, {})
    chosen = []
    for index, group in enumerate(raw):
        gid = parse_uuid(get_ci(group, "id")) if isinstance(group, dict) else None
        if gid is None or gid not in known:
            errors.add(f"groups[{index}].id", "The group was not found.")
        else:
            chosen.append({"id": str(gid), "name": known[gid]})
    return chosen


def _user(call: Call, email: str) -> PortalUser | None:
    user = call.fake._portal_users.get((call.token.tenant, email.strip().lower()))
    if user is None or user.deleted:
        return None
    if call.token.role == "reseller" and user.reseller_id != call.token.reseller_id:
        return None
    return user


def _create(call: Call, *, customer_id: uuid.UUID | None, reseller_id: uuid.UUID | None) -> Response:
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    _check_user(data, errors)
    groups = _groups(call, get_ci(data, "groups"), errors)
    email = get_ci(data, "email")
    if isinstance(email, str) and (call.token.tenant, email.strip().lower()) in call.fake._portal_users:
        errors.add("email", "A user with this email exists already.")
    if errors:
        return validation_error(errors, call.correlation_id)
    user = call.fake.add_portal_user(
        call.token.tenant,
        email=str(email),
        first_name=get_ci(data, "firstName"),
        last_name=get_ci(data, "lastName"),
        role=(get_ci(data, "role") or {}).get("name") if isinstance(get_ci(data, "role"), dict) else None,
        customer_id=customer_id,
        reseller_id=reseller_id,
    )
    user.groups = groups
    return json_response(201, str(user.id))


def list_users(call: Call) -> Response:
    errors = FieldErrors()
    reseller_id = _reseller_query(call, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    if call.token.role == "reseller":
        reseller_id = call.token.reseller_id  # "In case of a reseller user this property is auto-populated"
    group = call.query.get("groups", "").strip().lower()
    users = [
        u
        for (tenant, _), u in call.fake._portal_users.items()
        if tenant == call.token.tenant
        and not u.deleted
        and (reseller_id is None or u.reseller_id == reseller_id)
        and (not group or any(group in (g["name"] or "").lower() for g in u.groups))
    ]
    users.sort(key=lambda u: (f"{u.first_name or ''} {u.last_name or ''}".lower(), u.email))
    return paged(call, [u.view() for u in users])


def update_user(call: Call) -> Response:
    user = _user(call, call.names["email"])
    if user is None:
        return error(404, "NotFound", "The user was not found.", call.correlation_id)
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    _check_user(data, errors)
    groups = _groups(call, get_ci(data, "groups"), errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    user.first_name, user.last_name = get_ci(data, "firstName"), get_ci(data, "lastName")
    new_email = get_ci(data, "email")
    if isinstance(new_email, str) and new_email.strip().lower() != user.email.lower():
        del call.fake._portal_users[(call.token.tenant, user.email.lower())]
        user.email = new_email
        call.fake._portal_users[(call.token.tenant, new_email.strip().lower())] = user
    role = get_ci(data, "role")
    if isinstance(role, dict) and isinstance(role.get("name"), str):
        user.role = role["name"]
    user.groups = groups
    return Response(204)


def delete_user(call: Call) -> Response:
    user = _user(call, call.names["email"])
    if user is None:
        return error(404, "NotFound", "The user was not found.", call.correlation_id)
    user.deleted = True  # "only soft-deletes the user"
    return Response(204)


def list_groups(call: Call) -> Response:
    groups = sorted(
        call.fake._groups.get(call.token.tenant, {}).items(), key=lambda g: (g[1].lower(), str(g[0]))
    )
    return paged(call, [{"id": str(gid), "name": name} for gid, name in groups])


def list_customer_portal_users(call: Call) -> Response:
    _, failure = _load_customer(call)
    if failure:
        return failure
    users = [
        u
        for (tenant, _), u in call.fake._portal_users.items()
        if tenant == call.token.tenant and u.customer_id == call.ids["customerId"] and not u.deleted
    ]
    users.sort(key=lambda u: (f"{u.first_name or ''} {u.last_name or ''}".lower(), u.email))
    return json_response(200, [u.view() for u in users])


def create_customer_portal_user(call: Call) -> Response:
    customer, failure = _load_customer(call)
    if failure:
        return failure
    assert customer is not None
    reseller = parse_uuid(customer.get("resellerId"))
    return _create(call, customer_id=call.ids["customerId"], reseller_id=reseller)


def create_reseller_user(call: Call) -> Response:
    if call.token.role == "reseller" and call.ids["resellerId"] != call.token.reseller_id:
        return Response(403)
    return _create(call, customer_id=None, reseller_id=call.ids["resellerId"])


# ----------------------------------------------------------------- the customer's Microsoft tenant users


def _tenant_user(call: Call, instance_id: uuid.UUID) -> dict[str, Any] | None:
    users = call.fake._tenant_users.get((call.ids["customerId"], instance_id), {})
    found: dict[str, Any] | None = users.get(call.ids["customerUserId"])
    return found


def _instance_query(call: Call, errors: FieldErrors, *, required: bool) -> uuid.UUID | None:
    raw = call.query.get("providerInstanceId")
    if raw is None and not required:
        # Not marked required on the one page that shows it: the customer's only Microsoft instance.
        mine = [iid for (cid, iid) in call.fake._tenant_users if cid == call.ids["customerId"]]
        if len(mine) == 1:
            return mine[0]
    return _linked_microsoft_instance(call, raw, "providerInstanceId", errors)


def list_customer_users(call: Call) -> Response:
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _instance_query(call, errors, required=True)
    if errors or instance_id is None:
        return validation_error(errors, call.correlation_id)
    users = call.fake._tenant_users.get((call.ids["customerId"], instance_id), {})
    ordered = sorted(users.values(), key=lambda u: ((u.get("displayName") or "").lower(), u["id"]))
    return paged(call, [_tenant_user_view(u) for u in ordered])


def _tenant_user_view(user: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in user.items() if k != "licenses"}


def get_customer_user(call: Call) -> Response:
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _instance_query(call, errors, required=False)
    if errors or instance_id is None:
        return validation_error(errors, call.correlation_id)
    user = _tenant_user(call, instance_id)
    if user is None:
        return error(
            400, "ValidationError", "The customer user was not found.", call.correlation_id, "customerUserId"
        )
    return json_response(200, _tenant_user_view(user))


def _body_user(
    call: Call, *, need_user: bool
) -> tuple[dict[str, Any] | None, dict[str, Any] | None, Response | None]:
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return None, None, failure
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return None, None, failure
    errors = FieldErrors()
    instance_id = _linked_microsoft_instance(
        call, get_ci(data, "providerInstanceId"), "providerInstanceId", errors
    )
    update = get_ci(data, "customerUser")
    if need_user:
        if not isinstance(update, dict):
            errors.add("customerUser", "The customerUser field is required.")
        else:
            for name, limit in (("displayName", 50), ("email", 48), ("location", None), ("domain", None)):
                value = get_ci(update, name)
                if is_missing(value):
                    errors.add(f"customerUser.{name}", f"The {name} field is required.")
                elif value is not None and (not isinstance(value, str) or (limit and len(value) > limit)):
                    errors.add(
                        f"customerUser.{name}",
                        f"Must be a string{f' of up to {limit} characters' if limit else ''}.",
                    )
    if errors or instance_id is None:
        return None, None, validation_error(errors, call.correlation_id)
    user = _tenant_user(call, instance_id)
    if user is None:
        return None, None, error(404, "NotFound", "The customer user was not found.", call.correlation_id)
    return user, data, None


def update_customer_user(call: Call) -> Response:
    user, data, failure = _body_user(call, need_user=True)
    if failure:
        return failure
    assert user is not None
    assert data is not None
    for name, value in get_ci(data, "customerUser").items():
        if name not in ("id", "temporaryPassword"):
            user[name] = copy.deepcopy(value)
    return Response(200)


def update_customer_user_licenses(call: Call) -> Response:
    user, data, failure = _body_user(call, need_user=False)
    if failure:
        return failure
    assert user is not None
    assert data is not None
    user["licenses"] = copy.deepcopy(get_ci(data, "licenses"))
    return Response(200)


def reset_customer_user_password(call: Call) -> Response:
    user, _, failure = _body_user(call, need_user=True)
    if failure:
        return failure
    assert user is not None
    user["temporaryPassword"] = secrets.token_urlsafe(12)
    return Response(200)


ROUTES = [
    route("GET", "/v1", list_users),
    route("PATCH", "/v1/users/{email}", update_user),
    route("DELETE", "/v1/users/{email}", delete_user),
    route("GET", "/v1/users/groups", list_groups),
    route("GET", "/v1/customer/{customerId}/users", list_customer_portal_users),
    route("POST", "/v1/customer/{customerId}/users", create_customer_portal_user),
    route("POST", "/v1/reseller/{resellerId}/users", create_reseller_user),
    route("GET", "/v1/Customers/{customerId}/users", list_customer_users),
    route("GET", "/v1/Customers/{customerId}/users/{customerUserId}", get_customer_user),
    route("PATCH", "/v1/Customers/{customerId}/users/{customerUserId}", update_customer_user),
    route(
        "PATCH", "/v1/Customers/{customerId}/users/{customerUserId}/licenses", update_customer_user_licenses
    ),
    route(
        "PATCH",
        "/v1/Customers/{customerId}/users/{customerUserId}/reset-password",
        reset_customer_user_password,
    ),
]
