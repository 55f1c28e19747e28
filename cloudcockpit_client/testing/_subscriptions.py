"""The double's operations of the Subscriptions tag (rows 36-52): subscriptions per customer and their state changes.

A subscription belongs to one customer (and so to its tenant), is on a provider instance, and has a
status: Active, Suspended or Cancelled. The docs list no status values (the status is a smart enum
``{"name": ...}`` whose values the pages never print); these three are the double's, from the
operations' own names (suspend, reactivate, cancel). Seed them with ``fake.add_subscription(...)``
(the orders helper calls it when an order completes) and read them back with
``fake.subscription(id)``.

Rules the docs give, as the double serves them:

- suspend: Active -> Suspended; reactivate: Suspended -> Active; cancel (DELETE, 202) -> Cancelled,
  and a 409 (the error object, with the subscription as ``portalSubscription``, as the docs' example
  begins) when the subscription cannot be cancelled: it is cancelled already,
  or its ``cancellationAllowedUntil`` has passed.
- List all Subscriptions and Update a Subscription reseller are the CSP's only ("Available to the
  roles: csp"): a reseller token gets a 403.
- The PO number is "only allowed for the CSP or the reseller associated to the subscription".
- Migration and the monthly budget are Microsoft's only (the subscription's provider instance must
  be a Microsoft one); a monthly budget of null sets no budget.
- The migration's only state is ``isCompleted``; once completed it names the destination
  subscription (``destinationSubscriptionId``), "only populated when migration is completed".

Choices where the docs are silent:

- The status names are Active, Suspended and Cancelled (the docs list none). Suspending a
  subscription that is not Active, or reactivating one that is not Suspended, is a 400
  (``BusinessRuleViolation``). Update, upgrade and migration need an Active subscription (else a
  400).
- Every state change happens at once although the docs call them asynchronous; suspend and update
  (documented "any 2xx") answer 202, as reactivate, cancel and upgrade do.
- Both views the docs draw of a subscription (the list items' and Retrieve's) are sent in every
  answer, with every field the schema declares: ``name`` and ``subscriptionName`` hold the same
  name, ``status`` and ``subscriptionStatus`` the same status, ``margin`` and ``customMargin`` the
  same margin. A field the schema types non-nullable is left out while the double has no value for
  it (``orderId`` without an order, ``providerInstanceId`` without an instance, ``margin`` and
  ``customMargin`` until one is set, ``listPrice``, ``revenuePrice`` and ``offerPrice`` unless
  seeded). ``offer`` is ``{"id", "name"}``; ``nextBillingFrequency`` is scheduled at the end date.
  Extra fields seeded through ``add_subscription(**fields)`` are sent as given (the model is open);
  ``monthlyBudget`` and the migration are not sent (the schema has no such fields).
- A new subscription starts now; its end date is one term later (NoTerm and OneMonth: a month);
  ``cancellationAllowedUntil`` is 7 days after the start (Microsoft's new-commerce window), none
  for NoTerm (Azure plan and Azure legacy offers default to NoTerm, others to OneYear; billing is
  Monthly; segment Commercial; auto-renew on).
- Lists are sorted by offer name (the first of the sort properties the pages name), then in the
  order the subscriptions were added; ``resellerId`` and ``offerId`` filter. A reseller token sees
  only the subscriptions associated to its reseller, of its own customers (another reseller's
  customer, or a subscription associated to another reseller, is a 403).
- An unknown customer or subscription, or one of another customer, is a 404 (the error object,
  under the documented ``default``); custom term end dates documents no 404 nor default, so an
  unknown customer there is a 400 on ``customerId``.
- Eligible transitions: unless seeded (``eligibleTransitions=[...]`` in the wire shape), an Active
  subscription has one, derived from its offer: offer id uuid5(offer id, "upgrade"), offer name
  "<offer name> (upgrade)", provider offer id "<provider offer id or offer id>:upgrade", with
  availability "...:upgrade:0001", the subscription's quantity, term and billing,
  "transition_only". Other statuses have none. An upgrade must name one of them by
  ``providerOfferIdWithAvailability`` (or, when that is null, ``providerOfferId``), else a 400;
  it changes the subscription in place to that offer, quantity, term and billing (dates kept).
- Migration (an Active subscription on a Microsoft instance, none in progress) completes after
  ``fake.migration_delay`` seconds (0, the default: at once). Until then the status answers
  ``isCompleted: false``; then the double has created the destination subscription (Active, the
  same offer, name, instance and reseller; the quantity, term and billing asked for, else the
  source's, term OneYear; offer type License for a LicenseLegacy source) and cancelled the source.
  The status of a subscription with no migration is a 400.
- Azure entitlements are the customer's subscriptions seeded with ``parentSubscriptionId=<the
  parent's id>`` (a bare list; ``resellerId`` filters). A monthly budget needs an Azure
  subscription: offer type AzurePlan or AzureLegacy, or an entitlement; it must be 0 or more.
- Custom term end dates (no parameters documented; the body is not documented): a JSON array of
  the distinct end dates of the customer's Active subscriptions that have a term, sorted.
- Price margin: ``marginRule`` as on the other margin pages (a documented rule name, case
  insensitive); the open model's ``value``, when sent, must be a number from 0 to 999 (else the
  previous value is kept, 0 for a first margin).
- The PO number is a bare JSON string of up to 255 characters (null is a 400); the associated
  reseller is a bare JSON string holding a GUID, answered ``true`` (the double does not check that
  it names a reseller).
- Update: with a body, ``name`` (up to 255 characters, or null), ``quantity`` (1 or more) and
  ``nextBillingFrequency`` are required, ``autoRenewSettings`` optional (its ``term`` and
  ``billingFrequency`` required); ``autoRenewEnabled``, when sent, must be a boolean. With no body
  nothing changes.
"""

from __future__ import annotations

import calendar
import copy
import datetime
import json
import re
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ._customers import _load_customer, _uuid_query
from ._rules import MARGIN_RULES, OFFER_TYPES, FieldErrors, get_ci, is_missing, margin_view, parse_uuid
from ._wire import (
    Call,
    Response,
    Route,
    error,
    json_response,
    paged,
    parse_json_body,
    route,
    validation_error,
)

if TYPE_CHECKING:
    from ._fake import FakeCloudCockpit

__all__ = ["ROUTES", "SUBSCRIPTION_STATUSES", "UNSERVED", "SubscriptionsState", "seed_subscriptions"]

# The double's status names (the docs list none).
SUBSCRIPTION_STATUSES = ("Active", "Suspended", "Cancelled")
TERM_DURATIONS = ("NoTerm", "OneMonth", "OneYear", "ThreeYears", "FiveYears")
BILLING_FREQUENCIES = ("OneTime", "Monthly", "Annual", "Triennial", "None")
_AZURE_OFFER_TYPES = ("AzurePlan", "AzureLegacy")
_TERM_MONTHS = {"NoTerm": 1, "OneMonth": 1, "OneYear": 12, "ThreeYears": 36, "FiveYears": 60}
_INT32 = (-(2**31), 2**31 - 1)
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
# Record keys that are the double's state (the view builds the wire fields from them); any other
# key was seeded as an extra wire field and is sent as given.
_STATE_KEYS = frozenset(
    {
        "id",
        "orderId",
        "offerId",
        "customerId",
        "providerInstanceId",
        "resellerId",
        "name",
        "providerSubscriptionId",
        "offerName",
        "offerType",
        "isAddonOffer",
        "isTrialOffer",
        "providerOfferId",
        "status",
        "startDate",
        "endDate",
        "cancellationAllowedUntil",
        "quantity",
        "assignedLicenses",
        "termDuration",
        "billingFrequency",
        "nextBillingFrequency",
        "segment",
        "autoRenewEnabled",
        "autoRenewSettings",
        "margin",
        "internalId",
        "poNumber",
        "providerData",
        "monthlyBudget",
        "migration",
        "eligibleTransitions",
        "parentSubscriptionId",
    }
)
# State that is not on the wire (the Subscription schema has no such fields).
_NOT_SENT = frozenset({"monthlyBudget", "migration", "eligibleTransitions"})


def _uuid_or_none(value: uuid.UUID | str | None) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def _iso(moment: datetime.datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def _add_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def _parse_time(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _canonical(value: str, known: tuple[str, ...]) -> str | None:
    return next((k for k in known if k.lower() == value.strip().lower()), None)


def _name_of(value: Any) -> Any:
    """A smart enum's name, whether stored as the name or as ``{"name": ...}``."""
    return value.get("name") if isinstance(value, Mapping) else value


def _enum_view(value: Any) -> Any:
    return copy.deepcopy(dict(value)) if isinstance(value, Mapping) else {"name": value}


def _is_int32(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and _INT32[0] <= value <= _INT32[1]


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class SubscriptionsState:
    """The double's state for Subscriptions, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_subscriptions(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""
        self._subscriptions: dict[uuid.UUID, dict[str, Any]] = {}
        self._migration_due: dict[uuid.UUID, float] = {}
        #: Seconds a migration takes to complete (0: at once, within the POST that starts it).
        self.migration_delay: float = 0.0

    def _tick_subscriptions(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""
        for subscription_id, due in list(self._migration_due.items()):
            if due <= now:
                self._complete_migration(subscription_id)

    def add_subscription(
        self,
        customer_id: uuid.UUID | str,
        *,
        provider_instance_id: uuid.UUID | str | None = None,
        offer_id: uuid.UUID | str | None = None,
        order_id: uuid.UUID | str | None = None,
        name: str = "Subscription",
        offer_name: str = "Offer",
        offer_type: str = "License",
        quantity: int = 1,
        status: str = "Active",
        reseller_id: uuid.UUID | str | None = None,
        subscription_id: uuid.UUID | str | None = None,
        **fields: Any,
    ) -> uuid.UUID:
        """Seed one subscription of ``customer_id`` (a KeyError if the customer is unknown).

        ``provider_instance_id`` None: the instance of the customer's first provider customer, else
        any provider instance of the customer's tenant, else none. ``offer_id`` None: a new id.
        ``reseller_id`` None: the customer's reseller. ``status``: Active, Suspended or Cancelled
        (case-insensitive; a ValueError otherwise). ``fields`` are extra camelCase wire fields stored
        as given: a known one (``termDuration``, ``billingFrequency``, ``providerOfferId``,
        ``startDate``, ``endDate``, ``cancellationAllowedUntil``, ``poNumber``, ``margin``,
        ``monthlyBudget``, ``eligibleTransitions``, ``parentSubscriptionId`` for an Azure
        entitlement, ...) replaces the double's default, any other is sent as given.
        """
        fake = cast("FakeCloudCockpit", self)
        cid = uuid.UUID(str(customer_id))
        tenant, customer = fake._customers[cid]
        canonical_status = _canonical(status, SUBSCRIPTION_STATUSES)
        if canonical_status is None:
            raise ValueError(f"status must be one of {', '.join(SUBSCRIPTION_STATUSES)}, not {status!r}")
        iid = _uuid_or_none(provider_instance_id)
        if iid is None:
            iid = next((i for (c, i) in fake._provider_customers if c == cid), None)
        if iid is None:
            iid = next((i for i, inst in fake._instances.items() if inst.tenant == tenant), None)
        sid = _uuid_or_none(subscription_id) or uuid.uuid4()
        offer_type = _canonical(offer_type, OFFER_TYPES) or offer_type
        term = _name_of(fields.get("termDuration")) or (
            "NoTerm" if offer_type in _AZURE_OFFER_TYPES else "OneYear"
        )
        billing = _name_of(fields.get("billingFrequency")) or "Monthly"
        start = _parse_time(fields.get("startDate")) or datetime.datetime.now(datetime.UTC)
        rid = _uuid_or_none(reseller_id)
        record: dict[str, Any] = {
            "id": str(sid),
            "orderId": None if order_id is None else str(order_id),
            "offerId": str(_uuid_or_none(offer_id) or uuid.uuid4()),
            "customerId": str(cid),
            "providerInstanceId": None if iid is None else str(iid),
            "resellerId": str(rid) if rid is not None else customer.get("resellerId"),
            "name": name,
            "providerSubscriptionId": str(uuid.uuid4()) if iid is not None else None,
            "offerName": offer_name,
            "offerType": offer_type,
            "isAddonOffer": False,
            "isTrialOffer": False,
            "providerOfferId": None,
            "status": canonical_status,
            "startDate": _iso(start),
            "endDate": _iso(_add_months(start, _TERM_MONTHS.get(str(term), 12))),
            "cancellationAllowedUntil": None
            if term == "NoTerm"
            else _iso(start + datetime.timedelta(days=7)),
            "quantity": quantity,
            "assignedLicenses": None,
            "termDuration": term,
            "billingFrequency": billing,
            "nextBillingFrequency": None,
            "segment": "Commercial",
            "autoRenewEnabled": True,
            "autoRenewSettings": {"term": term, "billingFrequency": billing, "customTermEndDate": None},
            "margin": None,
            "internalId": None,
            "poNumber": None,
            "providerData": None,
            "monthlyBudget": None,
            "migration": None,
            "eligibleTransitions": None,
            "parentSubscriptionId": None,
        }
        record.update(copy.deepcopy(fields))
        self._subscriptions[sid] = record
        return sid

    def subscription(self, subscription_id: uuid.UUID | str) -> dict[str, Any]:
        """A copy of the subscription as the double holds it (a KeyError if unknown): camelCase keys,
        ``status`` the status name, ``quantity``, ``poNumber``, ``monthlyBudget``, ``resellerId``,
        ``margin`` (as received), ``migration`` (None, or ``{"isCompleted", "destinationSubscriptionId",
        ...}``), the seeded extras."""
        return copy.deepcopy(self._subscriptions[uuid.UUID(str(subscription_id))])

    def _complete_migration(self, subscription_id: uuid.UUID) -> None:
        self._migration_due.pop(subscription_id, None)
        source = self._subscriptions[subscription_id]
        migration = source["migration"]
        fake = cast("FakeCloudCockpit", self)
        if migration is None or migration["isCompleted"]:
            return
        if uuid.UUID(source["customerId"]) not in fake._customers:
            return  # the customer was deleted meanwhile: nothing to create
        offer_type = "License" if source["offerType"] == "LicenseLegacy" else source["offerType"]
        term = migration["termDuration"] or "OneYear"
        billing = migration["billingFrequency"] or source["billingFrequency"]
        destination = self.add_subscription(
            source["customerId"],
            provider_instance_id=source["providerInstanceId"],
            offer_id=source["offerId"],
            name=source["name"],
            offer_name=source["offerName"],
            offer_type=offer_type,
            quantity=migration["quantity"] if migration["quantity"] is not None else source["quantity"],
            reseller_id=source["resellerId"],
            termDuration=term,
            billingFrequency=billing,
            providerOfferId=source["providerOfferId"],
        )
        migration.update(
            isCompleted=True,
            destinationSubscriptionId=str(destination),
            destinationProviderSubscriptionId=self._subscriptions[destination]["providerSubscriptionId"],
        )
        source["status"] = "Cancelled"


# ----------------------------------------------------------------------------- views


def _view(record: Mapping[str, Any]) -> dict[str, Any]:
    """A subscription as the API sends it (both views of the docs; see the module docstring)."""
    margin = margin_view(record.get("margin"))
    view: dict[str, Any] = {
        "id": record["id"],
        "orderId": record.get("orderId"),
        "offerId": record.get("offerId"),
        "customerId": record["customerId"],
        "providerInstanceId": record.get("providerInstanceId"),
        "resellerId": record.get("resellerId"),
        "subscriptionName": record.get("name"),
        "name": record.get("name"),
        "providerSubscriptionId": record.get("providerSubscriptionId"),
        "offerName": record.get("offerName"),
        "offerType": _enum_view(record.get("offerType")),
        "isAddonOffer": bool(record.get("isAddonOffer")),
        "isTrialOffer": bool(record.get("isTrialOffer")),
        "providerOfferId": record.get("providerOfferId"),
        "subscriptionStatus": _enum_view(record.get("status")),
        "status": _enum_view(record.get("status")),
        "startDate": record.get("startDate"),
        "endDate": record.get("endDate"),
        "cancellationAllowedUntil": record.get("cancellationAllowedUntil"),
        "quantity": record.get("quantity"),
        "assignedLicenses": record.get("assignedLicenses"),
        "termDuration": _enum_view(record.get("termDuration")),
        "billingFrequency": _enum_view(record.get("billingFrequency")),
        "nextBillingFrequency": _next_billing_view(record),
        "segment": _enum_view(record.get("segment")),
        "autoRenewEnabled": bool(record.get("autoRenewEnabled")),
        "autoRenewSettings": _auto_renew_view(record.get("autoRenewSettings")),
        "customMargin": margin,
        "margin": margin,
        "internalId": record.get("internalId"),
        "poNumber": record.get("poNumber"),
        "offer": {"id": record.get("offerId"), "name": record.get("offerName")},
        "providerData": record.get("providerData"),
    }
    # Non-nullable fields the double has no value for are left out rather than sent as null.
    for key in ("orderId", "offerId", "providerInstanceId", "startDate", "endDate", "quantity"):
        if view[key] is None:
            del view[key]
    for key in ("customMargin", "margin"):
        if view[key] is None:
            del view[key]
    extras = {k: copy.deepcopy(v) for k, v in record.items() if k not in _STATE_KEYS}
    if record.get("parentSubscriptionId") is not None:
        extras["parentSubscriptionId"] = record["parentSubscriptionId"]
    view.update(extras)
    return view


def _next_billing_view(record: Mapping[str, Any]) -> Any:
    value = record.get("nextBillingFrequency")
    if isinstance(value, Mapping):
        return copy.deepcopy(dict(value))
    out: dict[str, Any] = {"billingFrequency": {"name": value or _name_of(record.get("billingFrequency"))}}
    if isinstance(record.get("endDate"), str):
        out["scheduledDate"] = record["endDate"]
    return out


def _auto_renew_view(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        return {}
    out = {k: copy.deepcopy(v) for k, v in value.items()}
    for key in ("term", "billingFrequency"):
        if key in out and not isinstance(out[key], Mapping):
            out[key] = {"name": out[key]}
    return out


def _transitions(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The subscription's eligible transitions (seeded, or one derived from its offer)."""
    if record.get("status") != "Active":
        return []
    seeded = record.get("eligibleTransitions")
    if seeded is not None:
        return [
            copy.deepcopy(dict(t))
            for t in seeded
            if isinstance(t, Mapping) and t.get("offerId") != record.get("offerId")
        ]
    offer_id = str(record.get("offerId"))
    provider_offer = f"{record.get('providerOfferId') or offer_id}:upgrade"
    return [
        {
            "destinationSubscriptionId": None,
            "destinationProviderSubscriptionId": None,
            "offerName": f"{record.get('offerName')} (upgrade)",
            "offerId": str(uuid.uuid5(uuid.UUID(offer_id), "upgrade")),
            "providerOfferId": provider_offer,
            "providerOfferIdWithAvailability": f"{provider_offer}:0001",
            "imageUrl": None,
            "quantity": record.get("quantity"),
            "termDuration": {"name": _name_of(record.get("termDuration"))},
            "billingFrequency": {"name": _name_of(record.get("billingFrequency"))},
            "transitionType": "transition_only",
            "transitionEvents": [],
        }
    ]


# ----------------------------------------------------------------------------- loading and checks


def _not_found(call: Call) -> Response:
    return error(404, "NotFound", "The subscription was not found.", call.correlation_id)


def _visible(record: Mapping[str, Any], call: Call) -> bool:
    return call.token.role == "csp" or record.get("resellerId") == str(call.token.reseller_id)


def _load_subscription(call: Call) -> tuple[dict[str, Any] | None, Response | None]:
    """The path's subscription: its customer must be the token's (404 / 403), the subscription the
    customer's (404), and for a reseller token associated to that reseller (403)."""
    _, failure = _load_customer(call)
    if failure:
        return None, failure
    record = call.fake._subscriptions.get(call.ids["subscriptionId"])
    if record is None or record["customerId"] != str(call.ids["customerId"]):
        return None, _not_found(call)
    if not _visible(record, call):
        return None, Response(403)
    return record, None


def _rule_violation(call: Call, description: str) -> Response:
    return error(400, "BusinessRuleViolation", description, call.correlation_id)


def _needs_status(call: Call, record: Mapping[str, Any], wanted: str, action: str) -> Response | None:
    if record["status"] != wanted:
        return _rule_violation(
            call, f"Only a subscription in the {wanted} status can be {action} (it is {record['status']})."
        )
    return None


def _provider(call: Call, record: Mapping[str, Any]) -> str | None:
    iid = parse_uuid(record.get("providerInstanceId"))
    instance = call.fake._instances.get(iid) if iid is not None else None
    return instance.provider if instance is not None else None


def _check_enum_object(value: Any, prop: str, known: tuple[str, ...], errors: FieldErrors) -> str | None:
    """A request smart enum (``{"name": ...}``, no other property): its canonical name."""
    if not isinstance(value, Mapping):
        errors.add(prop, "The field is required and must be an object with a name.")
        return None
    for key in value:
        if not isinstance(key, str) or key.lower() != "name":
            errors.add(prop, f"Additional properties are not allowed ({key!r}).")
    name = get_ci(value, "name")
    canonical = _canonical(name, known) if isinstance(name, str) else None
    if canonical is None:
        errors.add(f"{prop}.name", f"Possible values: {', '.join(known)}.")
    return canonical


def _check_nullable_string(data: Mapping[str, Any], prop: str, errors: FieldErrors) -> None:
    value = get_ci(data, prop)
    if not is_missing(value) and value is not None and not isinstance(value, str):
        errors.add(prop, "Must be a string or null.")


def _bare_json(call: Call) -> tuple[Any, Response | None]:
    """A body that is a bare JSON value (a string), not an object."""
    if not call.body.strip():
        return None, error(
            400, "ValidationError", "A non-empty request body is required.", call.correlation_id, "$"
        )
    try:
        return json.loads(call.body), None
    except ValueError:
        return None, error(
            400, "ValidationError", "The request body is not valid JSON.", call.correlation_id, "$"
        )


# ----------------------------------------------------------------------------- handlers


def _sorted(call: Call, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    order = {record["id"]: n for n, record in enumerate(call.fake._subscriptions.values())}
    records.sort(key=lambda r: (str(r.get("offerName") or "").lower(), order[r["id"]]))
    return [_view(r) for r in records]


def list_subscriptions(call: Call) -> Response:
    if call.token.role != "csp":
        return Response(403)  # "Available to the roles: csp"
    fake = call.fake
    chosen = [
        record
        for record in fake._subscriptions.values()
        if (entry := fake._customers.get(uuid.UUID(record["customerId"]))) is not None
        and entry[0] == call.token.tenant
    ]
    return paged(call, _sorted(call, chosen))


def list_customer_subscriptions(call: Call) -> Response:
    errors = FieldErrors()
    reseller_id = _uuid_query(call, "resellerId", errors)
    offer_id = _uuid_query(call, "offerId", errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    _, failure = _load_customer(call)
    if failure:
        return failure
    chosen = [
        record
        for record in call.fake._subscriptions.values()
        if record["customerId"] == str(call.ids["customerId"])
        and _visible(record, call)
        and (reseller_id is None or record.get("resellerId") == str(reseller_id))
        and (offer_id is None or record.get("offerId") == str(offer_id))
    ]
    return paged(call, _sorted(call, chosen))


def get_subscription(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    return json_response(200, _view(record))


def update_subscription(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    if not call.body.strip():
        return Response(202)  # the body is not required: nothing to change
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    name = get_ci(data, "name")
    if is_missing(name):
        errors.add("name", "The name field is required.")
    elif name is not None and (not isinstance(name, str) or len(name) > 255):
        errors.add("name", "The name may be up to 255 characters.")
    quantity = get_ci(data, "quantity")
    if not _is_int32(quantity):
        errors.add("quantity", "The quantity field is required and must be an integer.")
    elif quantity < 1:
        errors.add("quantity", "The quantity must be 1 or greater.")
    next_billing = _check_enum_object(
        get_ci(data, "nextBillingFrequency"), "nextBillingFrequency", BILLING_FREQUENCIES, errors
    )
    settings = get_ci(data, "autoRenewSettings")
    renew: dict[str, Any] | None = None
    if not is_missing(settings):
        if not isinstance(settings, Mapping):
            errors.add("autoRenewSettings", "Must be an object.")
        else:
            term = _check_enum_object(
                get_ci(settings, "term"), "autoRenewSettings.term", TERM_DURATIONS, errors
            )
            billing = _check_enum_object(
                get_ci(settings, "billingFrequency"),
                "autoRenewSettings.billingFrequency",
                BILLING_FREQUENCIES,
                errors,
            )
            end = get_ci(settings, "customTermEndDate")
            if is_missing(end):
                end = None
            elif end is not None and (
                not isinstance(end, str) or not _DATE_TIME.match(end) or _parse_time(end) is None
            ):
                errors.add("autoRenewSettings.customTermEndDate", "Must be a date-time or null.")
            renew = {"term": term, "billingFrequency": billing, "customTermEndDate": end}
    auto_renew = get_ci(data, "autoRenewEnabled")
    if not is_missing(auto_renew) and not isinstance(auto_renew, bool):
        errors.add("autoRenewEnabled", "Must be true or false.")
    if errors:
        return validation_error(errors, call.correlation_id)
    violation = _needs_status(call, record, "Active", "updated")
    if violation:
        return violation
    record.update(name=name, quantity=quantity, nextBillingFrequency=next_billing)
    if renew is not None:
        record["autoRenewSettings"] = renew
    if isinstance(auto_renew, bool):
        record["autoRenewEnabled"] = auto_renew
    return Response(202)


def cancel_subscription(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    reason = None
    if record["status"] == "Cancelled":
        reason = "The subscription is already cancelled."
    else:
        limit = _parse_time(record.get("cancellationAllowedUntil"))
        if limit is not None and limit < datetime.datetime.now(datetime.UTC):
            reason = f"The subscription could be cancelled until {record['cancellationAllowedUntil']}."
    if reason is not None:
        body = {
            "statusCode": 409,
            "type": "Conflict",
            "description": reason,
            "correlationId": call.correlation_id,
            "errors": [],
            # The docs' 409 example begins with the subscription as the portal holds it.
            "portalSubscription": {
                "name": record.get("name"),
                "quantity": record.get("quantity"),
                "nextBillingFrequency": {
                    "name": record.get("nextBillingFrequency") or _name_of(record.get("billingFrequency"))
                },
                "autoRenewEnabled": bool(record.get("autoRenewEnabled")),
                "autoRenewSettings": _auto_renew_view(record.get("autoRenewSettings")),
            },
        }
        return json_response(409, body)
    record["status"] = "Cancelled"
    return Response(202)


def suspend_subscription(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    violation = _needs_status(call, record, "Active", "suspended")
    if violation:
        return violation
    record["status"] = "Suspended"
    return Response(202)


def reactivate_subscription(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    violation = _needs_status(call, record, "Suspended", "reactivated")
    if violation:
        return violation
    record["status"] = "Active"
    return Response(202)


def list_eligible_transitions(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    return json_response(200, _transitions(record))


def upgrade_subscription(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    for prop in ("providerOfferId", "providerOfferIdWithAvailability"):
        value = get_ci(data, prop)
        if is_missing(value):
            errors.add(prop, f"The {prop} field is required.")
        elif value is not None and not isinstance(value, str):
            errors.add(prop, "Must be a string or null.")
    for prop in ("destinationProviderSubscriptionId", "offerName", "offerDescription", "imageUrl"):
        _check_nullable_string(data, prop, errors)
    _check_nullable_string(data, "transitionType", errors)
    destination = get_ci(data, "destinationSubscriptionId")
    if not is_missing(destination) and destination is not None and parse_uuid(destination) is None:
        errors.add("destinationSubscriptionId", "Must be a GUID or null.")
    offer_id = get_ci(data, "offerId")
    if not is_missing(offer_id) and parse_uuid(offer_id) is None:
        errors.add("offerId", "Must be a GUID.")
    quantity = get_ci(data, "quantity")
    if not _is_int32(quantity):
        errors.add("quantity", "The quantity field is required and must be an integer.")
    elif quantity < 1:
        errors.add("quantity", "The quantity must be 1 or greater.")
    term = _check_enum_object(get_ci(data, "termDuration"), "termDuration", TERM_DURATIONS, errors)
    billing = _check_enum_object(
        get_ci(data, "billingFrequency"), "billingFrequency", BILLING_FREQUENCIES, errors
    )
    events = get_ci(data, "transitionEvents")
    if not is_missing(events):
        if not isinstance(events, list):
            errors.add("transitionEvents", "Must be an array.")
        else:
            for n, event in enumerate(events):
                if not isinstance(event, Mapping) or any(
                    not is_missing(get_ci(event, k)) and not isinstance(get_ci(event, k), str)
                    for k in ("name", "status")
                ):
                    errors.add(f"transitionEvents[{n}]", "Must be an object with string name and status.")
    if errors:
        return validation_error(errors, call.correlation_id)
    violation = _needs_status(call, record, "Active", "upgraded")
    if violation:
        return violation
    wanted_key = "providerOfferIdWithAvailability"
    wanted = get_ci(data, wanted_key)
    if wanted is None:
        wanted_key, wanted = "providerOfferId", get_ci(data, "providerOfferId")
    chosen = next(
        (t for t in _transitions(record) if wanted is not None and t.get(wanted_key) == wanted), None
    )
    if chosen is None:
        return error(
            400,
            "ValidationError",
            "The offer is not an eligible transition for this subscription.",
            call.correlation_id,
            wanted_key,
        )
    record.update(
        offerId=chosen.get("offerId") or record["offerId"],
        offerName=chosen.get("offerName") or record["offerName"],
        providerOfferId=chosen.get("providerOfferId"),
        quantity=quantity,
        termDuration=term,
        billingFrequency=billing,
    )
    return Response(202)


def migrate_subscription(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    full_term = get_ci(data, "purchaseFullTerm")
    if not is_missing(full_term) and not isinstance(full_term, bool):
        errors.add("purchaseFullTerm", "Must be true or false.")
    quantity = get_ci(data, "quantity")
    if not is_missing(quantity):
        if not _is_int32(quantity):
            errors.add("quantity", "Must be an integer.")
        elif quantity < 1:
            errors.add("quantity", "The quantity must be 1 or greater.")
    names: dict[str, str | None] = {}
    for prop, known in (("termDuration", TERM_DURATIONS), ("billingFrequency", BILLING_FREQUENCIES)):
        value = get_ci(data, prop)
        names[prop] = None
        if is_missing(value) or value is None:
            continue
        canonical = _canonical(value, known) if isinstance(value, str) else None
        if canonical is None:
            errors.add(prop, f"Possible values: {', '.join(known)}.")
        names[prop] = canonical
    if errors:
        return validation_error(errors, call.correlation_id)
    if _provider(call, record) != "microsoft":
        return error(
            400,
            "ValidationError",
            "This request is only valid for subscriptions of a Microsoft provider instance.",
            call.correlation_id,
            "subscriptionId",
        )
    violation = _needs_status(call, record, "Active", "migrated")
    if violation:
        return violation
    migration = record.get("migration")
    if migration is not None and not migration.get("isCompleted"):
        return _rule_violation(call, "A migration of this subscription is in progress.")
    record["migration"] = {
        "isCompleted": False,
        "destinationSubscriptionId": None,
        "destinationProviderSubscriptionId": None,
        "purchaseFullTerm": None if is_missing(full_term) else full_term,
        "quantity": None if is_missing(quantity) else quantity,
        "termDuration": names["termDuration"],
        "billingFrequency": names["billingFrequency"],
    }
    sid = call.ids["subscriptionId"]
    fake = call.fake
    if fake.migration_delay > 0:
        fake._migration_due[sid] = time.monotonic() + fake.migration_delay
    else:
        fake._complete_migration(sid)
    return Response(202)


def get_migration_status(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    migration = record.get("migration")
    if migration is None:
        return _rule_violation(call, "No migration was started for this subscription.")
    return json_response(
        200,
        {
            "isCompleted": bool(migration["isCompleted"]),
            "subscriptionId": record["id"],
            "destinationSubscriptionId": migration["destinationSubscriptionId"],
            "destinationProviderSubscriptionId": migration["destinationProviderSubscriptionId"],
        },
    )


def list_azure_entitlements(call: Call) -> Response:
    errors = FieldErrors()
    reseller_id = _uuid_query(call, "resellerId", errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    parent, failure = _load_subscription(call)
    if failure:
        return failure
    assert parent is not None
    chosen = [
        record
        for record in call.fake._subscriptions.values()
        if record.get("parentSubscriptionId") == parent["id"]
        and record["customerId"] == parent["customerId"]
        and _visible(record, call)
        and (reseller_id is None or record.get("resellerId") == str(reseller_id))
    ]
    return json_response(200, _sorted(call, chosen))


def list_custom_term_end_dates(call: Call) -> Response:
    # No 404 (nor a default) is documented here: an unknown customer is a 400 on customerId.
    _, failure = _load_customer(call, not_found_status=400)
    if failure:
        return failure
    dates = {
        record["endDate"]
        for record in call.fake._subscriptions.values()
        if record["customerId"] == str(call.ids["customerId"])
        and record["status"] == "Active"
        and _name_of(record.get("termDuration")) != "NoTerm"
        and isinstance(record.get("endDate"), str)
        and _visible(record, call)
    }
    return json_response(200, sorted(dates))


def update_price_margin(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    rule = get_ci(data, "marginRule")
    name = _check_enum_object(rule, "marginRule", MARGIN_RULES, errors)
    value = get_ci(data, "value")
    if not is_missing(value) and (not _is_number(value) or not 0 <= value <= 999):
        errors.add("value", "Should be a number not below 0 or above 999.")
    if errors:
        return validation_error(errors, call.correlation_id)
    previous = record.get("margin")
    if is_missing(value):
        value = get_ci(previous, "value") if isinstance(previous, Mapping) else 0
        value = 0 if is_missing(value) else value
    record["margin"] = {"marginRule": {"name": name}, "value": value}
    return Response(204)


def update_po_number(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    value, failure = _bare_json(call)
    if failure:
        return failure
    if not isinstance(value, str):
        return error(
            400, "ValidationError", "The PO number must be a string.", call.correlation_id, "poNumber"
        )
    if len(value) > 255:
        return error(
            400, "ValidationError", "This may be up to 255 characters.", call.correlation_id, "poNumber"
        )
    record["poNumber"] = value
    return Response(204)


def update_reseller(call: Call) -> Response:
    if call.token.role != "csp":
        return Response(403)  # "Available to the roles: csp"
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    value, failure = _bare_json(call)
    if failure:
        return failure
    reseller_id = parse_uuid(value)
    if reseller_id is None:
        return error(
            400, "ValidationError", "The reseller id must be a GUID.", call.correlation_id, "resellerId"
        )
    record["resellerId"] = str(reseller_id)
    return json_response(200, True)


def set_monthly_budget(call: Call) -> Response:
    record, failure = _load_subscription(call)
    if failure:
        return failure
    assert record is not None
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    budget = get_ci(data, "monthlyBudget")
    if is_missing(budget) or (budget is not None and not _is_number(budget)):
        return error(
            400,
            "ValidationError",
            "The monthlyBudget field is required (a number, or null for no budget).",
            call.correlation_id,
            "monthlyBudget",
        )
    if budget is not None and budget < 0:
        return error(
            400, "ValidationError", "The budget must be 0 or more.", call.correlation_id, "monthlyBudget"
        )
    azure = _name_of(record.get("offerType")) in _AZURE_OFFER_TYPES or record.get("parentSubscriptionId")
    if _provider(call, record) != "microsoft" or not azure:
        return error(
            400,
            "ValidationError",
            "This request is only valid for Azure subscriptions of a Microsoft provider instance.",
            call.correlation_id,
            "subscriptionId",
        )
    record["monthlyBudget"] = budget
    return Response(204)


# ----------------------------------------------------------------------------- seeding


def seed_subscriptions(fake: FakeCloudCockpit, domain: str, tenant_data: dict[str, Any]) -> None:
    """Seed the subscriptions of a seed document's tenant: each customer's ``"subscriptions"``, a list
    of add_subscription's keyword arguments in camelCase (``id``, ``providerInstanceId``, ``offerId``,
    ``orderId``, ``name``, ``offerName``, ``offerType``, ``quantity``, ``status``, ``resellerId``; any
    other key is an extra wire field, e.g. ``termDuration``, ``poNumber``, ``parentSubscriptionId``).
    A customer with subscriptions needs its ``id``."""
    del domain  # the customers are already the tenant's
    names = {
        "id": "subscription_id",
        "providerInstanceId": "provider_instance_id",
        "offerId": "offer_id",
        "orderId": "order_id",
        "name": "name",
        "offerName": "offer_name",
        "offerType": "offer_type",
        "quantity": "quantity",
        "status": "status",
        "resellerId": "reseller_id",
    }
    for customer in tenant_data.get("customers", []):
        subscriptions = customer.get("subscriptions") or []
        if subscriptions and not customer.get("id"):
            raise ValueError("a seeded customer with subscriptions needs an id")
        for item in subscriptions:
            known = {names[k]: v for k, v in item.items() if k in names}
            extra = {k: v for k, v in item.items() if k not in names}
            fake.add_subscription(customer["id"], **known, **extra)


_SUB = "/v1/customers/{customerId}/subscriptions/{subscriptionId}"

# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = []

ROUTES: list[Route] = [
    route("GET", "/v1/subscriptions", list_subscriptions),
    route("GET", "/v1/customers/{customerId}/subscriptions", list_customer_subscriptions),
    route("GET", _SUB, get_subscription),
    route("PATCH", _SUB, update_subscription),
    route("DELETE", _SUB, cancel_subscription),
    route("POST", _SUB + "/suspend", suspend_subscription),
    route("POST", _SUB + "/reactivate", reactivate_subscription),
    route("POST", _SUB + "/upgrade", upgrade_subscription),
    route("GET", _SUB + "/eligible-transitions", list_eligible_transitions),
    route("POST", _SUB + "/migration", migrate_subscription),
    route("GET", _SUB + "/migration", get_migration_status),
    route("GET", _SUB + "/azure-entitlements", list_azure_entitlements),
    route(
        "GET", "/v1/customers/{customerId}/subscriptions/custom-term-end-dates", list_custom_term_end_dates
    ),
    route("PATCH", _SUB + "/price-margin", update_price_margin),
    route("PATCH", _SUB + "/po-number", update_po_number),
    route("PATCH", _SUB + "/associated-reseller", update_reseller),
    route("PATCH", _SUB + "/monthly-budget", set_monthly_budget),
]
