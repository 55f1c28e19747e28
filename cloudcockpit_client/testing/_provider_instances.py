"""The double's Providers operations: list the tenant's provider instances."""

from __future__ import annotations

from ._wire import Call, Response, paged, route

__all__ = ["ROUTES"]


def list_provider_instances(call: Call) -> Response:
    fake = call.fake
    mine = sorted(  # by provider, as documented
        (instance.provider, str(iid), iid)
        for iid, instance in fake._instances.items()
        if instance.tenant == call.token.tenant
    )
    return paged(call, [fake._instance_view(iid) for _, _, iid in mine])


ROUTES = [route("GET", "/v1/Providers/Instances", list_provider_instances)]
