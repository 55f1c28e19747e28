"""The double's other Customers operations: create, delete, internal identifier, margins, the domain and
address validations, licenses, and the Microsoft agreement and qualification.

Where the docs are silent the double chooses (README, "Choices the double makes"): an operation that
documents no 404 answers 400 on the unknown id; create answers 201 with the customer created;
delete is the CSP's only (403 for a reseller) and removes the customer with its provider customers.
"""

from __future__ import annotations

import copy
import datetime
import uuid
from typing import Any

from . import _rules
from ._customers import _load_customer, _reseller_query
from ._rules import FieldErrors, get_ci, is_missing, parse_uuid
from ._wire import Call, Response, json_response, parse_json_body, route, validation_error

__all__ = ["ROUTES"]


def _required_query(call: Call, names: tuple[str, ...], errors: FieldErrors) -> dict[str, str]:
    values = {}
    for name in names:
        value = call.query.get(name)
        if value is None or not value.strip():
            errors.add(name, f"The {name} field is required.")
        else:
            values[name] = value
    return values


def _linked_microsoft_instance(call: Call, raw: Any, prop: str, errors: FieldErrors) -> uuid.UUID | None:
    """The provider instance ``raw`` names, if the customer is on it and it is a Microsoft one."""
    instance_id = parse_uuid(raw)
    if instance_id is None:
        errors.add(prop, f"The {prop} field is required and must be a GUID.")
        return None
    instance = call.fake._instances.get(instance_id)
    if instance is None or instance.tenant != call.token.tenant:
        errors.add(prop, "The provider instance was not found.")
        return None
    if instance.provider != "microsoft":
        errors.add(prop, "This request only applies to Microsoft provider instances.")
        return None
    if (call.ids["customerId"], instance_id) not in call.fake._provider_customers:
        errors.add(prop, "The customer has no provider customer on this provider instance.")
        return None
    return instance_id


def create_customer(call: Call) -> Response:
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    _rules.check_customer(data, errors, prefix="")
    reseller = get_ci(data, "resellerId")
    if call.token.role == "reseller":
        if (
            not is_missing(reseller)
            and reseller is not None
            and parse_uuid(reseller) != call.token.reseller_id
        ):
            errors.add("resellerId", "A reseller creates customers of its own only.")
        reseller = str(call.token.reseller_id)
    elif not is_missing(reseller) and reseller is not None and parse_uuid(reseller) is None:
        errors.add("resellerId", "Must be a GUID or null.")
    if errors:
        return validation_error(errors, call.correlation_id)
    fields = {
        name: copy.deepcopy(get_ci(data, name))
        for name in (*_rules.CUSTOMER_STRING_FIELDS, "customerAssociations")
        if not is_missing(get_ci(data, name))
    }
    fields["resellerId"] = None if is_missing(reseller) else reseller
    customer_id = call.fake.add_customer(call.token.tenant, fields)  # a client-sent id is not kept
    return json_response(201, call.fake._customer_view(customer_id))


def delete_customer(call: Call) -> Response:
    if call.token.role != "csp":
        return Response(403)  # "Only the CSP can delete Customers" (the support article)
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    fake = call.fake
    customer_id = call.ids["customerId"]
    del fake._customers[customer_id]
    for key in [k for k in fake._provider_customers if k[0] == customer_id]:
        del fake._provider_customers[key]
    fake._licenses = {k: v for k, v in fake._licenses.items() if k[0] != customer_id}
    return Response(202)


def update_internal_identifier(call: Call) -> Response:
    customer, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    assert customer is not None
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    value = get_ci(data, "internalIdentifier")
    if not is_missing(value) and value is not None:
        if not isinstance(value, str):
            errors.add("internalIdentifier", "Must be a string or null.")
        elif len(value) > 255:
            errors.add("internalIdentifier", "The internal identifier may be up to 255 characters.")
    reseller = get_ci(data, "resellerId")
    if (
        not is_missing(reseller)
        and reseller is not None
        and str(parse_uuid(reseller)) != customer.get("resellerId")
    ):
        errors.add("resellerId", "The customer has no relationship with this reseller.")
    if errors:
        return validation_error(errors, call.correlation_id)
    customer["internalIdentifier"] = None if is_missing(value) else value
    return Response(204)


def update_customer_margins(call: Call) -> Response:
    customer, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    assert customer is not None
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    state = call.fake._provider_customers.get((call.ids["customerId"], call.ids["providerInstanceId"]))
    if state is None:
        errors.add("providerInstanceId", "The customer has no provider customer on this provider instance.")
    _rules.check_margin(get_ci(data, "margin"), "margin", errors)
    _rules.check_offer_type_margins(get_ci(data, "offerTypeMargins"), errors)
    reseller = get_ci(data, "resellerId")
    if (
        not is_missing(reseller)
        and reseller is not None
        and str(parse_uuid(reseller)) != customer.get("resellerId")
    ):
        errors.add("resellerId", "The customer has no relationship with this reseller.")
    if errors:
        return validation_error(errors, call.correlation_id)
    assert state is not None
    state.margin = get_ci(data, "margin")
    otm = get_ci(data, "offerTypeMargins")
    state.offer_type_margins = None if is_missing(otm) else otm
    return Response(204)


def validate_domain(call: Call) -> Response:
    errors = FieldErrors()
    values = _required_query(call, ("tenantId", "domain"), errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    domain = values["domain"].strip().lower()
    return json_response(200, domain not in call.fake._taken_domains(call.token.tenant))


def validate_address(call: Call) -> Response:
    errors = FieldErrors()
    values = _required_query(
        call, ("tenantId", "addressLine1", "city", "state", "zipCode", "country"), errors
    )
    if errors:
        return validation_error(errors, call.correlation_id)
    country = values["country"].strip()
    # The docs do not say what Microsoft checks: the double accepts an ISO 3166-1 alpha-2 country.
    return json_response(200, len(country) == 2 and country.isalpha())


def list_licenses(call: Call) -> Response:
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    errors = FieldErrors()
    instance_id = _linked_microsoft_instance(
        call, call.query.get("providerInstanceId"), "providerInstanceId", errors
    )
    _reseller_query(call, errors)
    if errors or instance_id is None:
        return validation_error(errors, call.correlation_id)
    held = call.fake._licenses.get((call.ids["customerId"], instance_id), [])
    return json_response(200, [lic.view() for lic in held])


def _microsoft_update(call: Call) -> tuple[Any, uuid.UUID | None, FieldErrors, Response | None]:
    """The body of a Microsoft-only update of a customer, and the provider instance it names."""
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return None, None, FieldErrors(), failure
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return None, None, FieldErrors(), failure
    errors = FieldErrors()
    instance_id = _linked_microsoft_instance(
        call, get_ci(data, "providerInstanceId"), "providerInstanceId", errors
    )
    return data, instance_id, errors, None


def update_microsoft_customer_agreement(call: Call) -> Response:
    data, instance_id, errors, failure = _microsoft_update(call)
    if failure:
        return failure
    date = get_ci(data, "agreementDate")
    if not isinstance(date, str):
        errors.add("agreementDate", "The agreementDate field is required (a date-time).")
    else:
        try:
            datetime.datetime.fromisoformat(date.replace("Z", "+00:00"))
        except ValueError:
            errors.add("agreementDate", "The agreementDate field must be a date-time.")
    keep = get_ci(data, "keepPrimaryInformation")
    if not isinstance(keep, bool):
        errors.add("keepPrimaryInformation", "The keepPrimaryInformation field is required (true or false).")
    elif keep is False:  # "If set to false this is required"
        for name in ("firstName", "lastName", "email", "phone"):
            value = get_ci(data, name)
            if not isinstance(value, str) or not value.strip():
                errors.add(name, f"The {name} field is required when keepPrimaryInformation is false.")
    if errors:
        return validation_error(errors, call.correlation_id)
    assert instance_id is not None
    call.fake._agreements[(call.ids["customerId"], instance_id)] = copy.deepcopy(data)
    return Response(204)


def update_microsoft_qualification(call: Call) -> Response:
    data, instance_id, errors, failure = _microsoft_update(call)
    if failure:
        return failure
    qualification = get_ci(data, "qualification")
    if not isinstance(qualification, dict):
        errors.add("qualification", "The qualification field is required (an object).")
    if errors:
        return validation_error(errors, call.correlation_id)
    assert instance_id is not None
    call.fake._qualifications[(call.ids["customerId"], instance_id)] = copy.deepcopy(qualification)
    return Response(204)


ROUTES = [
    route("POST", "/v1/Customers", create_customer),
    route("DELETE", "/v1/Customers/{customerId}", delete_customer),
    route("PATCH", "/v1/Customers/{customerId}/internal-identifier", update_internal_identifier),
    route("PATCH", "/v1/Customers/{customerId}/margins/{providerInstanceId}", update_customer_margins),
    route("GET", "/v1/Customers/validations/domain", validate_domain),
    route("GET", "/v1/Customers/validations/address", validate_address),
    route("GET", "/v1/Customers/{customerId}/licenses", list_licenses),
    route(
        "PATCH",
        "/v1/Customers/{customerId}/microsoft-customer-agreement",
        update_microsoft_customer_agreement,
    ),
    route("PATCH", "/v1/Customers/{customerId}/microsoft-qualification", update_microsoft_qualification),
]
