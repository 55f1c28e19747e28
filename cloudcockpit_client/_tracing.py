"""OpenTelemetry tracing: one CLIENT span per call, following OpenTelemetry's HTTP client semantic
conventions, with the trace context sent in ``traceparent``.

This module is imported only when the application has imported ``opentelemetry.trace`` itself
(client.py checks ``sys.modules``), so without OpenTelemetry nothing is imported and a call pays
one dictionary lookup. Only the OpenTelemetry API is used: the application's SDK and exporters
decide where spans go. azure-core's ``DistributedTracingPolicy`` is the model, with two
differences. The span covers the whole call, retries included, rather than each attempt, because
the retry layer sits below the client. And no attribute carries a body, a header value, a token
or an error description, which can hold personal data.

Attributes: ``http.request.method``, ``url.template`` (ids replaced by ``{id}``), ``url.full``
(the query holds ids only), ``server.address``, ``server.port``, ``http.response.status_code``,
``error.type`` (the status code, or the exception's class), ``http.request.resend_count``, and
``cloudcockpit.correlation_id`` and ``cloudcockpit.attempts``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import MutableMapping
from typing import Any

import httpx
from opentelemetry import propagate, trace

from ._version import __version__
from .errors import APIConnectionError, APIStatusError
from .retries import ATTEMPTS_EXTENSION

_UUID = re.compile(r"/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)")


@functools.cache
def _tracer() -> trace.Tracer:
    return trace.get_tracer("cloudcockpit_client", __version__)


class CallSpan:
    """The span of one call: started before the request is built, ended with its outcome."""

    def __init__(self, method: str, url: str, headers: MutableMapping[str, str], correlation_id: str) -> None:
        method = method.upper()  # the generated code writes "post"
        parsed = httpx.URL(url)
        template = _UUID.sub("/{id}", parsed.path)
        attributes: dict[str, Any] = {
            "http.request.method": method,
            "url.template": template,
            "url.full": str(parsed),
            "server.address": parsed.host,
            "server.port": parsed.port or (443 if parsed.scheme == "https" else 80),
            "cloudcockpit.correlation_id": correlation_id,
        }
        self._span = _tracer().start_span(
            f"{method} {template}", kind=trace.SpanKind.CLIENT, attributes=attributes
        )
        propagate.inject(headers, context=trace.set_span_in_context(self._span))

    def succeeded(self, response: httpx.Response) -> None:
        """End the span with a 2xx response."""
        self._span.set_attribute("http.response.status_code", response.status_code)
        self._attempts(response.request.extensions.get(ATTEMPTS_EXTENSION, 1))
        self._span.end()

    def failed(self, error: BaseException) -> None:
        """End the span with the exception the call raises (its class, never its message)."""
        attempts = getattr(error, "attempts", None)
        if isinstance(error, APIStatusError):
            self._span.set_attribute("http.response.status_code", error.status_code)
            error_type = str(error.status_code)
        else:
            error_type = type(error).__qualname__
            if not isinstance(error, APIConnectionError):
                attempts = None  # raised before any attempt (a bad argument, a token failure)
        if isinstance(attempts, int):
            self._attempts(attempts)
        self._span.set_attribute("error.type", error_type)
        self._span.set_status(trace.Status(trace.StatusCode.ERROR))
        self._span.end()

    def _attempts(self, attempts: int) -> None:
        self._span.set_attribute("cloudcockpit.attempts", attempts)
        if attempts > 1:
            self._span.set_attribute("http.request.resend_count", attempts - 1)
