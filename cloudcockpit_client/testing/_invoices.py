"""The double's operations of the Invoices tag (rows 57-67): invoices and their line items, served by continuation token.

Invoices belong to a tenant and a provider instance (``fake.add_invoice``), optionally to a reseller
and a customer. ``GET /v1/Invoices`` lists them (page-number paging); each invoice holds line items of
ten kinds, one list operation each (``GET /v1/Invoices/{id}/<kind>-lineitems``), paged by continuation
token: the request header ``X-ContinuationToken`` (absent: the first page) and ``pageSize``, the answer
``{"items": [...], "continuationToken": "<opaque>" | null}`` (null on the last page).

Line items are generated lazily: an invoice seeded with ``line_items={"usage": 1_000_000}`` holds the
count only, and each item is a pure function of (invoice id, kind, index), built when the page that
holds it is served (``fake.line_item(invoice_id, kind, index)`` is the same item). Explicit items
(``line_items={"onetime": [{...}, ...]}``) are stored as given and served merged over the generated
item of their index, so that every field of the kind's schema is there.

Choices where the docs are silent:

- Roles: the csp kinds (usage, onetime, license, dailyratedusage) are a 403 for a reseller token and
  the reseller-* kinds a 403 for a csp token (their pages say "Available to the roles: csp" and
  "reseller"); the customer-* kinds and ``GET /v1/Invoices`` (no roles line) take both. A reseller
  sees its own reseller's invoices only (``add_invoice(reseller_id=...)``): another one's (or one of no
  reseller) is a 403, and lists leave them out.
- An unknown invoice id, or one of another tenant, is a 404 (the API's error body).
- ``GET /v1/Invoices``: ``providerInstanceId`` (a GUID of one of the tenant's provider instances) and
  ``invoiceType`` (onetime, usage, license or dailyratedusage, any case) are required, else a 400
  naming them. An invoice's type is "Recurring" (it matches license and usage), "OneTime" (onetime
  and dailyratedusage) or one of the four values (only that one). ``customerId`` and ``resellerId``
  filter by the invoice's customer and reseller; a reseller sending ``resellerId`` is a 400 (as for
  customers). Sorted by the invoice's ``timestamp``, newest first unless ``ascendingOrder=true``
  (equal timestamps: in the order added). An invoice is sent as ``id``, ``timestamp`` (the
  description's "Timestamp") and the extra fields given to ``add_invoice`` (as given).
- ``timestamp`` defaults to 2024-05-01T00:00:00+00:00 (a fixed date, so that generated items are the
  same from run to run); the generated items' dates fall in the timestamp's month.
- Line-item paging: ``pageSize`` is 1 to 2000, a non-integer or a value out of range is a 400 naming
  it; missing, it is a 400 where the spec marks it required (all kinds but usage and
  dailyratedusage) and 2000 where not (no default is printed). A continuation token is opaque:
  base64url of (invoice id, kind, offset) signed with an HMAC under a secret of the double (new on
  every ``reset()``), so a token that is not one the double issued for this invoice and kind is a
  400 naming ``X-ContinuationToken``. An empty header is the first page.
- The customer-* kinds' ``customerId`` filters items by their customerId, ``resellerId`` (a CSP's)
  by the invoice's reseller (another reseller's invoice: an empty page); a reseller sending
  ``resellerId`` is a 400.
- Onetime items also carry ``lineItemNumber`` (the item's number from 1; undocumented: the page is
  cut after six fields that cannot tell two items of one customer apart, and a page that repeats the
  one before is an error to the SDK).
- Generated items: the invoice's customer (its companyName and country as the double held them when
  the invoice was added) or, for an invoice of no customer, one of 50 customers made up from the
  index; the invoice's reseller (or null); 200 subscriptions and 5 offers cycling with the index;
  ids (format uuid) derived from the invoice id, kind and index; an orderId per index; quantities 1 to
  10 and prices with two decimals; currency EUR; mpnId 1234567.
"""

from __future__ import annotations

import base64
import calendar
import copy
import datetime
import hashlib
import hmac
import json
import re
import secrets
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from ._customers import _uuid_query
from ._rules import FieldErrors, parse_uuid
from ._wire import (
    MAX_PAGE_SIZE,
    Call,
    Response,
    Route,
    error,
    paged,
    route,
    validation_error,
)

if TYPE_CHECKING:
    from ._fake import FakeCloudCockpit

__all__ = ["KINDS", "ROUTES", "UNSERVED", "InvoicesState", "seed_invoices"]

#: The line-item kinds, as the paths name them (``/v1/Invoices/{id}/<kind>-lineitems``).
KINDS = (
    "usage",
    "onetime",
    "license",
    "dailyratedusage",
    "reseller-usage",
    "reseller-onetime",
    "reseller-license",
    "reseller-dailyratedusage",
    "customer-onetime",
    "customer-license",
)
_CSP_KINDS = frozenset({"usage", "onetime", "license", "dailyratedusage"})
# The kinds whose page marks pageSize Required (openapi.yaml); the others default to the maximum.
_OPTIONAL_PAGE_SIZE = frozenset({"usage", "dailyratedusage"})
_KIND_NUMBER = {kind: number for number, kind in enumerate(KINDS)}

# The invoiceType query's values (documented), and what an invoice's type matches.
INVOICE_TYPES = ("onetime", "usage", "license", "dailyratedusage")
_TYPE_MATCHES = {
    "recurring": ("Recurring", frozenset({"license", "usage"})),
    "onetime": ("OneTime", frozenset({"onetime", "dailyratedusage"})),
    "usage": ("usage", frozenset({"usage"})),
    "license": ("license", frozenset({"license"})),
    "dailyratedusage": ("dailyratedusage", frozenset({"dailyratedusage"})),
}

DEFAULT_TIMESTAMP = "2024-05-01T00:00:00+00:00"
CONTINUATION_HEADER = "X-ContinuationToken"
_MPN_ID = 1234567
_CUSTOMERS_PER_INVOICE = 50
_SUBSCRIPTIONS_PER_INVOICE = 200
_OFFERS = (
    ("CFQ7TTC0LF8Q:0001", "Microsoft 365 E3"),
    ("CFQ7TTC0LFLZ:0001", "Microsoft 365 Business Premium"),
    ("CFQ7TTC0LH18:0001", "Microsoft 365 Business Basic"),
    ("DZH318Z0BQ3Q:0007", "Azure plan"),
    ("CFQ7TTC0LDPB:0001", "Exchange Online (Plan 1)"),
)
_NAMESPACE = uuid.UUID("6f1c2a8e-4b7d-4c1e-9a55-3e0d7b9c2f10")


@dataclass
class _Invoice:
    """One invoice as the double holds it: line items are counts, or the explicit items given."""

    id: uuid.UUID
    tenant: str
    provider_instance_id: uuid.UUID
    invoice_type: str
    reseller_id: uuid.UUID | None
    customer_id: uuid.UUID | None
    timestamp: str
    when: datetime.datetime  # the timestamp, parsed (UTC when it names no offset)
    fields: dict[str, Any]
    counts: dict[str, int] = field(default_factory=dict)
    explicit: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    customer_name: str | None = None
    customer_country: str | None = None

    def count(self, kind: str) -> int:
        items = self.explicit.get(kind)
        return len(items) if items is not None else self.counts.get(kind, 0)

    def view(self) -> dict[str, Any]:
        return {"id": str(self.id), "timestamp": self.timestamp, **copy.deepcopy(self.fields)}


def _uid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _prefix(invoice_id: uuid.UUID, what: str) -> str:
    """The first 24 characters (8-4-4-4-) of a uuid derived from the invoice: + 12 hex digits = a uuid."""
    return str(uuid.uuid5(_NAMESPACE, f"{invoice_id}:{what}"))[:24]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())[:24] or "customer"


def _q(value: Any) -> str:
    """A value as JSON text (strings escaped, None as null)."""
    return json.dumps(value)


class _Context:
    """What the items of one (invoice, kind) share, computed once; ``text(n)`` is item ``n`` as JSON text.

    Each item is put together from fragments of JSON text made here (its customer's, its
    subscription's and offer's), so that a page of 2000 items costs a few string joins per item
    rather than a dict and its encoding; ``item(n)`` parses the same text.
    """

    def __init__(self, invoice: _Invoice, kind: str) -> None:
        iid = invoice.id
        item_prefix = _prefix(iid, f"item:{kind}")
        self.item_prefix = item_prefix
        when = invoice.when
        days = calendar.monthrange(when.year, when.month)[1]
        month = f"{when.year:04d}-{when.month:02d}"
        self.days = days
        self.order_dates = [_q(f"{month}-{day:02d}T00:00:00+00:00") for day in range(1, days + 1)]
        charge = (
            f'"chargeStartDate":{_q(f"{month}-01T00:00:00+00:00")},'
            f'"chargeEndDate":{_q(f"{month}-{days:02d}T23:59:59+00:00")}'
        )
        term_start = _q(f"{when.year - 1:04d}-{when.month:02d}-01T00:00:00+00:00")
        term_end = _q(f"{when.year:04d}-{when.month:02d}-01T00:00:00+00:00")
        rid = invoice.reseller_id
        reseller = (
            f'"resellerId":{_q(None if rid is None else str(rid))},'
            f'"resellerName":{_q(None if rid is None else f"Reseller {str(rid)[:8]}")},'
            f'"resellerInternalId":{_q(None if rid is None else f"R-{str(rid)[:8].upper()}")}'
        )
        reseller_mpn = _q(None if rid is None else 6000000 + int(rid.hex[:5], 16) % 1000000)

        # The customers: (customerId, name, internal id, provider id, domain, country).
        customers: list[tuple[str, str, str, str, str, str]]
        if invoice.customer_id is not None:
            cid = str(invoice.customer_id)
            name = invoice.customer_name or f"Customer {cid[:8]}"
            customers = [
                (
                    cid,
                    name,
                    f"C-{cid[:8].upper()}",
                    str(uuid.uuid5(_NAMESPACE, f"{cid}:provider")),
                    f"{_slug(name)}.onmicrosoft.com",
                    invoice.customer_country or "PT",
                )
            ]
        else:
            cust_prefix = _prefix(iid, "customer")
            provider_prefix = _prefix(iid, "provider-customer")
            customers = [
                (
                    f"{cust_prefix}{k:012x}",
                    f"Customer {k + 1:02d} Ltd",
                    f"C-{k + 1:04d}",
                    f"{provider_prefix}{k:012x}",
                    f"customer{k + 1:02d}.onmicrosoft.com",
                    ("PT", "ES", "US")[k % 3],
                )
                for k in range(_CUSTOMERS_PER_INVOICE)
            ]
        #: The customer ids, by position: item ``n`` is customer ``n % len(customer_ids)``'s.
        self.customer_ids = [c[0] for c in customers]
        cq = [tuple(_q(v) for v in c) for c in customers]

        # The subscriptions (item n: n % 200), each with its offer (subscription s: offer s % 5).
        sub_prefix = _prefix(iid, "subscription")
        provider_sub_prefix = _prefix(iid, "provider-subscription")
        entitlement_prefix = _prefix(iid, "entitlement")
        offer_prefix = _prefix(iid, "offer")
        subs = []
        for s in range(_SUBSCRIPTIONS_PER_INVOICE):
            o = s % len(_OFFERS)
            provider_offer, offer = _OFFERS[o]
            subs.append(
                {
                    "id": _q(f"{sub_prefix}{s:012x}"),
                    "name": _q(f"{offer} #{s + 1}"),
                    "description": _q(offer),
                    "internal": _q(f"S-{s + 1:05d}"),
                    "provider": _q(f"{provider_sub_prefix}{s:012x}"),
                    "entitlement": _q(f"{entitlement_prefix}{s:012x}"),
                    "entitlementName": _q(f"Azure subscription {s + 1}"),
                    "offerId": _q(f"{offer_prefix}{o:012x}"),
                    "offerProvider": _q(provider_offer),
                    "offer": _q(offer),
                }
            )

        def sub4(s: dict[str, str]) -> str:
            return (
                f'"subscriptionId":{s["id"]},"subscriptionName":{s["name"]},'
                f'"subscriptionDescription":{s["description"]},"subscriptionInternalId":{s["internal"]}'
            )

        # Per kind: the fragments before the order id (by customer) and after it (by subscription).
        self._customer_parts: list[str] = []
        self._subscription_parts: list[str] = []
        if kind == "usage":
            self._head = f'{{"mpnId":{_MPN_ID},"resellerMpnId":{reseller_mpn},{reseller},'
            self._customer_parts = [
                f'"customerId":{c[0]},"customerCompanyName":{c[1]},"domainName":{c[4]},"customerInternalId":{c[2]}'
                for c in cq
            ]
            self._subscription_parts = [
                f'{sub4(s)},"offerId":{s["offerId"]},"providerOfferId":{s["offerProvider"]}}}' for s in subs
            ]
        elif kind == "reseller-usage":
            self._head = "{"
            self._customer_parts = [
                f'"customerId":{c[0]},"customerCompanyName":{c[1]},"domainName":{c[4]},"customerInternalId":{c[2]}'
                for c in cq
            ]
            self._subscription_parts = [
                f'{sub4(s)},"offerId":{s["offerId"]},"offerProviderId":{s["offerProvider"]},'
                f'"offerName":{s["offer"]},{charge},"chargeType":"Assess usage fee for current cycle"}}'
                for s in subs
            ]
        elif kind == "onetime":
            self._head = f"{{{reseller},"
            self._customer_parts = [
                f'"customerId":{c[0]},"customerName":{c[1]},"customerInternalId":{c[2]}}}' for c in cq
            ]
        elif kind in ("license", "reseller-license"):
            self._head = f"{{{reseller}," if kind == "license" else "{"
            self._customer_parts = [
                f'"customerId":{c[0]},"customerName":{c[1]},"customerInternalId":{c[2]}' for c in cq
            ]
            if kind == "reseller-license":  # id and customerProviderId first
                self._customer_parts = [
                    f'"customerProviderId":{c[3]},{part}'
                    for c, part in zip(cq, self._customer_parts, strict=True)
                ]
            self._subscription_parts = [
                f'{sub4(s)},"offerId":{s["offerId"]},"offerProviderId":{s["offerProvider"]},'
                f'"offerName":{s["offer"]},"subscriptionStartDate":{term_start}}}'
                for s in subs
            ]
        elif kind in ("dailyratedusage", "reseller-dailyratedusage"):
            self._head = "{"
            reseller_part = f",{reseller}" if kind == "dailyratedusage" else ""
            self._customer_parts = [
                f'"customerProviderId":{c[3]},"billingCurrency":"EUR"{reseller_part},'
                f'"customerId":{c[0]},"customerName":{c[1]},"customerInternalId":{c[2]}'
                for c in cq
            ]
            self._subscription_parts = [
                f'"subscriptionId":{s["id"]},"providerSubscriptionId":{s["provider"]},'
                f'"subscriptionName":{s["name"]},"subscriptionInternalId":{s["internal"]},'
                f'"entitlementId":{s["entitlement"]},"entitlementDescription":{s["entitlementName"]}'
                for s in subs
            ]
        elif kind == "customer-onetime":
            self._head = "{"
            self._customer_parts = [
                f'"customerId":{c[0]},"customerName":{c[1]},"customerCountry":{c[5]}' for c in cq
            ]
            self._subscription_parts = [
                f'"currency":"EUR","subscriptionDescription":{s["description"]},"subscriptionId":{s["id"]},'
                f'{charge},"termAndBillingCycle":"One-Year commitment for monthly billing",'
                f'"unitType":"Licenses"'
                for s in subs
            ]
        elif kind == "customer-license":
            self._head = "{"
            self._customer_parts = [f'"customerId":{c[0]},"customerName":{c[1]}' for c in cq]
            self._subscription_parts = [
                f'"subscriptionProviderId":{s["provider"]},"offerProviderId":{s["offerProvider"]},'
                f'"offerName":{s["offer"]},"subscriptionStartDate":{term_start},'
                f'"subscriptionEndDate":{term_end},{charge}'
                for s in subs
            ]
        else:  # reseller-onetime: only the id is documented
            self._head = "{"
        self.text: Callable[[int], str] = getattr(self, "_" + kind.replace("-", "_"))

    def item(self, n: int) -> dict[str, Any]:
        """Item ``n`` as a dict (the served JSON, parsed)."""
        parsed: dict[str, Any] = json.loads(self.text(n))
        return parsed

    # ------------------------------------------------------------ the kinds: item n as JSON text

    def _usage(self, n: int) -> str:
        customers, subs = self._customer_parts, self._subscription_parts
        return f'{self._head}{customers[n % len(customers)]},"orderId":"O{n + 1:09d}",{subs[n % len(subs)]}'

    _reseller_usage = _license = _usage

    def _reseller_license(self, n: int) -> str:
        customers, subs = self._customer_parts, self._subscription_parts
        return (
            f'{{"id":"{self.item_prefix}{n:012x}",{customers[n % len(customers)]},'
            f'"orderId":"O{n + 1:09d}",{subs[n % len(subs)]}'
        )

    def _onetime(self, n: int) -> str:
        # The six documented fields cannot tell two items of one customer apart, and a walk whose
        # page repeats the one before is an error to the SDK: the double adds the item's number
        # (an undocumented field; the page is cut after those six, the model is open).
        customers = self._customer_parts
        part = customers[n % len(customers)]  # ends the object: the number goes before its brace
        return f'{self._head}{part[:-1]},"lineItemNumber":{n + 1}}}'

    def _reseller_onetime(self, n: int) -> str:
        return f'{{"id":"{self.item_prefix}{n:012x}"}}'

    def _dailyratedusage(self, n: int) -> str:
        customers, subs = self._customer_parts, self._subscription_parts
        return (
            f'{{"id":"{self.item_prefix}{n:012x}",{customers[n % len(customers)]},'
            f'{subs[n % len(subs)]},"resourceGroup":"rg-{n % 20:02d}"}}'
        )

    def _reseller_dailyratedusage(self, n: int) -> str:
        customers, subs = self._customer_parts, self._subscription_parts
        quantity, price = _amounts(n)
        total = round(quantity * price, 2)
        return (
            f'{{"id":"{self.item_prefix}{n:012x}",{customers[n % len(customers)]},'
            f'{subs[n % len(subs)]},"resourceGroup":"rg-{n % 20:02d}",'
            f'"pecAwarded":{"false" if n % 3 == 0 else "true"},'
            f'"subtotalForReseller":{round(total * 0.85, 2)!r},"subtotalForCustomer":{total!r}}}'
        )

    def _customer_onetime(self, n: int) -> str:
        customers, subs = self._customer_parts, self._subscription_parts
        quantity, price = _amounts(n)
        return (
            f'{{{customers[n % len(customers)]},"orderDate":{self.order_dates[n % self.days]},'
            f'"chargeType":"{_ONETIME_CHARGES[n % 4]}","quantity":{quantity!r},'
            f'{subs[n % len(subs)]},"unitPriceForCustomer":{price!r}}}'
        )

    def _customer_license(self, n: int) -> str:
        customers, subs = self._customer_parts, self._subscription_parts
        return (
            f'{{{customers[n % len(customers)]},"orderId":"O{n + 1:09d}",{subs[n % len(subs)]},'
            f'"chargeType":"{_LICENSE_CHARGES[n % 2]}"}}'
        )


_ONETIME_CHARGES = ("new", "renew", "cycleCharge", "addQuantity")
_LICENSE_CHARGES = ("Cycle fee", "Activation fee")


def _amounts(n: int) -> tuple[float, float]:
    """(quantity, unit price) of item ``n``: 1.0-10.0 and 1.00-20.99."""
    return float(n % 10 + 1), (100 + (n * 37) % 2000) / 100


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class InvoicesState:
    """The double's state for Invoices, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    _invoices: dict[uuid.UUID, _Invoice]
    _invoice_contexts: dict[tuple[uuid.UUID, str], _Context]
    _invoice_secret: bytes

    def _reset_invoices(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""
        self._invoices = {}
        self._invoice_contexts = {}
        self._invoice_secret = secrets.token_bytes(32)  # signs the continuation tokens

    def _tick_invoices(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""

    def add_invoice(
        self,
        tenant: str,
        *,
        provider_instance_id: uuid.UUID | str,
        invoice_id: uuid.UUID | str | None = None,
        invoice_type: str = "Recurring",
        reseller_id: uuid.UUID | str | None = None,
        customer_id: uuid.UUID | str | None = None,
        line_items: Mapping[str, int | Sequence[Mapping[str, Any]]] | None = None,
        **fields: Any,
    ) -> uuid.UUID:
        """Seed an invoice of ``tenant`` on one of its provider instances; returns its id.

        Args:
            invoice_type: "Recurring" (listed for invoiceType license and usage), "OneTime" (onetime
                and dailyratedusage), or one of those four (that one only); any case.
            reseller_id: the reseller the invoice belongs to (a reseller token sees its own only).
            customer_id: the invoice's customer: its generated items are that customer's.
            line_items: kind (``KINDS``: "usage", "reseller-license", ...) -> a count of items,
                generated when served (a million costs nothing until read), or a list of explicit
                items (camelCase dicts, served merged over the generated item of their index).
            fields: more Invoice fields to send, camelCase, as given; ``timestamp`` (ISO 8601 or a
                datetime; default 2024-05-01T00:00:00+00:00) sorts the list and sets the items' month.
        """
        fake = cast("FakeCloudCockpit", self)
        domain = fake._tenant(tenant)
        iid = _uid(provider_instance_id)
        instance = fake._instances.get(iid)
        if instance is None or instance.tenant != domain:
            raise KeyError(
                f"unknown provider instance {iid} of tenant {tenant!r}: add_provider_instance() first"
            )
        matched = _TYPE_MATCHES.get(invoice_type.strip().lower())
        if matched is None:
            raise ValueError(f"invoice_type must be Recurring, OneTime or one of {', '.join(INVOICE_TYPES)}")
        extra = copy.deepcopy(dict(fields))
        stamp = extra.pop("timestamp", DEFAULT_TIMESTAMP)
        if isinstance(stamp, datetime.datetime):
            stamp = (stamp if stamp.tzinfo else stamp.replace(tzinfo=datetime.UTC)).isoformat()
        if not isinstance(stamp, str):
            raise TypeError("timestamp must be an ISO 8601 string or a datetime")
        when = datetime.datetime.fromisoformat(stamp)  # ValueError if it is not a date-time
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        cid = None if customer_id is None else _uid(customer_id)
        invoice = _Invoice(
            uuid.uuid4() if invoice_id is None else _uid(invoice_id),
            domain,
            iid,
            matched[0],
            None if reseller_id is None else _uid(reseller_id),
            cid,
            stamp,
            when,
            extra,
        )
        if cid is not None and cid in fake._customers:
            customer = fake._customers[cid][1]
            invoice.customer_name = customer.get("companyName")
            invoice.customer_country = customer.get("country")
        for kind, items in (line_items or {}).items():
            if kind not in _KIND_NUMBER:
                raise ValueError(f"unknown line-item kind {kind!r}: one of {', '.join(KINDS)}")
            if isinstance(items, int) and not isinstance(items, bool):
                if items < 0:
                    raise ValueError(f"line_items[{kind!r}] must be >= 0")
                invoice.counts[kind] = items
            elif isinstance(items, Sequence) and not isinstance(items, str | bytes):
                if not all(isinstance(item, Mapping) for item in items):
                    raise TypeError(f"line_items[{kind!r}] must be a count or a list of dicts")
                invoice.explicit[kind] = [copy.deepcopy(dict(item)) for item in items]
                json.dumps(invoice.explicit[kind])  # TypeError now rather than when served
            else:
                raise TypeError(f"line_items[{kind!r}] must be a count or a list of dicts")
        for key in [key for key in self._invoice_contexts if key[0] == invoice.id]:
            del self._invoice_contexts[key]
        self._invoices[invoice.id] = invoice
        return invoice.id

    def line_item(self, invoice_id: uuid.UUID | str, kind: str, index: int) -> dict[str, Any]:
        """Line item ``index`` (from 0) of that kind of the invoice, as the double serves it.

        KeyError for an unknown invoice, ValueError for an unknown kind, IndexError past the end.
        """
        invoice = self._invoices[_uid(invoice_id)]
        if kind not in _KIND_NUMBER:
            raise ValueError(f"unknown line-item kind {kind!r}: one of {', '.join(KINDS)}")
        if not 0 <= index < invoice.count(kind):
            raise IndexError(f"line item {index} of {invoice.count(kind)} ({kind})")
        return copy.deepcopy(self._line_item(invoice, kind, index))

    def line_item_count(self, invoice_id: uuid.UUID | str, kind: str) -> int:
        """How many line items of that kind the invoice holds (KeyError for an unknown invoice)."""
        invoice = self._invoices[_uid(invoice_id)]
        if kind not in _KIND_NUMBER:
            raise ValueError(f"unknown line-item kind {kind!r}: one of {', '.join(KINDS)}")
        return invoice.count(kind)

    # ------------------------------------------------------------ internals

    def _invoice_context(self, invoice: _Invoice, kind: str) -> _Context:
        key = (invoice.id, kind)
        context = self._invoice_contexts.get(key)
        if context is None:
            context = self._invoice_contexts[key] = _Context(invoice, kind)
        return context

    def _line_item(self, invoice: _Invoice, kind: str, index: int) -> dict[str, Any]:
        """Item ``index`` as a dict (not copied: explicit items merged over the generated one)."""
        item = self._invoice_context(invoice, kind).item(index)
        explicit = invoice.explicit.get(kind)
        if explicit is not None:
            item.update(explicit[index])
        return item

    def _line_items_json(self, invoice: _Invoice, kind: str, indices: range | list[int]) -> str:
        """The items at ``indices`` as a JSON array (text)."""
        explicit = invoice.explicit.get(kind)
        context = self._invoice_context(invoice, kind)
        if explicit is None:
            text = context.text
            return "[" + ",".join([text(n) for n in indices]) + "]"
        return json.dumps([{**context.item(n), **explicit[n]} for n in indices])


# ---------------------------------------------------------------- continuation tokens


def _sign(fake: InvoicesState, payload: bytes) -> bytes:
    return hmac.new(fake._invoice_secret, payload, hashlib.sha256).digest()[:16]


def _issue_token(fake: InvoicesState, invoice_id: uuid.UUID, kind: str, offset: int) -> str:
    payload = invoice_id.bytes + bytes([_KIND_NUMBER[kind]]) + offset.to_bytes(8, "big")
    return base64.urlsafe_b64encode(payload + _sign(fake, payload)).decode().rstrip("=")


def _read_token(fake: InvoicesState, token: str, invoice_id: uuid.UUID, kind: str) -> int | None:
    """The offset a token names, or None when it is not one the double issued for (invoice, kind)."""
    try:
        raw = base64.urlsafe_b64decode(token.strip() + "=" * (-len(token.strip()) % 4))
    except (ValueError, TypeError):
        return None
    if len(raw) != 41:
        return None
    payload, mac = raw[:25], raw[25:]
    if not hmac.compare_digest(mac, _sign(fake, payload)):
        return None
    if payload[:16] != invoice_id.bytes or payload[16] != _KIND_NUMBER[kind]:
        return None
    return int.from_bytes(payload[17:], "big")


# ---------------------------------------------------------------- handlers


def _visible_invoice(call: Call) -> tuple[_Invoice | None, Response | None]:
    invoice = call.fake._invoices.get(call.ids["id"])
    if invoice is None or invoice.tenant != call.token.tenant:
        return None, error(404, "NotFound", "The invoice was not found.", call.correlation_id)
    if call.token.role == "reseller" and invoice.reseller_id != call.token.reseller_id:
        return None, Response(403)
    return invoice, None


def _bool_query(call: Call, name: str, errors: FieldErrors) -> bool | None:
    raw = call.query.get(name)
    if raw is None:
        return None
    value = raw.strip().lower()
    if value not in ("true", "false"):
        errors.add(name, f"The value '{raw}' is not valid.")
        return None
    return value == "true"


def _reseller_filter(call: Call, errors: FieldErrors) -> uuid.UUID | None:
    if "resellerId" in call.query and call.token.role == "reseller":
        errors.add("resellerId", "A reseller must not pass resellerId.")
        return None
    return _uuid_query(call, "resellerId", errors)


def list_invoices(call: Call) -> Response:
    fake = call.fake
    errors = FieldErrors()
    raw_instance = call.query.get("providerInstanceId")
    instance_id = parse_uuid(raw_instance)
    if raw_instance is None:
        errors.add("providerInstanceId", "The providerInstanceId field is required.")
    elif instance_id is None:
        errors.add("providerInstanceId", f"The value '{raw_instance}' is not a valid GUID.")
    else:
        instance = fake._instances.get(instance_id)
        if instance is None or instance.tenant != call.token.tenant:
            errors.add("providerInstanceId", "The provider instance was not found.")
    raw_type = call.query.get("invoiceType")
    wanted_type = (raw_type or "").strip().lower()
    if raw_type is None:
        errors.add("invoiceType", "The invoiceType field is required.")
    elif wanted_type not in INVOICE_TYPES:
        errors.add("invoiceType", f"Valid values: {', '.join(INVOICE_TYPES)}.")
    ascending = _bool_query(call, "ascendingOrder", errors)
    reseller_id = _reseller_filter(call, errors)
    customer_id = _uuid_query(call, "customerId", errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    chosen = [
        invoice
        for invoice in fake._invoices.values()
        if invoice.tenant == call.token.tenant
        and invoice.provider_instance_id == instance_id
        and wanted_type in _TYPE_MATCHES[invoice.invoice_type.lower()][1]
        and (call.token.role == "csp" or invoice.reseller_id == call.token.reseller_id)
        and reseller_id in (None, invoice.reseller_id)
        and customer_id in (None, invoice.customer_id)
    ]
    # Stable: equal timestamps stay in the order added, either way.
    chosen.sort(key=lambda invoice: invoice.when, reverse=not ascending)
    return paged(call, [invoice.view() for invoice in chosen])


def _page_size(call: Call, kind: str, errors: FieldErrors) -> int:
    raw = call.query.get("pageSize")
    if raw is None:
        if kind not in _OPTIONAL_PAGE_SIZE:
            errors.add("pageSize", "The pageSize field is required.")
        return MAX_PAGE_SIZE
    try:
        size = int(raw.strip())
    except ValueError:
        errors.add("pageSize", f"The value '{raw}' is not valid.")
        return MAX_PAGE_SIZE
    if not 1 <= size <= MAX_PAGE_SIZE:
        errors.add("pageSize", f"The page size must be between 1 and {MAX_PAGE_SIZE}.")
    return size


def _select(
    fake: InvoicesState, invoice: _Invoice, kind: str, start: int, size: int, customer: uuid.UUID | None
) -> tuple[range | list[int], int | None]:
    """The indices of the page from ``start`` (of the items of ``customer``, if given), and the
    offset of the next page (None: this is the last)."""
    count = invoice.count(kind)
    if customer is None:
        stop = min(start + size, count)
        return range(start, stop), (stop if stop < count else None)
    wanted = str(customer)
    explicit = invoice.explicit.get(kind)
    if explicit is not None:  # a list in memory: look at each item
        matching = (
            n
            for n in range(start, count)
            if str(fake._line_item(invoice, kind, n).get("customerId") or "").lower() == wanted
        )
        chosen: list[int] = []
        for n in matching:
            if len(chosen) == size:
                return chosen, n  # the next page starts at the next matching item
            chosen.append(n)
        return chosen, None
    # Generated: item n is customer n % len(customers)'s (see _Context).
    customers = fake._invoice_context(invoice, kind).customer_ids
    every = len(customers)
    positions = [k for k, cid in enumerate(customers) if cid == wanted]
    if not positions:
        return [], None
    k = positions[0]
    first = start + (k - start) % every
    indices = range(first, count, every)[:size]
    if not indices:
        return [], None
    following = indices[-1] + every
    return indices, (following if following < count else None)


def _line_items_handler(kind: str) -> Callable[[Call], Response]:
    allowed = "csp" if kind in _CSP_KINDS else "reseller" if kind.startswith("reseller-") else None
    filtered = kind.startswith("customer-")

    def handler(call: Call) -> Response:
        fake = call.fake
        if allowed is not None and call.token.role != allowed:
            return Response(403)  # "Available to the roles: csp" / "reseller"
        errors = FieldErrors()
        size = _page_size(call, kind, errors)
        reseller_id = customer_id = None
        if filtered:
            reseller_id = _reseller_filter(call, errors)
            customer_id = _uuid_query(call, "customerId", errors)
        if errors:
            return validation_error(errors, call.correlation_id)
        invoice, failure = _visible_invoice(call)
        if failure:
            return failure
        assert invoice is not None
        start = 0
        token = call.headers.get(CONTINUATION_HEADER.lower(), "").strip()
        if token:
            offset = _read_token(fake, token, invoice.id, kind)
            if offset is None or not 0 < offset <= invoice.count(kind):
                return error(
                    400,
                    "ValidationError",
                    "The continuation token is not valid for this invoice's line items.",
                    call.correlation_id,
                    CONTINUATION_HEADER,
                )
            start = offset
        if reseller_id is not None and reseller_id != invoice.reseller_id:
            indices: range | list[int] = []
            following = None
        else:
            indices, following = _select(fake, invoice, kind, start, size, customer_id)
        token_json = "null" if following is None else f'"{_issue_token(fake, invoice.id, kind, following)}"'
        body = f'{{"items":{fake._line_items_json(invoice, kind, indices)},"continuationToken":{token_json}}}'
        return Response(200, body.encode(), {"content-type": "application/json; charset=utf-8"})

    handler.__name__ = handler.__qualname__ = f"list_{kind.replace('-', '_')}_line_items"
    return handler


def seed_invoices(fake: FakeCloudCockpit, domain: str, tenant_data: dict[str, Any]) -> None:
    """Load a seed document's tenant-level ``invoices``::

    "invoices": [{"id": "...", "providerInstanceId": "...", "invoiceType": "Recurring",
                  "resellerId": null, "customerId": null, "timestamp": "2024-05-01T00:00:00+00:00",
                  "lineItems": {"usage": 1000, "onetime": [{"customerName": "..."}]}}]

    Keys other than these are more Invoice fields (as ``add_invoice``'s ``**fields``).
    """
    known = {"id", "providerInstanceId", "invoiceType", "resellerId", "customerId", "lineItems"}
    for entry in tenant_data.get("invoices") or []:
        fake.add_invoice(
            domain,
            provider_instance_id=entry["providerInstanceId"],
            invoice_id=entry.get("id"),
            invoice_type=entry.get("invoiceType") or "Recurring",
            reseller_id=entry.get("resellerId"),
            customer_id=entry.get("customerId"),
            line_items=entry.get("lineItems"),
            **{key: value for key, value in entry.items() if key not in known},
        )


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = []

ROUTES: list[Route] = [
    route("GET", "/v1/Invoices", list_invoices),
    *(route("GET", f"/v1/Invoices/{{id}}/{kind}-lineitems", _line_items_handler(kind)) for kind in KINDS),
]
