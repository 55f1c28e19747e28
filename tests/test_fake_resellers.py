"""The in-memory CloudCockpit's Resellers operations through the generated facade (cc.resellers):
resellers, their provider instances, margins and MPN ids, with the rules the docs give and the
double's choices (README)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER, MARGIN, TENANT

from cloudcockpit_client import BadRequestError, CloudCockpit, NotFoundError, PermissionDeniedError
from cloudcockpit_client.testing import FakeCloudCockpit
from cloudcockpit_client.testing._resellers import seed_resellers

RESELLER: dict[str, Any] = {
    "company_name": "Northwind Traders",
    "country": "PT",
    "address_line_1": "Rua do Ouro 10",
    "city": "Lisboa",
    "state": "Lisboa",
    "zip_code": "1100-060",
    "first_name": "Grace",
    "last_name": "Hopper",
    "email": "grace@northwind.example",
    "phone": "+351210000002",
}
ACCOUNT: dict[str, Any] = {
    "companyName": "Northwind Traders",
    "country": "PT",
    "addressLine1": "Rua do Ouro 10",
    "city": "Lisboa",
    "state": "Lisboa",
    "zipCode": "1100-060",
    "firstName": "Grace",
    "lastName": "Hopper",
    "email": "grace@northwind.example",
    "phone": "+351210000002",
}


@pytest.fixture
def fake() -> FakeCloudCockpit:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    return fake


def client(fake: FakeCloudCockpit, token: str) -> CloudCockpit:
    return CloudCockpit(TENANT, token=token, transport=fake.transport())


def raw(fake: FakeCloudCockpit) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url="https://api.cloudcockpit.com", transport=fake.transport())


def field_names(error: BadRequestError) -> set[str | None]:
    return {e.property_name for e in error.errors}


@pytest.mark.anyio
async def test_create_then_get_and_list(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    ms = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    async with client(fake, token) as cc:
        raw_created = await cc.resellers.with_raw_response.create_reseller(
            **RESELLER,
            internal_identifier="NW-1",
            tax_id="PT500000000",
            provider_resellers=[{"providerInstanceId": str(ms), "priceMargin": MARGIN}],
        )
        assert raw_created.status_code == 201
        created = raw_created.parse()
        rid = uuid.UUID(created["id"])
        assert created["zipCode"] == "1100-060"
        assert "zip" not in created and "middleName" not in created
        got = await cc.resellers.get_reseller(rid)
        assert (got.company_name, got.zip_code, got.internal_identifier, got.tax_id) == (
            "Northwind Traders",
            "1100-060",
            "NW-1",
            "PT500000000",
        )
        assert got.provider_resellers is not None
        [entry] = got.provider_resellers
        assert entry.provider_instance_id == ms
        assert entry.price_margin.margin_rule is not None
        assert (entry.price_margin.margin_rule.name, entry.price_margin.value) == ("Markup", 10)
        [listed] = [r async for r in cc.resellers.list_resellers()]
        assert listed.id == rid
    held = fake.reseller(rid)
    assert held["companyName"] == "Northwind Traders"
    assert held["providerResellers"][0]["secondaryMpnIds"] == []


@pytest.mark.anyio
async def test_create_validation_names_the_fields(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    acme = fake.add_provider_instance(TENANT, provider="acme")
    async with client(fake, token) as cc:
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.create_reseller(**{**RESELLER, "zip_code": "1" * 31, "phone": "9" * 31})
        assert field_names(info.value) == {"zipCode", "phone"}
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.create_reseller(**{**RESELLER, "company_name": "x" * 256})
        assert field_names(info.value) == {"companyName"}
        with pytest.raises(BadRequestError) as info:  # a provider reseller's margin is checked too
            await cc.resellers.create_reseller(
                **RESELLER,
                provider_resellers=[
                    {"providerInstanceId": str(acme), "priceMargin": {**MARGIN, "value": 1000}}
                ],
            )
        assert field_names(info.value) == {"providerResellers[0].priceMargin.value"}
        with pytest.raises(BadRequestError) as info:  # the instance's supported countries
            await cc.resellers.create_reseller(
                **{**RESELLER, "country": "BR"},
                provider_resellers=[{"providerInstanceId": str(acme), "priceMargin": MARGIN}],
            )
        assert field_names(info.value) == {"country"}
    async with raw(fake) as http:  # required fields left out (the SDK always sends them)
        response = await http.post(
            "/v1/Resellers",
            json={"companyName": "Northwind Traders", "country": "PT"},
            headers={"Authorization": f"Bearer {token}", "X-Tenant": TENANT},
        )
    assert response.status_code == 400
    names = {e["propertyName"] for e in response.json()["errors"]}
    assert names == {"addressLine1", "city", "state", "zipCode", "firstName", "lastName", "email", "phone"}
    assert fake._reseller_records == {}  # nothing was created


@pytest.mark.anyio
async def test_list_pages_filters_and_sorting(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    acme = fake.add_provider_instance(TENANT, provider="acme")
    zeta = fake.add_reseller(TENANT, {"companyName": "Zeta Resale", "internalIdentifier": "Z-9"})
    alpha = fake.add_reseller(
        TENANT,
        {
            "companyName": "alpha Partners",
            "providerResellers": [
                {
                    "providerInstanceId": str(ms),
                    "providerResellerId": "1111111",
                    "secondaryMpnIds": ["2222222"],
                }
            ],
        },
    )
    mid = fake.add_reseller(
        TENANT, {"companyName": "Middle Seller", "providerResellers": [{"providerInstanceId": str(acme)}]}
    )
    fake.add_tenant("other.example.com")
    fake.add_reseller("other.example.com", {"companyName": "Another tenant's"})
    customer = fake.add_customer(TENANT, {**CUSTOMER, "resellerId": str(mid)})
    async with client(fake, token) as cc:
        assert [r.id async for r in cc.resellers.list_resellers()] == [alpha, mid, zeta]
        page = await cc.resellers.with_raw_response.list_resellers(page_size=2, page_number=2)
        assert page.status_code == 200
        body = page.http_response.json()
        assert [r["id"] for r in body["items"]] == [str(zeta)]
        assert (body["totalCount"], body["totalPages"], body["hasPreviousPage"]) == (3, 2, True)
        assert [r.id async for r in cc.resellers.list_resellers(search_value="SELLER")] == [mid]
        found = cc.resellers.list_resellers(search_value="z-", search_field="InternalIdentifier")
        assert [r.id async for r in found] == [zeta]
        for mpn in ("1111111", "2222"):  # the primary or a secondary mpn id
            assert [
                r.id async for r in cc.resellers.list_resellers(search_value=mpn, search_field="MpnId")
            ] == [alpha]
        assert [r.id async for r in cc.resellers.list_resellers(provider_instance_id=acme)] == [mid]
        by_customer = cc.resellers.list_resellers(customer_id=customer, provider_instance_id=acme)
        assert [r.id async for r in by_customer] == [mid]
        assert [
            r.id async for r in cc.resellers.list_resellers(customer_id=customer, provider_instance_id=ms)
        ] == []
        for kwargs, name in [
            ({"customer_id": customer}, "providerInstanceId"),
            ({"search_field": "Email"}, "searchField"),
            ({"sort_property_name": "Email"}, "sortPropertyName"),
            ({"search_value": "x" * 256}, "searchValue"),
            ({"page_size": 2001}, "pageSize"),
        ]:
            with pytest.raises(BadRequestError) as info:
                [r async for r in cc.resellers.list_resellers(**kwargs)]
            assert field_names(info.value) == {name}, kwargs


@pytest.mark.anyio
async def test_get_for_csp_and_reseller_tokens(fake: FakeCloudCockpit) -> None:
    mine = fake.add_reseller(TENANT, {"companyName": "Mine"})
    theirs = fake.add_reseller(TENANT, {"companyName": "Theirs"})
    fake.add_tenant("other.example.com")
    elsewhere = fake.add_reseller("other.example.com")
    csp = fake.issue_token(TENANT)
    own = fake.issue_token(TENANT, role="reseller", reseller_id=mine)
    entityless = uuid.uuid4()
    ghost = fake.issue_token(TENANT, role="reseller", reseller_id=entityless)
    async with client(fake, csp) as cc:
        assert (await cc.resellers.get_reseller(theirs)).company_name == "Theirs"
        for unknown in (uuid.uuid4(), elsewhere):
            with pytest.raises(NotFoundError):
                await cc.resellers.get_reseller(unknown)
    async with client(fake, own) as cc:
        assert (await cc.resellers.get_reseller(mine)).company_name == "Mine"
        with pytest.raises(PermissionDeniedError):  # another reseller's: a 403
            await cc.resellers.get_reseller(theirs)
    async with client(fake, ghost) as cc:
        with pytest.raises(NotFoundError):  # its own id, but no reseller entity
            await cc.resellers.get_reseller(entityless)


@pytest.mark.anyio
async def test_account_info_and_internal_identifier(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    rid = fake.add_reseller(TENANT, {"internalIdentifier": "old"})
    async with client(fake, token) as cc:
        raw_update = await cc.resellers.with_raw_response.update_reseller_account_info(
            rid, **{**RESELLER, "city": "Porto", "zip_code": "4000-001"}, address_line_2="2.º andar"
        )
        assert raw_update.status_code == 204
        held = fake.reseller(rid)
        assert (held["city"], held["zipCode"], held["addressLine2"]) == ("Porto", "4000-001", "2.º andar")
        assert held["internalIdentifier"] == "old"  # account info does not touch it
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.update_reseller_account_info(rid, **{**RESELLER, "email": "e" * 256})
        assert field_names(info.value) == {"email"}
        with pytest.raises(NotFoundError):
            await cc.resellers.update_reseller_account_info(uuid.uuid4(), **RESELLER)

        await cc.resellers.update_reseller_internal_identifier(rid, internal_identifier="NW-42")
        assert fake.reseller(rid)["internalIdentifier"] == "NW-42"
        assert (await cc.resellers.get_reseller(rid)).internal_identifier == "NW-42"
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.update_reseller_internal_identifier(rid, internal_identifier="i" * 256)
        assert field_names(info.value) == {"internalIdentifier"}
        with pytest.raises(NotFoundError):
            await cc.resellers.update_reseller_internal_identifier(uuid.uuid4(), internal_identifier="x")
    assert fake.reseller(rid)["city"] == "Porto"
    async with raw(fake) as http:  # the body is a bare JSON string: an object is a 400
        response = await http.patch(
            f"/v1/Resellers/{rid}/internal-identifier",
            content=json.dumps({"internalIdentifier": "x"}),
            headers={
                "Authorization": f"Bearer {token}",
                "X-Tenant": TENANT,
                "Content-Type": "application/json",
            },
        )
    assert response.status_code == 400
    assert response.json()["errors"][0]["propertyName"] == "internalIdentifier"
    assert fake.reseller(rid)["internalIdentifier"] == "NW-42"


@pytest.mark.anyio
async def test_provider_instances_are_added_once(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    ms = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    acme = fake.add_provider_instance(TENANT, provider="acme", alias="Acme")
    fake.add_tenant("other.example.com")
    foreign = fake.add_provider_instance("other.example.com", provider="acme")
    rid = fake.add_reseller(TENANT)
    async with client(fake, token) as cc:
        added = await cc.resellers.with_raw_response.add_reseller_provider_instance(
            rid,
            provider_instance_id=ms,
            price_margin=MARGIN,
            offer_type_margins={"azurePlan": {"marginRule": {"name": "margin"}, "value": 5}},
            provider_reseller_id="1234567",
            reseller_provider_data={"IndirectResellerId": None, "SecondaryMpnIds": ["7654321"]},
        )
        assert (added.status_code, added.parse()) == (201, str(ms))
        with pytest.raises(BadRequestError, match="already") as info:
            await cc.resellers.add_reseller_provider_instance(
                rid, provider_instance_id=ms, price_margin=MARGIN
            )
        assert field_names(info.value) == {"providerInstanceId"}
        with pytest.raises(BadRequestError) as info:  # a generic instance takes no mpn id
            await cc.resellers.add_reseller_provider_instance(
                rid, provider_instance_id=acme, price_margin=MARGIN, provider_reseller_id="1234567"
            )
        assert field_names(info.value) == {"providerResellerId"}
        for instance in (foreign, uuid.uuid4()):
            with pytest.raises(BadRequestError) as info:
                await cc.resellers.add_reseller_provider_instance(
                    rid, provider_instance_id=instance, price_margin=MARGIN
                )
            assert field_names(info.value) == {"providerInstanceId"}
        with pytest.raises(BadRequestError) as info:  # the reseller's margin on the instance is required
            await cc.resellers.add_reseller_provider_instance(rid, provider_instance_id=acme)
        assert field_names(info.value) == {"priceMargin"}
        with pytest.raises(NotFoundError):
            await cc.resellers.add_reseller_provider_instance(
                uuid.uuid4(), provider_instance_id=acme, price_margin=MARGIN
            )
        await cc.resellers.add_reseller_provider_instance(rid, provider_instance_id=acme, price_margin=MARGIN)
        got = await cc.resellers.get_reseller(rid)
        assert got.provider_resellers is not None
        assert [p.provider_instance_id for p in got.provider_resellers] == [ms, acme]
    by_instance = {p["providerInstanceId"]: p for p in fake.reseller(rid)["providerResellers"]}
    microsoft = by_instance[str(ms)]
    assert microsoft["providerResellerId"] == "1234567"
    assert microsoft["secondaryMpnIds"] == ["7654321"]
    assert microsoft["offerTypeMargins"] == {"AzurePlan": {"marginRule": {"name": "Margin"}, "value": 5}}
    assert json.loads(microsoft["resellerProviderData"])["SecondaryMpnIds"] == ["7654321"]
    assert by_instance[str(acme)]["resellerProviderData"] is None


@pytest.mark.anyio
async def test_a_country_the_instances_do_not_support_is_refused(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    acme = fake.add_provider_instance(TENANT, provider="acme")
    rid = fake.add_reseller(TENANT, {"country": "BR"})
    async with client(fake, token) as cc:
        with pytest.raises(BadRequestError, match="not supported") as info:
            await cc.resellers.add_reseller_provider_instance(
                rid, provider_instance_id=acme, price_margin=MARGIN
            )
        assert field_names(info.value) == {"country"}
    assert fake.reseller(rid)["providerResellers"] is None


@pytest.mark.anyio
async def test_margins_per_provider_instance(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    acme = fake.add_provider_instance(TENANT, provider="acme")
    rid = fake.add_reseller(
        TENANT, {"providerResellers": [{"providerInstanceId": str(ms), "priceMargin": MARGIN}]}
    )
    new = {"marginRule": {"name": "SplitMargin"}, "value": 12.5}
    async with client(fake, token) as cc:
        await cc.resellers.update_reseller_margins(
            rid,
            ms,
            provider_instance_id=ms,
            price_margin=new,
            offer_type_margins={"License": {"marginRule": {"name": "Markup"}, "value": 3}},
        )
        [entry] = fake.reseller(rid)["providerResellers"]
        assert entry["priceMargin"] == new
        assert entry["offerTypeMargins"] == {"License": {"marginRule": {"name": "Markup"}, "value": 3}}
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.update_reseller_margins(
                rid, ms, provider_instance_id=ms, price_margin={**MARGIN, "value": 1000}
            )
        assert field_names(info.value) == {"priceMargin.value"}
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.update_reseller_margins(
                rid,
                ms,
                provider_instance_id=ms,
                price_margin=MARGIN,
                offer_type_margins={"Hardware": MARGIN},
            )
        assert field_names(info.value) == {"offerTypeMargins.Hardware"}
        with pytest.raises(BadRequestError) as info:  # not one of the reseller's instances
            await cc.resellers.update_reseller_margins(
                rid, acme, provider_instance_id=acme, price_margin=MARGIN
            )
        assert field_names(info.value) == {"providerInstanceId"}
        with pytest.raises(BadRequestError) as info:  # the body's instance is the path's
            await cc.resellers.update_reseller_margins(
                rid, ms, provider_instance_id=acme, price_margin=MARGIN
            )
        assert field_names(info.value) == {"providerInstanceId"}
        with pytest.raises(BadRequestError) as info:  # the page documents a 400, no 404
            await cc.resellers.update_reseller_margins(
                uuid.uuid4(), ms, provider_instance_id=ms, price_margin=MARGIN
            )
        assert field_names(info.value) == {"resellerId"}
        await cc.resellers.update_reseller_margins(rid, ms, provider_instance_id=ms, price_margin=MARGIN)
    [entry] = fake.reseller(rid)["providerResellers"]
    assert (entry["priceMargin"], entry["offerTypeMargins"]) == (MARGIN, None)  # absent: cleared


@pytest.mark.anyio
async def test_secondary_mpn_ids(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    acme = fake.add_provider_instance(TENANT, provider="acme")
    other_ms = fake.add_provider_instance(TENANT, provider="microsoft")
    rid = fake.add_reseller(
        TENANT,
        {
            "providerResellers": [
                {"providerInstanceId": str(ms), "providerResellerId": "1000001"},
                {"providerInstanceId": str(acme)},
            ]
        },
    )
    async with client(fake, token) as cc:
        raw_update = await cc.resellers.with_raw_response.update_reseller_secondary_mpn_ids(
            rid, ms, mpn_ids=["2000002", "3000003"]
        )
        assert raw_update.status_code == 200
        by_mpn = cc.resellers.list_resellers(search_value="3000003", search_field="MpnId")
        assert [r.id async for r in by_mpn] == [rid]
        for instance in (acme, other_ms):  # a generic instance; a Microsoft one it is not on
            with pytest.raises(BadRequestError) as info:
                await cc.resellers.update_reseller_secondary_mpn_ids(rid, instance, mpn_ids=["1"])
            assert field_names(info.value) == {"providerInstanceId"}
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.update_reseller_secondary_mpn_ids(uuid.uuid4(), ms, mpn_ids=["1"])
        assert field_names(info.value) == {"resellerId"}
        await cc.resellers.update_reseller_secondary_mpn_ids(rid, ms, mpn_ids=["4000004"])
    entries = {p["providerInstanceId"]: p for p in fake.reseller(rid)["providerResellers"]}
    assert entries[str(ms)]["secondaryMpnIds"] == ["4000004"]
    assert entries[str(ms)]["providerResellerId"] == "1000001"
    assert entries[str(acme)]["secondaryMpnIds"] == []
    async with raw(fake) as http:  # a bare array of strings
        response = await http.patch(
            f"/v1/Resellers/{rid}/secondary-mpn-ids/{ms}",
            content=b'["5", 6]',
            headers={
                "Authorization": f"Bearer {token}",
                "X-Tenant": TENANT,
                "Content-Type": "application/json",
            },
        )
    assert response.status_code == 400
    assert response.json()["errors"][0]["propertyName"] == "$[1]"


@pytest.mark.anyio
async def test_mpn_profile(fake: FakeCloudCockpit) -> None:
    token = fake.issue_token(TENANT)
    fake.add_mpn_profile(TENANT, "1234567", name="Fabrikam Partner")
    async with client(fake, token) as cc:
        profile = await cc.resellers.get_reseller_mpn_profile(
            tenant_id="contoso.onmicrosoft.com", mpn_id="1234567"
        )
        assert (profile.mpn_id, profile.partner_name, profile.error_code) == (
            "1234567",
            "Fabrikam Partner",
            None,
        )
        with pytest.raises(NotFoundError):
            await cc.resellers.get_reseller_mpn_profile(tenant_id="contoso.onmicrosoft.com", mpn_id="7654321")
        with pytest.raises(BadRequestError) as info:
            await cc.resellers.get_reseller_mpn_profile(tenant_id=" ", mpn_id="1234567")
        assert field_names(info.value) == {"tenantId"}


@pytest.mark.anyio
async def test_a_reseller_token_may_not_call_the_csp_operations(fake: FakeCloudCockpit) -> None:
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    fake.add_mpn_profile(TENANT, "1234567")
    rid = fake.add_reseller(
        TENANT,
        {
            "internalIdentifier": "kept",
            "providerResellers": [{"providerInstanceId": str(ms), "priceMargin": MARGIN}],
        },
    )
    token = fake.issue_token(TENANT, role="reseller", reseller_id=rid)
    before = fake.reseller(rid)
    async with client(fake, token) as cc:

        async def list_all() -> list[Any]:
            return [r async for r in cc.resellers.list_resellers()]

        calls = [
            list_all,
            lambda: cc.resellers.create_reseller(**RESELLER),
            lambda: cc.resellers.update_reseller_account_info(rid, **RESELLER),
            lambda: cc.resellers.update_reseller_internal_identifier(rid, internal_identifier="x"),
            lambda: cc.resellers.update_reseller_margins(
                rid, ms, provider_instance_id=ms, price_margin=MARGIN
            ),
            lambda: cc.resellers.add_reseller_provider_instance(
                rid, provider_instance_id=ms, price_margin=MARGIN
            ),
            lambda: cc.resellers.update_reseller_secondary_mpn_ids(rid, ms, mpn_ids=["1"]),
            lambda: cc.resellers.get_reseller_mpn_profile(tenant_id="t", mpn_id="1234567"),
        ]
        for call in calls:
            with pytest.raises(PermissionDeniedError):
                await call()
        assert (await cc.resellers.get_reseller(rid)).internal_identifier == "kept"
    assert fake.reseller(rid) == before
    assert len(fake._reseller_records) == 1


def test_seed_resellers(fake: FakeCloudCockpit) -> None:
    ms = fake.add_provider_instance(TENANT, provider="microsoft")
    rid = "0b0b0b0b-0000-4000-8000-000000000001"
    seed_resellers(
        fake,
        TENANT,
        {
            "resellers": [
                {
                    "id": rid,
                    **ACCOUNT,
                    "internalIdentifier": "S-1",
                    "providerInstances": [
                        {
                            "providerInstanceId": str(ms),
                            "priceMargin": MARGIN,
                            "providerResellerId": "1234567",
                            "secondaryMpnIds": ["7654321"],
                        }
                    ],
                }
            ],
            "mpnProfiles": [{"mpnId": "1234567", "partnerName": "Seeded Partner"}],
        },
    )
    held = fake.reseller(rid)
    assert (held["id"], held["companyName"], held["internalIdentifier"]) == (rid, "Northwind Traders", "S-1")
    [entry] = held["providerResellers"]
    assert (entry["priceMargin"], entry["providerResellerId"], entry["secondaryMpnIds"]) == (
        MARGIN,
        "1234567",
        ["7654321"],
    )
    assert fake._mpn_profiles[(TENANT, "1234567")]["partnerName"] == "Seeded Partner"
    fake.reset()
    with pytest.raises(KeyError):
        fake.reseller(rid)
