"""Typed provider-specific customer data, serialised into the ``providerCustomerData`` string.

The API takes ``providerCustomerData`` as a *string holding JSON*, whose keys depend on the
provider. Only Microsoft's are documented; for other providers pass a str or a mapping.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from ._validation import json_text

__all__ = ["MicrosoftCustomerData", "ProviderCustomerData", "encode_provider_customer_data"]


def _agreement_date(value: datetime | date | str) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() == UTC.utcoffset(None):
            return value.replace(tzinfo=None).isoformat() + "Z"
        return value.isoformat()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).isoformat() + "Z"
    return value


@dataclasses.dataclass(frozen=True, kw_only=True)
class MicrosoftCustomerData:
    """The ``providerCustomerData`` of a Microsoft provider instance (the 14 documented keys).

    Attribute names are snake_case; the JSON uses the documented PascalCase keys
    (``domain`` -> ``Domain``, ``accepted_mca`` -> ``AcceptedMCA``, ``enable_gdap`` -> ``EnableGDAP``).
    Values are not checked here: the API (and Microsoft) own those rules.

    Example::

        MicrosoftCustomerData(
            domain="contosoltd", credentials_email="it@contoso.example", accepted_mca=True,
            agreement_date=datetime(2026, 11, 1, tzinfo=UTC), keep_primary_information=True,
            first_name="Ada", last_name="Lovelace", email="ada@contoso.example", phone="+351210000000",
            default_culture="en-US", language="en", enable_gdap=True,
        )
    """

    domain: str
    credentials_email: str
    accepted_mca: bool
    agreement_date: datetime | date | str
    keep_primary_information: bool
    first_name: str
    last_name: str
    email: str
    phone: str
    default_culture: str
    language: str
    enable_gdap: bool
    associated_partner_id: str | int | None = None
    qualifications: Sequence[str] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "qualifications", tuple(self.qualifications))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object with the documented PascalCase keys."""
        return {
            "Domain": self.domain,
            "CredentialsEmail": self.credentials_email,
            "AcceptedMCA": self.accepted_mca,
            "AgreementDate": _agreement_date(self.agreement_date),
            "KeepPrimaryInformation": self.keep_primary_information,
            "FirstName": self.first_name,
            "LastName": self.last_name,
            "Email": self.email,
            "Phone": self.phone,
            "DefaultCulture": self.default_culture,
            "Language": self.language,
            "AssociatedPartnerId": self.associated_partner_id,
            "Qualifications": list(self.qualifications),
            "EnableGDAP": self.enable_gdap,
        }

    def to_json(self) -> str:
        """The string to send as ``providerCustomerData``."""
        return json_text(self.to_dict(), "provider_customer_data")

    @classmethod
    def from_json(cls, text: str) -> MicrosoftCustomerData:
        """Parse a ``providerCustomerData`` string with the documented keys (missing keys raise KeyError)."""
        data = json.loads(text)
        return cls(
            domain=data["Domain"],
            credentials_email=data["CredentialsEmail"],
            accepted_mca=data["AcceptedMCA"],
            agreement_date=data["AgreementDate"],
            keep_primary_information=data["KeepPrimaryInformation"],
            first_name=data["FirstName"],
            last_name=data["LastName"],
            email=data["Email"],
            phone=data["Phone"],
            default_culture=data["DefaultCulture"],
            language=data["Language"],
            associated_partner_id=data.get("AssociatedPartnerId"),
            qualifications=data.get("Qualifications") or (),
            enable_gdap=data["EnableGDAP"],
        )


_MICROSOFT_KEYS = (
    "Domain",
    "CredentialsEmail",
    "AcceptedMCA",
    "AgreementDate",
    "KeepPrimaryInformation",
    "FirstName",
    "LastName",
    "Email",
    "Phone",
    "DefaultCulture",
    "Language",
    "AssociatedPartnerId",
    "Qualifications",
    "EnableGDAP",
)


def _check_microsoft_spelling(value: Mapping[Any, Any]) -> None:
    """Refuse snake_case (or kebab-case) spellings of Microsoft's documented PascalCase keys.

    The mapping is sent as JSON as it is, and the API would refuse ``first_name`` with one message
    per missing key. Keys that resemble no documented key pass: other providers have their own.
    """
    by_normalised = {key.lower(): key for key in _MICROSOFT_KEYS}
    wrong = []
    for key in value:
        if isinstance(key, str) and ("_" in key or "-" in key):
            match = by_normalised.get(key.replace("_", "").replace("-", "").lower())
            if match is not None:
                wrong.append(f"{key!r} (the key is {match!r})")
    if wrong:
        raise ValueError(
            f"provider_customer_data: {', '.join(wrong)}; Microsoft's keys are PascalCase, as documented "
            "(or pass a MicrosoftCustomerData, whose attributes are snake_case)"
        )


#: What ``provider_customer_data=`` accepts.
ProviderCustomerData = MicrosoftCustomerData | str | Mapping[str, Any] | None


def encode_provider_customer_data(value: ProviderCustomerData) -> str | None:
    """MicrosoftCustomerData -> its JSON; a str or None unchanged; a mapping JSON-encoded."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, MicrosoftCustomerData):
        return value.to_json()
    if isinstance(value, Mapping):
        _check_microsoft_spelling(value)
        return json_text(value if isinstance(value, dict) else dict(value), "provider_customer_data")
    raise TypeError(
        "provider_customer_data must be a MicrosoftCustomerData, a str holding JSON, a mapping or None, "
        f"got {type(value).__name__}"
    )
