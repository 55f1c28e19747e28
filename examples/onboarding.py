"""Onboard a customer on a Microsoft provider instance, detect the failure, fix it, and wait.

By default this runs against the in-memory CloudCockpit (no network, no credentials):

    make demo

Against the real API, set CLOUDCOCKPIT_TENANT and CLOUDCOCKPIT_TOKEN (or CLOUDCOCKPIT_CLIENT_ID and
CLOUDCOCKPIT_CLIENT_SECRET), plus CLOUDCOCKPIT_DEMO_CUSTOMER_ID and
CLOUDCOCKPIT_DEMO_PROVIDER_INSTANCE_ID (an existing customer and Microsoft provider instance):
it then makes the same calls on that customer. Everything the script learns, it learns through the
API (get_customer, wait_for_provider_customer), never from the double's state.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import anyio

from cloudcockpit_client import BadRequestError, CloudCockpit, MicrosoftCustomerData, WaitTimeoutError
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
    if os.environ.get("CLOUDCOCKPIT_TENANT"):
        cc = CloudCockpit.from_env()
        customer_id = UUID(os.environ["CLOUDCOCKPIT_DEMO_CUSTOMER_ID"])
        instance_id = UUID(os.environ["CLOUDCOCKPIT_DEMO_PROVIDER_INSTANCE_ID"])
        patience = 120.0  # the real provider takes its time
        print(f"against {cc.base_url} as {cc.tenant}")
    else:
        # Provider customers are created (or fail) 0.5 s after they are requested, as a real
        # provider would do asynchronously.
        fake = FakeCloudCockpit(creation_delay=0.5)
        fake.add_tenant(TENANT)
        token = fake.issue_token(TENANT, role="csp")
        customer_id = fake.add_customer(TENANT, CUSTOMER)
        instance_id = fake.add_provider_instance(TENANT, provider="microsoft", alias="Microsoft CSP")
        cc = CloudCockpit(TENANT, token=token, transport=fake.transport())
        patience = 2.0
        print("against the in-memory CloudCockpit (cloudcockpit_client.testing)")

    async with cc:
        instances = [i.alias async for i in cc.provider_instances.list_provider_instances()]
        print(f"1. list_provider_instances -> {instances}")

        created = await cc.customers.add_provider_instance(
            customer_id,
            provider_instance_id=instance_id,
            provider_customer_data=microsoft_data(),
            margin={"marginRule": {"name": "Markup"}, "value": 10},
            offer_type_margins={"AzurePlan": {"marginRule": {"name": "ErpMinusDiscount"}, "value": 5}},
        )
        print(
            f"2. add_provider_instance -> 201 {created!r} (the provider creates the customer asynchronously)"
        )

        try:
            await cc.customers.wait_for_provider_customer(
                customer_id, instance_id, timeout=patience, interval=0.25
            )
        except WaitTimeoutError as exc:
            print(f"3. wait_for_provider_customer -> WaitTimeoutError after {exc.polls} reads: {exc.message}")

        customer = await cc.customers.get_customer(customer_id)
        print(
            f"4. get_customer -> contact {customer.first_name!r} {customer.last_name!r}; Microsoft refuses placeholders"
        )

        await cc.customers.update_account_info(
            customer_id, changes={"firstName": "Ada"}, retry_failed_provider_customers_from_company_info=True
        )
        print("5. update_account_info(changes={'firstName': 'Ada'}, retry...=True) -> 202")

        pc = await cc.customers.wait_for_provider_customer(
            customer_id, instance_id, timeout=patience * 5, interval=0.25
        )
        print(f"6. wait_for_provider_customer -> created, provider customer id {pc.provider_customer_id}")

        try:
            await cc.customers.retry_provider_customer(customer_id, instance_id)
            print("7. retry_provider_customer -> 204")
        except BadRequestError as exc:
            print(f"7. retry_provider_customer -> BadRequestError: {exc.description}")
            print(f"   correlation id {exc.correlation_id} (quote it to CloudCockpit support)")


if __name__ == "__main__":
    anyio.run(main)
