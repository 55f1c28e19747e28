"""MicrosoftCustomerData: the 14 documented keys, in PascalCase, inside the providerCustomerData string."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from conftest import ms_data

from cloudcockpit_client import MicrosoftCustomerData
from cloudcockpit_client.providers import encode_provider_customer_data


def test_documented_example_round_trip() -> None:
    encoded = ms_data().to_json()
    assert json.loads(encoded) == {
        "Domain": "TestDomain",
        "CredentialsEmail": "test@email.com",
        "AcceptedMCA": True,
        "AgreementDate": "2022-12-28T00:00:00Z",
        "KeepPrimaryInformation": True,
        "FirstName": "Test",
        "LastName": "Test",
        "Email": "test@email.com",
        "Phone": "921231231",
        "DefaultCulture": "en-US",
        "Language": "en",
        "AssociatedPartnerId": "6234552",
        "Qualifications": [],
        "EnableGDAP": True,
    }
    assert MicrosoftCustomerData.from_json(encoded) == ms_data(agreement_date="2022-12-28T00:00:00Z")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "2026-01-02T03:04:05Z"),
        (datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1))), "2026-01-02T03:04:05+01:00"),
        (datetime(2026, 1, 2, 3, 4, 5), "2026-01-02T03:04:05"),
        (date(2026, 1, 2), "2026-01-02T00:00:00Z"),
        ("2026-01-02", "2026-01-02"),
    ],
)
def test_agreement_date_forms(value: object, expected: str) -> None:
    assert json.loads(ms_data(agreement_date=value).to_json())["AgreementDate"] == expected


def test_integer_partner_id_and_qualifications() -> None:
    decoded = json.loads(ms_data(associated_partner_id=6234552, qualifications=["Education"]).to_json())
    assert decoded["AssociatedPartnerId"] == 6234552
    assert decoded["Qualifications"] == ["Education"]


def test_fields_are_keyword_only_and_required() -> None:
    with pytest.raises(TypeError):
        MicrosoftCustomerData("TestDomain")  # type: ignore[misc]
    with pytest.raises(TypeError, match="enable_gdap"):
        MicrosoftCustomerData(  # type: ignore[call-arg]
            domain="d",
            credentials_email="e",
            accepted_mca=True,
            agreement_date="x",
            keep_primary_information=True,
            first_name="f",
            last_name="l",
            email="e",
            phone="p",
            default_culture="en-US",
            language="en",
        )


def test_encode_provider_customer_data() -> None:
    assert encode_provider_customer_data(None) is None
    assert encode_provider_customer_data("{raw}") == "{raw}"
    assert encode_provider_customer_data({"A": 1}) == '{"A":1}'
    assert json.loads(encode_provider_customer_data(ms_data()) or "")["Domain"] == "TestDomain"
    with pytest.raises(TypeError, match="provider_customer_data"):
        encode_provider_customer_data(12)  # type: ignore[arg-type]
