"""The in-memory CloudCockpit's Users, CustomerUsers and MCA operations through the generated facade:
state shared between the operations and the double's rules (README)."""

from __future__ import annotations

import datetime
import uuid

import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import (
    BadRequestError,
    CloudCockpit,
    NotFoundError,
    PermissionDeniedError,
    SyncCloudCockpit,
)
from cloudcockpit_client.testing import FakeCloudCockpit


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake


@pytest.mark.anyio
async def test_portal_users_are_created_listed_changed_and_soft_deleted(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    admins = fake.add_group(TENANT, "Admins")
    fake.add_portal_user(TENANT, email="csp@example.com", first_name="Carla", last_name="Silva")
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        user_id = await cc.users.create_customer_portal_user(
            customer,
            first_name="Ada",
            last_name="Lovelace",
            email="ada@contoso.example",
            groups=[{"id": str(admins), "name": "Admins"}],
        )
        uuid.UUID(user_id)
        with pytest.raises(BadRequestError) as info:  # an email is unique
            await cc.users.create_customer_portal_user(
                customer, first_name="A", last_name="B", email="ADA@contoso.example", groups=None
            )
        assert info.value.errors[0].property_name == "email"
        [portal] = await cc.users.list_customer_portal_users(customer)
        assert (portal.email, portal.groups[0].name) == ("ada@contoso.example", "Admins")
        assert [u.email async for u in cc.users.list_users()] == ["ada@contoso.example", "csp@example.com"]
        assert [u.email async for u in cc.users.list_users(groups="admins")] == ["ada@contoso.example"]
        await cc.users.update_user(
            "ada@contoso.example",
            first_name="Augusta",
            last_name="King",
            email="ada@contoso.example",
            groups=None,
        )
        assert fake.portal_user(TENANT, "ada@contoso.example").first_name == "Augusta"
        await cc.users.delete_user("ada@contoso.example")
        assert fake.portal_user(TENANT, "ada@contoso.example").deleted is True  # soft
        assert [u.email async for u in cc.users.list_users()] == ["csp@example.com"]
        with pytest.raises(NotFoundError):
            await cc.users.delete_user("ada@contoso.example")
        assert [g.name async for g in cc.users.list_groups()] == ["Admins"]
    assert fake.requests[0].path == f"/v1/customer/{customer}/users" and fake.requests[0].status == 201


def test_a_reseller_creates_users_of_its_own_only(fake: FakeCloudCockpit) -> None:
    mine, other = uuid.uuid4(), uuid.uuid4()
    token = fake.issue_token(TENANT, role="reseller", reseller_id=mine)
    with SyncCloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        created = cc.users.create_reseller_user(
            mine, first_name="R", last_name="S", email="r@x.example", groups=None
        )
        assert fake.portal_user(TENANT, "r@x.example").reseller_id == mine and uuid.UUID(created)
        with pytest.raises(PermissionDeniedError):
            cc.users.create_reseller_user(
                other, first_name="R", last_name="S", email="s@x.example", groups=None
            )


def test_microsoft_tenant_users(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    fake.add_provider_customer(customer, ms, status="created")
    user = fake.add_tenant_user(
        customer, ms, display_name="Ada", email="ada@contoso.example", domain="contoso"
    )
    fake.add_tenant_user(customer, ms, display_name="Bob", email="bob@contoso.example", domain="contoso")
    with SyncCloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        names = [
            u.display_name for u in cc.customer_users.list_customer_users(customer, provider_instance_id=ms)
        ]
        assert names == ["Ada", "Bob"]
        assert (
            cc.customer_users.get_customer_user(customer, user, provider_instance_id=ms).email
            == "ada@contoso.example"
        )
        changed = {
            "displayName": "Ada L.",
            "email": "ada@contoso.example",
            "location": "UK",
            "domain": "contoso",
        }
        cc.customer_users.update_customer_user(customer, user, provider_instance_id=ms, customer_user=changed)
        assert fake.tenant_user(customer, ms, user)["location"] == "UK"
        cc.customer_users.update_customer_user_licenses(
            customer, user, provider_instance_id=str(ms), licenses=["sku-1"]
        )
        assert fake.tenant_user(customer, ms, user)["licenses"] == ["sku-1"]
        cc.customer_users.reset_customer_user_password(
            customer, user, provider_instance_id=ms, customer_user=changed
        )
        assert fake.tenant_user(customer, ms, user)["temporaryPassword"]
        with pytest.raises(NotFoundError):
            cc.customer_users.reset_customer_user_password(
                customer, uuid.uuid4(), provider_instance_id=ms, customer_user=changed
            )
        with pytest.raises(BadRequestError) as info:
            cc.customer_users.update_customer_user(
                customer,
                user,
                provider_instance_id=ms,
                customer_user={"displayName": "x" * 51, "email": "e", "location": "l", "domain": "d"},
            )
        assert info.value.errors[0].property_name == "customerUser.displayName"


def test_the_mca_follows_the_agreement(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    first = fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Alpha"})
    second = fake.add_customer(TENANT, {**CUSTOMER, "companyName": "Beta"})
    ms = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    for customer in (first, second):
        fake.add_provider_customer(customer, ms, status="created")
    fake.set_mca_status(second, ms, "LinkGenerated")
    with SyncCloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        mca = cc.mca.get_customer_mca(first, ms)
        assert (mca.company_name, mca.provider_instance_name, mca.status["name"]) == (
            "Alpha",
            "MS",
            "Required",
        )
        cc.customers.update_microsoft_customer_agreement(
            first,
            provider_instance_id=ms,
            agreement_date=datetime.datetime(2024, 5, 4, tzinfo=datetime.UTC),
            keep_primary_information=True,
        )
        assert cc.mca.get_customer_mca(first, ms).status["name"] == "AgreementCreated"
        listed = [
            (m.company_name, m.status["name"])
            for m in cc.mca.list_mcas(sort_property_name="CompanyName", ascending_order=True)
        ]
        assert listed == [("Alpha", "AgreementCreated"), ("Beta", "LinkGenerated")]
        assert [m.company_name for m in cc.mca.list_mcas(exclude_compliant=True)] == ["Beta"]
        assert [m.company_name for m in cc.mca.list_mcas(status="linkgenerated")] == ["Beta"]
        with pytest.raises(BadRequestError):
            list(cc.mca.list_mcas(status="bogus"))
        refreshed = cc.mca.refresh_customer_mca_status(first, ms)
        assert (refreshed.first_name, refreshed.expiration_time) == (CUSTOMER["firstName"], 10080)


def test_users_tenant_users_mca_and_gdap_come_from_the_seed_file() -> None:
    from cloudcockpit_client.testing import from_seed

    instance, customer, relationship = str(uuid.uuid4()), str(uuid.uuid4()), "rel-seeded"
    fake = from_seed(
        {
            "tenants": [
                {
                    "domain": TENANT,
                    "tokens": [{"token": "seed-token"}],
                    "providerInstances": [{"id": instance, "provider": "microsoft"}],
                    "groups": ["Admins"],
                    "users": [{"email": "ops@example.com", "firstName": "Ops", "groups": ["Admins"]}],
                    "customers": [
                        {
                            **CUSTOMER,
                            "id": customer,
                            "users": [{"email": "ada@contoso.example", "firstName": "Ada"}],
                            "providerCustomers": [
                                {
                                    "providerInstanceId": instance,
                                    "status": "created",
                                    "mcaStatus": "LinkGenerated",
                                    "tenantUsers": [
                                        {"displayName": "Ada", "email": "a@c.example", "domain": "c"}
                                    ],
                                    "relationships": [{"id": relationship, "displayName": "Seeded"}],
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )
    with SyncCloudCockpit(TENANT, token="seed-token", transport=fake.transport()) as cc:
        assert [(u.email, [g.name for g in u.groups]) for u in cc.users.list_users()] == [
            ("ada@contoso.example", []),
            ("ops@example.com", ["Admins"]),
        ]
        assert [u.email for u in cc.users.list_customer_portal_users(customer)] == ["ada@contoso.example"]
        assert cc.mca.get_customer_mca(customer, instance).status["name"] == "LinkGenerated"
        assert [
            u.display_name
            for u in cc.customer_users.list_customer_users(customer, provider_instance_id=instance)
        ] == ["Ada"]
        [listed] = cc.gdap.list_delegated_admin_relationships(customer, provider_instance_id=instance)
        assert (listed.id, listed.display_name) == (relationship, "Seeded")
