"""The in-memory CloudCockpit's GDAP operations through the generated facade (cc.gdap): relationships
and access assignments, with the rules the docs give and the double's choices (README)."""

from __future__ import annotations

import pytest
from conftest import CUSTOMER, TENANT

from cloudcockpit_client import BadRequestError, CloudCockpit, NotFoundError, PermissionDeniedError
from cloudcockpit_client.testing import FakeCloudCockpit


@pytest.mark.anyio
async def test_relationships_and_access_assignments() -> None:
    fake = FakeCloudCockpit(auto_create=False)
    fake.add_tenant(TENANT)
    token = fake.issue_token(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    acme = fake.add_provider_instance(TENANT, provider="acme")
    seeded = fake.add_relationship(TENANT, customer, ms, display_name="Seeded", roles=["role-1"])
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        [listed] = await cc.gdap.list_delegated_admin_relationships(customer, provider_instance_id=ms)
        assert (listed.relationship_id, listed.id, listed.display_name) == (seeded.id, seeded.id, "Seeded")
        assert listed.status is not None and listed.status.name == "Active"
        with pytest.raises(BadRequestError) as info:
            await cc.gdap.list_delegated_admin_relationships(customer, provider_instance_id=acme)
        assert info.value.errors[0].property_name == "providerInstanceId"

        created = await cc.gdap.create_delegated_admin_relationship(
            provider_instance_id=ms, display_name="New", auto_extend_enabled=True
        )
        assert created.status is not None and created.status.name == "ApprovalPending"
        assert isinstance(created.id, str)
        with pytest.raises(BadRequestError, match="active state"):  # not approved yet
            await cc.gdap.create_access_assignment(created.id, provider_instance_id=ms)
        fake.process_pending()  # the customer approves
        await cc.gdap.create_access_assignment(created.id, provider_instance_id=ms)
        [assignment] = await cc.gdap.list_access_assignments(created.id, provider_instance_id=ms)
        assert assignment.access_container is not None
        assert assignment.access_container.access_container_id == fake.security_group
        with pytest.raises(BadRequestError, match="already has an access assignment"):
            await cc.gdap.create_access_assignment(created.id, provider_instance_id=ms)
        with pytest.raises(BadRequestError) as info:
            await cc.gdap.create_delegated_admin_relationship(
                provider_instance_id=ms, display_name="x" * 51, auto_extend_enabled=False
            )
        assert info.value.errors[0].property_name == "displayName"

        await cc.gdap.update_delegated_admin_relationship(
            customer, seeded.id, provider_instance_id=ms, auto_extend_enabled=True
        )
        assert fake.relationship(seeded.id).auto_extend is True
        with pytest.raises(NotFoundError):
            await cc.gdap.update_delegated_admin_relationship(
                customer, "no-such-relationship", provider_instance_id=ms, auto_extend_enabled=True
            )
        await cc.gdap.terminate_delegated_admin_relationship(customer, seeded.id, provider_instance_id=ms)
        assert fake.relationship(seeded.id).status == "Terminated"
    roles = fake.relationship(created.id).roles
    assert roles == fake.default_gdap_roles  # none chosen: the portal's default roles


@pytest.mark.anyio
async def test_only_the_csp_terminates_a_relationship() -> None:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    relationship = fake.add_relationship(TENANT, customer, ms)
    token = fake.issue_token(TENANT, role="reseller", reseller_id="7f8e2b1a-0000-4000-8000-000000000001")
    async with CloudCockpit(TENANT, token=token, transport=fake.transport()) as cc:
        with pytest.raises(PermissionDeniedError):
            await cc.gdap.terminate_delegated_admin_relationship(
                customer, relationship.id, provider_instance_id=ms
            )
    assert fake.relationship(relationship.id).status == "Active"
