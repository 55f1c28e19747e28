"""Onboard a customer on a Microsoft provider instance, fix its company info, and retry.

By default this runs against the in-memory CloudCockpit (no network, no credentials):

    make demo

Against the real API, set CLOUDCOCKPIT_TENANT and CLOUDCOCKPIT_TOKEN (or CLOUDCOCKPIT_CLIENT_ID and
CLOUDCOCKPIT_CLIENT_SECRET), plus CLOUDCOCKPIT_DEMO_CUSTOMER_ID and
CLOUDCOCKPIT_DEMO_PROVIDER_INSTANCE_ID (an existing customer and Microsoft provider instance):
it then makes the same calls on that customer. Provider-side status is only visible in the
double; against the real API the script prints what each call returned.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import anyio

from cloudcockpit_client import BadRequestError, CloudCockpit, Customer, MicrosoftCustomerData
from cloudcockpit_client.testing import FakeCloudCockpit

TENANT = "portal.example.com"
CUSTOMER: dict[str, Any] = {
    "companyName": "Contoso Iberia Lda",
    "country": "PT",
    "addressLine1": "Rua Augusta 1",
    "city": "Lisboa",
    "state": "Lisboa",
    "zip": "1100-053",
    "firstName": "Test",  # a placeholder: Microsoft refuses it
    "lastName": "Lovelace",
    "email": "ada@contoso.example",
    "phone": "+351210000000",
    "providerCustomers": None,
}


def microsoft_data() -> MicrosoftCustomerData:
    return MicrosoftCustomerData(
        domain="contosoiberia",
        credentials_email="it@contoso.example",
        accepted_mca=True,
        agreement_date=datetime.now(UTC).replace(microsecond=0),
        keep_primary_information=True,
        first_name="Ada",
        last_name="Lovelace",
        email="ada@contoso.example",
        phone="+351210000000",
        default_culture="pt-PT",
        language="pt",
        enable_gdap=True,
    )


async def main() -> None:
    fake: FakeCloudCockpit | None = None
    if os.environ.get("CLOUDCOCKPIT_TENANT"):
        cc = CloudCockpit.from_env()
        customer_id = UUID(os.environ["CLOUDCOCKPIT_DEMO_CUSTOMER_ID"])
        instance_id = UUID(os.environ["CLOUDCOCKPIT_DEMO_PROVIDER_INSTANCE_ID"])
        print(f"against {cc.base_url} as {cc.tenant}")
    else:
        fake = FakeCloudCockpit()
        fake.add_tenant(TENANT)
        token = fake.issue_token(TENANT, role="csp")
        customer_id = fake.add_customer(TENANT, CUSTOMER)
        instance_id = fake.add_provider_instance(TENANT, provider="microsoft", alias="Microsoft CSP")
        cc = CloudCockpit(TENANT, token=token, transport=fake.transport())
        print("against the in-memory CloudCockpit (cloudcockpit_client.testing)")

    def status() -> str:
        if fake is None:
            return "(provider status: see the CloudCockpit portal)"
        pc = fake.provider_customer(customer_id, instance_id)
        reason = f" ({pc.failure_reason})" if pc.failure_reason else ""
        created = f", provider customer id {pc.provider_customer_id}" if pc.provider_customer_id else ""
        return f"provider customer: {pc.status}{reason}{created}"

    async with cc:
        created = await cc.customers.add_provider_instance(
            customer_id,
            provider_instance_id=instance_id,
            provider_customer_data=microsoft_data(),
            margin={"marginRule": {"name": "Markup"}, "value": 10},
            offer_type_margins={"AzurePlan": {"marginRule": {"name": "ErpMinusDiscount"}, "value": 5}},
        )
        print(f"1. add_provider_instance -> 201 {created!r}; {status()}")

        await cc.customers.retry_provider_customer(customer_id, instance_id)
        print(f"2. retry_provider_customer -> 204; {status()}")

        fixed = Customer.from_dict({**CUSTOMER, "firstName": "Ada"})
        await cc.customers.update_account_info(
            customer_id, customer=fixed, retry_failed_provider_customers_from_company_info=True
        )
        print(f"3. update_account_info(firstName='Ada', retry...=True) -> 202; {status()}")

        try:
            await cc.customers.retry_provider_customer(customer_id, instance_id)
            print("4. retry_provider_customer -> 204")
        except BadRequestError as exc:
            print(f"4. retry_provider_customer -> BadRequestError: {exc.description}")
            print(f"   correlation id {exc.correlation_id} (quote it to CloudCockpit support)")


if __name__ == "__main__":
    anyio.run(main)
