"""The API's models, generated from openapi.yaml: ``from cloudcockpit_client.models import Subscription``.

Every schema of the spec is a class here (attrs, with ``from_dict``/``to_dict`` and the unknown
fields kept in ``additional_properties``); the most used are also importable from
``cloudcockpit_client`` itself. Importing this module imports every model (``import
cloudcockpit_client`` does not).
"""

from ._generated.models import *  # noqa: F403 (the generated package's __all__ is the list)
from ._generated.models import __all__ as __all__
