"""The double's MCA operations: the Microsoft Customer Agreement of each customer on each Microsoft
provider instance.

Choices where the docs are silent (README): every Microsoft provider customer has an agreement, in the
status "Required" until the Microsoft customer agreement is sent (PATCH .../microsoft-customer-agreement),
which makes it "AgreementCreated" (or until seeded otherwise with ``fake.set_mca_status``); the status
object is ``{"name": ...}`` (its documented fields are cut from every page).
"""

from __future__ import annotations

import uuid
from typing import Any

from ._customers import _load_customer, _uuid_query
from ._customers_more import _linked_microsoft_instance
from ._rules import FieldErrors
from ._wire import Call, Response, json_response, paged, route, validation_error

__all__ = ["MCA_STATUSES", "ROUTES"]

# The status filter's documented values, in the spelling the double answers with.
MCA_STATUSES = ("Required", "LinkGenerated", "CustomerAccepted", "LinkExpired", "AgreementCreated")


def _view(call: Call, customer_id: uuid.UUID, instance_id: uuid.UUID) -> dict[str, Any]:
    fake = call.fake
    customer = fake._customers[customer_id][1]
    state = fake._provider_customers[(customer_id, instance_id)]
    return {
        "customerId": str(customer_id),
        "providerCustomerId": state.provider_customer_id,
        "companyName": customer.get("companyName"),
        "providerInstanceId": str(instance_id),
        "providerInstanceName": fake._instances[instance_id].alias,
        "firstName": customer.get("firstName"),
        "lastName": customer.get("lastName"),
        "email": customer.get("email"),
        "phone": customer.get("phone"),
        "status": {"name": fake._mca_status(customer_id, instance_id)},
    }


def list_mcas(call: Call) -> Response:
    fake = call.fake
    errors = FieldErrors()
    wanted = {name: _uuid_query(call, name, errors) for name in ("customerId", "providerInstanceId")}
    status = call.query.get("status")
    if status is not None and status.strip().lower() not in {s.lower() for s in MCA_STATUSES}:
        errors.add("status", f"Valid values: {', '.join(s.lower() for s in MCA_STATUSES)}.")
    sort = call.query.get("sortPropertyName", "Status")
    if sort.lower() not in ("companyname", "status"):
        errors.add("sortPropertyName", "Valid values: CompanyName, Status.")
    flags = {}
    for name in ("excludeCompliant", "ascendingOrder"):
        raw = call.query.get(name, "false").strip().lower()
        if raw not in ("true", "false"):
            errors.add(name, f"The value '{raw}' is not valid.")
        flags[name] = raw == "true"
    if errors:
        return validation_error(errors, call.correlation_id)
    search = call.query.get("searchValue", "").strip().lower()
    rows = []
    for (cid, iid), _state in fake._provider_customers.items():
        entry = fake._customers.get(cid)
        instance = fake._instances.get(iid)
        if (
            entry is None
            or entry[0] != call.token.tenant
            or instance is None
            or instance.provider != "microsoft"
        ):
            continue
        if wanted["customerId"] not in (None, cid) or wanted["providerInstanceId"] not in (None, iid):
            continue
        if call.token.role == "reseller" and entry[1].get("resellerId") != str(call.token.reseller_id):
            continue
        view = _view(call, cid, iid)
        name = view["status"]["name"]
        if status is not None and name.lower() != status.strip().lower():
            continue
        if flags["excludeCompliant"] and name == "AgreementCreated":
            continue
        if search and search not in (view["companyName"] or "").lower():
            continue
        rows.append(view)
    key = "companyName" if sort.lower() == "companyname" else "status"
    rows.sort(
        key=lambda v: (str(v[key]["name"] if key == "status" else v[key] or "").lower(), v["customerId"]),
        reverse=not flags["ascendingOrder"],
    )
    return paged(call, rows)


def get_customer_mca(call: Call) -> Response:
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _linked_microsoft_instance(
        call, str(call.ids["providerInstanceId"]), "providerInstanceId", errors
    )
    if errors or instance_id is None:
        return validation_error(errors, call.correlation_id)
    return json_response(200, _view(call, call.ids["customerId"], instance_id))


def refresh_customer_mca_status(call: Call) -> Response:
    customer, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    assert customer is not None
    errors = FieldErrors()
    instance_id = _linked_microsoft_instance(
        call, str(call.ids["providerInstanceId"]), "providerInstanceId", errors
    )
    if errors or instance_id is None:
        return validation_error(errors, call.correlation_id)
    # The documented 200 body: the signatory (the customer's primary contact) and a link expiry.
    return json_response(
        200,
        {
            "firstName": customer.get("firstName"),
            "lastName": customer.get("lastName"),
            "email": customer.get("email"),
            "phone": customer.get("phone"),
            "expirationTime": 10080,
        },
    )


ROUTES = [
    route("GET", "/v1/Customers/mca", list_mcas),
    route("GET", "/v1/Customers/{customerId}/provider-instances/{providerInstanceId}/mca", get_customer_mca),
    route(
        "POST",
        "/v1/Customers/{customerId}/provider-instances/{providerInstanceId}/mca/status",
        refresh_customer_mca_status,
    ),
]
