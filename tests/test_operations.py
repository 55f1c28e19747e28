"""The three operations: bytes on the wire, return values, and input checks before any I/O."""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest
from conftest import CUSTOMER, CUSTOMER_ID, INSTANCE_ID, MARGIN, RESELLER_ID, TENANT, TOKEN, Recorder, ms_data

from cloudcockpit_client import (
    UNSET,
    CloudCockpit,
    Customer,
    Margin,
    ResponseValidationError,
)

pytestmark = pytest.mark.anyio

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def client(recorder: Recorder, **kwargs: Any) -> CloudCockpit:
    kwargs.setdefault("token", TOKEN)
    kwargs.setdefault("retries", 0)
    return CloudCockpit(TENANT, transport=recorder.transport(), **kwargs)


async def test_retry_provider_customer_wire_format() -> None:
    rec = Recorder(default=httpx.Response(204))
    async with client(rec) as cc:
        result = await cc.customers.retry_provider_customer(CUSTOMER_ID, str(INSTANCE_ID))
    assert result is None
    (req,) = rec.requests
    assert req.method == "POST"
    assert (
        str(req.url)
        == f"https://api.cloudcockpit.com/v1/Customers/{CUSTOMER_ID}/provider-customers/{INSTANCE_ID}"
    )
    assert req.content == b""
    assert req.headers["X-Tenant"] == TENANT
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"
    assert UUID_RE.match(req.headers["X-Correlation-Id"])
    assert req.headers["Accept"] == "application/json"
    ua = req.headers["User-Agent"]
    assert (
        ua.startswith("cloudcockpit-client/") and " python/3." in ua and f" httpx/{httpx.__version__}" in ua
    )


async def test_add_provider_instance_wire_format_and_result() -> None:
    rec = Recorder(default=httpx.Response(201, json="3c9d1f7e-provider-customer"))
    async with client(rec) as cc:
        created = await cc.customers.add_provider_instance(
            str(CUSTOMER_ID),
            provider_instance_id=INSTANCE_ID,
            provider_customer_data=ms_data(),
            margin=Margin.from_dict(MARGIN),
            offer_type_margins={"AzurePlan": {"marginRule": {"name": "ErpMinusDiscount"}, "value": 5}},
            reseller_id=RESELLER_ID,
        )
    assert created == "3c9d1f7e-provider-customer"
    (req,) = rec.requests
    assert req.method == "POST"
    assert req.url.path == f"/v1/Customers/{CUSTOMER_ID}/provider-instances"
    assert req.url.params["resellerId"] == str(RESELLER_ID)
    assert req.headers["Content-Type"] == "application/json"
    body = json.loads(req.content)
    assert body["providerInstanceId"] == str(INSTANCE_ID)
    assert body["margin"] == {"marginRule": {"name": "Markup"}, "value": 10}
    assert body["offerTypeMargins"] == {"AzurePlan": {"marginRule": {"name": "ErpMinusDiscount"}, "value": 5}}
    data = json.loads(body["providerCustomerData"])
    assert data["Domain"] == "TestDomain"
    assert data["AcceptedMCA"] is True
    assert data["AgreementDate"] == "2022-12-28T00:00:00Z"
    assert data["EnableGDAP"] is True
    assert set(body) == {"providerInstanceId", "providerCustomerData", "margin", "offerTypeMargins"}


async def test_add_provider_instance_minimal_body_omits_optional_fields() -> None:
    rec = Recorder(default=httpx.Response(201, json="ok"))
    async with client(rec) as cc:
        await cc.customers.add_provider_instance(
            CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=None, margin=MARGIN
        )
    req = rec.requests[0]
    assert "resellerId" not in req.url.params
    assert json.loads(req.content) == {
        "providerInstanceId": str(INSTANCE_ID),
        "providerCustomerData": None,
        "margin": {"marginRule": {"name": "Markup"}, "value": 10},
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('{"Custom": 1}', '{"Custom": 1}'),
        ({"Region": "eu"}, '{"Region":"eu"}'),
        ("not json at all", "not json at all"),
    ],
)
async def test_provider_customer_data_str_passes_through_and_mapping_is_encoded(
    data: Any, expected: str
) -> None:
    rec = Recorder(default=httpx.Response(201, json="ok"))
    async with client(rec) as cc:
        await cc.customers.add_provider_instance(
            CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=data, margin=MARGIN
        )
    assert rec.json_body()["providerCustomerData"] == expected


async def test_update_account_info_wire_format_keeps_null_versus_omitted() -> None:
    rec = Recorder(default=httpx.Response(202))
    customer = Customer.from_dict({**CUSTOMER, "middleName": None})
    assert customer.tax_id is UNSET
    async with client(rec) as cc:
        result = await cc.customers.update_account_info(
            CUSTOMER_ID, customer=customer, retry_failed_provider_customers_from_company_info=True
        )
    assert result is None
    (req,) = rec.requests
    assert req.method == "PATCH"
    assert req.url.path == f"/v1/Customers/{CUSTOMER_ID}/account-info"
    body = json.loads(req.content)
    assert body["retryFailedProviderCustomersFromCompanyInfo"] is True
    sent = body["customer"]
    assert sent["middleName"] is None  # explicitly cleared
    assert "taxId" not in sent  # never given: left alone
    assert sent["providerCustomers"] is None
    assert sent["zip"] == "1100-053" and sent["addressLine1"] == "Rua Augusta 1"


async def test_update_account_info_accepts_a_mapping_and_defaults_the_flag_to_false() -> None:
    rec = Recorder(default=httpx.Response(202))
    async with client(rec) as cc:
        await cc.customers.update_account_info(CUSTOMER_ID, customer=CUSTOMER)
    assert rec.json_body()["retryFailedProviderCustomersFromCompanyInfo"] is False
    assert rec.json_body()["customer"]["companyName"] == "Contoso Ltd"


async def test_caller_correlation_id_is_sent_verbatim() -> None:
    rec = Recorder(default=httpx.Response(204))
    cid = uuid.uuid4()
    async with client(rec) as cc:
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID, correlation_id=cid)
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID, correlation_id=str(cid).upper())
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
        await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID)
    ids = [r.headers["X-Correlation-Id"] for r in rec.requests]
    assert ids[0] == str(cid)
    assert ids[1] == str(cid).upper()
    assert ids[2] != ids[3]


@pytest.mark.parametrize(
    "bad", ["../x", "", "3fa85f64", 42, None, "3fa85f64-5717-4562-b3fc-2c963f66afa6/../../"]
)
async def test_ids_must_be_uuids_before_any_io(bad: Any) -> None:
    rec = Recorder()
    async with client(rec) as cc:
        with pytest.raises(ValueError, match="customer_id must be a UUID"):
            await cc.customers.retry_provider_customer(bad, INSTANCE_ID)
        with pytest.raises(ValueError, match="provider_instance_id must be a UUID"):
            await cc.customers.add_provider_instance(
                CUSTOMER_ID, provider_instance_id=bad, provider_customer_data=None, margin=MARGIN
            )
        if bad is not None:
            with pytest.raises(ValueError, match="reseller_id must be a UUID"):
                await cc.customers.add_provider_instance(
                    CUSTOMER_ID,
                    provider_instance_id=INSTANCE_ID,
                    provider_customer_data=None,
                    margin=MARGIN,
                    reseller_id=bad,
                )
        with pytest.raises(ValueError, match="customer_id must be a UUID"):
            await cc.customers.update_account_info(bad, customer=CUSTOMER)
    assert rec.requests == []


@pytest.mark.parametrize("bad", ["abc\r\nX-Evil: 1", "abc\n", "abc\x00", "caf\u00e9"])
async def test_correlation_id_with_control_or_non_ascii_characters_is_refused(bad: str) -> None:
    rec = Recorder()
    async with client(rec) as cc:
        with pytest.raises(ValueError, match="correlation_id"):
            await cc.customers.retry_provider_customer(CUSTOMER_ID, INSTANCE_ID, correlation_id=bad)
    assert rec.requests == []


async def test_bad_margin_and_unencodable_data_are_refused_before_io() -> None:
    rec = Recorder()
    async with client(rec) as cc:
        with pytest.raises(ValueError, match="margin: missing required field 'value'"):
            await cc.customers.add_provider_instance(
                CUSTOMER_ID,
                provider_instance_id=INSTANCE_ID,
                provider_customer_data=None,
                margin={"marginRule": {"name": "Markup"}},
            )
        with pytest.raises(ValueError, match=r"offer_type_margins\['AzurePlan'\]"):
            await cc.customers.add_provider_instance(
                CUSTOMER_ID,
                provider_instance_id=INSTANCE_ID,
                provider_customer_data=None,
                margin=MARGIN,
                offer_type_margins={"AzurePlan": {"value": 1}},
            )
        with pytest.raises(
            ValueError, match=r"margin: value: expected a finite number, got a number \(nan\)"
        ):
            await cc.customers.add_provider_instance(
                CUSTOMER_ID,
                provider_instance_id=INSTANCE_ID,
                provider_customer_data=None,
                margin={"marginRule": {"name": "Markup"}, "value": float("nan")},
            )
        with pytest.raises(ValueError, match="provider_customer_data: field When: a datetime"):
            await cc.customers.add_provider_instance(
                CUSTOMER_ID,
                provider_instance_id=INSTANCE_ID,
                provider_customer_data={"When": datetime.now()},
                margin=MARGIN,
            )
        with pytest.raises(ValueError, match=r"customer: missing required field\(s\) country \("):
            await cc.customers.update_account_info(
                CUSTOMER_ID, customer={k: v for k, v in CUSTOMER.items() if k != "country"}
            )
    assert rec.requests == []


async def test_margin_rule_names_are_the_documented_literals() -> None:
    with pytest.raises(TypeError, match="Unexpected value 'Discount'"):
        Margin.from_dict({"marginRule": {"name": "Discount"}, "value": 1})


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(201, json="abc"), "abc"),
        (httpx.Response(201, json=""), ""),
        (
            httpx.Response(201, text="plain-id", headers={"Content-Type": "text/plain; charset=utf-8"}),
            "plain-id",
        ),
    ],
)
async def test_created_string_variants(response: httpx.Response, expected: str) -> None:
    rec = Recorder(default=response)
    async with client(rec) as cc:
        got = await cc.customers.add_provider_instance(
            CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=None, margin=MARGIN
        )
    assert got == expected


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(201, json={"id": "abc"}),
        httpx.Response(201, json=["abc"]),
        httpx.Response(201, json=12),
        httpx.Response(201, content=b""),
        httpx.Response(201, content=b'"trunc', headers={"Content-Type": "application/json"}),
        httpx.Response(201, content=b"<html>ok</html>", headers={"Content-Type": "text/html"}),
    ],
)
async def test_created_body_that_is_not_a_json_string_is_a_validation_error(response: httpx.Response) -> None:
    rec = Recorder(default=response)
    cid = str(uuid.uuid4())
    async with client(rec) as cc:
        with pytest.raises(ResponseValidationError) as info:
            await cc.customers.add_provider_instance(
                CUSTOMER_ID,
                provider_instance_id=INSTANCE_ID,
                provider_customer_data=None,
                margin=MARGIN,
                correlation_id=cid,
            )
    err = info.value
    assert err.status_code == 201
    assert err.correlation_id == cid
    assert err.response.status_code == 201
    assert "expected a JSON string" in str(err)


@pytest.mark.parametrize("spelling", ["markup", "MARKUP", "Markup", " markup "])
async def test_margin_rule_names_are_accepted_in_any_case_and_sent_as_documented(spelling: str) -> None:
    """The docs' own request example spells the rule "markup"; the documented enum is "Markup"."""
    rec = Recorder(default=httpx.Response(201, json="id"))
    rule = {"marginRule": {"name": spelling}, "value": 10}
    async with client(rec) as cc:
        await cc.customers.add_provider_instance(
            CUSTOMER_ID,
            provider_instance_id=INSTANCE_ID,
            provider_customer_data=None,
            margin=rule,
            offer_type_margins={"AzurePlan": {"marginRule": {"name": "splitmargin"}, "value": 5}},
        )
        model = Margin.from_dict({"marginRule": {"name": "Markup"}, "value": 3})
        model.margin_rule.name = "erpminusdiscount"  # type: ignore[assignment]
        await cc.customers.add_provider_instance(
            CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=None, margin=model
        )
    first, second = (json.loads(r.content) for r in rec.requests)
    assert first["margin"] == {"marginRule": {"name": "Markup"}, "value": 10}
    assert first["offerTypeMargins"] == {"AzurePlan": {"marginRule": {"name": "SplitMargin"}, "value": 5}}
    assert second["margin"] == {"marginRule": {"name": "ErpMinusDiscount"}, "value": 3}
    assert model.margin_rule.name == "erpminusdiscount"  # the caller's model is not changed


async def test_snake_case_microsoft_keys_are_refused_naming_the_documented_key() -> None:
    rec = Recorder(default=httpx.Response(201, json="id"))
    async with client(rec) as cc:
        with pytest.raises(
            ValueError,
            match="provider_customer_data: 'first_name' \\(the key is 'FirstName'\\), "
            "'accepted_mca' \\(the key is 'AcceptedMCA'\\)",
        ):
            await cc.customers.add_provider_instance(
                CUSTOMER_ID,
                provider_instance_id=INSTANCE_ID,
                provider_customer_data={"first_name": "Ada", "accepted_mca": True, "Domain": "x"},
                margin=MARGIN,
            )
        assert rec.requests == []
        # Keys of another provider, or a camelCase spelling the server may accept, are sent as given.
        await cc.customers.add_provider_instance(
            CUSTOMER_ID,
            provider_instance_id=INSTANCE_ID,
            provider_customer_data={"tenant_name": "x", "firstName": "Ada"},
            margin=MARGIN,
        )
    sent = json.loads(json.loads(rec.requests[0].content)["providerCustomerData"])
    assert sent == {"tenant_name": "x", "firstName": "Ada"}
