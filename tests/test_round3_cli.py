"""Hardening, third round (issue 25), items 5, 8 and 9: the bulk CLI, run as a subprocess over real
loopback sockets. A list that repeats customers (item 5), a journal or an export output on a full
disk (item 8), Ctrl-C with calls in flight and errors under ``--json`` (item 9)."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import uvicorn
from conftest import CUSTOMER, TENANT
from faultserver import Action, FaultServer
from test_cli import SCRIPT, TOKEN, Site, json_lines, last_states, write_input

from cloudcockpit_client.cli._export import STATE_SUFFIX
from cloudcockpit_client.testing import FakeCloudCockpit

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Poll ``condition`` until it holds, or fail naming ``what`` (a bounded wait, not a pause)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def one_json_object(text: str) -> dict[str, Any]:
    """The single JSON object ``text`` holds (one non-blank line), or fail."""
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    value = json.loads(lines[0])
    assert isinstance(value, dict)
    return value


def limited_file_size(size: int) -> Callable[[], None]:
    """A preexec_fn: files the child writes cannot grow past ``size`` bytes (a write past it fails
    with EFBIG, as one fails with ENOSPC on a full disk; SIGXFSZ is ignored so that it is an error,
    not a kill). No root needed, and only the child's own files are concerned (not pipes)."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


ADD = ["add-provider-instance", "--margin-rule", "Markup", "--margin-value", "10"]


# ----------------------------------------------------------------- item 5: a list that repeats


class CustomerPages(FaultServer):
    """A FaultServer whose scripted answers are the customer pages only: a retry POST is always
    accepted (204), whenever it comes between two pages."""

    def _next_action(self, path: str) -> Action:
        if "/provider-customers/" in path:
            return Action()
        return super()._next_action(path)

    def retries(self) -> list[str]:
        return [r.path for r in self.requests if r.method == "POST"]


def failed_customers(count: int) -> list[dict[str, Any]]:
    """``count`` customers as the double lists them, each with a failed Microsoft provider customer."""
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    token = fake.issue_token(TENANT)
    instance = fake.add_provider_instance(TENANT, provider="microsoft")
    for i in range(count):
        customer = fake.add_customer(TENANT, {**CUSTOMER, "companyName": f"Contoso {i}"})
        fake.add_provider_customer(customer, instance, status="failed")

    async def first_page() -> dict[str, Any]:
        async with httpx.AsyncClient(transport=fake.transport(), base_url="https://api.invalid") as client:
            headers = {"Authorization": f"Bearer {token}", "X-Tenant": TENANT}
            answer = await client.get("/v1/Customers", params={"pageSize": count}, headers=headers)
            return dict(answer.raise_for_status().json())

    items = list(asyncio.run(first_page())["items"])
    assert len(items) == count
    assert all(not pc.get("providerCustomerId") for c in items for pc in c["providerCustomers"].values())
    return items


def page(items: list[dict[str, Any]], has_next: bool = True) -> Action:
    body = json.dumps({"items": items, "hasNextPage": has_next}).encode()
    return Action(status=200, headers={"Content-Type": "application/json"}, body=body)


def plain_env(**extra: str) -> dict[str, str]:
    """The environment without the caller's CLOUDCOCKPIT_* and proxy settings."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("CLOUDCOCKPIT_") and "PROXY" not in k.upper()
    }
    return {**env, "CLOUDCOCKPIT_TENANT": TENANT, "CLOUDCOCKPIT_TOKEN": TOKEN, **extra}


@pytest.fixture
def pages() -> Iterator[CustomerPages]:
    server = CustomerPages().start()
    try:
        yield server
    finally:
        server.stop()


def retry_failed(server: FaultServer, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(SCRIPT), "retry-failed", "--base-url", server.url, "--concurrency", "3", "--json", *args],
        env=plain_env(),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert TOKEN not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_retry_failed_sends_each_item_once_when_pages_overlap(pages: CustomerPages) -> None:
    # Offset paging over customers that change: a customer slides onto the next page too.
    a, b, c, d = failed_customers(4)
    pages.script(page([a, b]), page([b, c]), page([c, d], has_next=False))
    done = retry_failed(pages)
    assert done.returncode == 0, done.stderr
    retried = pages.retries()
    assert sorted(retried) == sorted(set(retried)) and len(retried) == 4  # each provider customer once
    assert {o["customerId"] for o in json_lines(done.stdout)} == {x["id"] for x in (a, b, c, d)}
    summary = one_json_object(done.stderr)
    assert summary["summary"] == {"succeeded": 4} and summary["repeated"] == 2


def test_retry_failed_stops_a_list_that_goes_round_for_ever(pages: CustomerPages) -> None:
    # Two pages served in turn for ever: neither repeats the page just before it (item 4's check),
    # but the third page holds only customers listed already.
    a, b, c, d = failed_customers(4)
    pages.script(*[page([a, b]), page([c, d])] * 50)
    done = retry_failed(pages)
    assert done.returncode == 1
    assert len(pages.retries()) == 4 and len(set(pages.retries())) == 4
    summary = one_json_object(done.stderr)
    assert summary["summary"] == {"succeeded": 4}
    assert "page 3: every customer on it was listed before" in summary["error"]
    assert len([r for r in pages.requests if r.method == "GET"]) == 3  # the walk stopped there


# ----------------------------------------------------------------- item 9: Ctrl-C with calls in flight


class HeldPosts:
    """ASGI middleware over the double: while ``hold`` is set, a POST to provider-instances is held
    once its body has arrived, for ``hold`` seconds or until the client hangs up. Of the POSTs the
    client abandons, every other one takes effect all the same (the even ones: the server went on
    with it) and the others are dropped: the command cannot know which."""

    def __init__(self, app: Callable[[Message, Receive, Send], Awaitable[None]], hold: float) -> None:
        self.app = app
        self.hold: float | None = hold
        self.held = 0  # POSTs that arrived and were held
        self.settled: list[str] = []  # per held POST, once over: answered, applied or dropped

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        hold = self.hold
        if (
            hold is None
            or scope["type"] != "http"
            or scope["method"] != "POST"
            or "provider-instances" not in scope["path"]
        ):
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        number, self.held = self.held, self.held + 1
        replay = [{"type": "http.request", "body": body, "more_body": False}]

        async def again() -> Message:
            return replay.pop() if replay else {"type": "http.disconnect"}

        async def nowhere(_: Message) -> None:
            pass

        with anyio.move_on_after(hold) as timer:
            await receive()  # after the body, the next message is http.disconnect
        if timer.cancelled_caught:
            await self.app(scope, again, send)
            self.settled.append("answered")
        elif number % 2 == 0:
            await self.app(scope, again, nowhere)  # the client is gone: the answer goes nowhere
            self.settled.append("applied")
        else:
            self.settled.append("dropped")


class HeldSite(Site):
    """test_cli's Site, with the double behind HeldPosts (POSTs held 15 s)."""

    def __init__(self) -> None:
        self.fake = FakeCloudCockpit()
        self.fake.add_tenant(TENANT)
        self.fake.issue_token(TENANT, token=TOKEN)
        self.ms = self.fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
        self.held = HeldPosts(self.fake.asgi_app(), hold=15.0)
        config = uvicorn.Config(self.held, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        wait_until(lambda: self.server.started, "uvicorn to start", 10)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.served = self  # type: ignore[assignment]  # Site.env reads served.url
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def held() -> Iterator[HeldSite]:
    site = HeldSite()
    try:
        yield site
    finally:
        site.stop()


def test_ctrl_c_abandons_the_calls_in_flight_after_the_grace_period(held: HeldSite, tmp_path: Path) -> None:
    customers = held.customers(10)
    journal = tmp_path / "journal.jsonl"
    args = [*ADD, "--input", str(write_input(tmp_path / "in.jsonl", customers)), "--provider-instance-id",
            str(held.ms), "--journal", str(journal), "--concurrency", "4", "--json"]  # fmt: skip
    process = subprocess.Popen(
        [str(SCRIPT), *args, "--grace", "1"],
        env=held.env(),
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: held.held.held == 4 or process.poll() is not None, "4 POSTs in flight")
        assert process.poll() is None, process.communicate()
        process.send_signal(signal.SIGINT)
        # The held POSTs answer after 15 s: an exit well before that is the grace period at work.
        stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "Exception in callback" not in stderr, stderr
    summary = one_json_object(stderr)  # --json: the summary is the one object, and says why
    assert summary["interrupted"] is True and summary["signal"] == "SIGINT"
    assert summary["summary"] == {"unknown": 4}
    abandoned = json_lines(stdout)
    assert [o["outcome"] for o in abandoned] == ["unknown"] * 4
    assert all("abandoned in flight after the 1-s grace period" in o["detail"] for o in abandoned)
    assert set(last_states(journal).values()) == {"unknown"} and len(last_states(journal)) == 4

    # Once the server is done with the abandoned POSTs (two took effect, two were dropped), the
    # re-run with the journal checks the four, and adds every instance exactly once.
    wait_until(lambda: len(held.held.settled) == 4, "the server to settle the abandoned POSTs")
    assert sorted(held.held.settled) == ["applied", "applied", "dropped", "dropped"]
    held.held.hold = None
    resumed = held.run(*args)
    assert resumed.returncode == 0, resumed.stderr
    for c in customers:
        assert [r.status for r in held.requests("POST", str(c))] == [201]
        assert held.fake.provider_customer(c, held.ms) is not None
    assert len(held.requests("POST")) == 10  # 2 applied when abandoned + 8 sent by the re-run
    assert last_states(journal) == {f"{c}/{held.ms}": "succeeded" for c in customers}


def test_ctrl_c_under_human_output_says_it_once_and_exits_130(held: HeldSite, tmp_path: Path) -> None:
    customers = held.customers(4)
    process = subprocess.Popen(
        [str(SCRIPT), *ADD, "--input", str(write_input(tmp_path / "in.jsonl", customers)),
         "--provider-instance-id", str(held.ms), "--concurrency", "2", "--grace", "0.5"],
        env=held.env(), text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until(lambda: held.held.held == 2 or process.poll() is not None, "2 POSTs in flight")
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130
    assert "Traceback" not in stderr and "Exception in callback" not in stderr, stderr
    assert stderr.count("SIGINT: no new calls; waiting up to 0.5 s") == 1
    assert stderr.count("unknown: customer") == 2
    assert stdout.startswith("2 items: 0 succeeded, 0 failed, 2 unknown") and "interrupted" in stdout


# ----------------------------------------------------------------- item 9: errors under --json


def test_under_json_an_api_error_and_a_usage_error_are_one_json_object(tmp_path: Path) -> None:
    site = Site()
    try:
        missing = uuid.uuid4()
        done = site.run("customers", "get", str(missing), "--json")
        assert done.returncode == 1 and done.stdout == ""
        error = one_json_object(done.stderr)
        assert error["error"] == "NotFoundError" and error["status"] == 404
        assert error["correlationId"] == site.fake.requests[-1].headers["x-correlation-id"]
        assert "404" in error["detail"] or "not found" in error["detail"].lower()

        for args in (
            ["--json", "customers", "get", "not-a-uuid"],
            ["customers", "list", "--page-size", "0", "--json"],
        ):
            usage = site.run(*args)
            assert usage.returncode == 2 and usage.stdout == ""
            assert one_json_object(usage.stderr)["error"] in ("UsageError", "BadParameter")
        plain = site.run("customers", "get", str(missing))  # without --json: one line for people
        assert plain.returncode == 1 and plain.stderr.startswith("error: ") and "{" not in plain.stderr
        assert len(site.fake.requests) == 2  # the usage errors sent nothing
    finally:
        site.served.stop()


# ----------------------------------------------------------------- item 8: a full disk


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    try:
        yield s
    finally:
        s.served.stop()


@pytest.mark.parametrize("as_json", [False, True])
def test_a_journal_on_a_full_disk_sends_nothing_and_says_so_once(
    site: Site, tmp_path: Path, as_json: bool
) -> None:
    # /dev/full: every write fails with ENOSPC, as on a full disk. The first line ("sending") cannot
    # be written, so that item is not sent, nor any after it.
    customers = site.customers(5)
    done = site.run(*ADD, "--input", str(write_input(tmp_path / "in.jsonl", customers)),
                    "--provider-instance-id", str(site.ms), "--journal", "/dev/full",
                    *(["--json"] if as_json else []))  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "ExceptionGroup" not in done.stderr, done.stderr
    assert site.requests("POST") == []
    reason = "journal /dev/full: cannot be written (No space left on device)"
    if as_json:
        summary = one_json_object(done.stderr)
        assert summary["error"] == reason and summary["summary"] == {}
        assert done.stdout == ""
    else:
        assert done.stderr.strip() == f"error: {reason}; no new calls"
        assert (
            done.stdout.startswith("0 items: 0 succeeded, 0 failed")
            and f"stopped early: {reason}" in done.stdout
        )


def test_a_journal_that_fills_the_disk_mid_run_stops_cleanly_and_resumes(site: Site, tmp_path: Path) -> None:
    customers = site.customers(20)
    journal = tmp_path / "journal.jsonl"
    args = [*ADD, "--input", str(write_input(tmp_path / "in.jsonl", customers)), "--provider-instance-id",
            str(site.ms), "--journal", str(journal), "--concurrency", "2"]  # fmt: skip
    process = subprocess.run(
        [str(SCRIPT), *args],
        env=site.env(),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        preexec_fn=limited_file_size(3000),  # the journal's room: a few items' lines
    )
    assert process.returncode == 1, process.stderr
    assert "Traceback" not in process.stderr, process.stderr
    [error] = [line for line in process.stderr.splitlines() if line.startswith("error:")]
    assert error == f"error: journal {journal}: cannot be written (File too large); no new calls"
    assert "stopped early: journal" in process.stdout and " items: " in process.stdout  # the summary
    text = journal.read_text()
    assert 0 < len(text.encode()) <= 3000
    complete = [json.loads(line) for line in text.split("\n")[:-1]]
    announced = {
        r["customerId"] if "customerId" in r else r["key"].split("/")[0]
        for r in complete
        if r["state"] == "sending"
    }
    # No call went out that the journal had not announced with a whole "sending" line.
    posted = {r.path.split("/")[3] for r in site.requests("POST")}
    assert posted and posted <= announced and len(posted) < len(customers)

    resumed = site.run(*args, "--json")  # room again: the half-written last line is cut off
    assert resumed.returncode == 0, resumed.stderr
    for c in customers:
        assert [r.status for r in site.requests("POST", str(c))] == [201]
    assert last_states(journal) == {f"{c}/{site.ms}": "succeeded" for c in customers}


def test_an_export_that_fills_the_disk_says_how_far_it_got_and_resumes(tmp_path: Path) -> None:
    from test_cli_export import ITEMS, InvoiceSite, lines

    site = InvoiceSite()
    try:
        out = tmp_path / "usage.jsonl"
        command = [str(SCRIPT), "invoices", "export", str(site.invoice), "--kind", "usage", "-o", str(out),
                   "--page-size", "200", "--json"]  # fmt: skip
        full = subprocess.run(
            command, env=site.env(), capture_output=True, text=True, timeout=60,
            stdin=subprocess.DEVNULL, preexec_fn=limited_file_size(300_000),
        )  # fmt: skip
        assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr
        error = one_json_object(full.stderr)
        state = json.loads((tmp_path / ("usage.jsonl" + STATE_SUFFIX)).read_text())
        assert error["error"] == "ExportWriteError"
        assert error["detail"] == (
            f"{out}: cannot be written (File too large); {state['items']:,} line items "
            f"({state['pages']} pages) are on disk: --resume goes on from there once there is room"
        )
        assert 0 < state["items"] < ITEMS and state["offset"] <= out.stat().st_size

        resumed = site.run(*command[1:], "--resume")
        assert resumed.returncode == 0, resumed.stderr
        assert lines(out) == site.expected("usage")  # every line item once, in order
    finally:
        site.served.stop()


def test_a_stdout_on_a_full_disk_stops_the_run_and_the_summary_goes_to_stderr(
    site: Site, tmp_path: Path
) -> None:
    customers = site.customers(12)
    journal = tmp_path / "journal.jsonl"
    args = [str(SCRIPT), *ADD, "--input", str(write_input(tmp_path / "in.jsonl", customers)),
            "--provider-instance-id", str(site.ms), "--journal", str(journal), "--concurrency", "2"]  # fmt: skip
    for extra in (["--json"], []):
        with open("/dev/full", "w") as full:  # every write fails with ENOSPC
            done = subprocess.run(
                [*args, *extra], env=site.env(), stdout=full, stderr=subprocess.PIPE, text=True,
                timeout=60, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        assert done.returncode == 1, done.stderr  # not Python's 120 for a stdout it cannot flush at exit
        assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
        reason = "stdout: cannot be written (No space left on device)"
        if extra:
            summary = one_json_object(done.stderr)
            assert summary["error"] == reason and 1 <= summary["summary"]["succeeded"] <= 3
        else:
            # Nothing goes to stdout before the summary (the items' lines are --json's): the
            # summary is what fails, and it is printed on stderr instead.
            lines = done.stderr.splitlines()
            assert lines[0] == f"error: {reason}"
            assert " items: " in lines[1] and f"stopped early: {reason}" in lines[1] and len(lines) == 2
    posted = {r.path.split("/")[3] for r in site.requests("POST")}
    assert {k.split("/")[0] for k, s in last_states(journal).items() if s == "succeeded"} == posted
    assert all(len(site.requests("POST", c)) == 1 for c in posted)  # nothing sent twice


@pytest.mark.parametrize("as_json", [False, True])
def test_ctrl_c_in_a_one_off_command_exits_130_with_one_line(server: FaultServer, as_json: bool) -> None:
    server.script(Action(kind="hang"))  # the call is in flight when the signal comes
    process = subprocess.Popen(
        [str(SCRIPT), "customers", "get", str(uuid.uuid4()), "--base-url", server.url, *(["--json"] if as_json else [])],
        env=plain_env(), text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until(lambda: len(server.requests) == 1 or process.poll() is not None, "the call to arrive")
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130 and stdout == ""
    if as_json:
        assert one_json_object(stderr) == {
            "error": "Interrupted",
            "detail": "SIGINT: stopped",
            "signal": "SIGINT",
        }
    else:
        assert stderr == "error: SIGINT: stopped\n"
