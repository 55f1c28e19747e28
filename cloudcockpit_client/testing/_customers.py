"""The double's Customers operations: retrieve, list, add a provider instance, retry, update account info."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from typing import Any

from . import _rules
from ._rules import FieldErrors, get_ci, is_missing, parse_uuid
from ._state import INVALID_COMPANY_INFO, ProviderCustomerState, Token
from ._wire import Call, Response, error, json_response, paged, parse_json_body, route, validation_error

__all__ = ["ROUTES"]


def _load_customer(
    call: Call, *, not_found_status: int = 404
) -> tuple[dict[str, Any] | None, Response | None]:
    entry = call.fake._customers.get(call.ids["customerId"])
    if entry is None or entry[0] != call.token.tenant:
        if not_found_status == 404:
            return None, error(404, "NotFound", "The customer was not found.", call.correlation_id)
        return None, error(
            400, "ValidationError", "The customer was not found.", call.correlation_id, "customerId"
        )
    data = entry[1]
    if not _visible_to(data, call.token):
        return None, Response(403)
    return data, None


def _visible_to(customer: Mapping[str, Any], token: Token) -> bool:
    return token.role == "csp" or customer.get("resellerId") == str(token.reseller_id)


def _uuid_query(call: Call, name: str, errors: FieldErrors) -> uuid.UUID | None:
    """An optional GUID query parameter: None when absent, a 400 on ``name`` when not a GUID."""
    if name not in call.query:
        return None
    value = parse_uuid(call.query[name])
    if value is None:
        errors.add(name, f"The value '{call.query[name]}' is not a valid GUID.")
    return value


def _reseller_query(call: Call, errors: FieldErrors) -> uuid.UUID | None:
    return _uuid_query(call, "resellerId", errors)


def get_customer(call: Call) -> Response:
    errors = FieldErrors()
    reseller_id = _reseller_query(call, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    customer, failure = _load_customer(call)
    if failure:
        return failure
    assert customer is not None
    if reseller_id is not None and customer.get("resellerId") != str(reseller_id):
        return Response(403)  # documented: no relationship with that reseller
    return json_response(200, call.fake._customer_view(call.ids["customerId"]))


def list_customers(call: Call) -> Response:
    errors = FieldErrors()
    reseller_id = _reseller_query(call, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    fake = call.fake
    chosen = [
        (data.get("companyName") or "", cid)
        for cid, (tenant, data) in fake._customers.items()
        if tenant == call.token.tenant
        and _visible_to(data, call.token)
        and (reseller_id is None or data.get("resellerId") == str(reseller_id))
    ]
    chosen.sort(key=lambda pair: (pair[0].lower(), str(pair[1])))  # by company name, as documented
    return paged(call, [fake._customer_view(cid) for _, cid in chosen])


def retry_provider_customer(call: Call) -> Response:
    _, failure = _load_customer(call)
    if failure:
        return failure
    state = call.fake._provider_customers.get((call.ids["customerId"], call.ids["providerInstanceId"]))
    if state is None:
        return error(404, "NotFound", "The provider customer was not found.", call.correlation_id)
    if state.status != "failed":
        return error(
            400,
            "BusinessRuleViolation",
            f"The provider customer is not in the failed status (it is {state.status}).",
            call.correlation_id,
        )
    call.fake._start_creation(state)
    return Response(204)


def add_provider_instance(call: Call) -> Response:
    fake = call.fake
    errors = FieldErrors()
    reseller_id = None
    if "resellerId" in call.query:
        if call.token.role == "reseller":
            errors.add("resellerId", "A reseller must not pass resellerId.")
        else:
            reseller_id = _reseller_query(call, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    customer, failure = _load_customer(call)
    if failure:
        return failure
    assert customer is not None
    if reseller_id is not None and customer.get("resellerId") != str(reseller_id):
        errors.add("resellerId", "The customer has no relationship with this reseller.")
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    instance_id = parse_uuid(get_ci(data, "providerInstanceId"))
    instance = None
    if instance_id is None:
        errors.add("providerInstanceId", "The providerInstanceId field is required and must be a GUID.")
    else:
        instance = fake._instances.get(instance_id)
        if instance is None or instance.tenant != call.token.tenant:
            errors.add("providerInstanceId", "The provider instance was not found.")
    pcd = get_ci(data, "providerCustomerData")
    if is_missing(pcd):
        errors.add("providerCustomerData", "The providerCustomerData field is required (it may be null).")
    elif pcd is not None and not isinstance(pcd, str):
        errors.add("providerCustomerData", "Must be a string holding JSON, or null.")
    elif instance is not None and instance.provider == "microsoft":
        _rules.check_microsoft_data(pcd, errors)
    _rules.check_margin(get_ci(data, "margin"), "margin", errors)
    _rules.check_offer_type_margins(get_ci(data, "offerTypeMargins"), errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    assert instance_id is not None
    key = (call.ids["customerId"], instance_id)
    if key in fake._provider_customers:
        return error(
            400,
            "BusinessRuleViolation",
            "The provider instance is already linked to this customer.",
            call.correlation_id,
        )
    otm = get_ci(data, "offerTypeMargins")
    state = ProviderCustomerState(
        call.ids["customerId"],
        instance_id,
        "pending",
        provider_customer_data=pcd,
        margin=get_ci(data, "margin"),
        offer_type_margins=None if is_missing(otm) else otm,
    )
    fake._provider_customers[key] = state
    fake._start_creation(state)
    return json_response(201, str(instance_id))


def update_account_info(call: Call) -> Response:
    fake = call.fake
    # The docs list no 404 here: an unknown customer is a 400 on customerId.
    customer, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    assert customer is not None
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    update = get_ci(data, "customer")
    if not is_missing(update) and update is not None:
        _rules.check_customer(update, errors)
    retry = get_ci(data, "retryFailedProviderCustomersFromCompanyInfo")
    if not is_missing(retry) and not isinstance(retry, bool):
        errors.add("retryFailedProviderCustomersFromCompanyInfo", "Must be a boolean.")
    if errors:
        return validation_error(errors, call.correlation_id)
    if isinstance(update, Mapping):
        for name in (*_rules.CUSTOMER_STRING_FIELDS, "resellerId", "customerAssociations"):
            value = get_ci(update, name)
            if not is_missing(value):
                customer[name] = copy.deepcopy(value)
    if retry is True:
        for (cid, _), state in fake._provider_customers.items():
            if (
                cid == call.ids["customerId"]
                and state.status == "failed"
                and (state.failure_reason or "").startswith(INVALID_COMPANY_INFO)
            ):
                fake._start_creation(state)
    return Response(202)


ROUTES = [
    route("GET", "/v1/Customers", list_customers),
    route("GET", "/v1/Customers/{customerId}", get_customer),
    route(
        "POST", "/v1/Customers/{customerId}/provider-customers/{providerInstanceId}", retry_provider_customer
    ),
    route("POST", "/v1/Customers/{customerId}/provider-instances", add_provider_instance),
    route("PATCH", "/v1/Customers/{customerId}/account-info", update_account_info),
]
