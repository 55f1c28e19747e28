"""A small HTTP/1.1 server on 127.0.0.1 whose answers can be scripted to fail like real networks do.

It runs its own asyncio loop in a thread, so the tests talk to it over real sockets whether they
run under asyncio or trio. Scripted actions apply to the next requests in order; without one,
it answers like CloudCockpit's happy path (and like the Microsoft token endpoint on /token).
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Action:
    """What to do with one request.

    kind: "respond" (status/headers/body), "reset" (RST before any byte of the answer),
    "reset_mid_body" (headers and part of the body, then RST), "close_after" (answer as a
    keep-alive response, then close the connection), "hang" (never answer, until the server stops),
    "endless" (status and headers, then a chunked body that never ends, until the client hangs up),
    "echo" (status, with the request's head echoed back: in the body, in an X-Echo-Authorization
    header and in the reason phrase, as a debugging gateway would).
    """

    kind: str = "respond"
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    delay: float = 0.0
    reason: str = "X"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    connection: int
    # time.monotonic() when the request had arrived whole (one clock for every thread).
    at: float = field(default_factory=time.monotonic)


class FaultServer:
    """Start with ``start()``, stop with ``stop()``; ``url`` is http://127.0.0.1:<port>."""

    def __init__(self, token_lifetime: int = 3600, port: int = 0, ssl_context: Any = None) -> None:
        self.requested_port = port
        self.ssl_context = ssl_context
        self.actions: deque[Action] = deque()
        self.requests: list[Seen] = []
        self.token_lifetime = token_lifetime
        self.tokens_issued = 0
        # When this many requests have arrived, every token issued so far is revoked.
        self.revoke_at_request: int | None = None
        self.revoked: set[str] = set()
        self.connections = 0
        # Every request to /token gets this answer (the scripted actions are for the others).
        self.token_action: Action | None = None
        self.token_requests = 0
        self.endless_bytes_sent = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._lock = threading.Lock()
        self.port = 0

    @property
    def url(self) -> str:
        return f"{'https' if self.ssl_context else 'http'}://127.0.0.1:{self.port}"

    def script(self, *actions: Action) -> None:
        with self._lock:
            self.actions.extend(actions)

    def start(self) -> FaultServer:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", self.requested_port, ssl=self.ssl_context),
            self._loop,
        )
        self._server = future.result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for writer in list(self._writers):
                writer.close()
            # Let the transports' close callbacks run (sockets are closed via call_soon).
            for _ in range(5):
                await asyncio.sleep(0.01)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def _next_action(self, path: str) -> Action:
        with self._lock:
            if path.endswith("/token"):
                self.token_requests += 1
                if self.token_action is not None:
                    return self.token_action
            return self.actions.popleft() if self.actions else Action()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        connection = self.connections
        self._writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                if headers.get("transfer-encoding") == "chunked":
                    body = await self._read_chunked(reader)
                else:
                    body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.requests.append(Seen(method, path, headers, body, connection))
                action = self._next_action(path)
                if action.delay:
                    await asyncio.sleep(action.delay)
                if action.kind == "hang":
                    await reader.read(1)  # until the client gives up and closes the connection
                    return
                if action.kind == "reset":
                    self._reset(writer)
                    return
                if action.kind == "endless":
                    await self._endless(writer, action)
                    return
                reason = action.reason
                if action.kind == "echo":
                    action = self._echo(head, headers, action)
                    reason = action.reason
                status, out_headers, payload = self._answer(method, path, headers, action)
                header_block = f"HTTP/1.1 {status} {reason}\r\n" + "".join(
                    f"{k}: {v}\r\n" for k, v in out_headers.items()
                )
                if action.kind == "reset_mid_body":
                    header_block += f"Content-Length: {len(payload) + 100}\r\n\r\n"
                    writer.write(header_block.encode() + payload[: max(1, len(payload) // 2)])
                    await writer.drain()
                    self._reset(writer)
                    return
                if "Content-Length" not in out_headers:  # a scripted one may announce more than is sent
                    header_block += f"Content-Length: {len(payload)}\r\n"
                writer.write(header_block.encode() + b"\r\n" + payload)
                await writer.drain()
                if action.kind == "close_after":
                    writer.close()
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            return
        except asyncio.CancelledError:
            # stop() cancels the handlers. Ending normally rather than cancelled matters on
            # Python 3.11, whose streams callback calls task.exception() on the finished task and
            # prints "Exception in callback ... CancelledError" for a cancelled one (fixed in
            # 3.12): noise on the stderr that test_hardening's silent-app test reads.
            return
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _endless(self, writer: asyncio.StreamWriter, action: Action) -> None:
        head = f"HTTP/1.1 {action.status or 200} OK\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in action.headers.items()
        )
        writer.write((head + "Transfer-Encoding: chunked\r\n\r\n").encode())
        chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"x" * 64 * 1024)
        while True:  # until the client closes the connection (ConnectionError) or the server stops
            writer.write(chunk)
            await writer.drain()
            self.endless_bytes_sent += 64 * 1024

    @staticmethod
    def _echo(head: bytes, headers: dict[str, str], action: Action) -> Action:
        text = head.decode("latin-1")
        authorization = headers.get("authorization", "")
        body = action.body or (
            b"<html><body><h1>Gateway debug</h1><pre>" + text.encode("latin-1") + b"</pre></body></html>"
        )
        if action.body is not None:
            body = action.body.replace(b"{head}", json.dumps(text).encode()[1:-1])
            body = body.replace(b"{authorization}", authorization.encode("latin-1"))
        return Action(
            status=action.status or 400,
            headers={**action.headers, "X-Echo-Authorization": authorization},
            body=body,
            reason=f"Bad {authorization}",
        )

    @staticmethod
    async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
        body = b""
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            body += await reader.readexactly(size)
            await reader.readexactly(2)
        await reader.readuntil(b"\r\n")  # no trailers: the empty line after the last chunk
        return body

    @staticmethod
    def _reset(writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            # SO_LINGER with a zero timeout makes close() send an RST instead of a FIN.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    def _answer(
        self, method: str, path: str, request_headers: dict[str, str], action: Action
    ) -> tuple[int, dict[str, str], bytes]:
        headers = dict(action.headers)
        if action.status is not None:
            return action.status, headers, action.body or b""
        if path.endswith("/token"):
            self.tokens_issued += 1
            token: dict[str, Any] = {
                "token_type": "Bearer",
                "expires_in": self.token_lifetime,
                "access_token": f"tok-{self.tokens_issued}",
            }
            headers["Content-Type"] = "application/json"
            return 200, headers, json.dumps(token).encode()
        if self.revoke_at_request is not None and len(self.requests) >= self.revoke_at_request:
            self.revoke_at_request = None
            self.revoked |= {f"tok-{n}" for n in range(1, self.tokens_issued + 1)}
        if request_headers.get("authorization", "").removeprefix("Bearer ") in self.revoked:
            return 401, headers, b""
        if method == "PATCH":
            return 202, headers, b""
        if path.endswith("/provider-instances"):
            headers["Content-Type"] = "application/json"
            return 201, headers, b'"created-id"'
        return 204, headers, b""
