"""A FakeCloudCockpit served by uvicorn on 127.0.0.1 in a background thread (real sockets)."""

from __future__ import annotations

import threading
import time

import uvicorn

from cloudcockpit_client.testing import FakeCloudCockpit


class ServedFake:
    """``start()`` serves ``fake`` and sets ``url``; ``stop()`` stops the server and its thread."""

    def __init__(self, fake: FakeCloudCockpit) -> None:
        self.fake = fake
        config = uvicorn.Config(
            fake.asgi_app(), host="127.0.0.1", port=0, log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = ""

    def start(self) -> ServedFake:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
