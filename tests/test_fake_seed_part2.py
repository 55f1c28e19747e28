"""The seed file's part-2 keys, through ``from_seed`` (and the served double's admin API uses the same
loader): resellers, offers, invoices with generated line items, and each customer's subscriptions,
then read back through the SDK."""

from __future__ import annotations

import uuid

import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import CloudCockpit
from cloudcockpit_client.testing import from_seed


@pytest.mark.anyio
async def test_the_part2_keys_of_a_seed_document_are_served() -> None:
    instance, customer, reseller = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    offer, invoice, subscription = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    fake = from_seed(
        {
            "tenants": [
                {
                    "domain": TENANT,
                    "tokens": [{"token": "seed-token"}],
                    "providerInstances": [{"id": instance, "provider": "microsoft", "alias": "MS"}],
                    "resellers": [{"id": reseller, "companyName": "Fabrikam Resale"}],
                    "offers": [{"id": offer, "providerInstanceId": instance, "name": "M365 E3"}],
                    "invoices": [
                        {"id": invoice, "providerInstanceId": instance, "lineItems": {"usage": 4321}}
                    ],
                    "customers": [
                        {
                            **CUSTOMER,
                            "id": customer,
                            "providerCustomers": [{"providerInstanceId": instance, "status": "created"}],
                            "subscriptions": [
                                {"id": subscription, "offerId": offer, "name": "E3", "quantity": 7}
                            ],
                        }
                    ],
                }
            ]
        }
    )
    # "subscriptions" seeds subscriptions, not a customer field.
    assert "subscriptions" not in fake.customer(customer)
    async with CloudCockpit(TENANT, token="seed-token", transport=fake.transport()) as cc:
        got = await cc.subscriptions.get_subscription(customer, subscription)
        assert (str(got.offer_id), got.quantity) == (offer, 7)
        assert (await cc.resellers.get_reseller(reseller)).company_name == "Fabrikam Resale"
        assert (
            str((await cc.offers.get_offer(offer, provider_instance_id=instance, segment="Commercial")).id)
            == offer
        )
        walked = [item async for item in cc.invoices.list_usage_line_items(invoice, page_size=2000)]
    assert len(walked) == fake.line_item_count(invoice, "usage") == 4321
    assert walked[4320].to_dict() == fake.line_item(invoice, "usage", 4320)
