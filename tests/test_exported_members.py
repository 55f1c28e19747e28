"""Pins the public surface: a rename or removal must be a deliberate act (httpx does the same)."""

import pytest

import cloudcockpit_client

EXPECTED = {
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "AsyncPaginator",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientCredentials",
    "CloudCockpit",
    "CloudCockpitError",
    "ConflictError",
    "CredentialError",
    "Customer",
    "CustomerPage",
    "Customers",
    "FieldError",
    "InternalServerError",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "MicrosoftCustomerData",
    "NotFoundError",
    "OfferType",
    "OfferTypeMargins",
    "Page",
    "PermissionDeniedError",
    "PriceMargin",
    "PriceMarginRule",
    "ProviderCustomer",
    "ProviderCustomers",
    "ProviderInstance",
    "ProviderInstancePage",
    "ProviderInstances",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SyncCloudCockpit",
    "SyncPaginator",
    "Unset",
    "WaitFailedError",
    "WaitTimeoutError",
    "WrongEventLoopError",
    "__version__",
}


def test_exported_members_are_pinned() -> None:
    assert set(cloudcockpit_client.__all__) == EXPECTED
    for name in EXPECTED:
        assert hasattr(cloudcockpit_client, name), name


def test_every_exported_class_and_function_has_a_docstring() -> None:
    for name in cloudcockpit_client.__all__:
        member = getattr(cloudcockpit_client, name)
        if isinstance(member, type) and name != "Unset":
            assert (member.__doc__ or "").strip(), f"{name} has no docstring"


def test_exception_hierarchy() -> None:
    cc = cloudcockpit_client
    assert issubclass(cc.APITimeoutError, cc.APIConnectionError)
    for cls in (
        cc.BadRequestError,
        cc.AuthenticationError,
        cc.PermissionDeniedError,
        cc.NotFoundError,
        cc.ConflictError,
        cc.RateLimitError,
        cc.InternalServerError,
    ):
        assert issubclass(cls, cc.APIStatusError)
    for cls in (
        cc.APIConnectionError,
        cc.APIStatusError,
        cc.CredentialError,
        cc.ResponseValidationError,
        cc.WaitTimeoutError,
    ):
        assert issubclass(cls, cc.CloudCockpitError)


def _modules_after(code: str) -> set[str]:
    import subprocess
    import sys

    script = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_the_package_leaves_the_heavy_parts_for_later() -> None:
    """The import-time budget (BENCHMARKS.md): the test double, the optional transport, the
    generated code (and attrs, which builds its classes) and asyncio load only when used."""
    imported = _modules_after("import cloudcockpit_client")
    assert not imported & {"attr", "attrs", "asyncio"}
    # Building a client adds httpx's transport (which imports trio, and so attrs, where trio is
    # installed, as it is here) but still none of the SDK's deferred parts.
    built = _modules_after(
        "import cloudcockpit_client; cloudcockpit_client.CloudCockpit('t.example', token='x')"
    )
    # The generated facade's package holds the client's resource properties (a few lines, no
    # attrs); the resources, endpoint modules and models behind them load with cc.<resource>.
    always = {"cloudcockpit_client._generated", "cloudcockpit_client._generated.facade"}
    for loaded in (imported, built):
        assert not loaded & {"asyncio", "aiohttp", "yarl", "cloudcockpit_client._aiohttp"}
        assert always <= loaded
        deferred = (
            "cloudcockpit_client.testing",
            "cloudcockpit_client._generated.",
            "cloudcockpit_client.resources.c",
        )
        assert not any(m.startswith(deferred) for m in loaded - always), sorted(loaded - always)


def test_lazy_names_resolve_to_the_generated_models() -> None:
    from cloudcockpit_client import Customer, Margin, Unset
    from cloudcockpit_client._generated.models import Customer as GeneratedCustomer
    from cloudcockpit_client._generated.models import Margin as GeneratedMargin
    from cloudcockpit_client._generated.types import Unset as GeneratedUnset

    assert (Customer, Margin, Unset) == (GeneratedCustomer, GeneratedMargin, GeneratedUnset)
    assert "Customer" in dir(cloudcockpit_client)
    with pytest.raises(AttributeError, match="NoSuchName"):
        cloudcockpit_client.NoSuchName  # type: ignore[attr-defined]  # noqa: B018
