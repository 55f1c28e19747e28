"""The in-memory CloudCockpit: its own rules (raw HTTP), and every SDK flow against it."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import anyio
import httpx
import pytest
from conftest import CUSTOMER, MARGIN, ms_data

from cloudcockpit_client import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientCredentials,
    CloudCockpit,
    CredentialError,
    Customer,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RetryPolicy,
)
from cloudcockpit_client.testing import FakeCloudCockpit

pytestmark = pytest.mark.anyio

TENANT = "portal.example.com"
OTHER = "other.example.com"
RESELLER = uuid.UUID("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee")
MS_DATA = ms_data(first_name="Ada", last_name="Lovelace")


class World:
    def __init__(self) -> None:
        self.fake = FakeCloudCockpit()
        self.fake.add_tenant(TENANT)
        self.fake.add_tenant(OTHER)
        self.token = self.fake.issue_token(TENANT, role="csp")
        self.customer = self.fake.add_customer(TENANT, CUSTOMER)
        self.bad_customer = self.fake.add_customer(TENANT, {**CUSTOMER, "firstName": "admin"})
        self.reseller_customer = self.fake.add_customer(TENANT, {**CUSTOMER, "resellerId": str(RESELLER)})
        self.ms = self.fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
        self.other_provider = self.fake.add_provider_instance(TENANT, provider="acme", alias="Acme")

    def client(self, token: str | None = None, **kwargs: Any) -> CloudCockpit:
        kwargs.setdefault("retries", RetryPolicy(max_retries=2, backoff_base=0, backoff_cap=0))
        return CloudCockpit(TENANT, token=token or self.token, transport=self.fake.transport(), **kwargs)

    def raw(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url="https://api.cloudcockpit.com", transport=self.fake.transport())

    def headers(self, token: str | None = None, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.token}", "X-Tenant": TENANT, **extra}

    def add_body(self, **overrides: Any) -> dict[str, Any]:
        body = {
            "providerInstanceId": str(self.ms),
            "providerCustomerData": MS_DATA.to_json(),
            "margin": MARGIN,
        }
        body.update(overrides)
        return body


@pytest.fixture
def world() -> World:
    return World()


async def add(
    cc: CloudCockpit, customer: uuid.UUID, instance: uuid.UUID, data: Any = MS_DATA, **kw: Any
) -> str:
    return await cc.customers.add_provider_instance(
        customer, provider_instance_id=instance, provider_customer_data=data, margin=MARGIN, **kw
    )


# ------------------------------------------------------------------ SDK flows


async def test_onboarding_flow_fail_retry_fix_created(world: World) -> None:
    async with world.client() as cc:
        created = await add(cc, world.bad_customer, world.ms)
        assert created == str(world.ms)
        pc = world.fake.provider_customer(world.bad_customer, world.ms)
        assert pc.status == "failed"
        assert pc.failure_reason and "placeholder" in pc.failure_reason
        assert pc.provider_customer_id is None

        await cc.customers.retry_provider_customer(world.bad_customer, world.ms)
        assert world.fake.provider_customer(world.bad_customer, world.ms).status == "failed"

        fixed = Customer.from_dict({**CUSTOMER, "firstName": "Grace"})
        await cc.customers.update_account_info(
            world.bad_customer, customer=fixed, retry_failed_provider_customers_from_company_info=True
        )
        pc = world.fake.provider_customer(world.bad_customer, world.ms)
        assert pc.status == "created" and pc.provider_customer_id
        assert world.fake.customer(world.bad_customer)["firstName"] == "Grace"

        with pytest.raises(BadRequestError) as info:
            await cc.customers.retry_provider_customer(
                world.bad_customer, world.ms, correlation_id="0b0b0b0b-0000-4000-8000-000000000000"
            )
    assert "not in the failed status" in info.value.description
    assert info.value.correlation_id == "0b0b0b0b-0000-4000-8000-000000000000"
    assert world.fake.requests[-1].status == 400


async def test_good_customer_is_created_at_once_and_other_providers_need_no_microsoft_data(
    world: World,
) -> None:
    async with world.client() as cc:
        await add(cc, world.customer, world.ms)
        await add(cc, world.customer, world.other_provider, data=None)
    assert world.fake.provider_customer(world.customer, world.ms).status == "created"
    assert world.fake.provider_customer(world.customer, world.other_provider).status == "created"


async def test_update_without_flag_does_not_retry(world: World) -> None:
    async with world.client() as cc:
        await add(cc, world.bad_customer, world.ms)
        await cc.customers.update_account_info(
            world.bad_customer, customer={**CUSTOMER, "firstName": "Grace"}
        )
    assert world.fake.provider_customer(world.bad_customer, world.ms).status == "failed"


async def test_auto_create_off_leaves_pending(world: World) -> None:
    world.fake.auto_create = False
    async with world.client() as cc:
        await add(cc, world.customer, world.ms)
        assert world.fake.provider_customer(world.customer, world.ms).status == "pending"
        with pytest.raises(BadRequestError):
            await cc.customers.retry_provider_customer(world.customer, world.ms)
    world.fake.process_pending()
    assert world.fake.provider_customer(world.customer, world.ms).status == "created"


async def test_adding_twice_is_a_400(world: World) -> None:
    async with world.client() as cc:
        await add(cc, world.customer, world.ms)
        with pytest.raises(BadRequestError, match="already linked"):
            await add(cc, world.customer, world.ms)


async def test_not_found(world: World) -> None:
    async with world.client() as cc:
        with pytest.raises(NotFoundError):
            await cc.customers.retry_provider_customer(uuid.uuid4(), world.ms)
        with pytest.raises(NotFoundError):
            await cc.customers.retry_provider_customer(world.customer, world.ms)  # no provider customer yet
        with pytest.raises(NotFoundError):
            await add(cc, uuid.uuid4(), world.ms)
        # account-info documents no 404: an unknown customer is a 400 on customerId
        with pytest.raises(BadRequestError) as info:
            await cc.customers.update_account_info(uuid.uuid4(), customer=CUSTOMER)
    assert info.value.errors[0].property_name == "customerId"


async def test_tokens_tenants_and_roles(world: World) -> None:
    other_token = world.fake.issue_token(OTHER)
    expired = world.fake.issue_token(TENANT, expires_in=-1)
    for token in ("unknown-token", other_token, expired):
        async with world.client(token) as cc:
            with pytest.raises(AuthenticationError):
                await cc.customers.retry_provider_customer(world.customer, world.ms)
    reseller = world.fake.issue_token(TENANT, role="reseller", reseller_id=RESELLER)
    async with world.client(reseller) as cc:
        with pytest.raises(PermissionDeniedError):
            await add(cc, world.customer, world.ms)
        with pytest.raises(PermissionDeniedError):
            await cc.customers.update_account_info(world.customer, customer=CUSTOMER)
        with pytest.raises(BadRequestError) as info:
            await add(cc, world.reseller_customer, world.ms, reseller_id=RESELLER)
        assert info.value.errors == [FieldError("resellerId", ["A reseller must not pass resellerId."])]
        await add(cc, world.reseller_customer, world.ms)
    async with world.client() as cc:  # a CSP on the reseller's relationship
        await add(cc, world.reseller_customer, world.other_provider, data=None, reseller_id=RESELLER)


async def test_client_credentials_against_the_double(world: World) -> None:
    world.fake.add_api_client(TENANT, "app-id", "app-secret")
    transport = world.fake.transport()
    async with CloudCockpit(
        TENANT, credentials=ClientCredentials("app-id", "app-secret"), transport=transport
    ) as cc:
        await add(cc, world.customer, world.ms)
        await cc.customers.update_account_info(world.customer, customer=CUSTOMER)
    assert world.fake.token_requests == 1
    assert all("app-secret" not in repr(r) for r in world.fake.requests)
    async with CloudCockpit(
        TENANT, credentials=ClientCredentials("app-id", "wrong"), transport=transport
    ) as cc:
        with pytest.raises(CredentialError) as info:
            await add(cc, world.customer, world.other_provider, data=None)
    assert info.value.error_code == "invalid_client"


async def test_expired_token_mid_run_is_refreshed_once(world: World) -> None:
    world.fake.add_api_client(TENANT, "app-id", "app-secret")
    async with CloudCockpit(
        TENANT, credentials=ClientCredentials("app-id", "app-secret"), transport=world.fake.transport()
    ) as cc:
        await cc.customers.update_account_info(world.customer, customer=CUSTOMER)
        for token in list(world.fake._tokens):
            world.fake.expire_token(token)
        await cc.customers.update_account_info(world.customer, customer=CUSTOMER)
    assert world.fake.token_requests == 2
    assert [r.status for r in world.fake.requests if "oauth2" not in r.path] == [202, 401, 202]


async def test_request_log(world: World) -> None:
    async with world.client() as cc:
        await add(cc, world.customer, world.ms, correlation_id="5c5c5c5c-0000-4000-8000-000000000000")
    (req,) = world.fake.requests
    assert req.method == "POST" and req.path == f"/v1/Customers/{world.customer}/provider-instances"
    assert req.headers["x-correlation-id"] == "5c5c5c5c-0000-4000-8000-000000000000"
    assert req.body["margin"] == MARGIN and req.status == 201
    assert world.token not in repr(req)


# ------------------------------------------------------------------ fault injection


async def test_fault_503_with_retry_after_then_real_answer(world: World) -> None:
    world.fake.inject(status=503, headers={"Retry-After": "0"}, times=2)
    async with world.client() as cc:
        await cc.customers.update_account_info(world.customer, customer=CUSTOMER)
    assert [r.status for r in world.fake.requests] == [503, 503, 202]
    assert len({r.headers["x-correlation-id"] for r in world.fake.requests}) == 1


async def test_fault_500_on_post_is_not_retried_and_apply_shows_the_ambiguity(world: World) -> None:
    world.fake.inject(status=500, body={"statusCode": 500, "description": "boom"}, apply=True, method="POST")
    async with world.client() as cc:
        with pytest.raises(InternalServerError, match="boom"):
            await add(cc, world.customer, world.ms)
    assert len(world.fake.requests) == 1
    # The server acted before failing: the link exists.
    assert world.fake.provider_customer(world.customer, world.ms).status == "created"


async def test_fault_connection_errors(world: World) -> None:
    world.fake.inject(error="connect")
    world.fake.inject(error="disconnect", path="provider-instances")
    async with world.client() as cc:
        await cc.customers.update_account_info(world.customer, customer=CUSTOMER)  # refused, then retried
        with pytest.raises(APIConnectionError):
            await add(cc, world.customer, world.ms)  # dropped after sending: POST is not re-sent
        await add(cc, world.customer, world.other_provider, data=None)
    assert [r.status for r in world.fake.requests] == [202, 0, 201]


# ------------------------------------------------------------------ the double's own rules, raw HTTP


async def post_raw(
    world: World,
    body: Any,
    *,
    path: str | None = None,
    headers: dict[str, str] | None = None,
    params: dict[str, str] | None = None,
) -> httpx.Response:
    async with world.raw() as http:
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return await http.post(
            path or f"/v1/Customers/{world.customer}/provider-instances",
            content=content,
            headers=headers or world.headers(**{"X-Correlation-Id": "7e7e7e7e-0000-4000-8000-000000000000"}),
            params=params,
        )


def field_names(response: httpx.Response) -> set[str]:
    body = response.json()
    assert body["statusCode"] == response.status_code
    assert body["correlationId"] == "7e7e7e7e-0000-4000-8000-000000000000"
    return {e["propertyName"] for e in body["errors"]}


@pytest.mark.parametrize(
    ("override", "fields"),
    [
        ({"providerInstanceId": None}, {"providerInstanceId"}),
        ({"providerInstanceId": str(uuid.uuid4())}, {"providerInstanceId"}),
        ({"margin": {"marginRule": {"name": "Discount"}, "value": 1}}, {"margin.marginRule.name"}),
        ({"margin": {"marginRule": {"name": "Markup"}, "value": 1000}}, {"margin.value"}),
        ({"margin": {"marginRule": {"name": "Markup"}, "value": -0.5}}, {"margin.value"}),
        ({"margin": {"marginRule": {"name": "Markup"}}}, {"margin.value"}),
        ({"margin": None}, {"margin"}),
        ({"providerCustomerData": "{not json"}, {"providerCustomerData"}),
        ({"providerCustomerData": json.dumps({"Domain": "x"})}, {"providerCustomerData"}),
        ({"providerCustomerData": None}, {"providerCustomerData"}),
        ({"offerTypeMargins": {"Gadgets": MARGIN}}, {"offerTypeMargins.Gadgets"}),
        ({"offerTypeMargins": {"AzurePlan": {"value": 1}}}, {"offerTypeMargins.AzurePlan.marginRule"}),
    ],
)
async def test_add_validation(world: World, override: dict[str, Any], fields: set[str]) -> None:
    response = await post_raw(world, world.add_body(**override))
    assert response.status_code == 400
    assert field_names(response) == fields


async def test_add_accepts_case_insensitive_names_and_the_documented_example(world: World) -> None:
    body = {
        "ProviderInstanceId": str(world.ms),
        "providerCustomerData": MS_DATA.to_json(),
        "Margin": {"Value": 10, "MarginRule": {"Name": "markup"}},
        "offerTypeMargins": {"license": {"Value": 10, "MarginRule": {"Name": "markup"}}},
    }
    response = await post_raw(world, body)
    assert response.status_code == 201
    assert response.json() == str(world.ms)


@pytest.mark.parametrize("body", [b"", b"{not json", b"[1, 2]", b'"str"'])
async def test_malformed_bodies(world: World, body: bytes) -> None:
    response = await post_raw(world, body)
    assert response.status_code == 400
    assert field_names(response) == {"$"}


async def test_missing_required_fields(world: World) -> None:
    response = await post_raw(world, {})
    assert field_names(response) == {
        "providerInstanceId",
        "providerCustomerData",
        "margin.marginRule",
        "margin",
    } - {"margin.marginRule"} | {"margin"}


async def test_customer_validation_on_account_info(world: World) -> None:
    customer = {**CUSTOMER, "zip": "x" * 31, "companyName": "y" * 256, "phone": 5}
    del customer["country"]
    async with world.raw() as http:
        response = await http.patch(
            f"/v1/Customers/{world.customer}/account-info",
            json={"customer": customer, "retryFailedProviderCustomersFromCompanyInfo": "yes"},
            headers=world.headers(**{"X-Correlation-Id": "7e7e7e7e-0000-4000-8000-000000000000"}),
        )
    assert response.status_code == 400
    assert field_names(response) == {
        "customer.zip",
        "customer.companyName",
        "customer.phone",
        "customer.country",
        "retryFailedProviderCustomersFromCompanyInfo",
    }
    assert world.fake.customer(world.customer)["zip"] == CUSTOMER["zip"]  # nothing applied


async def test_headers_ids_and_routes(world: World) -> None:
    async with world.raw() as http:
        no_auth = await http.post(
            f"/v1/Customers/{world.customer}/provider-customers/{world.ms}", headers={"X-Tenant": TENANT}
        )
        assert no_auth.status_code == 401 and no_auth.content == b""
        no_tenant = await http.post(
            f"/v1/Customers/{world.customer}/provider-customers/{world.ms}",
            headers={"Authorization": f"Bearer {world.token}"},
        )
        assert no_tenant.status_code == 400 and no_tenant.json()["errors"][0]["propertyName"] == "X-Tenant"
        wrong_tenant = await http.post(
            f"/v1/Customers/{world.customer}/provider-customers/{world.ms}",
            headers={**world.headers(), "X-Tenant": "nobody.example.com"},
        )
        assert wrong_tenant.status_code == 401
        bad_id = await http.post(
            f"/v1/Customers/not-a-guid/provider-customers/{world.ms}", headers=world.headers()
        )
        assert bad_id.status_code == 400 and bad_id.json()["errors"][0]["propertyName"] == "customerId"
        bad_cid = await http.post(
            f"/v1/Customers/{world.customer}/provider-customers/{world.ms}",
            headers=world.headers(**{"X-Correlation-Id": "nope"}),
        )
        assert bad_cid.status_code == 400
        assert (
            await http.get(f"/v1/Customers/{world.customer}/account-info", headers=world.headers())
        ).status_code == 405
        assert (await http.get("/v2/unknown", headers=world.headers())).status_code == 404
    response = await post_raw(world, world.add_body(), params={"resellerId": "zzz"})
    assert response.status_code == 400 and field_names(response) == {"resellerId"}


async def test_asgi_app_serves_the_same_state(world: World) -> None:
    transport = httpx.ASGITransport(app=world.fake.asgi_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        response = await http.post(
            f"/v1/Customers/{world.customer}/provider-instances",
            json=world.add_body(),
            headers=world.headers(),
        )
    assert response.status_code == 201
    assert world.fake.provider_customer(world.customer, world.ms).status == "created"


def test_seed_file_loader(tmp_path: Any) -> None:
    from cloudcockpit_client.testing._seed import seed

    fake = FakeCloudCockpit()
    cid = str(uuid.uuid4())
    iid = str(uuid.uuid4())
    seed(
        fake,
        {
            "tenants": [
                {
                    "domain": TENANT,
                    "tokens": [{"token": "dev-token", "role": "csp"}],
                    "providerInstances": [{"id": iid, "provider": "microsoft"}],
                    "customers": [
                        {
                            "id": cid,
                            **CUSTOMER,
                            "providerCustomers": [
                                {
                                    "providerInstanceId": iid,
                                    "status": "failed",
                                    "failureReason": "InvalidCompanyInfo",
                                }
                            ],
                        }
                    ],
                }
            ]
        },
    )
    assert fake.customer(cid)["companyName"] == CUSTOMER["companyName"]
    assert fake._tokens["dev-token"].tenant == "portal.example.com"
    pc = fake.provider_customer(cid, iid)
    assert (pc.status, pc.failure_reason, pc.provider_customer_id) == ("failed", "InvalidCompanyInfo", None)
    view = fake._customer_view(uuid.UUID(cid))
    assert view["providerCustomers"] == {
        iid: {
            "providerInstanceId": iid,
            "providerCustomerId": None,
            "providerCustomerData": None,
            "margin": None,
        }
    }


@pytest.mark.anyio
async def test_paging_bounds_are_the_documented_ones() -> None:
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    token = fake.issue_token(TENANT)
    for i in range(3):
        fake.add_customer(TENANT, {**CUSTOMER, "companyName": f"C{i}"})
    headers = {"X-Tenant": TENANT, "Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://api.example") as http:
        for query, field in (
            ({"pageSize": "0"}, "pageSize"),
            ({"pageSize": "2001"}, "pageSize"),
            ({"pageNumber": "0"}, "pageNumber"),
            ({"pageNumber": "x"}, "pageNumber"),
        ):
            response = await http.get("/v1/Customers", params=query, headers=headers)
            assert response.status_code == 400
            assert [e["propertyName"] for e in response.json()["errors"]] == [field]
        body = (
            await http.get("/v1/Customers", params={"pageSize": "2000", "pageNumber": "2"}, headers=headers)
        ).json()
        assert (body["items"], body["totalCount"], body["totalPages"], body["hasNextPage"]) == (
            [],
            3,
            1,
            False,
        )
        body = (await http.get("/v1/Customers", params={"pageSize": "2"}, headers=headers)).json()
        assert [c["companyName"] for c in body["items"]] == ["C0", "C1"]
        assert (
            body["paginationParameters"] == {"pageNumber": 1, "pageSize": 2} and body["hasNextPage"] is True
        )
        assert (await http.get("/v1/Customers", headers={"X-Tenant": TENANT})).status_code == 401


def test_creation_delay_keeps_a_provider_customer_pending_until_due() -> None:
    fake = FakeCloudCockpit(creation_delay=0.05)
    fake.add_tenant(TENANT)
    customer = fake.add_customer(TENANT, CUSTOMER)
    instance = fake.add_provider_instance(TENANT, provider="acme")
    state = fake.add_provider_customer(customer, instance, status="failed")
    fake._start_creation(state)
    fake._complete_due_creations()
    assert state.status == "pending" and state.provider_customer_id is None
    time.sleep(0.06)
    fake._complete_due_creations()
    assert state.status == "created" and state.provider_customer_id
    with pytest.raises(ValueError, match="creation_delay"):
        FakeCloudCockpit(creation_delay=-1)


# ------------------------------------------------------------------ Microsoft company-info rules


@pytest.mark.parametrize(
    ("override", "problem"),
    [
        ({}, None),
        ({"firstName": "Test"}, "firstName 'Test' is a placeholder"),
        ({"lastName": "ADMIN"}, "lastName 'ADMIN' is a placeholder"),
        ({"firstName": "A"}, "firstName is a single character"),
        ({"lastName": "x" * 41}, "lastName is longer than 40 characters"),
        ({"firstName": "1234"}, "firstName has no letters"),
        ({"firstName": None}, "firstName is empty"),
        ({"companyName": "C"}, "companyName is a single character"),
        ({"companyName": "!!!"}, "companyName has only special characters"),
        ({"companyName": "LLC"}, "companyName 'LLC' is only a restricted abbreviation"),
        ({"companyName": "aaaa"}, "companyName repeats one character"),
        ({"email": "someone@microsoft.com"}, "email may not be a microsoft.com address"),
    ],
)
def test_microsoft_company_info_rules(override: dict[str, Any], problem: str | None) -> None:
    from cloudcockpit_client.testing._rules import microsoft_company_info_problems

    problems = microsoft_company_info_problems({**CUSTOMER, **override})
    assert problems == ([problem] if problem else [])


async def test_fault_delay_meets_the_client_timeout(world: World) -> None:
    world.fake.inject(delay=5.0)
    async with world.client(timeout=0.1) as cc:
        with pytest.raises(APITimeoutError):
            await cc.customers.update_account_info(world.customer, customer=CUSTOMER)
        await cc.customers.update_account_info(world.customer, customer=CUSTOMER)  # usable afterwards


def test_served_over_http_on_loopback(tmp_path: Any) -> None:
    """python -m cloudcockpit_client.testing serves a seeded double on 127.0.0.1 (uvicorn)."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cid, iid = uuid.uuid4(), uuid.uuid4()
    seed = {
        "tenants": [
            {
                "domain": TENANT,
                "tokens": [{"token": "dev-token", "role": "csp"}],
                "providerInstances": [{"id": str(iid), "provider": "acme"}],
                "customers": [{"id": str(cid), **CUSTOMER}],
            }
        ]
    }
    (tmp_path / "seed.json").write_text(json.dumps(seed))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cloudcockpit_client.testing",
            "--port",
            str(port),
            "--seed",
            str(tmp_path / "seed.json"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "the served double did not start"
                time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        headers = {"Authorization": "Bearer dev-token", "X-Tenant": TENANT}
        body = {"providerInstanceId": str(iid), "providerCustomerData": None, "margin": MARGIN}
        with httpx.Client(base_url=base, timeout=5) as http:
            created = http.post(f"/v1/Customers/{cid}/provider-instances", json=body, headers=headers)
            again = http.post(f"/v1/Customers/{cid}/provider-instances", json=body, headers=headers)
            denied = http.post(
                f"/v1/Customers/{cid}/provider-instances", json=body, headers={"X-Tenant": TENANT}
            )
        assert created.status_code == 201 and created.json() == str(iid)
        assert again.status_code == 400 and again.json()["type"] == "BusinessRuleViolation"
        assert denied.status_code == 401
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_every_operation_of_the_spec_is_served_or_answers_501() -> None:
    """The double serves an operation, or lists it in testing/_unserved.py, where it answers 501 with
    the API's error body: a documented operation is never a 404 or a 405 of the double."""
    from pathlib import Path

    import httpx
    import yaml

    from cloudcockpit_client.testing import FakeCloudCockpit
    from cloudcockpit_client.testing._http import ROUTES
    from cloudcockpit_client.testing._unserved import UNSERVED

    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
    documented = {(m.upper(), p) for p, item in spec["paths"].items() for m in item}
    served = {(r.method, r.template) for r in ROUTES if r.served}
    assert documented == served | set(UNSERVED)
    assert not served & set(UNSERVED)

    fake = FakeCloudCockpit()
    fake.add_tenant("portal.example.com")
    token = fake.issue_token("portal.example.com")
    transport = fake.transport()

    async def call(method: str, path: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            url = path.replace("{email}", "a@b.example").replace("{relationshipId}", "rel-1")
            url = url.replace("{", "").replace("}", "")  # any other id: a word, answered all the same
            return await client.request(
                method, url, headers={"Authorization": f"Bearer {token}", "X-Tenant": "portal.example.com"}
            )

    for method, path in UNSERVED:
        response = anyio.run(call, method, path)
        assert response.status_code == 501, (method, path, response.status_code)
        assert "not served by the in-memory CloudCockpit" in response.json()["description"]
