"""Operations of openapi.yaml that the double does not serve yet: each answers 501 with the API's
error body, so a test against the double fails with a clear message rather than a 404 or 405.

This list only shrinks: an operation moves from here to the module of its tag when the double
implements it (tests/test_conformance.py runs schemathesis over every operation not listed here,
and tests/test_fake_cloudcockpit.py checks that every operation of the spec is served or listed).
"""

from __future__ import annotations

from ._wire import Call, Response, error, route

__all__ = ["ROUTES"]

UNSERVED = [
    # CustomerUsers
    ("GET", "/v1/Customers/{customerId}/users"),
    ("GET", "/v1/Customers/{customerId}/users/{customerUserId}"),
    ("PATCH", "/v1/Customers/{customerId}/users/{customerUserId}"),
    ("PATCH", "/v1/Customers/{customerId}/users/{customerUserId}/licenses"),
    ("PATCH", "/v1/Customers/{customerId}/users/{customerUserId}/reset-password"),
    # Users
    ("GET", "/v1"),
    ("PATCH", "/v1/users/{email}"),
    ("DELETE", "/v1/users/{email}"),
    ("GET", "/v1/users/groups"),
    ("GET", "/v1/customer/{customerId}/users"),
    ("POST", "/v1/customer/{customerId}/users"),
    ("POST", "/v1/reseller/{resellerId}/users"),
    # MCA
    ("GET", "/v1/Customers/mca"),
    ("GET", "/v1/Customers/{customerId}/provider-instances/{providerInstanceId}/mca"),
    ("POST", "/v1/Customers/{customerId}/provider-instances/{providerInstanceId}/mca/status"),
]


def _not_served(call: Call) -> Response:
    return error(
        501,
        "NotImplemented",
        "This operation is documented (openapi.yaml) but not served by the in-memory CloudCockpit yet.",
        call.correlation_id,
    )


ROUTES = [route(method, path, _not_served, served=False) for method, path in UNSERVED]
