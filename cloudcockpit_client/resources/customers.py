"""``cc.customers``: the generated operations of the Customers tag, plus what the spec cannot say.

The operations themselves are generated (``_generated/facade/customers.py``). This subclass adds:

- ``wait_for_provider_customer``: polling a customer until its provider customer is created;
- ``update_account_info(changes=...)``: read, change, write back (and the checks of ``customer=``);
- ``add_provider_instance``: typed provider data (``MicrosoftCustomerData``) and margin rule names
  in any case.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar, cast
from uuid import UUID

import httpx

from .. import _constants
from .._generated.facade import customers as _generated_customers
from .._validation import as_uuid, json_text
from .._waiting import Poll
from ..errors import ResponseValidationError
from ..providers import ProviderCustomerData, encode_provider_customer_data
from . import _checks, _common
from ._common import GeneratedOperation

if TYPE_CHECKING:
    from .._generated.models import (
        Customer,
        Margin,
        MarginRule,
        OfferTypeMargins,
        ProviderCustomer,
        UpdateAccountInfoRequest,
    )

__all__ = ["Customers", "CustomersWithRawResponse", "SyncCustomers", "SyncCustomersWithRawResponse"]

_M = TypeVar("_M", "Margin", "Customer")

# Read-only state of a customer: not something `changes=` can set.
_NOT_CHANGEABLE = frozenset({"id", "providerCustomers"})


class _Models(Protocol):
    Customer: type[Customer]
    Margin: type[Margin]
    MarginRule: type[MarginRule]
    OfferTypeMargins: type[OfferTypeMargins]
    UpdateAccountInfoRequest: type[UpdateAccountInfoRequest]


class _Generated(NamedTuple):
    get_customer: GeneratedOperation
    update_account_info: GeneratedOperation
    models: _Models
    margin_rule_names: frozenset[str]


@functools.cache
def _generated() -> _Generated:
    """The generated operations and models, imported on the first call rather than with the package.

    They are half of the package's import time (attrs builds their classes), and a program that
    imports the SDK does not always call it (a CLI's --help, a worker that is not scheduled).
    """
    from .._generated import models
    from .._generated.api.customers import get_customer, update_account_info
    from .._generated.models.margin_rule_name import MARGIN_RULE_NAME_VALUES

    return _Generated(get_customer, update_account_info, models, frozenset(MARGIN_RULE_NAME_VALUES))


class _CustomerFields(NamedTuple):
    wire: tuple[str, ...]  # camelCase, in the model's order
    required: tuple[str, ...]


@functools.cache
def _customer_fields() -> _CustomerFields:
    """The Customer model's wire names and required ones, read from the generated model itself."""
    import attrs

    customer = _generated().models.Customer
    fields = [f for f in attrs.fields(customer) if f.init]
    # to_dict() writes one key per field, in field order, when no field is UNSET.
    blank: dict[str, Any] = {f.name: None for f in fields}
    wire = tuple(customer(**blank).to_dict())
    required = tuple(w for w, f in zip(wire, fields, strict=True) if f.default is attrs.NOTHING)
    return _CustomerFields(wire, required)


def _normalised(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def _check_keys(value: Mapping[str, Any], allowed: tuple[str, ...], what: str) -> None:
    """Refuse keys that are not the API's camelCase names, suggesting the right spelling."""
    unknown = [key for key in value if key not in allowed]
    if not unknown:
        return
    by_normalised = {_normalised(name): name for name in allowed}
    described = []
    for key in unknown:
        match = by_normalised.get(_normalised(key)) if isinstance(key, str) else None
        described.append(f"{key!r} (did you mean {match!r}?)" if match else repr(key))
    raise ValueError(
        f"{what}: unknown field(s) {', '.join(described)}; the fields are the API's camelCase names: "
        + ", ".join(allowed)
    )


def _model_from(cls: type[_M], value: _M | Mapping[str, Any], name: str) -> _M:
    """``_checks.model`` (the generated facade's check of a model argument), typed for these two models."""
    result: _M = _checks.model(value, cast(Any, cls), name)
    return result


def _rule_name(value: object) -> Any:
    """A documented margin rule name in any case ("markup", the docs' own example) -> its spelling."""
    if not isinstance(value, str):
        return value
    documented = _generated().margin_rule_names
    if value in documented:
        return value
    return next((name for name in documented if name.lower() == value.strip().lower()), value)


def _margin(value: Margin | Mapping[str, Any], name: str) -> Margin:
    """A Margin whose rule name is sent in the documented spelling, whatever its case."""
    models = _generated().models
    if isinstance(value, Mapping):
        rule = value.get("marginRule")
        if isinstance(rule, Mapping) and "name" in rule:
            value = {**value, "marginRule": {**rule, "name": _rule_name(rule["name"])}}
    elif isinstance(value, models.Margin) and isinstance(value.margin_rule, models.MarginRule):
        canonical = _rule_name(value.margin_rule.name)
        if canonical != value.margin_rule.name:
            import attrs

            value = attrs.evolve(value, margin_rule=attrs.evolve(value.margin_rule, name=canonical))
    return _model_from(models.Margin, value, name)


def _offer_type_margins(
    value: OfferTypeMargins | Mapping[str, Margin | Mapping[str, Any]] | None,
) -> OfferTypeMargins | None:
    offer_type_margins = _generated().models.OfferTypeMargins
    if value is None or isinstance(value, offer_type_margins):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"offer_type_margins must be a mapping or None, got {type(value).__name__}")
    result = offer_type_margins()
    for key, margin in value.items():
        if not isinstance(key, str):
            raise TypeError(f"offer_type_margins: keys must be offer type names (str), got {key!r}")
        result[key] = _margin(margin, f"offer_type_margins[{key!r}]")
    return result


def _customer(value: Customer | Mapping[str, Any]) -> Customer:
    """A Customer from the model or from a mapping with the API's camelCase names (all checked)."""
    if isinstance(value, Mapping):
        fields = _customer_fields()
        _check_keys(value, fields.wire, "customer")
        missing = [name for name in fields.required if name not in value]
        if missing:
            raise ValueError(
                f"customer: missing required field(s) {', '.join(missing)} (the docs mark them required: "
                "send the whole customer, e.g. from get_customer(), or pass changes= instead)"
            )
    return _model_from(_generated().models.Customer, value, "customer")


def _changes(value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(
            f"changes must be a mapping of camelCase field names to values, got {type(value).__name__}"
        )
    fields = _customer_fields()
    allowed = tuple(name for name in fields.wire if name not in _NOT_CHANGEABLE)
    _check_keys(value, allowed, "changes")
    changes = dict(value)
    # Each value's type is checked now, before the read: after it, a wrong one would read as the
    # server's fault. The fields left out are null here (the Customer's required ones are nullable).
    _model_from(_generated().models.Customer, {**dict.fromkeys(fields.required), **changes}, "changes")
    return changes


def _provider_customer_entries(customer: Customer) -> Iterator[tuple[str, ProviderCustomer]]:
    """The customer's providerCustomers entries, as (map key, ProviderCustomer)."""
    entries = getattr(customer.provider_customers, "additional_properties", None)
    if isinstance(entries, dict):
        yield from entries.items()


def _provider_instance_of(key: str, entry: ProviderCustomer) -> UUID | None:
    """The provider instance of an entry: its providerInstanceId, else its map key if that is a
    UUID (the docs do not say what the key is, nor name the providerInstanceId field for sure)."""
    if isinstance(entry.provider_instance_id, UUID):
        return entry.provider_instance_id
    try:
        return UUID(key)
    except (TypeError, ValueError):
        return None


def _find_provider_customer(customer: Customer, instance: UUID) -> ProviderCustomer | None:
    """The provider customer of ``instance``: by its map key or by its providerInstanceId.

    The docs do not say what the providerCustomers key is, nor name the providerInstanceId field
    for sure, so either one identifies it.
    """
    wanted = str(instance).lower()
    for key, entry in _provider_customer_entries(customer):
        if isinstance(key, str) and key.lower() == wanted:
            return entry
        if (
            isinstance(getattr(entry, "provider_instance_id", None), UUID)
            and entry.provider_instance_id == instance
        ):
            return entry
    return None


class Customers(_generated_customers.Customers):
    """The customer operations: ``cc.customers`` (generated), with waiting for a provider customer."""

    @property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, correlation id, parsed value)."""
        return CustomersWithRawResponse(self)

    async def _get(
        self, customer_id: UUID, reseller_id: UUID | None, cid: str, options: Any = None
    ) -> tuple[Customer, httpx.Response]:
        """The customer and the response it came in (a poll reads its Retry-After)."""
        generated = _generated()
        kwargs: dict[str, Any] = {"customer_id": customer_id}
        if reseller_id is not None:
            kwargs["reseller_id"] = reseller_id
        if options is None:
            options = self._client._call_options(None, None)
        response = await self._client._dispatch(generated.get_customer, cid, kwargs, options)
        return _common.parse_model(response, cid, generated.models.Customer, "customer"), response

    async def add_provider_instance(
        self,
        customer_id: UUID | str,
        *,
        provider_instance_id: UUID | str,
        provider_customer_data: ProviderCustomerData,
        margin: Margin | Mapping[str, Any],
        reseller_id: UUID | str | None = None,
        offer_type_margins: OfferTypeMargins | Mapping[str, Margin | Mapping[str, Any]] | None = None,
        correlation_id: UUID | str | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - per call, as in openai-python
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Add a provider instance to a customer (POST .../provider-instances; 201).

        The generated operation, taking typed provider data and margin rule names in any case.

        Args:
            customer_id: the customer (a UUID or a UUID string).
            provider_instance_id: the provider instance to add.
            provider_customer_data: MicrosoftCustomerData for a Microsoft instance, a str holding
                JSON (sent unchanged), a mapping (JSON-encoded), or None (sent as null).
            margin: the price margin, e.g. ``{"marginRule": {"name": "Markup"}, "value": 10}``.
            reseller_id: only for CSPs, to add it on a reseller's relationship with the customer.
            offer_type_margins: offer type name -> margin, overriding ``margin``; None leaves it out.
            correlation_id: the X-Correlation-Id to send (default: a fresh uuid4).
            timeout: seconds for this call, retries included (default: the client's).
            extra_headers: more headers to send with this call.

        Returns:
            The string the API returns in the 201 body (its meaning is not documented).

        Raises:
            ValueError, TypeError: an id that is not a UUID, a margin, offer type margin or
                provider_customer_data that cannot make the documented body (the field named),
                before any I/O.
            APIStatusError: the API's error answer, as its subclass (BadRequestError 400,
                AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
                RateLimitError 429, InternalServerError 5xx), after the retries allowed.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out).
            ResponseValidationError: a 201 whose body is not a JSON string.
        """
        as_uuid(customer_id, "customer_id")  # the first argument is checked first, as everywhere
        as_uuid(provider_instance_id, "provider_instance_id")
        return await super().add_provider_instance(
            customer_id,
            provider_instance_id=provider_instance_id,
            provider_customer_data=encode_provider_customer_data(provider_customer_data),
            margin=_margin(margin, "margin"),
            reseller_id=reseller_id,
            offer_type_margins=_offer_type_margins(offer_type_margins),
            correlation_id=correlation_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update_account_info(
        self,
        customer_id: UUID | str,
        *,
        customer: Customer | Mapping[str, Any] | None = None,
        retry_failed_provider_customers_from_company_info: bool | None = False,
        changes: Mapping[str, Any] | None = None,
        correlation_id: UUID | str | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - per call, as in openai-python
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a customer's account info (PATCH .../account-info; 202).

        Give exactly one of ``customer`` and ``changes``.

        Args:
            customer_id: the customer (a UUID or a UUID string).
            customer: the whole Customer (the docs mark 11 fields required), as the model or as a
                mapping with the API's camelCase names. Fields left UNSET are omitted; fields set
                to None are sent as null.
            retry_failed_provider_customers_from_company_info: also retry every provider customer
                that failed because of invalid company info (sent as given; None leaves it out).
            changes: camelCase field names and their new values, e.g. ``{"firstName": "Ada"}``:
                the SDK reads the customer (get_customer, same correlation id), applies the changes
                and sends the whole customer. A change made by someone else between the read and
                the PATCH is overwritten (the API offers no way to detect it).
            correlation_id: the X-Correlation-Id to send (default: a fresh uuid4).
            timeout: seconds for each of the calls, retries included (default: the client's).
            extra_headers: more headers to send with the calls.

        Returns:
            None (the API answers 202).

        Raises:
            ValueError, TypeError: an id that is not a UUID, both or neither of customer and
                changes, an unknown or missing field (named, with its camelCase spelling), before
                any I/O.
            APIStatusError: the API's error answer, as its subclass (BadRequestError 400,
                AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
                RateLimitError 429, InternalServerError 5xx), after the retries allowed.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out).
        """
        target = as_uuid(customer_id, "customer_id")
        flag = retry_failed_provider_customers_from_company_info
        if flag is not None and not isinstance(flag, bool):
            raise TypeError("retry_failed_provider_customers_from_company_info must be a bool")
        if (customer is None) == (changes is None):
            raise ValueError(
                "give exactly one of customer= (the whole customer) and changes= (the fields to change)"
            )
        update = _changes(changes) if changes is not None else None
        whole = _customer(customer) if customer is not None else None
        cid = _common.correlation_id(correlation_id)
        options = self._client._call_options(timeout, extra_headers)
        generated = _generated()
        if update is not None:
            current, response = await self._get(target, None, cid, options)
            whole = _common.model(
                generated.models.Customer.from_dict,
                {**current.to_dict(), **update},
                response,
                cid,
                "customer with changes",
            )
            try:  # what the read gave must go back as JSON (inf in an undocumented field cannot)
                json_text(whole.to_dict(), "customer")
            except ValueError as exc:
                raise ResponseValidationError(str(exc), response=response, correlation_id=cid) from None
        assert whole is not None
        body = generated.models.UpdateAccountInfoRequest(customer=whole)
        if flag is not None:
            body.retry_failed_provider_customers_from_company_info = flag
        await self._client._dispatch(
            generated.update_account_info, cid, {"customer_id": target, "body": body}, options
        )

    async def wait_for_provider_customer(
        self,
        customer_id: UUID | str,
        provider_instance_id: UUID | str,
        *,
        timeout: float = _constants.DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 (the wait's own budget, not a call's)
        interval: float = _constants.DEFAULT_WAIT_INTERVAL,
        reseller_id: UUID | str | None = None,
        correlation_id: UUID | str | None = None,
    ) -> ProviderCustomer:
        """Wait until the customer's provider customer on that instance is created on the provider.

        Reads the customer (get_customer) until the provider customer has a providerCustomerId,
        which the docs say is set only once the customer is created on the provider. The pause
        between reads starts at ``interval`` and grows 1.5x per read up to 30 s (never below
        ``interval``); a Retry-After on a read, or on a 429/503 answer, lengthens it. Other
        errors are raised at once. Cancel it like any other call.

        Args:
            timeout: seconds to wait in total (default 300).
            interval: the first pause between two reads, in seconds (default 2).

        Returns:
            The ProviderCustomer, with its provider_customer_id.

        Raises:
            ValueError: an id that is not a UUID, or a correlation id that cannot be a header,
                before any I/O.
            APIStatusError: the API's error answer, as its subclass (BadRequestError 400,
                AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
                RateLimitError 429, InternalServerError 5xx), after the retries allowed.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out).
            WaitTimeoutError: the time ran out; ``last_state`` is the last ProviderCustomer seen
                (None if the customer had none on that instance). A provider customer whose
                creation failed stays without an id, so it ends here too.
        """
        target = as_uuid(customer_id, "customer_id")
        instance = as_uuid(provider_instance_id, "provider_instance_id")
        reseller = None if reseller_id is None else as_uuid(reseller_id, "reseller_id")
        cid = _common.correlation_id(correlation_id)

        async def read() -> tuple[ProviderCustomer | None, httpx.Response]:
            customer, response = await self._get(target, reseller, cid)
            return _find_provider_customer(customer, instance), response

        def outcome(state: ProviderCustomer | None) -> ProviderCustomer | None:
            if (
                state is not None
                and isinstance(state.provider_customer_id, str)
                and state.provider_customer_id
            ):
                return state
            return None

        def describe(last: ProviderCustomer | None) -> str:
            state = "has no provider customer on that instance" if last is None else "is not created yet"
            return f"customer {target}: the provider customer of instance {instance} {state}"

        return await Poll(
            read, outcome, describe, timeout=timeout, interval=interval, correlation_id=cid
        ).run()


class CustomersWithRawResponse(_generated_customers.CustomersWithRawResponse):
    """``cc.customers.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: Customers) -> None:
        super().__init__(resource)
        self.add_provider_instance = _common.raw(resource.add_provider_instance)
        self.update_account_info = _common.raw(resource.update_account_info)
        self.wait_for_provider_customer = _common.raw(resource.wait_for_provider_customer)


class SyncCustomers(_generated_customers.SyncCustomers):
    """``cc.customers`` on SyncCloudCockpit: the methods of Customers, blocking."""

    _resource: Customers

    @property
    def with_raw_response(self) -> SyncCustomersWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, correlation id, parsed value)."""
        return SyncCustomersWithRawResponse(self._portal, self._resource.with_raw_response)

    def add_provider_instance(
        self,
        customer_id: UUID | str,
        *,
        provider_instance_id: UUID | str,
        provider_customer_data: ProviderCustomerData,
        margin: Margin | Mapping[str, Any],
        reseller_id: UUID | str | None = None,
        offer_type_margins: OfferTypeMargins | Mapping[str, Margin | Mapping[str, Any]] | None = None,
        correlation_id: UUID | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        return self._call(
            self._resource.add_provider_instance,
            customer_id,
            provider_instance_id=provider_instance_id,
            provider_customer_data=provider_customer_data,
            margin=margin,
            reseller_id=reseller_id,
            offer_type_margins=offer_type_margins,
            correlation_id=correlation_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_account_info(
        self,
        customer_id: UUID | str,
        *,
        customer: Customer | Mapping[str, Any] | None = None,
        retry_failed_provider_customers_from_company_info: bool | None = False,
        changes: Mapping[str, Any] | None = None,
        correlation_id: UUID | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        return self._call(
            self._resource.update_account_info,
            customer_id,
            customer=customer,
            retry_failed_provider_customers_from_company_info=retry_failed_provider_customers_from_company_info,
            changes=changes,
            correlation_id=correlation_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def wait_for_provider_customer(
        self,
        customer_id: UUID | str,
        provider_instance_id: UUID | str,
        *,
        timeout: float = _constants.DEFAULT_WAIT_TIMEOUT,
        interval: float = _constants.DEFAULT_WAIT_INTERVAL,
        reseller_id: UUID | str | None = None,
        correlation_id: UUID | str | None = None,
    ) -> ProviderCustomer:
        return self._call(
            self._resource.wait_for_provider_customer,
            customer_id,
            provider_instance_id,
            timeout=timeout,
            interval=interval,
            reseller_id=reseller_id,
            correlation_id=correlation_id,
        )


# The sync methods are documented as their async twins are (help() shows the same text).
for _name in ("add_provider_instance", "update_account_info", "wait_for_provider_customer"):
    getattr(SyncCustomers, _name).__doc__ = getattr(Customers, _name).__doc__


class SyncCustomersWithRawResponse(_generated_customers.SyncCustomersWithRawResponse):
    """``cc.customers.with_raw_response`` on SyncCloudCockpit."""

    def __init__(self, portal: _common.Portal, raw: CustomersWithRawResponse) -> None:
        super().__init__(portal, raw)
        self.add_provider_instance = _common.sync_raw(portal, raw.add_provider_instance)
        self.update_account_info = _common.sync_raw(portal, raw.update_account_info)
        self.wait_for_provider_customer = _common.sync_raw(portal, raw.wait_for_provider_customer)
