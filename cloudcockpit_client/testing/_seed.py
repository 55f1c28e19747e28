"""Build the in-memory CloudCockpit from a seed document: ``from_seed(json.load(f))``.

The seed file (JSON) looks like::

    {"tenants": [{"domain": "portal.example.com",
                  "tokens": [{"token": "dev-token", "role": "csp"}],
                  "providerInstances": [{"id": "...", "provider": "microsoft", "alias": "MS"}],
                  "takenDomains": ["contoso"],
                  "customers": [{"id": "...", "companyName": "...", ...,
                                 "providerCustomers": [{"providerInstanceId": "...", "status": "failed",
                                                        "failureReason": "InvalidCompanyInfo: ...",
                                                        "providerCustomerData": "{...}",
                                                        "licenses": [{"skuId": "...", "name": "M365 E3",
                                                                      "total": 10, "consumed": 3}]}]}]}]}

``providerCustomers`` seeds provider customers (status pending, created or failed) rather than
customer fields, with their licenses (list_licenses). ``takenDomains`` are Microsoft domains that
exist already (validate_domain answers false). ``"creationDelay": 2.0`` at the top level makes creations complete after 2 s.

"""

from __future__ import annotations

from typing import Any

from ._fake import FakeCloudCockpit

__all__ = ["from_seed", "seed"]


def seed(fake: FakeCloudCockpit, data: dict[str, Any]) -> None:
    """Load tenants, tokens, provider instances and customers from a parsed seed document."""
    for tenant in data.get("tenants", []):
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
        for customer in tenant.get("customers", []):
            fields = {k: v for k, v in customer.items() if k not in ("id", "providerCustomers")}
            customer_id = fake.add_customer(domain, fields, customer_id=customer.get("id"))
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


def from_seed(document: dict[str, Any]) -> FakeCloudCockpit:
    """A double built from a parsed seed document (its ``creationDelay`` included)."""
    fake = FakeCloudCockpit(creation_delay=float(document.get("creationDelay", 0.0)))
    seed(fake, document)
    return fake
