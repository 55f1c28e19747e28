"""The double's operations of the Offers and Orders tags (rows 53-56): the catalogue of offers, and orders made from them.

The documented rules: an order is made from an offer (createOrder's body names the offer, the customer
and the provider instance), its status is one of Processing, Provisioning, Completed or Failed, the
customer's active orders are all those that are not Completed (most recent first), and the
subscription an order creates carries the order's id (``orderId``).

Choices where the docs are silent (also in the README, "Choices the double makes"):

- Offers are a catalogue per tenant, seeded with ``fake.add_offer(...)`` (or the seed's ``offers``);
  each belongs to one provider instance and one segment. ``GET /v1/Offers`` answers the usual page
  object (items, paginationParameters, totalPages, totalCount, hasPreviousPage, hasNextPage,
  continuationToken: null) although its success body is undocumented; its query names match
  case-insensitively (the page spells them PascalCase: PageNumber, PageSize, OfferTypes, Segment,
  CustomerId, ResellerId), offers are sorted by name, ``OfferTypes`` is a ``|``-separated list of the
  eight documented offer types and ``Segment`` one of Commercial, Education, Government, NonProfit
  (case-insensitive; anything else, or either missing, is a 400 naming it). Prices are sent as seeded
  (``prices=``), never scoped to a customer or a reseller's margins.
- ``GET /v1/Offers/{id}``: an unknown offer, one of another tenant, or one that is not on the
  ``providerInstanceId`` or not in the ``segment`` asked for is a 404 (error body, under ``default``).
  An unknown provider instance or customer in the query is a 400 naming it; a reseller may not pass
  ``resellerId`` ("Only usable for CSPs": a 400 on it, as add_provider_instance does), on both offer
  operations. An offer's undocumented defaults: billingType License (Usage for AzurePlan and
  AzureLegacy), prices [], providerName the instance's provider, isAddon false, minQuantity 1.
- ``POST /v1/Orders`` answers 200 ``{"id": "<order id>"}`` (the field's name is not documented); the
  order takes the body's ``id`` when it carries one (a 400 on ``id`` if an order has it already). The
  body is validated as CreateOrderRequest declares it (a 400 naming the property): the required
  fields, the smart enums' documented names (exact spelling, ``{"name": ...}`` with no other property),
  subscriptionName, subscriptionInternalId and poNumber up to 255 characters, a Margin as the customer
  margins take it, createdDate a date-time. quantity must be 1 or more (and at least the offer's
  minQuantity). The customer must exist in the tenant (else a 400 on customerId; another reseller's
  customer is a 403), the provider instance too (a 400 on providerInstanceId), the customer must be on
  it with a created provider customer (a 400 on providerInstanceId), and the offer must be one of the
  tenant's, on that provider instance (a 400 on offerId) and in the order's segment (a 400 on
  segment). A resellerId in the body must name the customer's reseller (a 400 on it); the order's
  resellerId is the customer's. The body's status, createdDate and errorMessage are not kept: an
  order starts Processing, dated now, without an error. autoRenewEnabled defaults to false. An order
  sends every field Order declares (null where the double has none), except subscriptionMargin
  without a margin (PriceMargin is not nullable).
- Progress: an order completes ``fake.order_delay`` seconds after it is created (default 0: on the next
  request after the one that created it, so that a waiter sees it Processing once); with a delay it is
  Processing for the first half and Provisioning for the second. ``fake.fail_next_orders(count,
  reason)`` makes the next orders created end Failed with that errorMessage instead. A Completed order
  leaves the active list and creates its subscription (``fake.add_subscription``, with the order's id,
  offer, quantity, reseller, subscriptionName (or the offer's name when that is null), term, billing
  frequency, segment, auto-renew flag, internal id, PO number, margin and provider data); a Failed one
  stays listed with status Failed and its errorMessage, and creates nothing. An order whose customer
  was deleted before it ends ends Failed ("The customer was deleted.").
- ``GET /v1/Orders/customers/{customerId}``: an unknown customer (or one of another tenant) is a 404
  (error body, under ``default``); a reseller's token sees its own customers' orders only (another's
  is a 403), and a ``resellerId`` that is not the customer's reseller is a 403, as getCustomer does.
  Orders are sorted by createdDate, most recent first (creation order breaks ties).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import itertools
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from . import _rules
from ._customers import _load_customer
from ._rules import OFFER_TYPES, FieldErrors, get_ci, is_missing, parse_uuid
from ._wire import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
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

__all__ = ["ROUTES", "UNSERVED", "OrdersState", "seed_orders"]

SEGMENTS = ("Commercial", "Education", "Government", "NonProfit")
TERM_DURATIONS = ("NoTerm", "OneMonth", "OneYear", "ThreeYears", "FiveYears")
BILLING_FREQUENCIES = ("OneTime", "Monthly", "Annual", "Triennial", "None")
OPERATIONS = ("CreateSubscription",)
ORDER_STATUSES = ("Processing", "Provisioning", "Completed", "Failed")
_USAGE_OFFER_TYPES = ("AzurePlan", "AzureLegacy")
_INT32_MAX = 2**31 - 1
_ACTIVE = ("Processing", "Provisioning")


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


def _known(value: str, names: tuple[str, ...]) -> str | None:
    """``value`` in the documented spelling of ``names``, matched case-insensitively (None if unknown)."""
    return next((name for name in names if name.lower() == value.strip().lower()), None)


@dataclass
class _Offer:
    tenant: str
    segment: str
    data: dict[str, Any]  # the wire fields (provider instance and name included)


@dataclass
class _Order:
    tenant: str
    seq: int
    started: float  # monotonic
    due: float  # monotonic: when it ends
    data: dict[str, Any]  # the wire fields; data["status"] = {"name": ...}
    offer: dict[str, Any]
    failure: str | None = None  # the errorMessage it ends with, when made to fail


class OrdersState:
    """The double's state for Offers and Orders, and its seeding and inspection API (mixed into
    FakeCloudCockpit).

    Attributes:
        order_delay: seconds from an order's creation to its end (Completed, or Failed with
            ``fail_next_orders``). 0 (default): it ends on the next request after the one that
            created it.
    """

    order_delay: float

    def _reset_orders(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""
        self._offers: dict[uuid.UUID, _Offer] = {}
        self._orders: dict[uuid.UUID, _Order] = {}
        self._order_failures: list[str] = []
        self._order_seq = itertools.count()
        if not hasattr(self, "order_delay"):  # a setting, like creation_delay: it outlives reset()
            self.order_delay = 0.0

    def _tick_orders(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""
        for order_id, order in list(self._orders.items()):
            status = order.data["status"]["name"]
            if status not in _ACTIVE:
                continue
            if now >= order.due:
                self._end_order(order_id, order)
            elif status == "Processing" and now >= order.started + (order.due - order.started) / 2:
                order.data["status"] = {"name": "Provisioning"}

    def _end_order(self, order_id: uuid.UUID, order: _Order) -> None:
        fake = cast("FakeCloudCockpit", self)
        if order.failure is not None:
            order.data["status"] = {"name": "Failed"}
            order.data["errorMessage"] = order.failure
            fake._audit_order_ended(order_id, succeeded=False, message=order.failure)
            return
        data = order.data
        if uuid.UUID(data["customerId"]) not in fake._customers:  # deleted meanwhile
            order.failure = "The customer was deleted."
            self._end_order(order_id, order)
            return
        order.data["status"] = {"name": "Completed"}
        fake.add_subscription(
            uuid.UUID(data["customerId"]),
            provider_instance_id=uuid.UUID(data["providerInstanceId"]),
            offer_id=uuid.UUID(data["offerId"]),
            order_id=order_id,
            name=data["subscriptionName"] or order.offer.get("name") or "Subscription",
            offer_name=order.offer.get("name") or "Offer",
            offer_type=(order.offer.get("offerType") or {}).get("name") or "License",
            quantity=data["quantity"],
            reseller_id=None if data["resellerId"] is None else uuid.UUID(data["resellerId"]),
            termDuration=data["termDuration"]["name"],
            billingFrequency=data["billingFrequency"]["name"],
            segment=data["segment"]["name"],
            autoRenewEnabled=data["autoRenewEnabled"],
            internalId=data["subscriptionInternalId"],
            poNumber=data["poNumber"],
            margin=copy.deepcopy(data.get("subscriptionMargin")),
            providerData=data["providerData"],
        )
        fake._audit_order_ended(order_id, succeeded=True, message=None)

    # ----------------------------------------------------------------- seeding and inspection

    def add_offer(
        self,
        tenant: str,
        *,
        provider_instance_id: uuid.UUID | str,
        name: str = "Offer",
        offer_type: str = "License",
        segment: str = "Commercial",
        offer_id: uuid.UUID | str | None = None,
        **fields: Any,
    ) -> uuid.UUID:
        """Seed an offer of the tenant's catalogue, on a provider instance and in a segment.

        ``offer_type`` is one of the eight documented offer types and ``segment`` one of Commercial,
        Education, Government, NonProfit (matched case-insensitively; not validated otherwise).
        ``fields`` are more camelCase Offer fields, sent as given: ``description``, ``imageUrl``,
        ``billingType`` ({"name": ...}), ``prices`` (a list of OfferPrice objects), ``providerName``,
        ``isAddon``, ``minQuantity`` (the least quantity an order may ask for), or any other.
        """
        fake = cast("FakeCloudCockpit", self)
        domain = fake._tenant(tenant)
        oid = uuid.UUID(str(offer_id)) if offer_id is not None else uuid.uuid4()
        iid = uuid.UUID(str(provider_instance_id))
        kind = _known(offer_type, OFFER_TYPES) or offer_type
        instance = fake._instances.get(iid)
        data: dict[str, Any] = {
            "id": str(oid),
            "name": name,
            "description": None,
            "imageUrl": None,
            "offerType": {"name": kind},
            "billingType": {"name": "Usage" if kind in _USAGE_OFFER_TYPES else "License"},
            "prices": [],
            "providerName": None if instance is None else instance.provider,
            "providerInstanceId": str(iid),
            "isAddon": False,
            "minQuantity": 1,
        }
        data.update(copy.deepcopy(fields))
        self._offers[oid] = _Offer(domain, _known(segment, SEGMENTS) or segment, data)
        return oid

    def order(self, order_id: uuid.UUID | str) -> dict[str, Any]:
        """A copy of the order as the double holds it (the wire's Order fields), with ``status`` as
        its name ("Processing", "Provisioning", "Completed" or "Failed"); KeyError if unknown."""
        data = copy.deepcopy(self._orders[uuid.UUID(str(order_id))].data)
        data["status"] = data["status"]["name"]
        return data

    def fail_next_orders(self, count: int = 1, reason: str = "The provider refused the order.") -> None:
        """Make the next ``count`` orders created end Failed (not Completed), with ``reason`` as their
        errorMessage; they create no subscription."""
        if count < 0:
            raise ValueError("count must be >= 0")
        self._order_failures.extend([reason] * count)


# ----------------------------------------------------------------- offers


def _query(call: Call, name: str) -> str | None:
    """A query parameter by name, matched case-insensitively (ASP.NET's model binding)."""
    if name in call.query:
        return call.query[name]
    return next((v for k, v in call.query.items() if k.lower() == name.lower()), None)


def _uuid_query(call: Call, name: str, errors: FieldErrors) -> uuid.UUID | None:
    raw = _query(call, name)
    if raw is None:
        return None
    value = parse_uuid(raw.strip())
    if value is None:
        errors.add(name, f"The value '{raw}' is not a valid GUID.")
    return value


def _segment_query(call: Call, name: str, errors: FieldErrors) -> str | None:
    raw = _query(call, name)
    if raw is None or not raw.strip():
        errors.add(name, f"The {name} field is required.")
        return None
    segment = _known(raw, SEGMENTS)
    if segment is None:
        errors.add(name, f"Possible values: {', '.join(SEGMENTS)}.")
    return segment


def _query_customer(call: Call, name: str, errors: FieldErrors) -> Response | None:
    """Check an optional customer id of the query: a 400 on ``name`` if unknown, 403 if not the token's."""
    customer_id = _uuid_query(call, name, errors)
    if customer_id is None:
        return None
    entry = call.fake._customers.get(customer_id)
    if entry is None or entry[0] != call.token.tenant:
        errors.add(name, "The customer was not found.")
    elif call.token.role == "reseller" and entry[1].get("resellerId") != str(call.token.reseller_id):
        return Response(403)
    return None


def _query_reseller(call: Call, name: str, errors: FieldErrors) -> None:
    if _uuid_query(call, name, errors) is not None and call.token.role == "reseller":
        errors.add(name, "Only usable for CSPs: a reseller must not pass it.")


def _pascal_paging(call: Call, errors: FieldErrors) -> dict[str, str]:
    """PageNumber and PageSize (the PascalCase paging of the Offers and AuditLogs pages), checked as
    paged() checks pageNumber and pageSize; the query to hand paged() (see _paged_pascal)."""
    values = {"PageNumber": 1, "PageSize": DEFAULT_PAGE_SIZE}
    for name in values:
        raw = _query(call, name)
        if raw is None:
            continue
        try:
            values[name] = int(raw.strip())
        except ValueError:
            errors.add(name, f"The value '{raw}' is not valid.")
            continue
        if name == "PageNumber" and not 1 <= values[name] <= _INT32_MAX:
            errors.add(name, "The page number must be 1 or greater.")
        if name == "PageSize" and not 1 <= values[name] <= MAX_PAGE_SIZE:
            errors.add(name, f"The page size must be between 1 and {MAX_PAGE_SIZE}.")
    return {"pageNumber": str(values["PageNumber"]), "pageSize": str(values["PageSize"])}


def _paged_pascal(call: Call, paging: dict[str, str], items: list[Any]) -> Response:
    """One page of ``items``, as paged() answers, for the paging _pascal_paging read."""
    return paged(dataclasses.replace(call, query=paging), items)


def _offer_view(call: Call, offer: _Offer) -> dict[str, Any]:
    data = copy.deepcopy(offer.data)
    if data.get("providerName") is None and data.get("providerInstanceId"):
        instance = call.fake._instances.get(uuid.UUID(str(data["providerInstanceId"])))
        data["providerName"] = None if instance is None else instance.provider
    return data


def list_offers(call: Call) -> Response:
    errors = FieldErrors()
    types: set[str] = set()
    raw_types = _query(call, "OfferTypes")
    if raw_types is None or not raw_types.strip():
        errors.add("OfferTypes", "The OfferTypes field is required.")
    else:
        for part in raw_types.split("|"):
            kind = _known(part, OFFER_TYPES)
            if kind is None:
                errors.add(
                    "OfferTypes", f"Unknown offer type {part!r}. Possible values: {', '.join(OFFER_TYPES)}."
                )
            else:
                types.add(kind)
    segment = _segment_query(call, "Segment", errors)
    forbidden = _query_customer(call, "CustomerId", errors)
    _query_reseller(call, "ResellerId", errors)
    paging = _pascal_paging(call, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    if forbidden:
        return forbidden
    chosen = [
        offer
        for offer in call.fake._offers.values()
        if offer.tenant == call.token.tenant
        and offer.segment == segment
        and (offer.data.get("offerType") or {}).get("name") in types
    ]
    chosen.sort(key=lambda o: (str(o.data.get("name") or "").lower(), o.data["id"]))  # by name
    return _paged_pascal(call, paging, [_offer_view(call, offer) for offer in chosen])


def get_offer(call: Call) -> Response:
    fake = call.fake
    errors = FieldErrors()
    instance_id = _uuid_query(call, "providerInstanceId", errors)
    if instance_id is None and "providerInstanceId" not in errors.items:
        errors.add("providerInstanceId", "The providerInstanceId field is required.")
    elif instance_id is not None:
        instance = fake._instances.get(instance_id)
        if instance is None or instance.tenant != call.token.tenant:
            errors.add("providerInstanceId", "The provider instance was not found.")
    segment = _segment_query(call, "segment", errors)
    forbidden = _query_customer(call, "customerId", errors)
    _query_reseller(call, "resellerId", errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    if forbidden:
        return forbidden
    offer = fake._offers.get(call.ids["id"])
    if (
        offer is None
        or offer.tenant != call.token.tenant
        or str(offer.data.get("providerInstanceId")) != str(instance_id)
        or offer.segment != segment
    ):
        return error(404, "NotFound", "The offer was not found.", call.correlation_id)
    return json_response(200, _offer_view(call, offer))


# ----------------------------------------------------------------- orders


def _smart_enum(
    data: Mapping[str, Any], prop: str, names: tuple[str, ...], errors: FieldErrors, *, required: bool
) -> str | None:
    """A smart enum of the body ({"name": ...}, nothing else), its name one of ``names`` exactly."""
    value = get_ci(data, prop)
    if is_missing(value):
        if required:
            errors.add(prop, f"The {prop} field is required.")
        return None
    if not isinstance(value, Mapping):
        errors.add(prop, f'Must be an object {{"name": ...}}; possible names: {", ".join(names)}.')
        return None
    for key in value:
        if not isinstance(key, str) or key.lower() != "name":
            errors.add(prop, f"Additional properties are not allowed ({key!r}).")
    name = get_ci(value, "name")
    if not isinstance(name, str) or name not in names:
        errors.add(f"{prop}.name", f"Possible values: {', '.join(names)}.")
        return None
    return name


def _string(
    data: Mapping[str, Any],
    prop: str,
    errors: FieldErrors,
    *,
    nullable: bool = True,
    limit: int | None = None,
    required: bool = False,
) -> str | None:
    value = get_ci(data, prop)
    if is_missing(value):
        if required:
            errors.add(prop, f"The {prop} field is required.")
        return None
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        errors.add(prop, "Must be a string" + (" or null." if nullable else "."))
        return None
    if limit is not None and len(value) > limit:
        errors.add(prop, f"This may be up to {limit} characters.")
    return value


def _guid(
    data: Mapping[str, Any], prop: str, errors: FieldErrors, *, required: bool, nullable: bool = False
) -> uuid.UUID | None:
    value = get_ci(data, prop)
    if is_missing(value) or (value is None and nullable):
        if required:
            errors.add(prop, f"The {prop} field is required.")
        return None
    parsed = parse_uuid(value)
    if parsed is None:
        errors.add(prop, f"The {prop} field must be a GUID.")
    return parsed


def _check_order_body(data: Mapping[str, Any], errors: FieldErrors) -> dict[str, Any]:
    """The CreateOrderRequest as declared: types, required fields, names and lengths."""
    body: dict[str, Any] = {
        "id": _guid(data, "id", errors, required=False),
        "offerId": _guid(data, "offerId", errors, required=True),
        "customerId": _guid(data, "customerId", errors, required=True),
        "resellerId": _guid(data, "resellerId", errors, required=False, nullable=True),
        "providerInstanceId": _guid(data, "providerInstanceId", errors, required=True),
        "subscriptionName": _string(data, "subscriptionName", errors, limit=255, required=True),
        "termDuration": _smart_enum(data, "termDuration", TERM_DURATIONS, errors, required=True),
        "billingFrequency": _smart_enum(data, "billingFrequency", BILLING_FREQUENCIES, errors, required=True),
        "segment": _smart_enum(data, "segment", SEGMENTS, errors, required=True),
        "operation": _smart_enum(data, "operation", OPERATIONS, errors, required=True),
        "subscriptionInternalId": _string(data, "subscriptionInternalId", errors, limit=255),
        "poNumber": _string(data, "poNumber", errors, limit=255),
        "providerData": _string(data, "providerData", errors),
        "parentSubscriptionId": _string(data, "parentSubscriptionId", errors, nullable=False),
    }
    _string(data, "errorMessage", errors, nullable=False)
    _smart_enum(data, "status", ORDER_STATUSES, errors, required=False)
    quantity = get_ci(data, "quantity")
    if is_missing(quantity):
        errors.add("quantity", "The quantity field is required.")
    elif (
        not isinstance(quantity, int) or isinstance(quantity, bool) or not -(2**31) <= quantity <= _INT32_MAX
    ):
        errors.add("quantity", "The quantity must be an integer (int32).")
    elif quantity < 1:
        errors.add("quantity", "The quantity must be 1 or more.")
    else:
        body["quantity"] = quantity
    margin = get_ci(data, "subscriptionMargin")
    if not is_missing(margin):
        _rules.check_margin(margin, "subscriptionMargin", errors)
        body["subscriptionMargin"] = _rules.margin_view(margin)
    auto_renew = get_ci(data, "autoRenewEnabled")
    if not is_missing(auto_renew) and not isinstance(auto_renew, bool):
        errors.add("autoRenewEnabled", "Must be true or false.")
    body["autoRenewEnabled"] = auto_renew if isinstance(auto_renew, bool) else False
    created = get_ci(data, "createdDate")
    if not is_missing(created):
        try:
            if not isinstance(created, str):
                raise ValueError(created)
            datetime.datetime.fromisoformat(created.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            errors.add("createdDate", "Must be a date-time.")
    return body


def create_order(call: Call) -> Response:
    fake = call.fake
    data, failure = parse_json_body(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    body = _check_order_body(data, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    tenant = call.token.tenant
    customer_id, instance_id, offer_id = body["customerId"], body["providerInstanceId"], body["offerId"]
    entry = fake._customers.get(customer_id)
    if entry is None or entry[0] != tenant:
        errors.add("customerId", "The customer was not found.")
        customer: dict[str, Any] = {}
    else:
        customer = entry[1]
        if call.token.role == "reseller" and customer.get("resellerId") != str(call.token.reseller_id):
            return Response(403)
    instance = fake._instances.get(instance_id)
    if instance is None or instance.tenant != tenant:
        errors.add("providerInstanceId", "The provider instance was not found.")
    elif customer:
        state = fake._provider_customers.get((customer_id, instance_id))
        if state is None or state.status != "created":
            errors.add(
                "providerInstanceId",
                "The customer has no created provider customer on this provider instance.",
            )
    offer = fake._offers.get(offer_id)
    if offer is None or offer.tenant != tenant:
        errors.add("offerId", "The offer was not found.")
    elif str(offer.data.get("providerInstanceId")) != str(instance_id):
        errors.add("offerId", "The offer is not an offer of this provider instance.")
    else:
        if offer.segment != body["segment"]:
            errors.add("segment", f"The offer is offered in the {offer.segment} segment only.")
        least = offer.data.get("minQuantity")
        if isinstance(least, int) and body["quantity"] < least:
            errors.add("quantity", f"The offer's minimum quantity is {least}.")
    if customer and body["resellerId"] is not None and str(body["resellerId"]) != customer.get("resellerId"):
        errors.add("resellerId", "The customer has no relationship with this reseller.")
    order_id = body["id"] or uuid.uuid4()
    if order_id in fake._orders:
        errors.add("id", "An order with this id exists already.")
    if errors:
        return validation_error(errors, call.correlation_id)
    assert offer is not None
    now = time.monotonic()
    view: dict[str, Any] = {
        "id": str(order_id),
        "offerId": str(offer_id),
        "customerId": str(customer_id),
        "resellerId": customer.get("resellerId"),
        "providerInstanceId": str(instance_id),
        "subscriptionName": body["subscriptionName"],
        "termDuration": {"name": body["termDuration"]},
        "billingFrequency": {"name": body["billingFrequency"]},
        "segment": {"name": body["segment"]},
        "operation": {"name": body["operation"]},
        "quantity": body["quantity"],
        "subscriptionInternalId": body["subscriptionInternalId"],
        "poNumber": body["poNumber"],
        "autoRenewEnabled": body["autoRenewEnabled"],
        "status": {"name": "Processing"},
        "createdDate": _now(),
        "providerData": body["providerData"],
        "parentSubscriptionId": body["parentSubscriptionId"],
        "errorMessage": None,
    }
    if body.get("subscriptionMargin") is not None:  # PriceMargin is not nullable: left out without one
        view["subscriptionMargin"] = body["subscriptionMargin"]
    fake._orders[order_id] = _Order(
        tenant,
        next(fake._order_seq),
        now,
        now + max(fake.order_delay, 0.0),
        view,
        copy.deepcopy(offer.data),
        fake._order_failures.pop(0) if fake._order_failures else None,
    )
    return json_response(200, {"id": str(order_id)})


def list_active_orders(call: Call) -> Response:
    errors = FieldErrors()
    reseller_id = _uuid_query(call, "resellerId", errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    customer, failure = _load_customer(call)
    if failure:
        return failure
    assert customer is not None
    if reseller_id is not None and customer.get("resellerId") != str(reseller_id):
        return Response(403)  # no relationship with that reseller (as getCustomer answers)
    chosen = [
        order
        for order in call.fake._orders.values()
        if order.data["customerId"] == str(call.ids["customerId"])
        and order.data["status"]["name"] != "Completed"
    ]
    chosen.sort(key=lambda o: (o.data["createdDate"], o.seq), reverse=True)  # most recent first
    return paged(call, [copy.deepcopy(order.data) for order in chosen])


def seed_orders(fake: FakeCloudCockpit, domain: str, tenant_data: dict[str, Any]) -> None:
    """Load the tenant's ``offers`` from a seed document:
    ``"offers": [{"id", "providerInstanceId", "name", "offerType", "segment", ...more Offer fields}]``
    (``offerType`` a name or ``{"name": ...}``)."""
    for offer in tenant_data.get("offers") or []:
        kind = offer.get("offerType", "License")
        if isinstance(kind, Mapping):
            kind = kind.get("name") or "License"
        segment = offer.get("segment", "Commercial")
        if isinstance(segment, Mapping):
            segment = segment.get("name") or "Commercial"
        rest = {
            k: v
            for k, v in offer.items()
            if k not in ("id", "providerInstanceId", "name", "offerType", "segment")
        }
        fake.add_offer(
            domain,
            provider_instance_id=offer["providerInstanceId"],
            name=offer.get("name", "Offer"),
            offer_type=str(kind),
            segment=str(segment),
            offer_id=offer.get("id"),
            **rest,
        )


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = []

ROUTES: list[Route] = [
    route("GET", "/v1/Offers", list_offers),
    route("GET", "/v1/Offers/{id}", get_offer),
    route("POST", "/v1/Orders", create_order),
    route("GET", "/v1/Orders/customers/{customerId}", list_active_orders),
]
