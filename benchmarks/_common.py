"""What every benchmark shares: the workload, the statistics, and the result record."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

if TYPE_CHECKING:  # not imported at run time: the cold-start and import benchmarks time those imports
    import httpx

    from cloudcockpit_client import CloudCockpit

TENANT = "portal.example.com"
TOKEN = "bench-token"  # noqa: S105 - a dummy bearer token for loopback servers
CUSTOMER_ID = UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
INSTANCE_ID = UUID("8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00")
CREATED_ID = "5e1f3c2a-8d4b-4f6e-9a7c-1b2d3e4f5a6b"
MARGIN: dict[str, Any] = {"marginRule": {"name": "Markup"}, "value": 10}
# The docs' Microsoft providerCustomerData example, as the JSON object a user would build.
MS_DATA: dict[str, Any] = {
    "Domain": "contoso",
    "CredentialsEmail": "admin@contoso.example",
    "AcceptedMCA": True,
    "AgreementDate": "2022-12-28T00:00:00Z",
    "KeepPrimaryInformation": True,
    "FirstName": "Ada",
    "LastName": "Lovelace",
    "Email": "ada@contoso.example",
    "Phone": "921231231",
    "DefaultCulture": "en-US",
    "Language": "en",
    "AssociatedPartnerId": "6234552",
    "Qualifications": [],
    "EnableGDAP": True,
}
CUSTOMER: dict[str, Any] = {
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

ADD_PATH = f"/v1/Customers/{CUSTOMER_ID}/provider-instances"
RETRY_PATH = f"/v1/Customers/{CUSTOMER_ID}/provider-customers/{INSTANCE_ID}"
PATCH_PATH = f"/v1/Customers/{CUSTOMER_ID}/account-info"


async def sdk_add(cc: CloudCockpit) -> str:
    """The benchmarked call, through the SDK: add_provider_instance with the docs' Microsoft example."""
    return await cc.customers.add_provider_instance(
        CUSTOMER_ID, provider_instance_id=INSTANCE_ID, provider_customer_data=MS_DATA, margin=MARGIN
    )


async def raw_httpx_add(http: httpx.AsyncClient) -> str:
    """The same call written by hand with httpx: the path, body and correlation id built per call."""
    response = await http.post(
        f"/v1/Customers/{CUSTOMER_ID}/provider-instances",
        content=json.dumps(add_body()).encode(),
        headers={"Content-Type": "application/json", "X-Correlation-Id": str(uuid.uuid4())},
    )
    if response.status_code != 201:
        raise RuntimeError(f"raw httpx got {response.status_code}")
    value: str = response.json()
    return value


def add_body() -> dict[str, Any]:
    """The add_provider_instance body a user would build by hand (what the SDK sends)."""
    return {
        "providerInstanceId": str(INSTANCE_ID),
        "providerCustomerData": json.dumps(MS_DATA),
        "margin": MARGIN,
    }


@dataclass(frozen=True)
class Summary:
    """The median, min and max of repeated runs of one measurement."""

    median: float
    min: float
    max: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        """Summarise at least one value."""
        if not values:
            raise ValueError("no values to summarise")
        return cls(statistics.median(values), min(values), max(values), len(values))

    def fmt(self, unit: str = "", digits: int = 1) -> str:
        """``median (min-max) unit``."""
        return f"{self.median:,.{digits}f} ({self.min:,.{digits}f}-{self.max:,.{digits}f}){unit}"


@dataclass
class Section:
    """One benchmark's results: rows of named figures, and the notes that explain them."""

    name: str
    title: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def interleaved(names: Sequence[str], round_number: int) -> list[str]:
    """The order of the contenders in one round: rotated, so none always runs first or last."""
    shift = round_number % len(names)
    return list(names[shift:]) + list(names[:shift])


def ratios(numerators: Sequence[float], denominators: Sequence[float]) -> Summary:
    """Per-round ratios (both measured in the same round), summarised."""
    return Summary.of([n / d for n, d in zip(numerators, denominators, strict=True)])


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    versions: dict[str, str] = {}
    from importlib import metadata

    for dist in ("httpx", "httpcore", "anyio", "aiohttp", "yarl", "attrs"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
    }


def write_json(path: str, payload: Any) -> None:
    """Write ``payload`` as indented JSON (dataclasses included)."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=2, default=_default)
        f.write("\n")


def _default(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def run_python(code: str, *, timeout: float = 600) -> str:
    """Run ``code`` in a fresh interpreter and return what it printed."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"subprocess failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done.stdout


Progress = Callable[[str], None]
