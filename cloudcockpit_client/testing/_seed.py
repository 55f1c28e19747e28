"""Build the in-memory CloudCockpit from a seed document: ``from_seed(json.load(f))``.

The seed file (JSON) looks like::

    {"tenants": [{"domain": "portal.example.com",
                  "tokens": [{"token": "dev-token", "role": "csp"}],
                  "providerInstances": [{"id": "...", "provider": "microsoft", "alias": "MS"}],
                  "takenDomains": ["contoso"],
                  "groups": ["Admins"],
                  "users": [{"email": "ops@example.com", "firstName": "Ops", "lastName": "Team",
                             "role": "Admin", "groups": ["Admins"], "resellerId": null}],
                  "customers": [{"id": "...", "companyName": "...", ...,
                                 "users": [{"email": "ada@contoso.example"}],
                                 "providerCustomers": [{"providerInstanceId": "...", "status": "failed",
                                                        "failureReason": "InvalidCompanyInfo: ...",
                                                        "providerCustomerData": "{...}",
                                                        "mcaStatus": "LinkGenerated",
                                                        "licenses": [{"skuId": "...", "name": "M365 E3",
                                                                      "total": 10, "consumed": 3}],
                                                        "tenantUsers": [{"displayName": "Ada",
                                                                         "email": "...", "domain": "contoso"}],
                                                        "relationships": [{"id": "...", "displayName": "GDAP",
                                                                           "status": "Active", "roles": ["..."]}]}]}]}]}

The part-2 keys of a tenant (each read by its tag's module)::

                  "resellers": [{"id": "...", "companyName": "...", ...Reseller fields,
                                 "providerInstances": [{"providerInstanceId": "...",
                                                        "priceMargin": {...}, "secondaryMpnIds": ["..."]}]}],
                  "mpnProfiles": [{"mpnId": "1234567", "partnerName": "Contoso Partner"}],
                  "offers": [{"id": "...", "providerInstanceId": "...", "name": "M365 E3",
                              "offerType": "License", "segment": "Commercial"}],
                  "invoices": [{"id": "...", "providerInstanceId": "...", "invoiceType": "Recurring",
                                "resellerId": null, "customerId": null,
                                "lineItems": {"usage": 1000000, "onetime": [{...}, ...]}}],

and of a customer: ``"subscriptions": [{"id": "...", "offerId": "...", "name": "M365",
"quantity": 3, "status": "Active", ...}]``. A line-item count is generated on demand (a million
items cost no memory); a list gives the items themselves.

``providerCustomers`` seeds provider customers (status pending, created or failed) rather than
customer fields, with what each holds: its licenses (list_licenses), MCA status, Microsoft tenant
users and GDAP relationships. ``takenDomains`` are Microsoft domains that exist already
(validate_domain answers false). ``groups`` and ``users`` are the portal's (a customer's ``users``
are that customer's portal users). ``"creationDelay": 2.0`` at the top level makes creations
complete after 2 s.

"""

from __future__ import annotations

from typing import Any

from . import _invoices, _orders, _resellers, _subscriptions
from ._fake import FakeCloudCockpit

__all__ = ["from_seed", "seed"]


def seed(fake: FakeCloudCockpit, data: dict[str, Any]) -> None:
    """Load tenants, tokens, provider instances, customers and the rest from a parsed seed document."""
    for tenant in data.get("tenants", []):
        _seed_tenant(fake, tenant)


def _seed_tenant(fake: FakeCloudCockpit, tenant: dict[str, Any]) -> None:
    domain = fake.add_tenant(tenant["domain"])
    for token in tenant.get("tokens", []):
        fake.issue_token(
            domain,
            role=token.get("role", "csp"),
            reseller_id=token.get("resellerId"),
            expires_in=float(token.get("expiresIn", 10 * 365 * 86400)),
            token=token["token"],
        )
    for instance in tenant.get("providerInstances", []):
        fake.add_provider_instance(
            domain,
            provider=instance.get("provider", "microsoft"),
            alias=instance.get("alias", "Microsoft"),
            instance_id=instance.get("id"),
        )
    for taken in tenant.get("takenDomains", []):
        fake.add_taken_domain(domain, taken)
    groups = {name: fake.add_group(domain, name) for name in tenant.get("groups", [])}
    for user in tenant.get("users", []):
        _portal_user(fake, domain, user, groups)
    for customer in tenant.get("customers", []):
        fields = {k: v for k, v in customer.items() if k not in ("id", "providerCustomers", "subscriptions")}
        customer_id = fake.add_customer(domain, fields, customer_id=customer.get("id"))
        for user in customer.get("users", []):
            _portal_user(fake, domain, {**user, "customerId": str(customer_id)}, groups)
        for pc in customer.get("providerCustomers") or []:
            state = fake.add_provider_customer(
                customer_id,
                pc["providerInstanceId"],
                status=pc.get("status", "failed"),
                failure_reason=pc.get("failureReason"),
            )
            state.provider_customer_data = pc.get("providerCustomerData")
            for lic in pc.get("licenses", []):
                fake.add_license(
                    customer_id,
                    pc["providerInstanceId"],
                    sku_id=lic["skuId"],
                    name=lic.get("name", lic["skuId"]),
                    total=int(lic.get("total", 1)),
                    consumed=int(lic.get("consumed", 0)),
                    suspended=int(lic.get("suspended", 0)),
                    is_selected=bool(lic.get("isSelected", False)),
                )
            if pc.get("mcaStatus"):
                fake.set_mca_status(customer_id, pc["providerInstanceId"], pc["mcaStatus"])
            for tenant_user in pc.get("tenantUsers", []):
                fake.add_tenant_user(
                    customer_id,
                    pc["providerInstanceId"],
                    display_name=tenant_user["displayName"],
                    email=tenant_user["email"],
                    domain=tenant_user.get("domain", ""),
                    location=tenant_user.get("location", "PT"),
                    first_name=tenant_user.get("firstName"),
                    last_name=tenant_user.get("lastName"),
                )
            for relationship in pc.get("relationships", []):
                fake.add_relationship(
                    domain,
                    customer_id,
                    pc["providerInstanceId"],
                    display_name=relationship.get("displayName", "GDAP"),
                    auto_extend=bool(relationship.get("autoExtendEnabled", False)),
                    roles=relationship.get("roles"),
                    status=relationship.get("status", "Active"),
                    relationship_id=relationship.get("id"),
                )

    # The part-2 tags, one reader each: resellers first (customers and invoices may name them),
    # then each customer's subscriptions, the catalogue of offers, and the invoices.
    _resellers.seed_resellers(fake, domain, tenant)
    _subscriptions.seed_subscriptions(fake, domain, tenant)
    _orders.seed_orders(fake, domain, tenant)
    _invoices.seed_invoices(fake, domain, tenant)


def from_seed(document: dict[str, Any]) -> FakeCloudCockpit:
    """A double built from a parsed seed document (its ``creationDelay`` included)."""
    fake = FakeCloudCockpit(creation_delay=float(document.get("creationDelay", 0.0)))
    seed(fake, document)
    return fake


def _portal_user(fake: FakeCloudCockpit, domain: str, user: dict[str, Any], groups: dict[str, Any]) -> None:
    seeded = fake.add_portal_user(
        domain,
        email=user["email"],
        first_name=user.get("firstName"),
        last_name=user.get("lastName"),
        role=user.get("role"),
        customer_id=user.get("customerId"),
        reseller_id=user.get("resellerId"),
    )
    seeded.groups = [{"id": str(groups[name]), "name": name} for name in user.get("groups", [])]
