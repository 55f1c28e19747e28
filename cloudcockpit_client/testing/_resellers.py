"""The double's operations of the Resellers tag (rows 68-76): resellers, their provider instances, margins and MPN ids.

A reseller belongs to a tenant and holds the account info of the Reseller view model (``zipCode``, not
``zip``; no ``middleName``), an internal identifier, and one provider reseller per provider instance
(its ``priceMargin``, ``offerTypeMargins``, primary MPN id ``providerResellerId`` and secondary MPN
ids). Reseller tokens (``fake.issue_token(tenant, role="reseller", reseller_id=...)``) and customers'
``resellerId`` exist without a reseller entity; ``fake.add_reseller`` makes one. Reseller ids used
elsewhere in the double are not checked against these entities.

Choices where the docs are silent (README, "Choices the double makes"):

- Roles: every operation but "Retrieve a reseller" is the CSP's only (a reseller token gets a 403
  before anything else is looked at). A reseller token retrieves its own reseller only: another
  reseller's id is a 403 (the page documents 403, not 404), its own id without an entity a 404.
- An unknown reseller (or one of another tenant) is a 404 with the error body; where the page
  documents a 400 and no 404 (margins, secondary MPN ids) it is a 400 naming ``resellerId``, as
  the customers' operations do.
- Create validates the body as the customers' create does (the required fields present, strings or
  null, the documented lengths, a 400 naming each property), answers 201 with the reseller created
  (the id a client sends is not kept), and creates the ``providerResellers`` it is sent with the
  rules of "add a provider instance". ``customDomain`` must be an object and is kept as sent; a
  reseller without one is sent without the field (the schema does not allow null).
- Account info: the ten required fields must be present (strings or null, the documented
  lengths); the fields present are applied (addressLine2 too); 204.
- Internal identifier: the body is a bare JSON string of up to 255 characters (anything else, null
  included, is a 400 naming ``internalIdentifier``); 204.
- Add a provider instance: the instance must be one of the tenant's (else a 400 on
  ``providerInstanceId``) and not already the reseller's (a 400 ``BusinessRuleViolation``: the page
  documents no 409); ``priceMargin`` is required (the provider reseller's margin is never null);
  the reseller's country must be in the supported countries of every one of its provider
  instances and the new one (else a 400 on ``country``); ``providerResellerId`` (a string: the
  primary MPN id) and ``resellerProviderData`` (a JSON object, or a string holding one, with
  ``IndirectResellerId`` and ``SecondaryMpnIds``, a list of strings) are for Microsoft instances
  only (a 400 naming them elsewhere). Answers 201 with the provider instance id as a JSON string
  (as the customers' counterpart does).
- A provider reseller is sent with ``providerInstanceId``, ``priceMargin``, ``offerTypeMargins``
  (written back camelCase with the documented spellings), ``providerResellerId`` and
  ``resellerProviderData`` (a string holding JSON, as a customer's providerCustomerData; null until
  data or secondary MPN ids are set).
- Margins: the body's ``providerInstanceId`` must be the path's, and that instance one of the
  reseller's (else a 400 on ``providerInstanceId``); ``priceMargin`` and ``offerTypeMargins`` follow
  the documented margin rules; ``offerTypeMargins`` is replaced (absent or null clears it); 204.
- Secondary MPN ids: the body is a JSON array of strings (it replaces the list, order kept); the
  instance must be one of the reseller's and a Microsoft one (else a 400 on ``providerInstanceId``);
  200 with no body.
- List: sorted by company name (case-insensitive, then id); ``sortPropertyName`` may only be
  Company.Name; ``searchValue`` (up to 255 characters) matches a part, case-insensitively, of the
  ``searchField``: Company.Name (the default), InternalIdentifier or MpnId (a primary or secondary
  MPN id); ``providerInstanceId`` keeps the resellers on that instance; ``customerId`` needs
  ``providerInstanceId`` (else a 400 on it) and keeps the customer's reseller (its ``resellerId``);
  an unknown value is a 400 naming the parameter.
- MPN profile: ``tenantId`` and ``mpnId`` are required (a 400 naming each); an MPN id seeded with
  ``fake.add_mpn_profile(tenant, mpn_id, ...)`` answers its profile (``errorCode`` and
  ``errorMessage`` null), any other a 404 with the error body.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from . import _rules
from ._customers import _uuid_query
from ._rules import FieldErrors, get_ci, is_missing, parse_uuid
from ._wire import (
    Call,
    Response,
    Route,
    error,
    json_response,
    paged,
    route,
    validation_error,
)

if TYPE_CHECKING:
    from ._fake import FakeCloudCockpit

__all__ = ["ROUTES", "UNSERVED", "ProviderReseller", "ResellersState", "seed_resellers"]

# The account info of the Reseller view model: name -> documented max length (None: no limit).
ACCOUNT_FIELDS: dict[str, int | None] = {
    "companyName": 255,
    "country": None,
    "addressLine1": 255,
    "addressLine2": 255,
    "city": 255,
    "state": 255,
    "zipCode": 30,
    "firstName": 255,
    "lastName": 255,
    "email": 255,
    "phone": 30,
}
RESELLER_STRING_FIELDS: dict[str, int | None] = {
    **ACCOUNT_FIELDS,
    "internalIdentifier": 255,
    "taxId": 255,
}
RESELLER_REQUIRED = (
    "companyName",
    "country",
    "addressLine1",
    "city",
    "state",
    "zipCode",
    "firstName",
    "lastName",
    "email",
    "phone",
)
# What add_reseller fills in for the required fields it is not given.
DEFAULT_RESELLER: dict[str, Any] = {
    "companyName": "Fabrikam Reseller",
    "country": "PT",
    "addressLine1": "Avenida da Liberdade 1",
    "city": "Lisboa",
    "state": "Lisboa",
    "zipCode": "1250-096",
    "firstName": "Grace",
    "lastName": "Hopper",
    "email": "grace@fabrikam.example",
    "phone": "+351210000001",
}
DEFAULT_PRICE_MARGIN: dict[str, Any] = {"marginRule": {"name": "Markup"}, "value": 0}
SEARCH_FIELDS = ("Company.Name", "InternalIdentifier", "MpnId")
MAX_SEARCH_VALUE = 255


@dataclass
class ProviderReseller:
    """A reseller on one provider instance, as the double holds it."""

    provider_instance_id: uuid.UUID
    price_margin: Any
    offer_type_margins: Any = None
    provider_reseller_id: Any = None  # the primary MPN id (Microsoft Tier 2)
    # ResellerProviderData's object (IndirectResellerId, SecondaryMpnIds); None until given.
    provider_data: dict[str, Any] | None = None

    @property
    def secondary_mpn_ids(self) -> list[str]:
        ids = get_ci(self.provider_data or {}, "SecondaryMpnIds")
        return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []

    def view(self) -> dict[str, Any]:
        """The provider reseller as the API sends it."""
        otm = self.offer_type_margins
        return {
            "providerInstanceId": str(self.provider_instance_id),
            "priceMargin": _rules.margin_view(self.price_margin) or copy.deepcopy(DEFAULT_PRICE_MARGIN),
            "offerTypeMargins": (
                {_offer_type_name(k): _rules.margin_view(v) for k, v in otm.items()}
                if isinstance(otm, Mapping)
                else None
            ),
            "providerResellerId": copy.deepcopy(self.provider_reseller_id),
            "resellerProviderData": None if self.provider_data is None else json.dumps(self.provider_data),
        }


@dataclass
class _Reseller:
    tenant: str
    fields: dict[str, Any]
    providers: dict[uuid.UUID, ProviderReseller] = field(default_factory=dict)


def _offer_type_name(name: str) -> str:
    return next((known for known in _rules.OFFER_TYPES if known.lower() == name.lower()), name)


# The mixin's methods reach the rest of the double's state as ``fake = cast("FakeCloudCockpit", self)``.
class ResellersState:
    """The double's state for Resellers, and its seeding and inspection API (mixed into FakeCloudCockpit)."""

    def _reset_resellers(self) -> None:
        """Forget this tag's state (called by FakeCloudCockpit.reset())."""
        self._reseller_records: dict[uuid.UUID, _Reseller] = {}
        self._mpn_profiles: dict[tuple[str, str], dict[str, Any]] = {}

    def _tick_resellers(self, now: float) -> None:
        """Progress what is due at monotonic time ``now`` (called before every request)."""

    def add_reseller(
        self,
        tenant: str,
        fields: Mapping[str, Any] | None = None,
        *,
        reseller_id: uuid.UUID | str | None = None,
    ) -> uuid.UUID:
        """Seed a reseller from camelCase Reseller fields (not validated: seed bad data on purpose).

        The required fields not given get defaults (a Portuguese reseller, "Fabrikam Reseller").
        ``providerResellers`` entries (``providerInstanceId``, ``priceMargin``, ``offerTypeMargins``,
        ``providerResellerId``, ``resellerProviderData`` or ``secondaryMpnIds``) become its provider
        resellers (a missing priceMargin is Markup 0). Returns the reseller id.
        """
        fake = cast("FakeCloudCockpit", self)
        domain = fake._tenant(tenant)
        rid = uuid.UUID(str(reseller_id)) if reseller_id is not None else uuid.uuid4()
        given = copy.deepcopy(dict(fields or {}))
        entries = given.pop("providerResellers", None) or []
        data: dict[str, Any] = {"id": str(rid), **{name: None for name in RESELLER_STRING_FIELDS}}
        data.update(DEFAULT_RESELLER)
        data.update(given)
        data["id"] = str(rid)
        record = _Reseller(domain, data)
        for entry in entries:
            provider = _seeded_provider_reseller(entry)
            record.providers[provider.provider_instance_id] = provider
        self._reseller_records[rid] = record
        return rid

    def reseller(self, reseller_id: uuid.UUID | str) -> dict[str, Any]:
        """A copy of the reseller as the double holds it (KeyError if unknown): its account info,
        ``internalIdentifier``, and ``providerResellers`` as GET sends them, each with its
        ``secondaryMpnIds`` (a list) too."""
        rid = uuid.UUID(str(reseller_id))
        record = self._reseller_records[rid]
        data = _reseller_view(record)
        for entry in data["providerResellers"] or []:
            provider = record.providers[uuid.UUID(entry["providerInstanceId"])]
            entry["secondaryMpnIds"] = list(provider.secondary_mpn_ids)
        return data

    def add_mpn_profile(
        self, tenant: str, mpn_id: str, *, name: str = "Contoso Partner", **fields: Any
    ) -> None:
        """Seed the MPN profile GET /v1/Resellers/mpn-profile answers for ``mpn_id`` in ``tenant``
        (``name`` is its partnerName; ``fields`` are other camelCase MpnProfile fields, e.g.
        ``errorCode``)."""
        fake = cast("FakeCloudCockpit", self)
        profile: dict[str, Any] = {
            "mpnId": mpn_id,
            "partnerName": name,
            "errorCode": None,
            "errorMessage": None,
        }
        profile.update(copy.deepcopy(fields))
        self._mpn_profiles[(fake._tenant(tenant), mpn_id.strip().lower())] = profile


def _seeded_provider_reseller(entry: Mapping[str, Any]) -> ProviderReseller:
    data = entry.get("resellerProviderData")
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            data = None
    secondary = entry.get("secondaryMpnIds")
    if secondary is not None:
        data = {"IndirectResellerId": None, **(data if isinstance(data, dict) else {})}
        data["SecondaryMpnIds"] = list(secondary)
    return ProviderReseller(
        uuid.UUID(str(entry["providerInstanceId"])),
        copy.deepcopy(entry.get("priceMargin") or DEFAULT_PRICE_MARGIN),
        copy.deepcopy(entry.get("offerTypeMargins")),
        entry.get("providerResellerId"),
        copy.deepcopy(data) if isinstance(data, dict) else None,
    )


def seed_resellers(fake: FakeCloudCockpit, domain: str, tenant_data: dict[str, Any]) -> None:
    """Load a tenant's ``resellers`` (and ``mpnProfiles``) from a parsed seed document::

    "resellers": [{"id": "...", "companyName": "...", ...camelCase Reseller fields...,
                   "providerInstances": [{"providerInstanceId": "...",
                                          "priceMargin": {"marginRule": {"name": "Markup"}, "value": 10},
                                          "offerTypeMargins": {...}, "providerResellerId": "1234567",
                                          "secondaryMpnIds": ["7654321"]}]}],
    "mpnProfiles": [{"mpnId": "1234567", "partnerName": "Contoso Partner"}]
    """
    for reseller in tenant_data.get("resellers", []):
        fields = {k: v for k, v in reseller.items() if k not in ("id", "providerInstances")}
        if reseller.get("providerInstances"):
            fields["providerResellers"] = reseller["providerInstances"]
        fake.add_reseller(domain, fields, reseller_id=reseller.get("id"))
    for profile in tenant_data.get("mpnProfiles", []):
        extra = {k: v for k, v in profile.items() if k not in ("mpnId", "partnerName")}
        fake.add_mpn_profile(
            domain, profile["mpnId"], name=profile.get("partnerName", "Contoso Partner"), **extra
        )


# ----------------------------------------------------------------- views and lookups


def _reseller_view(record: _Reseller) -> dict[str, Any]:
    """The reseller as GET sends it: every documented field (customDomain only when it has one)."""
    data = copy.deepcopy(record.fields)
    data["providerResellers"] = [p.view() for p in record.providers.values()] or None
    if data.get("customDomain") is None:
        data.pop("customDomain", None)
    return data


def _load_reseller(call: Call, *, not_found_status: int = 404) -> tuple[_Reseller | None, Response | None]:
    record = call.fake._reseller_records.get(call.ids["resellerId"])
    if record is None or record.tenant != call.token.tenant:
        if not_found_status == 404:
            return None, error(404, "NotFound", "The reseller was not found.", call.correlation_id)
        return None, error(
            400, "ValidationError", "The reseller was not found.", call.correlation_id, "resellerId"
        )
    return record, None


def _csp_only(call: Call) -> Response | None:
    return None if call.token.role == "csp" else Response(403)  # "Available to the roles: csp"


def _parse_json(body: bytes, correlation_id: str) -> tuple[Any, Response | None]:
    """Any JSON value (a bare string or array body), or a 400 on ``$``."""
    if not body.strip():
        return None, error(
            400, "ValidationError", "A non-empty request body is required.", correlation_id, "$"
        )
    try:
        return json.loads(body), None
    except ValueError:
        return None, error(400, "ValidationError", "The request body is not valid JSON.", correlation_id, "$")


def _body_object(call: Call) -> tuple[Mapping[str, Any] | None, Response | None]:
    data, failure = _parse_json(call.body, call.correlation_id)
    if failure:
        return None, failure
    if not isinstance(data, Mapping):
        return None, error(
            400, "ValidationError", "The request body must be a JSON object.", call.correlation_id, "$"
        )
    return data, None


def _check_strings(
    data: Mapping[str, Any], names: dict[str, int | None], required: tuple[str, ...], errors: FieldErrors
) -> None:
    """Required present, strings or null, the documented lengths (each error names its property)."""
    for name in required:
        if is_missing(get_ci(data, name)):
            errors.add(name, f"The {name} field is required.")
    for name, limit in names.items():
        value = get_ci(data, name)
        if is_missing(value) or value is None:
            continue
        if not isinstance(value, str):
            errors.add(name, "Must be a string or null.")
        elif limit is not None and len(value) > limit:
            errors.add(name, f"This may be up to {limit} characters.")


def _supported_countries(call: Call, instance_id: uuid.UUID) -> list[str]:
    countries = call.fake._instance_view(instance_id).get("supportedCountries") or []
    return [str(c).upper() for c in countries]


def _country_problem(call: Call, country: Any, instances: list[uuid.UUID]) -> str | None:
    """Why the reseller's country cannot be on these provider instances (None: it can)."""
    code = country.strip().upper() if isinstance(country, str) else ""
    for iid in instances:
        if code not in _supported_countries(call, iid):
            alias = call.fake._instances[iid].alias
            return f"The reseller's country {country!r} is not supported on the provider instance {alias!r}."
    return None


def _check_provider_reseller(
    call: Call, entry: Any, prefix: str, errors: FieldErrors
) -> ProviderReseller | None:
    """A ProviderResellerViewModel sent to add or create (its properties named ``prefix`` + name)."""
    if not isinstance(entry, Mapping):
        errors.add(prefix.rstrip(".") or "$", "Must be an object.")
        return None
    fake = call.fake
    instance_id = parse_uuid(get_ci(entry, "providerInstanceId"))
    instance = None
    if instance_id is None:
        errors.add(
            f"{prefix}providerInstanceId", "The providerInstanceId field is required and must be a GUID."
        )
    else:
        instance = fake._instances.get(instance_id)
        if instance is None or instance.tenant != call.token.tenant:
            errors.add(f"{prefix}providerInstanceId", "The provider instance was not found.")
            instance = None
    margin = get_ci(entry, "priceMargin")
    _rules.check_margin(margin, f"{prefix}priceMargin", errors)
    otm = get_ci(entry, "offerTypeMargins")
    otm_errors = FieldErrors()
    _rules.check_offer_type_margins(otm, otm_errors)
    for prop, messages in otm_errors.items.items():
        for message in messages:
            errors.add(f"{prefix}{prop}", message)
    microsoft = instance is not None and instance.provider == "microsoft"
    mpn = get_ci(entry, "providerResellerId")
    if is_missing(mpn) or mpn is None:
        mpn = None
    elif instance is not None and not microsoft:
        errors.add(f"{prefix}providerResellerId", "Do not set providerResellerId for this provider instance.")
    elif not isinstance(mpn, str) or not mpn.strip():
        errors.add(f"{prefix}providerResellerId", "The primary mpn id must be a non-empty string.")
    raw = get_ci(entry, "resellerProviderData")
    data: dict[str, Any] | None = None
    if not is_missing(raw) and raw is not None:
        prop = f"{prefix}resellerProviderData"
        if instance is not None and not microsoft:
            errors.add(prop, "Do not set resellerProviderData for this provider instance.")
        else:
            parsed = raw
            if isinstance(raw, str):
                try:
                    parsed = json.loads(raw)
                except ValueError:
                    parsed = None
            if not isinstance(parsed, dict):
                errors.add(prop, "Must be a JSON object (or a string holding one).")
            else:
                ids = get_ci(parsed, "SecondaryMpnIds")
                if (
                    not is_missing(ids)
                    and ids is not None
                    and (not isinstance(ids, list) or not all(isinstance(i, str) for i in ids))
                ):
                    errors.add(f"{prop}.SecondaryMpnIds", "Must be an array of mpn ids (strings).")
                indirect = get_ci(parsed, "IndirectResellerId")
                data = {
                    "IndirectResellerId": None if is_missing(indirect) else indirect,
                    "SecondaryMpnIds": list(ids) if isinstance(ids, list) else [],
                }
    if instance_id is None or errors:
        return None
    return ProviderReseller(
        instance_id,
        copy.deepcopy(margin),
        None if is_missing(otm) else copy.deepcopy(otm),
        mpn,
        data,
    )


def _reseller_instance(
    call: Call, record: _Reseller, errors: FieldErrors, *, microsoft_only: bool = False
) -> ProviderReseller | None:
    """The reseller's provider reseller on the path's provider instance (else a 400 on it)."""
    provider = record.providers.get(call.ids["providerInstanceId"])
    if provider is None:
        errors.add("providerInstanceId", "The reseller is not on this provider instance.")
        return None
    instance = call.fake._instances.get(provider.provider_instance_id)
    if microsoft_only and (instance is None or instance.provider != "microsoft"):
        errors.add("providerInstanceId", "This request is only valid for Microsoft provider instances.")
        return None
    return provider


# ----------------------------------------------------------------- the operations


def list_resellers(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    fake = call.fake
    errors = FieldErrors()
    customer_id = _uuid_query(call, "customerId", errors)
    instance_id = _uuid_query(call, "providerInstanceId", errors)
    if "customerId" in call.query and "providerInstanceId" not in call.query:
        errors.add("providerInstanceId", "The providerInstanceId is required when customerId is set.")
    search = call.query.get("searchValue")
    if search is not None and len(search) > MAX_SEARCH_VALUE:
        errors.add("searchValue", f"The search value may be up to {MAX_SEARCH_VALUE} characters.")
    search_field = call.query.get("searchField", "Company.Name").strip() or "Company.Name"
    if search_field.lower() not in {f.lower() for f in SEARCH_FIELDS}:
        errors.add("searchField", f"Possible values: {', '.join(SEARCH_FIELDS)}.")
    sort = call.query.get("sortPropertyName", "Company.Name").strip() or "Company.Name"
    if sort.lower() != "company.name":
        errors.add("sortPropertyName", "Possible values: Company.Name.")
    if errors:
        return validation_error(errors, call.correlation_id)
    customer_reseller: str | None = None
    if customer_id is not None:
        entry = fake._customers.get(customer_id)
        if entry is not None and entry[0] == call.token.tenant:
            customer_reseller = entry[1].get("resellerId")
    needle = (search or "").strip().lower()
    chosen: list[tuple[str, str, _Reseller]] = []
    for rid, record in fake._reseller_records.items():
        if record.tenant != call.token.tenant:
            continue
        if instance_id is not None and instance_id not in record.providers:
            continue
        if customer_id is not None and customer_reseller != str(rid):
            continue
        if needle:
            if search_field.lower() == "mpnid":
                haystack = [
                    mpn
                    for p in record.providers.values()
                    for mpn in (p.provider_reseller_id, *p.secondary_mpn_ids)
                    if isinstance(mpn, str)
                ]
            elif search_field.lower() == "internalidentifier":
                haystack = [record.fields.get("internalIdentifier") or ""]
            else:
                haystack = [record.fields.get("companyName") or ""]
            if not any(needle in str(value).lower() for value in haystack):
                continue
        chosen.append((str(record.fields.get("companyName") or "").lower(), str(rid), record))
    chosen.sort(key=lambda item: (item[0], item[1]))
    return paged(call, [_reseller_view(record) for _, _, record in chosen])


def create_reseller(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    data, failure = _body_object(call)
    if failure:
        return failure
    assert data is not None
    errors = FieldErrors()
    _check_strings(data, RESELLER_STRING_FIELDS, RESELLER_REQUIRED, errors)
    rid = get_ci(data, "id")
    if not is_missing(rid) and parse_uuid(rid) is None:
        errors.add("id", "Must be a GUID.")
    domain = get_ci(data, "customDomain")
    if not is_missing(domain) and not isinstance(domain, Mapping):
        errors.add("customDomain", "Must be an object.")
    entries = get_ci(data, "providerResellers")
    providers: list[ProviderReseller] = []
    if not is_missing(entries) and entries is not None:
        if not isinstance(entries, list):
            errors.add("providerResellers", "Must be an array or null.")
        else:
            for index, entry in enumerate(entries):
                provider = _check_provider_reseller(call, entry, f"providerResellers[{index}].", errors)
                if provider is None:
                    continue
                if any(p.provider_instance_id == provider.provider_instance_id for p in providers):
                    errors.add(
                        f"providerResellers[{index}].providerInstanceId",
                        "The provider instance is listed twice.",
                    )
                providers.append(provider)
    if errors:
        return validation_error(errors, call.correlation_id)
    country = get_ci(data, "country")
    problem = _country_problem(call, country, [p.provider_instance_id for p in providers])
    if problem:
        return error(400, "BusinessRuleViolation", problem, call.correlation_id, "country")
    fields = {
        name: copy.deepcopy(get_ci(data, name))
        for name in (*RESELLER_STRING_FIELDS, "customDomain")
        if not is_missing(get_ci(data, name))
    }
    reseller_id = call.fake.add_reseller(call.token.tenant, fields)  # a client-sent id is not kept
    record = call.fake._reseller_records[reseller_id]
    for provider in providers:
        record.providers[provider.provider_instance_id] = provider
    return json_response(201, _reseller_view(record))


def get_reseller(call: Call) -> Response:
    if call.token.role == "reseller" and call.ids["resellerId"] != call.token.reseller_id:
        return Response(403)  # a reseller reads its own reseller only
    record, failure = _load_reseller(call)
    if failure:
        return failure
    assert record is not None
    return json_response(200, _reseller_view(record))


def update_account_info(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    record, failure = _load_reseller(call)
    if failure:
        return failure
    assert record is not None
    data, failure = _body_object(call)
    if failure:
        return failure
    assert data is not None
    errors = FieldErrors()
    _check_strings(data, ACCOUNT_FIELDS, RESELLER_REQUIRED, errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    for name in ACCOUNT_FIELDS:
        value = get_ci(data, name)
        if not is_missing(value):
            record.fields[name] = value
    return Response(204)


def update_internal_identifier(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    record, failure = _load_reseller(call)
    if failure:
        return failure
    assert record is not None
    value, failure = _parse_json(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    if not isinstance(value, str):
        errors.add("internalIdentifier", "The body must be a JSON string (the internal identifier).")
    elif len(value) > 255:
        errors.add("internalIdentifier", "The internal identifier may be up to 255 characters.")
    if errors:
        return validation_error(errors, call.correlation_id)
    record.fields["internalIdentifier"] = value
    return Response(204)


def update_margins(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    record, failure = _load_reseller(call, not_found_status=400)  # the page documents 400, no 404
    if failure:
        return failure
    assert record is not None
    data, failure = _body_object(call)
    if failure:
        return failure
    assert data is not None
    errors = FieldErrors()
    body_instance = parse_uuid(get_ci(data, "providerInstanceId"))
    if body_instance is None:
        errors.add("providerInstanceId", "The providerInstanceId field is required and must be a GUID.")
    elif body_instance != call.ids["providerInstanceId"]:
        errors.add("providerInstanceId", "The body's providerInstanceId must be the path's.")
    provider = _reseller_instance(call, record, errors)
    _rules.check_margin(get_ci(data, "priceMargin"), "priceMargin", errors)
    _rules.check_offer_type_margins(get_ci(data, "offerTypeMargins"), errors)
    if errors:
        return validation_error(errors, call.correlation_id)
    assert provider is not None
    provider.price_margin = copy.deepcopy(get_ci(data, "priceMargin"))
    otm = get_ci(data, "offerTypeMargins")
    provider.offer_type_margins = None if is_missing(otm) else copy.deepcopy(otm)
    return Response(204)


def add_provider_instance(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    record, failure = _load_reseller(call)
    if failure:
        return failure
    assert record is not None
    data, failure = _body_object(call)
    if failure:
        return failure
    errors = FieldErrors()
    provider = _check_provider_reseller(call, data, "", errors)
    if errors or provider is None:
        return validation_error(errors, call.correlation_id)
    instance_id = provider.provider_instance_id
    if instance_id in record.providers:
        return error(
            400,
            "BusinessRuleViolation",
            "The reseller already has a relationship with this provider instance.",
            call.correlation_id,
            "providerInstanceId",
        )
    problem = _country_problem(call, record.fields.get("country"), [*record.providers, instance_id])
    if problem:
        return error(400, "BusinessRuleViolation", problem, call.correlation_id, "country")
    record.providers[instance_id] = provider
    return json_response(201, str(instance_id))


def update_secondary_mpn_ids(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    record, failure = _load_reseller(call, not_found_status=400)  # the page documents 400, no 404
    if failure:
        return failure
    assert record is not None
    ids, failure = _parse_json(call.body, call.correlation_id)
    if failure:
        return failure
    errors = FieldErrors()
    if not isinstance(ids, list):
        errors.add("$", "The body must be a JSON array of mpn ids (strings).")
    else:
        for index, value in enumerate(ids):
            if not isinstance(value, str):
                errors.add(f"$[{index}]", "An mpn id must be a string.")
    provider = _reseller_instance(call, record, errors, microsoft_only=True)
    if errors:
        return validation_error(errors, call.correlation_id)
    assert provider is not None
    assert isinstance(ids, list)
    data = dict(provider.provider_data or {"IndirectResellerId": None})
    data["SecondaryMpnIds"] = list(ids)
    provider.provider_data = data
    return Response(200)


def get_mpn_profile(call: Call) -> Response:
    if (denied := _csp_only(call)) is not None:
        return denied
    errors = FieldErrors()
    for name in ("tenantId", "mpnId"):
        value = call.query.get(name)
        if value is None or not value.strip():
            errors.add(name, f"The {name} field is required.")
    if errors:
        return validation_error(errors, call.correlation_id)
    profile = call.fake._mpn_profiles.get((call.token.tenant, call.query["mpnId"].strip().lower()))
    if profile is None:
        return error(404, "NotFound", "No mpn profile was found for this mpn id.", call.correlation_id)
    return json_response(200, copy.deepcopy(profile))


# This tag's documented operations that the double does not serve yet (they answer 501, see
# _unserved.py); an operation leaves the list when its handler joins ROUTES.
UNSERVED: list[tuple[str, str]] = []

ROUTES: list[Route] = [
    route("GET", "/v1/Resellers", list_resellers),
    route("POST", "/v1/Resellers", create_reseller),
    route("GET", "/v1/Resellers/mpn-profile", get_mpn_profile),
    route("GET", "/v1/Resellers/{resellerId}", get_reseller),
    route("PATCH", "/v1/Resellers/{resellerId}/account-info", update_account_info),
    route("PATCH", "/v1/Resellers/{resellerId}/internal-identifier", update_internal_identifier),
    route("PATCH", "/v1/Resellers/{resellerId}/margins/{providerInstanceId}", update_margins),
    route("POST", "/v1/Resellers/{resellerId}/provider-instances", add_provider_instance),
    route(
        "PATCH", "/v1/Resellers/{resellerId}/secondary-mpn-ids/{providerInstanceId}", update_secondary_mpn_ids
    ),
]
