"""FakeCloudCockpit: an in-memory CloudCockpit for tests and the demo.

This module holds its state and its seeding and inspection API, and plays the provider side
(creating provider customers, at once or after ``creation_delay``). The HTTP layer is in
``_http.py``, the operations in one module per API tag (``_customers.py``,
``_provider_instances.py``), the validation rules in ``_rules.py``. It plugs into the SDK as an
in-process httpx transport (``fake.transport()``) or is served as an ASGI app (``fake.asgi_app()``,
``python -m cloudcockpit_client.testing``).

Where the docs are silent, the choices are listed in the README ("Choices the double makes").
"""

from __future__ import annotations

import copy
import json
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal

import httpx

from . import _http, _rules
from ._audit import AuditState
from ._invoices import InvoicesState
from ._orders import OrdersState
from ._resellers import ResellersState
from ._state import (
    INVALID_COMPANY_INFO,
    Fault,
    Instance,
    License,
    PortalUser,
    ProviderCustomerState,
    RecordedRequest,
    Relationship,
    Status,
    Token,
)
from ._subscriptions import SubscriptionsState
from ._wire import Response

__all__ = ["FakeCloudCockpit", "Fault", "ProviderCustomerState", "RecordedRequest"]


class FakeCloudCockpit(SubscriptionsState, OrdersState, InvoicesState, ResellersState, AuditState):
    """An in-memory CloudCockpit that behaves like the documented API.

    Example::

        fake = FakeCloudCockpit()
        fake.add_tenant("portal.example.com")
        token = fake.issue_token("portal.example.com", role="csp")
        customer_id = fake.add_customer("portal.example.com", {...camelCase Customer fields...})
        instance_id = fake.add_provider_instance("portal.example.com", provider="microsoft", alias="MS")
        async with CloudCockpit("portal.example.com", token=token, transport=fake.transport()) as cc:
            ...
        fake.provider_customer(customer_id, instance_id).status   # "created" / "failed" / "pending"

    Args:
        auto_create: True (default) creates provider customers at once (created or failed);
            False leaves them "pending" until ``process_pending()``.
        creation_delay: seconds a provider customer stays "pending" before its creation completes
            (0: at once). Makes waiting (wait_for_provider_customer) testable without long sleeps.
    """

    def __init__(self, *, auto_create: bool = True, creation_delay: float = 0.0) -> None:
        if creation_delay < 0:
            raise ValueError("creation_delay must be >= 0 seconds")
        self.auto_create = auto_create
        self.creation_delay = creation_delay
        self.reset()

    def reset(self) -> None:
        """Forget all state: tenants, tokens, API clients, customers and everything they hold, the
        recorded requests and the faults (the admin API's POST /__cloudcockpit/reset)."""
        self.tenants: set[str] = set()
        self.requests: list[RecordedRequest] = []
        self.faults: list[Fault] = []
        self._tokens: dict[str, Token] = {}
        self._clients: dict[str, tuple[str, str, Literal["csp", "reseller"], uuid.UUID | None]] = {}
        self._customers: dict[uuid.UUID, tuple[str, dict[str, Any]]] = {}
        self._instances: dict[uuid.UUID, Instance] = {}
        self._provider_customers: dict[tuple[uuid.UUID, uuid.UUID], ProviderCustomerState] = {}
        self._licenses: dict[tuple[uuid.UUID, uuid.UUID], list[License]] = {}
        self._agreements: dict[tuple[uuid.UUID, uuid.UUID], dict[str, Any]] = {}
        self._qualifications: dict[tuple[uuid.UUID, uuid.UUID], dict[str, Any]] = {}
        self._domains: dict[str, set[str]] = {}
        self._relationships: dict[str, Relationship] = {}
        self._mca: dict[tuple[uuid.UUID, uuid.UUID], str] = {}
        self._portal_users: dict[tuple[str, str], PortalUser] = {}
        self._groups: dict[str, dict[uuid.UUID, str]] = {}
        self._tenant_users: dict[tuple[uuid.UUID, uuid.UUID], dict[uuid.UUID, dict[str, Any]]] = {}
        #: The security group the portal links access assignments to (its Azure AD object id).
        self.security_group = str(uuid.uuid4())
        #: The roles a relationship gets when it is created without customSelectedGdapRolesIds.
        self.default_gdap_roles = [
            "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
            "729827e3-9c14-49f7-bb1b-9608f156bbb8",
        ]
        self.token_requests = 0
        # The state of the part-2 tags, one mixin each (_subscriptions.py, _orders.py, ...).
        self._reset_subscriptions()
        self._reset_orders()
        self._reset_invoices()
        self._reset_resellers()
        self._reset_audit()

    # ----------------------------------------------------------------- seeding and inspection

    def add_tenant(self, domain: str) -> str:
        """Register a tenant (the X-Tenant domain)."""
        self.tenants.add(domain.lower())
        return domain

    def _tenant(self, domain: str) -> str:
        if domain.lower() not in self.tenants:
            raise KeyError(f"unknown tenant {domain!r}: call add_tenant() first")
        return domain.lower()

    def issue_token(
        self,
        tenant: str,
        *,
        role: Literal["csp", "reseller"] = "csp",
        reseller_id: uuid.UUID | str | None = None,
        expires_in: float = 3600.0,
        token: str | None = None,
    ) -> str:
        """A bearer token for ``tenant`` with a role; ``role="reseller"`` needs ``reseller_id``.

        ``token`` fixes the value (for a served double whose clients are configured ahead).
        """
        tenant = self._tenant(tenant)
        if role not in ("csp", "reseller"):
            raise ValueError("role must be 'csp' or 'reseller'")
        rid = uuid.UUID(str(reseller_id)) if reseller_id is not None else None
        if role == "reseller" and rid is None:
            raise ValueError("a reseller token needs reseller_id=")
        token = token or "fake." + secrets.token_urlsafe(24)
        self._tokens[token] = Token(tenant, role, rid, time.monotonic() + expires_in)
        return token

    def expire_token(self, token: str) -> None:
        """Make ``token`` expired: the next request with it gets a 401."""
        self._tokens[token].expires_at = 0.0

    def add_api_client(
        self,
        tenant: str,
        client_id: str,
        client_secret: str,
        *,
        role: Literal["csp", "reseller"] = "csp",
        reseller_id: uuid.UUID | str | None = None,
    ) -> None:
        """An "API Access" whose client credentials the double's token endpoint accepts."""
        rid = uuid.UUID(str(reseller_id)) if reseller_id is not None else None
        self._clients[client_id] = (self._tenant(tenant), client_secret, role, rid)

    def add_customer(
        self,
        tenant: str,
        fields: Mapping[str, Any],
        *,
        customer_id: uuid.UUID | str | None = None,
    ) -> uuid.UUID:
        """Seed a customer from camelCase Customer fields (not validated: seed bad data on purpose)."""
        tenant = self._tenant(tenant)
        cid = uuid.UUID(str(customer_id)) if customer_id is not None else uuid.uuid4()
        data: dict[str, Any] = {name: None for name in _rules.CUSTOMER_STRING_FIELDS}
        data.update({"resellerId": None, "providerCustomers": None, "customerAssociations": None})
        data.update(copy.deepcopy(dict(fields)))
        data["id"] = str(cid)
        self._customers[cid] = (tenant, data)
        return cid

    def customer(self, customer_id: uuid.UUID | str) -> dict[str, Any]:
        """A copy of the customer as the double holds it, with its provider customers.

        Unlike what GET sends, each provider customer also shows its ``status`` and its margin as
        it was received.
        """
        cid = uuid.UUID(str(customer_id))
        data = self._customer_view(cid)
        for key, entry in (data["providerCustomers"] or {}).items():
            state = self._provider_customers[(cid, uuid.UUID(key))]
            entry.update(margin=copy.deepcopy(state.margin), status=state.status)
        return data

    def add_provider_instance(
        self,
        tenant: str,
        *,
        provider: str = "microsoft",
        alias: str = "Microsoft",
        instance_id: uuid.UUID | str | None = None,
    ) -> uuid.UUID:
        """Seed a provider instance of ``provider`` ("microsoft" or any other name)."""
        iid = uuid.UUID(str(instance_id)) if instance_id is not None else uuid.uuid4()
        self._instances[iid] = Instance(self._tenant(tenant), provider.lower(), alias)
        return iid

    def add_provider_customer(
        self,
        customer_id: uuid.UUID | str,
        instance_id: uuid.UUID | str,
        *,
        status: Status = "failed",
        failure_reason: str | None = None,
    ) -> ProviderCustomerState:
        """Seed a provider customer in a given status."""
        cid, iid = uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id))
        state = ProviderCustomerState(cid, iid, status, failure_reason=failure_reason)
        if status == "created":
            state.provider_customer_id = str(uuid.uuid4())
        self._provider_customers[(cid, iid)] = state
        return state

    def add_license(
        self,
        customer_id: uuid.UUID | str,
        instance_id: uuid.UUID | str,
        *,
        sku_id: str,
        name: str,
        total: int = 1,
        consumed: int = 0,
        suspended: int = 0,
        is_selected: bool = False,
    ) -> License:
        """Seed a license of a customer on a (Microsoft) provider instance, for list_licenses."""
        license_ = License(sku_id, name, total, consumed, suspended, is_selected)
        key = (uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id)))
        self._licenses.setdefault(key, []).append(license_)
        return license_

    def add_relationship(
        self,
        tenant: str,
        customer_id: uuid.UUID | str | None,
        instance_id: uuid.UUID | str,
        *,
        display_name: str | None = "GDAP",
        auto_extend: bool = False,
        roles: list[str] | None = None,
        status: str = "Active",
        relationship_id: str | None = None,
    ) -> Relationship:
        """Seed a GDAP relationship (of a customer, or of none: as the create operation makes them)."""
        now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        relationship = Relationship(
            relationship_id or f"{uuid.uuid4()}-{uuid.uuid4()}",
            self._tenant(tenant),
            None if customer_id is None else uuid.UUID(str(customer_id)),
            uuid.UUID(str(instance_id)),
            display_name,
            auto_extend,
            list(self.default_gdap_roles if roles is None else roles),
            status,
            now,
            now,
        )
        self._relationships[relationship.id] = relationship
        return relationship

    def add_portal_user(
        self,
        tenant: str,
        *,
        email: str,
        first_name: str | None = None,
        last_name: str | None = None,
        role: str | None = None,
        customer_id: uuid.UUID | str | None = None,
        reseller_id: uuid.UUID | str | None = None,
    ) -> PortalUser:
        """Seed a user of the portal (a CSP user; with reseller_id a reseller's, with customer_id a
        customer's)."""
        user = PortalUser(
            uuid.uuid4(),
            email,
            first_name,
            last_name,
            role,
            customer_id=None if customer_id is None else uuid.UUID(str(customer_id)),
            reseller_id=None if reseller_id is None else uuid.UUID(str(reseller_id)),
        )
        self._portal_users[(self._tenant(tenant), email.strip().lower())] = user
        return user

    def portal_user(self, tenant: str, email: str) -> PortalUser:
        """A portal user by email (deleted ones too: ``.deleted``); KeyError if unknown."""
        return self._portal_users[(self._tenant(tenant), email.strip().lower())]

    def add_group(self, tenant: str, name: str) -> uuid.UUID:
        """Seed a group of the portal's users; returns its id."""
        gid = uuid.uuid4()
        self._groups.setdefault(self._tenant(tenant), {})[gid] = name
        return gid

    def add_tenant_user(
        self,
        customer_id: uuid.UUID | str,
        instance_id: uuid.UUID | str,
        *,
        display_name: str,
        email: str,
        domain: str,
        location: str = "PT",
        first_name: str | None = None,
        last_name: str | None = None,
    ) -> uuid.UUID:
        """Seed a user of a customer's Microsoft tenant (on a Microsoft provider instance)."""
        uid = uuid.uuid4()
        key = (uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id)))
        self._tenant_users.setdefault(key, {})[uid] = {
            "id": str(uid),
            "displayName": display_name,
            "email": email,
            "firstName": first_name,
            "lastName": last_name,
            "location": location,
            "temporaryPassword": None,
            "domain": domain,
        }
        return uid

    def tenant_user(
        self, customer_id: uuid.UUID | str, instance_id: uuid.UUID | str, user_id: uuid.UUID | str
    ) -> dict[str, Any]:
        """A Microsoft tenant user as the double holds it (its licenses included); KeyError if unknown."""
        key = (uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id)))
        return copy.deepcopy(self._tenant_users[key][uuid.UUID(str(user_id))])

    def set_mca_status(self, customer_id: uuid.UUID | str, instance_id: uuid.UUID | str, status: str) -> None:
        """Seed the MCA status of (customer, Microsoft provider instance): Required, LinkGenerated,
        CustomerAccepted, LinkExpired or AgreementCreated."""
        self._mca[(uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id)))] = status

    def _mca_status(self, customer_id: uuid.UUID, instance_id: uuid.UUID) -> str:
        if (customer_id, instance_id) in self._mca:
            return self._mca[(customer_id, instance_id)]
        return "AgreementCreated" if (customer_id, instance_id) in self._agreements else "Required"

    def relationship(self, relationship_id: str) -> Relationship:
        """A GDAP relationship (its status, roles and access assignments); KeyError if unknown."""
        return self._relationships[relationship_id]

    def add_taken_domain(self, tenant: str, domain: str) -> None:
        """A Microsoft domain that exists already: validate_domain answers false for it (as it does for
        a domain in a provider customer's data)."""
        self._domains.setdefault(self._tenant(tenant), set()).add(domain.strip().lower())

    def agreement(self, customer_id: uuid.UUID | str, instance_id: uuid.UUID | str) -> dict[str, Any] | None:
        """The Microsoft customer agreement last sent for (customer, provider instance), or None."""
        return self._agreements.get((uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id))))

    def qualification(
        self, customer_id: uuid.UUID | str, instance_id: uuid.UUID | str
    ) -> dict[str, Any] | None:
        """The Microsoft qualification last sent for (customer, provider instance), or None."""
        return self._qualifications.get((uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id))))

    def _taken_domains(self, tenant: str) -> set[str]:
        taken = set(self._domains.get(tenant, ()))
        for (cid, _), state in self._provider_customers.items():
            entry = self._customers.get(cid)
            if entry is None or entry[0] != tenant or not state.provider_customer_data:
                continue
            try:
                data = json.loads(state.provider_customer_data)
            except ValueError:
                continue
            domain = data.get("Domain") if isinstance(data, dict) else None
            if isinstance(domain, str):
                taken.add(domain.strip().lower())
        return taken

    def provider_customer(
        self, customer_id: uuid.UUID | str, instance_id: uuid.UUID | str
    ) -> ProviderCustomerState:
        """The provider customer of (customer, provider instance); KeyError if there is none."""
        return self._provider_customers[(uuid.UUID(str(customer_id)), uuid.UUID(str(instance_id)))]

    def process_pending(self) -> None:
        """Run creation for every pending provider customer (with ``auto_create=False``)."""
        for state in self._provider_customers.values():
            if state.status == "pending":
                self._create_on_provider(state)
        for relationship in self._relationships.values():  # the customers approve
            if relationship.status == "ApprovalPending":
                relationship.status = "Active"

    def inject(self, fault: Fault | None = None, /, **kwargs: Any) -> Fault:
        """Script the next matching response(s): ``fake.inject(status=503, headers={"Retry-After": "1"})``."""
        fault = fault or Fault(**kwargs)
        self.faults.append(fault)
        return fault

    # ----------------------------------------------------------------- adapters

    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process httpx transport serving this double (no sockets)."""
        return _http.FakeTransport(self)

    def asgi_app(self) -> Callable[..., Awaitable[None]]:
        """The same state served as an ASGI 3 application."""
        return _http.asgi_app(self)

    async def handle(
        self, method: str, path: str, query_string: str, headers: Mapping[str, str], body: bytes
    ) -> Response:
        """Answer one request (both adapters call this); raises DroppedConnection for a connection fault."""
        return await _http.handle(self, method, path, query_string, headers, body)

    # ----------------------------------------------------------------- the wire views

    def _customer_view(self, customer_id: uuid.UUID) -> dict[str, Any]:
        """The customer as GET sends it: documented fields only (the status is not documented)."""
        data = copy.deepcopy(self._customers[customer_id][1])
        pcs = {
            str(iid): {
                "providerInstanceId": str(iid),
                "providerCustomerId": pc.provider_customer_id,
                "providerCustomerData": pc.provider_customer_data,
                "margin": _rules.margin_view(pc.margin),
            }
            for (cid, iid), pc in self._provider_customers.items()
            if cid == customer_id
        }
        data["providerCustomers"] = pcs or None
        return data

    def _instance_view(self, instance_id: uuid.UUID) -> dict[str, Any]:
        instance = self._instances[instance_id]
        microsoft = instance.provider == "microsoft"
        return {
            "id": str(instance_id),
            "alias": instance.alias,
            "instanceProviderId": None,
            "imageUrl": None,
            "offerTypes": [{"name": name} for name in (_rules.OFFER_TYPES if microsoft else ("License",))],
            "supportedCountries": ["PT", "ES", "US"],
            "providerData": None,
            "provider": {"name": instance.provider},
        }

    # ----------------------------------------------------------------- provider side

    def _start_creation(self, state: ProviderCustomerState) -> None:
        state.status = "pending"
        state.failure_reason = None
        if self.creation_delay > 0:
            state.due = time.monotonic() + self.creation_delay
        elif self.auto_create:
            self._create_on_provider(state)

    def _complete_due_creations(self) -> None:
        """What is due completes now (checked before every request): creations whose delay has
        passed, and each tag's own progress (orders, migrations)."""
        now = time.monotonic()
        self._tick_subscriptions(now)
        self._tick_orders(now)
        self._tick_invoices(now)
        self._tick_resellers(now)
        self._tick_audit(now)
        for state in self._provider_customers.values():
            if state.due is not None and state.due <= now and state.status == "pending":
                self._create_on_provider(state)

    def _create_on_provider(self, state: ProviderCustomerState) -> None:
        state.due = None
        state.attempts += 1
        provider = self._instances[state.provider_instance_id].provider
        customer = self._customers[state.customer_id][1]
        problems = _rules.microsoft_company_info_problems(customer) if provider == "microsoft" else []
        if problems:
            state.status = "failed"
            state.failure_reason = f"{INVALID_COMPANY_INFO}: " + "; ".join(problems)
            state.provider_customer_id = None
        else:
            state.status = "created"
            state.failure_reason = None
            state.provider_customer_id = state.provider_customer_id or str(uuid.uuid4())
