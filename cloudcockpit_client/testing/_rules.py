"""The in-memory CloudCockpit's rules: request-body validation and Microsoft's company-info checks.

These read raw JSON (dicts and lists) by their own rules, never through the SDK's generated models,
so a mistake in the SDK is caught by the double instead of mirrored in it. Property names are
matched case-insensitively, as ASP.NET's JSON input does.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from typing import Any

MARGIN_RULES = ("Markup", "Margin", "SplitMargin", "ErpMinusDiscount")
OFFER_TYPES = (
    "License",
    "LicenseLegacy",
    "SoftwareSubscription",
    "PerpetualSoftware",
    "AzurePlan",
    "AzureReservation",
    "AzureLegacy",
    "AzureSavingsPlan",
)
MICROSOFT_DATA_KEYS = (
    "Domain",
    "CredentialsEmail",
    "AcceptedMCA",
    "AgreementDate",
    "KeepPrimaryInformation",
    "FirstName",
    "LastName",
    "Email",
    "Phone",
    "DefaultCulture",
    "Language",
    "AssociatedPartnerId",
    "Qualifications",
    "EnableGDAP",
)
# name -> max length (None: no documented limit). All are string | null.
CUSTOMER_STRING_FIELDS: dict[str, int | None] = {
    "companyName": 255,
    "taxId": 255,
    "country": None,
    "addressLine1": 255,
    "addressLine2": 255,
    "city": 255,
    "state": 255,
    "zip": 30,
    "firstName": 255,
    "middleName": 255,
    "lastName": 255,
    "email": 255,
    "phone": 30,
    "internalIdentifier": 255,
}
CUSTOMER_REQUIRED = (
    "companyName",
    "country",
    "addressLine1",
    "city",
    "state",
    "zip",
    "firstName",
    "lastName",
    "email",
    "phone",
    "providerCustomers",
)
PLACEHOLDER_NAMES = frozenset(
    {"test", "admin", "administrator", "nobody", "user", "none", "unknown", "n/a", "na"}
)
RESTRICTED_COMPANY_NAMES = frozenset({"llc", "inc", "ltd", "co", "corp", "gmbh", "sa", "lda"})


class FieldErrors:
    """Collects errors per property, as ASP.NET's model state does."""

    def __init__(self) -> None:
        self.items: dict[str, list[str]] = {}

    def add(self, prop: str, message: str) -> None:
        self.items.setdefault(prop, []).append(message)

    def __bool__(self) -> bool:
        return bool(self.items)

    def as_body(self) -> list[dict[str, Any]]:
        return [{"propertyName": k, "description": v} for k, v in self.items.items()]


_MISSING = object()


def get_ci(obj: Mapping[str, Any], name: str) -> Any:
    """obj[name], matching the key case-insensitively; _MISSING when absent."""
    if name in obj:
        return obj[name]
    lowered = name.lower()
    for key, value in obj.items():
        if isinstance(key, str) and key.lower() == lowered:
            return value
    return _MISSING


def is_missing(value: Any) -> bool:
    return value is _MISSING


def parse_uuid(value: Any) -> uuid.UUID | None:
    if not isinstance(value, str):
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_margin(value: Any, prop: str, errors: FieldErrors) -> None:
    if not isinstance(value, Mapping):
        errors.add(prop, "The margin is required and must be an object.")
        return
    for key in value:
        if not isinstance(key, str) or key.lower() not in ("marginrule", "value"):
            errors.add(prop, f"Additional properties are not allowed ({key!r}).")
    rule = get_ci(value, "marginRule")
    if not isinstance(rule, Mapping):
        errors.add(f"{prop}.marginRule", "The margin rule is required.")
    else:
        for key in rule:
            if not isinstance(key, str) or key.lower() != "name":
                errors.add(f"{prop}.marginRule", f"Additional properties are not allowed ({key!r}).")
        name = get_ci(rule, "name")
        if not isinstance(name, str) or name.lower() not in {r.lower() for r in MARGIN_RULES}:
            errors.add(f"{prop}.marginRule.name", f"Possible values: {', '.join(MARGIN_RULES)}.")
    amount = get_ci(value, "value")
    if not _is_number(amount):
        errors.add(f"{prop}.value", "The value is required and must be a number.")
    elif not 0 <= amount <= 999:
        errors.add(f"{prop}.value", "Should not be below 0 or above 999.")


def check_offer_type_margins(value: Any, errors: FieldErrors) -> None:
    if value is None or is_missing(value):
        return
    if not isinstance(value, Mapping):
        errors.add("offerTypeMargins", "Must be an object mapping offer type names to margins.")
        return
    known = {o.lower() for o in OFFER_TYPES}
    for key, margin in value.items():
        if key.lower() not in known:
            errors.add(
                f"offerTypeMargins.{key}", f"Unknown offer type. Possible values: {', '.join(OFFER_TYPES)}."
            )
        check_margin(margin, f"offerTypeMargins.{key}", errors)


def check_microsoft_data(value: Any, errors: FieldErrors) -> None:
    prop = "providerCustomerData"
    if not isinstance(value, str):
        errors.add(prop, "A Microsoft provider instance needs providerCustomerData (a string holding JSON).")
        return
    try:
        data = json.loads(value)
    except ValueError:
        errors.add(prop, "providerCustomerData is not valid JSON.")
        return
    if not isinstance(data, Mapping):
        errors.add(prop, "providerCustomerData must hold a JSON object.")
        return
    for key in MICROSOFT_DATA_KEYS:
        if is_missing(get_ci(data, key)):
            errors.add(prop, f"The key {key!r} is required for a Microsoft provider instance.")


def _check_provider_customer(entry: Any, errors: FieldErrors, where: str) -> None:
    """A ProviderCustomer sent inside a customer: the documented fields' types (ASP.NET's model
    binding refuses a body it cannot bind, though the API itself keeps none of them on create)."""
    if not isinstance(entry, Mapping):
        errors.add(where, "Must be an object.")
        return
    instance = get_ci(entry, "providerInstanceId")
    if not is_missing(instance) and parse_uuid(instance) is None:
        errors.add(f"{where}.providerInstanceId", "Must be a GUID.")
    for name in ("providerCustomerId", "providerCustomerData"):
        field = get_ci(entry, name)
        if not is_missing(field) and field is not None and not isinstance(field, str):
            errors.add(f"{where}.{name}", "Must be a string or null.")
    margin = get_ci(entry, "margin")
    if is_missing(margin) or margin is None:
        return
    if not isinstance(margin, Mapping):
        errors.add(f"{where}.margin", "Must be an object or null.")
        return
    rule = get_ci(margin, "marginRule")
    if not is_missing(rule) and rule is not None:
        rule_name = get_ci(rule, "name") if isinstance(rule, Mapping) else None
        if not isinstance(rule, Mapping) or not (
            is_missing(rule_name) or rule_name is None or isinstance(rule_name, str)
        ):
            errors.add(f"{where}.margin.marginRule", "Must be an object with a string name, or null.")
    number = get_ci(margin, "value")
    if not is_missing(number) and (isinstance(number, bool) or not isinstance(number, int | float)):
        errors.add(f"{where}.margin.value", "Must be a number.")


def check_customer(value: Any, errors: FieldErrors, prefix: str = "customer.") -> None:
    """The Customer view model: types, documented max lengths, required fields (named ``prefix`` +
    the field: the account-info update nests the customer, create sends it as the body)."""
    if not isinstance(value, Mapping):
        errors.add(prefix.rstrip(".") or "$", "Must be an object.")
        return
    for name in CUSTOMER_REQUIRED:
        if is_missing(get_ci(value, name)):
            errors.add(f"{prefix}{name}", f"The {name} field is required.")
    for name, limit in CUSTOMER_STRING_FIELDS.items():
        field = get_ci(value, name)
        if is_missing(field) or field is None:
            continue
        if not isinstance(field, str):
            errors.add(f"{prefix}{name}", "Must be a string or null.")
        elif limit is not None and len(field) > limit:
            errors.add(f"{prefix}{name}", f"This may be up to {limit} characters.")
    for name in ("id", "resellerId"):
        field = get_ci(value, name)
        if is_missing(field) or (field is None and name == "resellerId"):
            continue
        if parse_uuid(field) is None:
            errors.add(f"{prefix}{name}", "Must be a GUID.")
    pcs = get_ci(value, "providerCustomers")
    if not is_missing(pcs) and pcs is not None and not isinstance(pcs, Mapping):
        errors.add(f"{prefix}providerCustomers", "Must be an object or null.")
    elif isinstance(pcs, Mapping):
        for key, entry in pcs.items():
            _check_provider_customer(entry, errors, f"{prefix}providerCustomers.{key}")
    assoc = get_ci(value, "customerAssociations")
    if not is_missing(assoc) and assoc is not None and not isinstance(assoc, list):
        errors.add(f"{prefix}customerAssociations", "Must be an array or null.")


def _name_problem(value: Any, field: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"{field} is empty"
    name = value.strip()
    if len(name) > 40:
        return f"{field} is longer than 40 characters"
    if len(name) == 1:
        return f"{field} is a single character"
    if name.lower() in PLACEHOLDER_NAMES:
        return f"{field} {name!r} is a placeholder"
    if not re.search(r"[^\W\d_]", name):
        return f"{field} has no letters"
    return None


def microsoft_company_info_problems(customer: Mapping[str, Any]) -> list[str]:
    """A few of Microsoft's documented company-info rules (support KB "customer company info rules")."""
    problems: list[str] = []
    company = customer.get("companyName")
    if not isinstance(company, str) or not company.strip():
        problems.append("companyName is empty")
    else:
        name = company.strip()
        if len(name) == 1:
            problems.append("companyName is a single character")
        elif not re.search(r"\w", name):
            problems.append("companyName has only special characters")
        elif name.lower().strip(".") in RESTRICTED_COMPANY_NAMES:
            problems.append(f"companyName {name!r} is only a restricted abbreviation")
        elif len(name) >= 3 and len(set(name.lower())) == 1:
            problems.append("companyName repeats one character")
    for field in ("firstName", "lastName"):
        problem = _name_problem(customer.get(field), field)
        if problem:
            problems.append(problem)
    email = customer.get("email")
    if isinstance(email, str) and email.lower().endswith("@microsoft.com"):
        problems.append("email may not be a microsoft.com address")
    return problems


def margin_view(margin: Any) -> dict[str, Any] | None:
    """A margin the double accepted, as the API writes it back: camelCase, the documented rule spelling."""
    if not isinstance(margin, Mapping):
        return None
    rule = get_ci(margin, "marginRule")
    name = get_ci(rule, "name") if isinstance(rule, Mapping) else None
    if isinstance(name, str):
        name = next((known for known in MARGIN_RULES if known.lower() == name.lower()), name)
    return {"marginRule": {"name": name}, "value": get_ci(margin, "value")}
