import pytest

from cloudcockpit_client import BadRequestError, CloudCockpit
from cloudcockpit_client.testing import FakeCloudCockpit

TENANT = "portal.example.com"
CUSTOMER = {
    "companyName": "Contoso Ltd",
    "country": "PT",
    "addressLine1": "Rua Augusta 1",
    "city": "Lisboa",
    "state": "Lisboa",
    "zip": "1100-053",
    "firstName": "Ada",
    "lastName": "Lovelace",
    "email": "ada@contoso.example",
    "phone": "+351210000000",
    "providerCustomers": None,
}


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake


@pytest.mark.anyio
async def test_my_service_retries_a_failed_provider_customer(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT, role="csp")
    customer_id = fake.add_customer(TENANT, {**CUSTOMER, "lastName": "admin"})  # Microsoft refuses "admin"
    instance_id = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    fake.add_provider_customer(customer_id, instance_id, status="failed", failure_reason="InvalidCompanyInfo")

    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        # ... your service code would run here; this is what it would do:
        await cc.customers.update_account_info(
            customer_id, customer=CUSTOMER, retry_failed_provider_customers_from_company_info=True
        )
        with pytest.raises(BadRequestError):  # it is no longer failed
            await cc.customers.retry_provider_customer(customer_id, instance_id)

    assert fake.provider_customer(customer_id, instance_id).status == "created"
    assert [r.status for r in fake.requests] == [202, 400]


@pytest.mark.anyio
async def test_my_service_survives_a_503(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    fake.inject(status=503, headers={"Retry-After": "0"})  # the next request gets a 503

    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        await cc.customers.update_account_info(customer_id, customer=CUSTOMER)

    assert [r.status for r in fake.requests] == [503, 202]
