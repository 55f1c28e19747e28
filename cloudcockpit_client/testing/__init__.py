"""An in-memory CloudCockpit for tests and the demo: ``FakeCloudCockpit``.

Not imported by ``import cloudcockpit_client``; import it from here in your tests::

    from cloudcockpit_client.testing import FakeCloudCockpit
"""

from ._fake import FakeCloudCockpit, Fault, ProviderCustomerState, RecordedRequest
from ._seed import from_seed

__all__ = ["FakeCloudCockpit", "Fault", "ProviderCustomerState", "RecordedRequest", "from_seed"]
