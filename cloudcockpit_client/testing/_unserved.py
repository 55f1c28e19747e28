"""Operations of openapi.yaml that the double does not serve yet: each answers 501 with the API's
error body, so a test against the double fails with a clear message rather than a 404 or 405.

This list only shrinks: an operation moves from here to the module of its tag when the double
implements it (tests/test_conformance.py runs schemathesis over every operation not listed here,
and tests/test_fake_cloudcockpit.py checks that every operation of the spec is served or listed).
"""

from __future__ import annotations

from . import _audit, _invoices, _orders, _resellers, _subscriptions
from ._wire import Call, Response, error, route

__all__ = ["ROUTES"]

# Each tag's module lists its own (so that the modules can be worked on apart).
UNSERVED: list[tuple[str, str]] = [
    *_audit.UNSERVED,
    *_invoices.UNSERVED,
    *_orders.UNSERVED,
    *_resellers.UNSERVED,
    *_subscriptions.UNSERVED,
]


def _not_served(call: Call) -> Response:
    return error(
        501,
        "NotImplemented",
        "This operation is documented (openapi.yaml) but not served by the in-memory CloudCockpit yet.",
        call.correlation_id,
    )


ROUTES = [route(method, path, _not_served, served=False) for method, path in UNSERVED]
