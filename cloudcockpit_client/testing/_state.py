"""The in-memory CloudCockpit's records: what it holds and what it saw (no HTTP, no rules here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Fault",
    "Instance",
    "License",
    "PortalUser",
    "ProviderCustomerState",
    "RecordedRequest",
    "Relationship",
    "Status",
    "Token",
]

Status = Literal["pending", "created", "failed"]
INVALID_COMPANY_INFO = "InvalidCompanyInfo"


@dataclass
class ProviderCustomerState:
    """One customer on one provider instance, as the double holds it.

    ``due`` is the monotonic time at which a pending creation completes (with ``creation_delay``).
    """

    customer_id: uuid.UUID
    provider_instance_id: uuid.UUID
    status: Status
    failure_reason: str | None = None
    provider_customer_id: str | None = None
    provider_customer_data: str | None = None
    margin: Any = None
    offer_type_margins: Any = None
    attempts: int = 0
    due: float | None = None


@dataclass
class License:
    """A license of a customer on a Microsoft provider instance (the fields of the docs' example)."""

    sku_id: str
    name: str
    total: int = 0
    consumed: int = 0
    suspended: int = 0
    is_selected: bool = False

    def view(self) -> dict[str, Any]:
        return {
            "skuId": self.sku_id,
            "name": self.name,
            "availableLicenses": max(self.total - self.consumed - self.suspended, 0),
            "isSelected": self.is_selected,
            "totalLicenses": self.total,
            "consumedLicenses": self.consumed,
            "suspendedLicenses": self.suspended,
        }


@dataclass
class Relationship:
    """A GDAP (delegated admin) relationship, with its access assignments (as the API answers them)."""

    id: str
    tenant: str
    customer_id: uuid.UUID | None
    provider_instance_id: uuid.UUID
    display_name: str | None
    auto_extend: bool
    roles: list[str]
    status: str
    created: str
    modified: str
    duration: str = "P730D"
    customer_tenant_id: str | None = None
    assignments: list[dict[str, Any]] = field(default_factory=list)

    def _common(self) -> dict[str, Any]:
        return {"displayName": self.display_name, "duration": self.duration, "status": {"name": self.status}}

    def view(self) -> dict[str, Any]:
        """As "List all GDAP relationships" answers (both identifier names the docs show)."""
        return {
            "relationshipId": self.id,
            "id": self.id,
            **self._common(),
            "autoExtendDuration": "P180D" if self.auto_extend else None,
            "customer": {"tenantId": self.customer_tenant_id},
            "accessDetails": {"unifiedRoles": [{"roleDefinitionId": r} for r in self.roles]},
        }

    def created_view(self) -> dict[str, Any]:
        """As "Create a delegated admin relationship" answers."""
        return {
            "id": self.id,
            **self._common(),
            "createdDateTime": self.created,
            "activatedDateTime": self.created if self.status == "Active" else None,
            "lastModifiedDateTime": self.modified,
            "endDateTime": None,
        }


@dataclass
class PortalUser:
    """A user of the portal: the CSP's, a reseller's or a customer's."""

    id: uuid.UUID
    email: str
    first_name: str | None
    last_name: str | None
    role: str | None = None
    groups: list[dict[str, Any]] = field(default_factory=list)
    customer_id: uuid.UUID | None = None
    reseller_id: uuid.UUID | None = None
    deleted: bool = False

    def view(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "firstName": self.first_name,
            "lastName": self.last_name,
            "email": self.email,
            "role": {"name": self.role},
            "groups": [dict(g) for g in self.groups],
        }


@dataclass(frozen=True)
class RecordedRequest:
    """One request the double received: method, path, query, headers, the parsed JSON body, and its answer."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    status: int

    def __repr__(self) -> str:
        # Authorization is a (fake) credential: keep it out of test output.
        shown = {k: ("***" if k.lower() == "authorization" else v) for k, v in self.headers.items()}
        return f"RecordedRequest({self.method} {self.path} -> {self.status}, headers={shown!r}, body={self.body!r})"


@dataclass
class Fault:
    """A scripted answer for the next matching request(s).

    status/body/headers replace the real answer; ``delay`` waits first; ``error="connect"``
    fails as if the connection were refused (the server never sees the request) and
    ``error="disconnect"`` drops the connection without an answer; ``apply=True`` lets the
    request take effect before the scripted answer (an ambiguous failure). ``after=N`` lets the
    first N matching requests through untouched (the fourth page of a walk fails: ``after=3``).
    """

    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    error: Literal["connect", "disconnect"] | None = None
    apply: bool = False
    times: int = 1
    after: int = 0
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        """Whether the fault applies to a request: its method, and a path that contains ``path`` (any case; None: any)."""
        if self.method and self.method.upper() != method.upper():
            return False
        return not (self.path and self.path.lower() not in path.lower())


@dataclass
class Token:
    tenant: str
    role: Literal["csp", "reseller"]
    reseller_id: uuid.UUID | None
    expires_at: float


@dataclass(frozen=True)
class Instance:
    """A provider instance of a tenant."""

    tenant: str
    provider: str
    alias: str
