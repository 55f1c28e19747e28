"""``python -m cloudcockpit_client.cli``: the ``cloudcockpit`` command."""

from . import main

main()
