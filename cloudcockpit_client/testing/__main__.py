"""Serve the in-memory CloudCockpit over HTTP on 127.0.0.1 (needs the ``[server]`` extra: uvicorn).

    python -m cloudcockpit_client.testing --port 8080 --seed seed.json

The seed file's format is in ``cloudcockpit_client/testing/_seed.py`` (``from_seed``).

Fixed tokens from the seed file are printed nowhere; pass them to your service's configuration.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ._admin import PREFIX
from ._fake import FakeCloudCockpit
from ._seed import from_seed


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, seed the double, and serve it with uvicorn until interrupted."""
    parser = argparse.ArgumentParser(
        prog="python -m cloudcockpit_client.testing", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--seed", type=Path, help="a JSON seed file")
    args = parser.parse_args(argv)
    try:
        import uvicorn  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print('serving needs the optional extra: pip install "cloudcockpit-client[server]"', file=sys.stderr)
        return 2
    fake = from_seed(json.loads(args.seed.read_text()) if args.seed else {})
    print(banner(args.host, args.port, fake), flush=True)
    uvicorn.run(fake.asgi_app(), host=args.host, port=args.port, log_level="warning")
    return 0


def banner(host: str, port: int, fake: FakeCloudCockpit) -> str:
    """What the served double prints on start: where it listens and how to get a token."""
    base = f"http://{host}:{port}"
    tenants = ", ".join(sorted(fake.tenants)) or "none yet"
    return "\n".join(
        [
            f"in-memory CloudCockpit listening on {base} (tenants: {tenants})",
            f"  API:       {base}/v1/...   (CLOUDCOCKPIT_BASE_URL={base})",
            f"  admin API: {base}{PREFIX}/requests | faults | tokens | seed | reset",
            f'  a token:   curl -s -X POST {base}{PREFIX}/tokens -d \'{{"tenant": "portal.example.com"}}\'',
            "  (a seed file's tokens work as given; they are not printed)",
        ]
    )


if __name__ == "__main__":
    sys.exit(main())
