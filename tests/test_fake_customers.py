"""The in-memory CloudCockpit's Customers operations beyond the first six, through the generated
facade: the state they share (a customer created is listed, read, changed, deleted) and the rules
the double applies (README, "Choices the double makes where the docs are silent")."""

from __future__ import annotations

import json
import uuid

import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import BadRequestError, CloudCockpit, PermissionDeniedError, SyncCloudCockpit
from cloudcockpit_client.testing import FakeCloudCockpit

MICROSOFT_DATA = {
    "Domain": "contoso-taken",
    "CredentialsEmail": "a@b.example",
    "AcceptedMCA": True,
    "AgreementDate": "2022-12-28T00:00:00Z",
    "KeepPrimaryInformation": True,
    "FirstName": "Ada",
    "LastName": "Lovelace",
    "Email": "ada@contoso.example",
    "Phone": "1",
    "DefaultCulture": "en-US",
    "Language": "en",
    "AssociatedPartnerId": "1",
    "Qualifications": [],
    "EnableGDAP": True,
}


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake


def fields(**changes: object) -> dict[str, object]:
    return {**CUSTOMER, **changes}


@pytest.mark.anyio
async def test_a_created_customer_is_listed_read_changed_and_deleted(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        created = await cc.customers.create_customer(
            company_name="Fabrikam",
            country="PT",
            address_line_1="Rua 1",
            city="Porto",
            state="Porto",
            zip_="4000",
            first_name="Grace",
            last_name="Hopper",
            email="grace@fabrikam.example",
            phone="2",
            provider_customers=None,
        )
        customer_id = uuid.UUID(created["id"])
        assert [c.company_name async for c in cc.customers.list_customers()] == ["Fabrikam"]
        await cc.customers.update_internal_identifier(customer_id, internal_identifier="ERP-7")
        assert (await cc.customers.get_customer(customer_id)).internal_identifier == "ERP-7"
        await cc.customers.delete_customer(customer_id)
        assert [c async for c in cc.customers.list_customers()] == []
        with pytest.raises(BadRequestError) as info:  # no 404 is documented for it: a 400 on the id
            await cc.customers.delete_customer(customer_id)
        assert info.value.errors[0].property_name == "customerId"
    create = fake.requests[0]
    assert create.method == "POST" and create.status == 201
    assert create.body["zip"] == "4000" and create.body["providerCustomers"] is None  # camelCase, null sent
    assert [r.status for r in fake.requests] == [201, 200, 204, 200, 202, 200, 400]


@pytest.mark.anyio
async def test_create_checks_the_customer_and_a_reseller_creates_its_own(fake: FakeCloudCockpit) -> None:
    reseller = uuid.uuid4()
    token = fake.issue_token(TENANT, role="reseller", reseller_id=reseller)
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        with pytest.raises(BadRequestError) as info:
            await cc.customers.create_customer(
                **{
                    k: "x" * 256
                    for k in ("company_name", "country", "address_line_1", "city", "state", "zip_")
                },
                first_name="Ada",
                last_name="Lovelace",
                email="x" * 256,
                phone="1",
                provider_customers=None,
            )
        assert {e.property_name for e in info.value.errors} >= {"companyName", "email", "zip"}
        created = await cc.customers.create_customer(
            **{
                "company_name": "Mine",
                "country": "PT",
                "address_line_1": "a",
                "city": "c",
                "state": "s",
                "zip_": "1",
                "first_name": "Ada",
                "last_name": "Lovelace",
                "email": "e@x.example",
                "phone": "1",
                "provider_customers": None,
            }
        )
        assert created["resellerId"] == str(reseller)
        with pytest.raises(PermissionDeniedError):  # only the CSP deletes customers
            await cc.customers.delete_customer(created["id"])


@pytest.mark.anyio
async def test_validations_licenses_margins_agreement_and_qualification(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer_id = fake.add_customer(TENANT, fields())
    ms = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    other = fake.add_provider_instance(TENANT, provider="acme", alias="Acme")
    fake.add_provider_customer(customer_id, ms, status="created")
    fake.add_provider_customer(customer_id, other, status="created")
    fake.provider_customer(customer_id, ms).provider_customer_data = json.dumps(MICROSOFT_DATA)
    fake.add_taken_domain(TENANT, "already-there")
    fake.add_license(customer_id, ms, sku_id="sku-1", name="M365 E3", total=10, consumed=3)
    margin = {"marginRule": {"name": "markup"}, "value": 12}
    with SyncCloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        assert cc.customers.validate_domain(tenant_id="t", domain="new-domain") is True
        assert (
            cc.customers.validate_domain(tenant_id="t", domain="CONTOSO-TAKEN") is False
        )  # in a provider customer
        assert cc.customers.validate_domain(tenant_id="t", domain="already-there") is False
        address = {"tenant_id": "t", "address_line_1": "a", "city": "c", "state": "s", "zip_code": "1"}
        assert cc.customers.validate_address(**address, country="PT") is True
        assert cc.customers.validate_address(**address, country="Portugal") is False
        [license_] = cc.customers.list_licenses(customer_id, provider_instance_id=ms)
        assert (license_.sku_id, license_.available_licenses, license_.total_licenses) == ("sku-1", 7, 10)
        with pytest.raises(BadRequestError) as info:
            cc.customers.list_licenses(customer_id, provider_instance_id=other)
        assert "only applies to Microsoft" in info.value.errors[0].descriptions[0]
        cc.customers.update_customer_margins(customer_id, ms, margin=margin)
        assert fake.provider_customer(customer_id, ms).margin == {
            "marginRule": {"name": "Markup"},
            "value": 12,
        }
        with pytest.raises(BadRequestError) as info:
            cc.customers.update_customer_margins(customer_id, uuid.uuid4(), margin=margin)
        assert info.value.errors[0].property_name == "providerInstanceId"
        with pytest.raises(BadRequestError) as info:  # without the primary contact, names are required
            cc.customers.update_microsoft_customer_agreement(
                customer_id, provider_instance_id=ms, agreement_date=_date(), keep_primary_information=False
            )
        assert {e.property_name for e in info.value.errors} == {"firstName", "lastName", "email", "phone"}
        cc.customers.update_microsoft_customer_agreement(
            customer_id, provider_instance_id=ms, agreement_date=_date(), keep_primary_information=True
        )
        assert fake.agreement(customer_id, ms)["keepPrimaryInformation"] is True
        cc.customers.update_microsoft_qualification(
            customer_id, provider_instance_id=str(ms), qualification={"name": "Education"}
        )
        assert fake.qualification(customer_id, ms) == {"name": "Education"}


def _date():  # type: ignore[no-untyped-def]
    import datetime

    return datetime.datetime(2024, 5, 4, tzinfo=datetime.UTC)


def test_licenses_and_taken_domains_come_from_the_seed_file() -> None:
    from cloudcockpit_client.testing import from_seed

    instance, customer = str(uuid.uuid4()), str(uuid.uuid4())
    fake = from_seed(
        {
            "tenants": [
                {
                    "domain": TENANT,
                    "tokens": [{"token": "seed-token"}],
                    "providerInstances": [{"id": instance, "provider": "microsoft"}],
                    "takenDomains": ["contoso"],
                    "customers": [
                        {
                            **CUSTOMER,
                            "id": customer,
                            "providerCustomers": [
                                {
                                    "providerInstanceId": instance,
                                    "status": "created",
                                    "licenses": [{"skuId": "s1", "name": "E3", "total": 5, "consumed": 1}],
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )
    with SyncCloudCockpit(TENANT, token="seed-token", transport=fake.transport()) as cc:
        assert [
            lic.available_licenses
            for lic in cc.customers.list_licenses(customer, provider_instance_id=instance)
        ] == [4]
        assert cc.customers.validate_domain(tenant_id="t", domain="Contoso") is False


@pytest.mark.anyio
async def test_create_refuses_provider_customers_of_the_wrong_shape(fake: FakeCloudCockpit) -> None:
    import httpx

    headers = {"Authorization": f"Bearer {fake.issue_token(TENANT)}", "X-Tenant": TENANT}
    bad = {
        "k1": {"margin": True},
        "k2": {"margin": {"marginRule": "Markup", "value": "10"}},
        "k3": {"providerInstanceId": "not-a-guid", "providerCustomerData": 5},
        "k4": [],
    }
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://api.cloudcockpit.com") as http:
        refused = await http.post("/v1/Customers", headers=headers, json=fields(providerCustomers=bad))
        good = {"k": {"margin": {"marginRule": {"name": "Markup"}, "value": 10}, "providerCustomerId": None}}
        accepted = await http.post("/v1/Customers", headers=headers, json=fields(providerCustomers=good))
    assert refused.status_code == 400
    named = {e["propertyName"] for e in refused.json()["errors"]}
    assert named == {
        "providerCustomers.k1.margin",
        "providerCustomers.k2.margin.marginRule",
        "providerCustomers.k2.margin.value",
        "providerCustomers.k3.providerInstanceId",
        "providerCustomers.k3.providerCustomerData",
        "providerCustomers.k4",
    }
    assert accepted.status_code == 201
    assert len(fake.requests) == 2 and fake.requests[0].status == 400
