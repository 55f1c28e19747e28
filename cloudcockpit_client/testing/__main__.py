"""Serve the in-memory CloudCockpit over HTTP on 127.0.0.1 (needs the ``[server]`` extra: uvicorn).

    python -m cloudcockpit_client.testing --port 8080 --seed seed.json

The seed file (JSON) looks like::

    {"tenants": [{"domain": "portal.example.com",
                  "tokens": [{"token": "dev-token", "role": "csp"}],
                  "providerInstances": [{"id": "...", "provider": "microsoft", "alias": "MS"}],
                  "customers": [{"id": "...", "companyName": "...", ...,
                                 "providerCustomers": [{"providerInstanceId": "...", "status": "failed",
                                                        "failureReason": "InvalidCompanyInfo: ..."}]}]}]}

``providerCustomers`` seeds provider customers (status pending, created or failed) rather than
customer fields. ``"creationDelay": 2.0`` at the top level makes creations complete after 2 s.

Fixed tokens from the seed file are printed nowhere; pass them to your service's configuration.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ._fake import FakeCloudCockpit


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
        for customer in tenant.get("customers", []):
            fields = {k: v for k, v in customer.items() if k not in ("id", "providerCustomers")}
            customer_id = fake.add_customer(domain, fields, customer_id=customer.get("id"))
            for pc in customer.get("providerCustomers") or []:
                fake.add_provider_customer(
                    customer_id,
                    pc["providerInstanceId"],
                    status=pc.get("status", "failed"),
                    failure_reason=pc.get("failureReason"),
                )


def from_seed(document: dict[str, Any]) -> FakeCloudCockpit:
    """A double built from a parsed seed document (its ``creationDelay`` included)."""
    fake = FakeCloudCockpit(creation_delay=float(document.get("creationDelay", 0.0)))
    seed(fake, document)
    return fake


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, seed the double, and serve it with uvicorn until interrupted."""
    parser = argparse.ArgumentParser(
        prog="python -m cloudcockpit_client.testing", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--seed", type=Path, help="a JSON seed file")
    args = parser.parse_args(argv)
    try:
        import uvicorn  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print('serving needs the optional extra: pip install "cloudcockpit-client[server]"', file=sys.stderr)
        return 2
    fake = from_seed(json.loads(args.seed.read_text()) if args.seed else {})
    uvicorn.run(fake.asgi_app(), host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
