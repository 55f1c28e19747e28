"""``cc.customers``: every operation of the Customers tag, plus waiting for a provider customer."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar
from uuid import UUID

import anyio
import httpx

from .. import _constants
from .._validation import as_uuid
from ..errors import APIStatusError, ResponseValidationError, WaitTimeoutError, decode_json
from ..pagination import AsyncPaginator, Page
from ..providers import ProviderCustomerData, encode_provider_customer_data
from ..retries import parse_retry_after
from . import _common
from ._common import GeneratedOperation, Resource

if TYPE_CHECKING:
    from .._generated.models import (
        AddProviderInstanceRequest,
        Customer,
        CustomerPage,
        Margin,
        MarginRule,
        OfferTypeMargins,
        ProviderCustomer,
        UpdateAccountInfoRequest,
    )
    from .._generated.types import Unset

__all__ = ["Customers"]

_M = TypeVar("_M", "Margin", "Customer")

# Read-only state of a customer: not something `changes=` can set.
_NOT_CHANGEABLE = frozenset({"id", "providerCustomers"})


class _Models(Protocol):
    AddProviderInstanceRequest: type[AddProviderInstanceRequest]
    Customer: type[Customer]
    CustomerPage: type[CustomerPage]
    Margin: type[Margin]
    MarginRule: type[MarginRule]
    OfferTypeMargins: type[OfferTypeMargins]
    UpdateAccountInfoRequest: type[UpdateAccountInfoRequest]


class _Generated(NamedTuple):
    add_provider_instance: GeneratedOperation
    get_customer: GeneratedOperation
    list_customers: GeneratedOperation
    retry_provider_customer: GeneratedOperation
    update_account_info: GeneratedOperation
    models: _Models
    UNSET: Unset
    margin_rule_names: frozenset[str]


@functools.cache
def _generated() -> _Generated:
    """The generated operations and models, imported on the first call rather than with the package.

    They are half of the package's import time (attrs builds their classes), and a program that
    imports the SDK does not always call it (a CLI's --help, a worker that is not scheduled).
    """
    from .._generated import models
    from .._generated.api.customers import (
        add_provider_instance,
        get_customer,
        list_customers,
        retry_provider_customer,
        update_account_info,
    )
    from .._generated.models.margin_rule_name import MARGIN_RULE_NAME_VALUES
    from .._generated.types import UNSET

    return _Generated(
        add_provider_instance,
        get_customer,
        list_customers,
        retry_provider_customer,
        update_account_info,
        models,
        UNSET,
        frozenset(MARGIN_RULE_NAME_VALUES),
    )


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
    """``value`` if it already is the generated model, else ``cls.from_dict(value)`` with a clear error."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(value)
        except KeyError as exc:
            raise ValueError(f"{name}: missing required field {exc.args[0]!r}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{name}: {exc}") from None
    raise TypeError(f"{name} must be a {cls.__name__} or a mapping, got {type(value).__name__}")


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
    allowed = tuple(name for name in _customer_fields().wire if name not in _NOT_CHANGEABLE)
    _check_keys(value, allowed, "changes")
    return dict(value)


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


def _positive_seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds > 0, got {value!r}")
    return float(value)


class Customers(Resource):
    """The customer operations: ``cc.customers``."""

    async def get_customer(
        self,
        customer_id: UUID | str,
        *,
        reseller_id: UUID | str | None = None,
        correlation_id: UUID | str | None = None,
    ) -> Customer:
        """Retrieve a customer with its provider customers (GET /v1/Customers/{customerId}; 200).

        Args:
            reseller_id: scope the customer info to its relation with this reseller
                (PermissionDeniedError when there is none).

        Returns:
            The Customer. Fields the API sends that the spec does not know are kept in
            ``additional_properties``, so the customer can be sent back to update_account_info
            unchanged.

        Raises:
            ValueError: an id that is not a UUID, or a correlation id that cannot be a header,
                before any I/O.
            APIStatusError: the API's error answer, as its subclass (BadRequestError 400,
                AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
                RateLimitError 429, InternalServerError 5xx), after the retries allowed.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out).
            ResponseValidationError: a 200 whose body is not a customer.
        """
        target = as_uuid(customer_id, "customer_id")
        reseller = None if reseller_id is None else as_uuid(reseller_id, "reseller_id")
        customer, _ = await self._get(target, reseller, _common.correlation_id(correlation_id))
        return customer

    async def _get(
        self, customer_id: UUID, reseller_id: UUID | None, cid: str
    ) -> tuple[Customer, httpx.Response]:
        generated = _generated()
        reseller = generated.UNSET if reseller_id is None else reseller_id
        response = await self._client._send(generated.get_customer, cid, customer_id, reseller_id=reseller)
        body = _common.json_object(response, cid)
        return _common.model(generated.models.Customer.from_dict, body, response, cid, "customer"), response

    def list_customers(
        self,
        *,
        page_size: int | None = None,
        page_number: int = 1,
        reseller_id: UUID | str | None = None,
        correlation_id: UUID | str | None = None,
    ) -> AsyncPaginator[Customer]:
        """Every customer, page by page (GET /v1/Customers; 200), sorted by company name.

        Not a coroutine: ``async for customer in cc.customers.list_customers(page_size=2000)``, or
        ``async for page in ....pages()`` for the pages and their totals, or ``await`` it for the
        first page. See cloudcockpit_client.pagination.

        Args:
            page_size: customers per request (the API allows 1 to 2000; its default is 25).
            page_number: the page to start from (1 is the first).
            reseller_id: only the customers that have a relation with this reseller.
            correlation_id: sent on every page request of the walk (default: one fresh id per walk).

        Returns:
            An AsyncPaginator of Customer (on SyncCloudCockpit, a SyncPaginator). No request is
            made until it is iterated or awaited.

        Raises:
            ValueError, TypeError: a page_size, page_number or id the API could not take, at once.
            The page requests raise what get_customer raises (a page that is not a page of
            customers: ResponseValidationError naming the item).

        The docs' search, sort and include-deleted parameters are not offered: their wire names are
        not documented.
        """
        size = _common.page_size(page_size)
        first = _common.page_number(page_number)
        reseller = None if reseller_id is None else as_uuid(reseller_id, "reseller_id")
        cid = _common.correlation_id(correlation_id)

        async def fetch(number: int) -> Page[Customer]:
            generated = _generated()
            response = await self._client._send(
                generated.list_customers,
                cid,
                page_number=number,
                page_size=size,
                reseller_id=generated.UNSET if reseller is None else reseller,
            )
            return _common.page(
                response,
                cid,
                page_from_dict=generated.models.CustomerPage.from_dict,
                item_from_dict=generated.models.Customer.from_dict,
                number=number,
                size=size,
            )

        return AsyncPaginator(fetch, first_page=first)

    async def retry_provider_customer(
        self,
        customer_id: UUID | str,
        provider_instance_id: UUID | str,
        *,
        correlation_id: UUID | str | None = None,
    ) -> None:
        """Retry the creation of a failed provider customer (POST .../provider-customers/{id}; 204).

        The provider customer must be in the failed status, otherwise the API answers with an
        error (BadRequestError). Not retried on ambiguous failures: it is a POST. The creation
        itself is asynchronous: wait_for_provider_customer() waits for its outcome.

        Args:
            customer_id: the customer (a UUID or a UUID string).
            provider_instance_id: the provider instance the provider customer is on.
            correlation_id: the X-Correlation-Id to send (default: a fresh uuid4).

        Returns:
            None (the API answers 204).

        Raises:
            ValueError: an id that is not a UUID, or a correlation id that cannot be a header,
                before any I/O.
            APIStatusError: the API's error answer, as its subclass (BadRequestError 400,
                AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
                RateLimitError 429, InternalServerError 5xx), after the retries allowed.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out).
        """
        customer = as_uuid(customer_id, "customer_id")
        instance = as_uuid(provider_instance_id, "provider_instance_id")
        cid = _common.correlation_id(correlation_id)
        await self._client._send(_generated().retry_provider_customer, cid, customer, instance)

    async def add_provider_instance(
        self,
        customer_id: UUID | str,
        *,
        provider_instance_id: UUID | str,
        provider_customer_data: ProviderCustomerData,
        margin: Margin | Mapping[str, Any],
        offer_type_margins: OfferTypeMargins | Mapping[str, Margin | Mapping[str, Any]] | None = None,
        reseller_id: UUID | str | None = None,
        correlation_id: UUID | str | None = None,
    ) -> str:
        """Add a provider instance to a customer (POST .../provider-instances; 201).

        Args:
            provider_customer_data: MicrosoftCustomerData for a Microsoft instance, a str holding
                JSON (sent unchanged), a mapping (JSON-encoded), or None (sent as null).
            margin: the price margin, e.g. ``{"marginRule": {"name": "Markup"}, "value": 10}``.
            offer_type_margins: offer type name -> margin, overriding ``margin``; None leaves it out.
            reseller_id: only for CSPs, to add it on a reseller's relationship with the customer.

        Returns:
            The string the API returns in the 201 body (its meaning is not documented).

        Raises:
            ValueError: an id that is not a UUID, or a correlation id that cannot be a header,
                before any I/O.
            APIStatusError: the API's error answer, as its subclass (BadRequestError 400,
                AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
                RateLimitError 429, InternalServerError 5xx), after the retries allowed.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out).
            ValueError, TypeError: also a margin, offer type margin or provider_customer_data that
                cannot make the documented body (the field named), before any I/O.
            ResponseValidationError: a 201 whose body is not a JSON string.
        """
        customer = as_uuid(customer_id, "customer_id")
        generated = _generated()
        body = generated.models.AddProviderInstanceRequest(
            provider_instance_id=as_uuid(provider_instance_id, "provider_instance_id"),
            provider_customer_data=encode_provider_customer_data(provider_customer_data),
            margin=_margin(margin, "margin"),
        )
        otm = _offer_type_margins(offer_type_margins)
        if otm is not None:
            body.offer_type_margins = otm
        reseller = generated.UNSET if reseller_id is None else as_uuid(reseller_id, "reseller_id")
        cid = _common.correlation_id(correlation_id)
        response = await self._client._send(
            generated.add_provider_instance, cid, customer, body=body, reseller_id=reseller
        )
        return _created_string(response, cid)

    async def update_account_info(
        self,
        customer_id: UUID | str,
        *,
        customer: Customer | Mapping[str, Any] | None = None,
        changes: Mapping[str, Any] | None = None,
        retry_failed_provider_customers_from_company_info: bool = False,
        correlation_id: UUID | str | None = None,
    ) -> None:
        """Update a customer's account info (PATCH .../account-info; 202).

        Give exactly one of ``customer`` and ``changes``.

        Args:
            customer: the whole Customer (the docs mark 11 fields required), as the model or as a
                mapping with the API's camelCase names. Fields left UNSET are omitted; fields set
                to None are sent as null.
            changes: camelCase field names and their new values, e.g. ``{"firstName": "Ada"}``:
                the SDK reads the customer (get_customer, same correlation id), applies the changes
                and sends the whole customer. A change made by someone else between the read and
                the PATCH is overwritten (the API offers no way to detect it).
            retry_failed_provider_customers_from_company_info: also retry every provider customer
                that failed because of invalid company info.

        Returns:
            None (the API answers 202).

        Raises:
            ValueError: an id that is not a UUID, or a correlation id that cannot be a header,
                before any I/O.
            APIStatusError: the API's error answer, as its subclass (BadRequestError 400,
                AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
                RateLimitError 429, InternalServerError 5xx), after the retries allowed.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out).
            ValueError, TypeError: also both or neither of customer and changes, an unknown or
                missing field (named, with its camelCase spelling), before any I/O.
        """
        target = as_uuid(customer_id, "customer_id")
        if not isinstance(retry_failed_provider_customers_from_company_info, bool):
            raise TypeError("retry_failed_provider_customers_from_company_info must be a bool")
        if (customer is None) == (changes is None):
            raise ValueError(
                "give exactly one of customer= (the whole customer) and changes= (the fields to change)"
            )
        update = _changes(changes) if changes is not None else None
        whole = _customer(customer) if customer is not None else None
        cid = _common.correlation_id(correlation_id)
        generated = _generated()
        if update is not None:
            current, response = await self._get(target, None, cid)
            whole = _common.model(
                generated.models.Customer.from_dict,
                {**current.to_dict(), **update},
                response,
                cid,
                "customer with changes",
            )
        assert whole is not None
        body = generated.models.UpdateAccountInfoRequest(
            customer=whole,
            retry_failed_provider_customers_from_company_info=retry_failed_provider_customers_from_company_info,
        )
        await self._client._send(generated.update_account_info, cid, target, body=body)

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
        total = _positive_seconds(timeout, "timeout")
        pause = _positive_seconds(interval, "interval")
        longest = max(pause, _constants.MAX_WAIT_INTERVAL)
        cid = _common.correlation_id(correlation_id)
        polls = 0
        last: ProviderCustomer | None = None
        with anyio.move_on_after(total):
            while True:
                try:
                    customer, response = await self._get(target, reseller, cid)
                except APIStatusError as exc:
                    if exc.status_code not in (429, 503):
                        raise
                    response = exc.response  # the server said "not now": keep waiting, as it says
                else:
                    last = _find_provider_customer(customer, instance)
                    if (
                        last is not None
                        and isinstance(last.provider_customer_id, str)
                        and last.provider_customer_id
                    ):
                        return last
                finally:
                    polls += 1
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                await anyio.sleep(max(pause, retry_after or 0.0))
                pause = min(pause * _constants.WAIT_INTERVAL_GROWTH, longest)
        state = "has no provider customer on that instance" if last is None else "is not created yet"
        raise WaitTimeoutError(
            f"customer {target}: the provider customer of instance {instance} {state}",
            last_state=last,
            polls=polls,
            timeout=total,
            correlation_id=cid,
        )


def _created_string(response: httpx.Response, correlation_id: str) -> str:
    """The 201 body of add_provider_instance: a JSON string (or, from text/plain, the text)."""
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type == "text/plain":
        # ASP.NET serialises a string result as text/plain when content negotiation allows it.
        try:
            return response.content.decode(response.encoding or "utf-8")
        except (UnicodeDecodeError, LookupError):
            pass
    else:
        ok, value = decode_json(response.content)
        if ok and isinstance(value, str):
            return value
    raise ResponseValidationError(
        f"expected a JSON string in the {response.status_code} body, got {_common.describe_body(response)}",
        response=response,
        correlation_id=correlation_id,
    )
