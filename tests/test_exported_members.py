"""Pins the public surface: a rename or removal must be a deliberate act (httpx does the same)."""

import cloudcockpit_client

EXPECTED = {
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientCredentials",
    "CloudCockpit",
    "CloudCockpitError",
    "ConflictError",
    "CredentialError",
    "Customer",
    "Customers",
    "FieldError",
    "InternalServerError",
    "Margin",
    "MarginRule",
    "MarginRuleName",
    "MicrosoftCustomerData",
    "NotFoundError",
    "OfferTypeMargins",
    "PermissionDeniedError",
    "ProviderCustomer",
    "ProviderCustomers",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "Unset",
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
    for cls in (cc.APIConnectionError, cc.APIStatusError, cc.CredentialError, cc.ResponseValidationError):
        assert issubclass(cls, cc.CloudCockpitError)


def test_importing_the_package_does_not_import_the_test_double() -> None:
    import subprocess
    import sys

    code = "import sys, cloudcockpit_client; print(any(m.startswith('cloudcockpit_client.testing') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
