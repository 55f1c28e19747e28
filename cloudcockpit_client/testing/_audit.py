"""The double's operations of the AuditLogs tag (row 78): the audit logs of the writes made against the double.

The documented rules: the audit logs are sorted by Timestamp, most recent first; the filters are
StartDate (default: a month ago), EndDate (default: now), Operations (``|``-separated, e.g.
``CreateOrder|CreateCustomer``), Status (Processing, Succeded, Failed), Reseller and Customer (a
substring of the name), resellerId ("view the audit logs as the specified resellerId"); paging is
PageNumber/PageSize (PascalCase). Available to the roles: csp, reseller.

Choices where the docs are silent (also in the README, "Choices the double makes"):

- What is logged: every write (any method but GET) of any tag that the double served with a 2xx or
  a 4xx answer (a 401, or a 400 on a malformed path id or header, is refused before the operation
  runs and is not logged; nor are injected faults). A 2xx is "Succeeded", a 4xx "Failed"; a created
  order's entry is "Processing" until the order ends, then "Succeeded" or "Failed".
- An entry (the docs show no field of an audit log) holds plain fields: ``id``, ``timestamp`` (UTC,
  ISO 8601), ``operation`` (the method and the documented path, e.g.
  ``"PATCH /v1/Customers/{customerId}/account-info"``), ``operationName`` (the operation's name,
  PascalCase, e.g. ``"UpdateAccountInfo"``, ``"CreateOrder"``: the spelling of the docs' Operations
  example), ``path`` (as requested), ``statusCode``, ``status``, ``customerId`` and ``customerName``
  (the path's customer, else the body's ``customerId``, else the customer a create made),
  ``resellerId`` and ``resellerName`` (a reseller token's own reseller; for a CSP the path's reseller,
  else the customer's, else the body's ``resellerId``), ``correlationId``, ``orderId`` (a created order's) and
  ``errorMessage`` (a failure's description).
- Filters: Operations terms match ``operationName`` or ``operation`` case-insensitively; Status takes
  Processing, Succeded or Succeeded, Failed (case-insensitive; anything else is a 400 on Status);
  Reseller and Customer match case-insensitively; StartDate and EndDate are ISO 8601 date-times
  (without an offset: UTC; anything else is a 400 naming it); the default StartDate is 30 days ago.
- A reseller's token sees its own reseller's entries only, and a ``resellerId`` that is not its own
  is a 403; a CSP's ``resellerId`` shows that reseller's entries only.
"""

from __future__ import annotations

import copy
import datetime
import functools
import itertools
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ._orders import _paged_pascal, _pascal_paging, _query, _uuid_query
from ._rules import FieldErrors, get_ci, parse_uuid
from ._wire import Call, Response, Route, route, validation_error

if TYPE_CHECKING:
    from ._fake import FakeCloudCockpit

__all__ = ["AUDIT_STATUSES", "ROUTES", "UNSERVED", "AuditState"]

# The Status filter's values: the docs' spelling "Succeded" and the usual one are both accepted.
AUDIT_STATUSES = {
    "processing": "Processing",
    "succeded": "Succeeded",
    "succeeded": "Succeeded",
    "failed": "Failed",
}
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$")
_REASONS = {400: "Bad Request", 403: "Forbidden", 404: "Not Found", 409: "Conflict"}


def parse_date_time(value: str) -> datetime.datetime | None:
    """An ISO 8601 date-time (a 'Z' or an offset, or none: UTC), or None if it is not one."""
    text = value.strip()
    if not _DATE_TIME.match(text):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", text))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


@dataclass
class _Entry:
    tenant: str
    seq: int
    when: datetime.datetime
    data: dict[str, Any]  # the wire fields


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except (ValueError, RecursionError):
        return None


@functools.cache
def _operation_name(method: str, template: str) -> str | None:
    """The operation's name: the double's handler for it, in PascalCase (update_account_info ->
    UpdateAccountInfo, create_order -> CreateOrder)."""
    from . import _http  # imported here: _http imports this module

    for candidate in _http.ROUTES:
        if candidate.method == method and candidate.template == template:
            words = candidate.handler.__name__.strip("_").split("_")
            return "".join(word[:1].upper() + word[1:] for word in words if word) or None
    return None


def _reseller_name(fake: FakeCloudCockpit, tenant: str, reseller_id: uuid.UUID) -> str | None:
    """The reseller's company name, if the double holds the reseller (``fake.reseller``, _resellers.py)."""
    try:
        reseller = fake.reseller(reseller_id)
    except KeyError:
        return None
    name = reseller.get("companyName")
    return name if isinstance(name, str) and fake._reseller_records[reseller_id].tenant == tenant else None


class AuditState:
    """The double's state for AuditLogs, and its inspection API (mixed into FakeCloudCockpit)."""

    def _reset_audit(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""
        self._audit: list[_Entry] = []
        self._audit_seq = itertools.count()

    def _tick_audit(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""

    def audit_logs(self, tenant: str) -> list[dict[str, Any]]:
        """Copies of the tenant's audit log entries, oldest first (the fields GET /v1/AuditLogs sends)."""
        domain = cast("FakeCloudCockpit", self)._tenant(tenant)
        return [copy.deepcopy(entry.data) for entry in self._audit if entry.tenant == domain]

    def _record_audit(self, call: Call, method: str, template: str, path: str, response: Response) -> None:
        """Called after every served operation (any tag) with its answer: the audit log's source."""
        if method == "GET" or not (200 <= response.status < 300 or 400 <= response.status < 500):
            return
        fake = cast("FakeCloudCockpit", self)
        tenant = call.token.tenant
        body = _json(call.body)
        answer = _json(response.body)
        succeeded = response.status < 300
        customer_id = call.ids.get("customerId")
        if customer_id is None and isinstance(body, Mapping):
            customer_id = parse_uuid(get_ci(body, "customerId"))
        if customer_id is None and succeeded and template == "/v1/Customers" and isinstance(answer, Mapping):
            customer_id = parse_uuid(answer.get("id"))  # the customer a create made
        customer = fake._customers.get(customer_id) if customer_id is not None else None
        if customer is not None and customer[0] != tenant:
            customer = None
        customer_name = customer[1].get("companyName") if customer is not None else None
        if customer_name is None and customer_id is not None:  # a deleted customer: its last name seen
            customer_name = next(
                (
                    e.data["customerName"]
                    for e in reversed(self._audit)
                    if e.data["customerId"] == str(customer_id) and e.data["customerName"]
                ),
                None,
            )
        reseller_id = call.token.reseller_id  # a reseller's own write; else whose data it touched
        if reseller_id is None:
            reseller_id = call.ids.get("resellerId")
        if reseller_id is None and customer is not None:
            reseller_id = parse_uuid(customer[1].get("resellerId"))
        if reseller_id is None and isinstance(body, Mapping):
            reseller_id = parse_uuid(get_ci(body, "resellerId"))
        order_id = None
        if succeeded and template == "/v1/Orders" and isinstance(answer, Mapping):
            order_id = parse_uuid(answer.get("id"))
        message = None
        if not succeeded:
            description = answer.get("description") if isinstance(answer, Mapping) else None
            message = description if isinstance(description, str) else _REASONS.get(response.status, "Failed")
        when = datetime.datetime.now(datetime.UTC)
        self._audit.append(
            _Entry(
                tenant,
                next(self._audit_seq),
                when,
                {
                    "id": str(uuid.uuid4()),
                    "timestamp": when.isoformat(),
                    "operation": f"{method} {template}",
                    "operationName": _operation_name(method, template),
                    "path": path,
                    "statusCode": response.status,
                    "status": ("Processing" if order_id else "Succeeded") if succeeded else "Failed",
                    "customerId": None if customer_id is None else str(customer_id),
                    "customerName": customer_name,
                    "resellerId": None if reseller_id is None else str(reseller_id),
                    "resellerName": None
                    if reseller_id is None
                    else _reseller_name(fake, tenant, reseller_id),
                    "correlationId": call.correlation_id,
                    "orderId": None if order_id is None else str(order_id),
                    "errorMessage": message,
                },
            )
        )

    def _audit_order_ended(self, order_id: uuid.UUID, *, succeeded: bool, message: str | None) -> None:
        """An order ended (_orders.py): its creation's entry is no longer Processing."""
        for entry in self._audit:
            if entry.data["orderId"] == str(order_id) and entry.data["status"] == "Processing":
                entry.data["status"] = "Succeeded" if succeeded else "Failed"
                entry.data["errorMessage"] = message


def list_audit_logs(call: Call) -> Response:
    fake = call.fake
    errors = FieldErrors()
    now = datetime.datetime.now(datetime.UTC)
    bounds = {"StartDate": now - datetime.timedelta(days=30), "EndDate": now}
    for name in bounds:
        raw = _query(call, name)
        if raw is None:
            continue
        parsed = parse_date_time(raw)
        if parsed is None:
            errors.add(name, f"The value '{raw}' is not a valid date-time.")
        else:
            bounds[name] = parsed
    raw_operations = _query(call, "Operations")
    operations = {t.strip().lower() for t in (raw_operations or "").split("|") if t.strip()}
    raw_status = _query(call, "Status")
    status = None
    if raw_status is not None:
        status = AUDIT_STATUSES.get(raw_status.strip().lower())
        if status is None:
            errors.add("Status", "Possible values: Processing, Succeded, Failed.")
    reseller_id = _uuid_query(call, "resellerId", errors)
    paging = _pascal_paging(call, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    if call.token.role == "reseller":
        if reseller_id is not None and reseller_id != call.token.reseller_id:
            return Response(403)  # a reseller sees its own audit logs only
        reseller_id = call.token.reseller_id
    reseller = (_query(call, "Reseller") or "").strip().lower()
    customer = (_query(call, "Customer") or "").strip().lower()
    chosen = []
    for entry in fake._audit:
        data = entry.data
        if entry.tenant != call.token.tenant or not bounds["StartDate"] <= entry.when <= bounds["EndDate"]:
            continue
        if reseller_id is not None and data["resellerId"] != str(reseller_id):
            continue
        names = {str(data["operation"]).lower(), str(data["operationName"]).lower()}
        if operations and not operations & names:
            continue
        if status is not None and data["status"] != status:
            continue
        if reseller and reseller not in (data["resellerName"] or "").lower():
            continue
        if customer and customer not in (data["customerName"] or "").lower():
            continue
        chosen.append(entry)
    chosen.sort(key=lambda e: (e.when, e.seq), reverse=True)  # by Timestamp, most recent first
    return _paged_pascal(call, paging, [copy.deepcopy(entry.data) for entry in chosen])


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = []

ROUTES: list[Route] = [route("GET", "/v1/AuditLogs", list_audit_logs)]
