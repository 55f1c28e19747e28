"""Operations of openapi.yaml that the double does not serve yet: each answers 501 with the API's
error body, so a test against the double fails with a clear message rather than a 404 or 405.

This list only shrinks: an operation moves from here to the module of its tag when the double
implements it (tests/test_conformance.py runs schemathesis over every operation not listed here,
and tests/test_fake_cloudcockpit.py checks that every operation of the spec is served or listed).
"""

from __future__ import annotations

from ._wire import Call, Response, error, route

__all__ = ["ROUTES"]

UNSERVED: list[tuple[str, str]] = [
    ("GET", "/v1/subscriptions"),
    ("GET", "/v1/customers/{customerId}/subscriptions"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}"),
    ("DELETE", "/v1/customers/{customerId}/subscriptions/{subscriptionId}"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/suspend"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/reactivate"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/upgrade"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/eligible-transitions"),
    ("POST", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/migration"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/migration"),
    ("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/azure-entitlements"),
    ("GET", "/v1/customers/{customerId}/subscriptions/custom-term-end-dates"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/price-margin"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/po-number"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/associated-reseller"),
    ("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/monthly-budget"),
    ("GET", "/v1/Offers"),
    ("GET", "/v1/Offers/{id}"),
    ("POST", "/v1/Orders"),
    ("GET", "/v1/Orders/customers/{customerId}"),
    ("GET", "/v1/AuditLogs"),
    ("GET", "/v1/Invoices"),
    ("GET", "/v1/Invoices/{id}/usage-lineitems"),
    ("GET", "/v1/Invoices/{id}/onetime-lineitems"),
    ("GET", "/v1/Invoices/{id}/license-lineitems"),
    ("GET", "/v1/Invoices/{id}/dailyratedusage-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-onetime-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-usage-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-license-lineitems"),
    ("GET", "/v1/Invoices/{id}/reseller-dailyratedusage-lineitems"),
    ("GET", "/v1/Invoices/{id}/customer-onetime-lineitems"),
    ("GET", "/v1/Invoices/{id}/customer-license-lineitems"),
    ("GET", "/v1/Resellers"),
    ("POST", "/v1/Resellers"),
    ("GET", "/v1/Resellers/{resellerId}"),
    ("PATCH", "/v1/Resellers/{resellerId}/account-info"),
    ("PATCH", "/v1/Resellers/{resellerId}/internal-identifier"),
    ("PATCH", "/v1/Resellers/{resellerId}/margins/{providerInstanceId}"),
    ("POST", "/v1/Resellers/{resellerId}/provider-instances"),
    ("PATCH", "/v1/Resellers/{resellerId}/secondary-mpn-ids/{providerInstanceId}"),
    ("GET", "/v1/Resellers/mpn-profile"),
]


def _not_served(call: Call) -> Response:
    return error(
        501,
        "NotImplemented",
        "This operation is documented (openapi.yaml) but not served by the in-memory CloudCockpit yet.",
        call.correlation_id,
    )


ROUTES = [route(method, path, _not_served, served=False) for method, path in UNSERVED]
