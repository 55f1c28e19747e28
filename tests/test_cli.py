"""The ``cloudcockpit`` console script, run in a subprocess against the in-memory CloudCockpit served
over HTTP on 127.0.0.1: every command end to end (exit status, stdout, stderr, and the requests the
double received), the journal and the resume after a SIGKILL, Ctrl-C, and the missing extra."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CUSTOMER, TENANT
from servedfake import ServedFake

from cloudcockpit_client.testing import FakeCloudCockpit, Fault

SCRIPT = Path(sys.executable).parent / "cloudcockpit"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TOKEN = "cli-test-token-5f1b2c"  # a secret: no output may show it
# The Microsoft fields of the example input's first line (every line sends these).
ROW = {
    k: v
    for k, v in json.loads((EXAMPLES / "add-provider-instance.jsonl").read_text().splitlines()[0]).items()
    if k != "customer_id"
}


class Site:
    """A served double with a tenant, a token and two Microsoft provider instances."""

    def __init__(self, creation_delay: float = 0.0) -> None:
        self.fake = FakeCloudCockpit(creation_delay=creation_delay)
        self.fake.add_tenant(TENANT)
        self.fake.issue_token(TENANT, token=TOKEN)
        self.ms = self.fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
        self.eu = self.fake.add_provider_instance(TENANT, provider="microsoft", alias="MS EU")
        self.served = ServedFake(self.fake).start()

    def restart(self) -> None:
        self.served.stop()
        self.served = ServedFake(self.fake).start()

    def customers(self, count: int) -> list[uuid.UUID]:
        return [
            self.fake.add_customer(TENANT, {**CUSTOMER, "companyName": f"Contoso {i:03d}"})
            for i in range(count)
        ]

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("CLOUDCOCKPIT_") and "PROXY" not in k.upper()
        }
        env.update(
            CLOUDCOCKPIT_TENANT=TENANT, CLOUDCOCKPIT_TOKEN=TOKEN, CLOUDCOCKPIT_BASE_URL=self.served.url
        )
        env.update(extra)
        return env

    def run(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(SCRIPT), *args],
            env=self.env() if env is None else env,
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        assert TOKEN not in done.stdout + done.stderr
        return done

    def requests(self, method: str, path_part: str = "") -> list[Any]:
        return [r for r in self.fake.requests if r.method == method and path_part in r.path]


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    try:
        yield s
    finally:
        s.served.stop()


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_input(path: Path, customers: list[uuid.UUID]) -> Path:
    path.write_text("".join(json.dumps({"customer_id": str(c), **ROW}) + "\n" for c in customers))
    return path


# ----------------------------------------------------------------- packaging


def test_the_command_names_the_extra_when_click_is_missing() -> None:
    code = (
        "import sys; sys.modules['click'] = None\nfrom cloudcockpit_client.cli import main\nmain(['--help'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert 'pip install "cloudcockpit-client[cli]"' in done.stderr and "click" in done.stderr


IMPORTS = """
import sys
def cli_modules():
    return {m for m in sys.modules if m.split(".")[0] in ("click", "rich") or m.split(".")[:2] == ["cloudcockpit_client", "cli"]}
import httpx  # httpx itself imports click and rich when they are installed (its own CLI)
before = cli_modules()
import cloudcockpit_client
print(sorted(cli_modules() - before))
"""


def test_importing_the_sdk_imports_no_more_of_click_rich_or_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORTS], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


# ----------------------------------------------------------------- one-off commands


def test_customers_get_prints_the_customer_as_json_and_as_a_table(site: Site) -> None:
    [customer] = site.customers(1)
    done = site.run("customers", "get", str(customer), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == site.fake.customer(customer) | {"providerCustomers": None}
    [get] = site.requests("GET", str(customer))
    assert get.headers["x-tenant"] == TENANT and get.headers["authorization"] == f"Bearer {TOKEN}"
    uuid.UUID(get.headers["x-correlation-id"])
    table = site.run("--json", "customers", "get", str(customer))  # --json before the command too
    assert json.loads(table.stdout)["id"] == str(customer)
    people = site.run("customers", "get", str(customer))
    assert people.returncode == 0 and "Contoso 000" in people.stdout and "provider customers" in people.stdout


def test_customers_get_errors_exit_1_and_bad_ids_exit_2_before_any_request(site: Site) -> None:
    missing = site.run("customers", "get", str(uuid.uuid4()))
    assert missing.returncode == 1 and "404" in missing.stderr and "correlation id" in missing.stderr
    before = len(site.fake.requests)
    bad = site.run("customers", "get", "not-a-uuid")
    assert bad.returncode == 2 and "not a UUID" in bad.stderr
    assert len(site.fake.requests) == before


def test_a_missing_configuration_is_a_usage_error(site: Site) -> None:
    env = site.env()
    del env["CLOUDCOCKPIT_TENANT"]
    done = site.run("customers", "list", env=env)
    assert done.returncode == 2 and "CLOUDCOCKPIT_TENANT" in done.stderr
    assert site.fake.requests == []


def test_base_url_option_overrides_the_environment(site: Site) -> None:
    site.customers(1)
    env = site.env(CLOUDCOCKPIT_BASE_URL="http://127.0.0.1:9")  # nothing listens there
    done = site.run("customers", "list", "--json", "--base-url", site.served.url, env=env)
    assert done.returncode == 0 and len(json_lines(done.stdout)) == 1


def test_customers_list_walks_every_page(site: Site) -> None:
    customers = site.customers(5)
    done = site.run("customers", "list", "--json", "--page-size", "2")
    assert done.returncode == 0, done.stderr
    assert sorted(c["id"] for c in json_lines(done.stdout)) == sorted(map(str, customers))
    pages = site.requests("GET", "/v1/Customers")
    assert [(r.query["pageNumber"], r.query["pageSize"]) for r in pages] == [
        ("1", "2"),
        ("2", "2"),
        ("3", "2"),
    ]
    limited = site.run("customers", "list", "--json", "--limit", "3")
    assert len(json_lines(limited.stdout)) == 3
    people = site.run("customers", "list")
    assert people.returncode == 0 and "Contoso 004" in people.stdout
    assert site.run("customers", "list", "--page-size", "2001").returncode == 2


def test_provider_instances_list(site: Site) -> None:
    done = site.run("provider-instances", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert {i["id"]: i["alias"] for i in json_lines(done.stdout)} == {
        str(site.ms): "MS",
        str(site.eu): "MS EU",
    }
    people = site.run("provider-instances", "list")
    assert str(site.ms) in people.stdout and "MS EU" in people.stdout


def test_customers_retry_provider_customer(site: Site) -> None:
    [customer] = site.customers(1)
    site.fake.add_provider_customer(customer, site.ms, status="failed")
    done = site.run("customers", "retry-provider-customer", str(customer), str(site.ms), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outcome"] == "accepted"
    [post] = site.requests("POST")
    assert post.path == f"/v1/Customers/{customer}/provider-customers/{site.ms}" and post.status == 204
    assert site.fake.provider_customer(customer, site.ms).status == "created"
    again = site.run("customers", "retry-provider-customer", str(customer), str(site.ms))
    assert again.returncode == 1 and "400" in again.stderr  # not failed any more


def test_customers_update_account_info_sets_fields(site: Site) -> None:
    [customer] = site.customers(1)
    done = site.run(
        "customers", "update-account-info", str(customer), "--set", "firstName=Grace",
        "--set-json", "middleName=null", "--retry-failed",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [patch] = site.requests("PATCH")
    assert patch.path == f"/v1/Customers/{customer}/account-info"
    assert patch.body["customer"]["firstName"] == "Grace" and patch.body["customer"]["middleName"] is None
    assert patch.body["retryFailedProviderCustomersFromCompanyInfo"] is True
    assert site.fake.customer(customer)["firstName"] == "Grace"
    wrong = site.run("customers", "update-account-info", str(customer), "--set", "first_name=Grace")
    assert wrong.returncode == 2 and "firstName" in wrong.stderr
    assert site.run("customers", "update-account-info", str(customer)).returncode == 2
    assert len(site.requests("PATCH")) == 1


def test_customers_add_provider_instance(site: Site, tmp_path: Path) -> None:
    [customer] = site.customers(1)
    data = write_input(tmp_path / "one.jsonl", [customer])
    done = site.run(
        "customers", "add-provider-instance", str(customer), "--provider-instance-id", str(site.ms),
        "--margin-rule", "markup", "--margin-value", "10", "--provider-customer-data", str(data), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outcome"] == "created"
    [post] = site.requests("POST")
    assert post.body["margin"] == {"marginRule": {"name": "Markup"}, "value": 10}
    assert json.loads(post.body["providerCustomerData"])["Domain"] == ROW["domain"]
    assert site.fake.provider_customer(customer, site.ms).status == "created"
    other = site.run(
        "customers", "add-provider-instance", str(customer), "--provider-instance-id", str(site.eu),
        "--margin-rule", "splitmargin", "--margin-value", "2.5", "--provider-customer-data", str(data),
    )  # fmt: skip
    assert other.returncode == 0, other.stderr
    assert site.requests("POST")[-1].body["margin"] == {"marginRule": {"name": "SplitMargin"}, "value": 2.5}
    unknown = site.run(
        "customers", "add-provider-instance", str(customer), "--provider-instance-id", str(site.eu),
        "--margin-rule", "Fixed", "--margin-value", "1",
    )  # fmt: skip
    assert unknown.returncode == 2 and "erpminusdiscount" in unknown.stderr.lower()
    not_a_number = site.run(
        "customers", "add-provider-instance", str(customer), "--provider-instance-id", str(site.eu),
        "--margin-rule", "Markup", "--margin-value", "nan",
    )  # fmt: skip
    assert not_a_number.returncode == 2 and "finite" in not_a_number.stderr
    assert len(site.requests("POST")) == 2


# ----------------------------------------------------------------- retry-failed


def test_retry_failed_retries_each_failed_provider_customer_and_skips_a_400(
    site: Site, tmp_path: Path
) -> None:
    failed, pending, created, plain = site.customers(4)
    site.fake.add_provider_customer(failed, site.ms, status="failed")
    site.fake.add_provider_customer(failed, site.eu, status="failed")
    site.fake.add_provider_customer(pending, site.ms, status="pending")
    site.fake.add_provider_customer(created, site.ms, status="created")
    journal = tmp_path / "retry.jsonl"

    dry = site.run("retry-failed", "--dry-run", "--journal", str(journal))
    assert dry.returncode == 0 and dry.stdout.count("would retry") == 3
    assert site.requests("POST") == [] and not journal.exists()

    done = site.run("retry-failed", "--json", "--journal", str(journal), "--concurrency", "2")
    assert done.returncode == 0, done.stderr
    outcomes = {(o["customerId"], o["providerInstanceId"]): o["outcome"] for o in json_lines(done.stdout)}
    assert outcomes == {
        (str(failed), str(site.ms)): "succeeded",
        (str(failed), str(site.eu)): "succeeded",
        (str(pending), str(site.ms)): "skipped",  # the API's 400: it had not failed
    }
    assert sorted(r.path for r in site.requests("POST")) == sorted(
        f"/v1/Customers/{c}/provider-customers/{i}"
        for c, i in [(failed, site.ms), (failed, site.eu), (pending, site.ms)]
    )
    summary = json.loads(done.stderr.strip().splitlines()[-1])
    assert summary["summary"] == {"succeeded": 2, "skipped": 1}
    assert plain  # a customer without provider customers is no item

    site.fake.add_provider_customer(plain, site.ms, status="failed")
    again = site.run("retry-failed", "--json", "--journal", str(journal))
    # The pending one is still pending (no creation without auto-create's retry): its "skipped"
    # stands; only the new failure is sent.
    assert [
        o["customerId"] for o in json_lines(again.stdout) if o["detail"] != "done in an earlier run (journal)"
    ] == [str(plain)]
    assert len(site.requests("POST")) == 4


def test_retry_failed_can_wait_for_creation(tmp_path: Path) -> None:
    site = Site(creation_delay=0.3)
    try:
        [customer] = site.customers(1)
        site.fake.add_provider_customer(customer, site.ms, status="failed")
        done = site.run("retry-failed", "--json", "--wait", "20")
        assert done.returncode == 0, done.stderr
        [item] = json_lines(done.stdout)
        assert item["outcome"] == "succeeded" and item["detail"] == "created"
        assert (
            item["providerCustomerId"] == site.fake.provider_customer(customer, site.ms).provider_customer_id
        )
    finally:
        site.served.stop()


def test_retry_failed_checks_an_unknown_outcome_before_sending_again(tmp_path: Path) -> None:
    site = Site(creation_delay=60)  # a retried provider customer stays pending for this test
    try:
        [customer] = site.customers(1)
        site.fake.add_provider_customer(customer, site.ms, status="failed")
        # The retry takes effect and the answer is a 500: the command cannot know it went through.
        site.fake.inject(Fault(status=500, apply=True, method="POST", path="provider-customers"))
        journal = tmp_path / "retry.jsonl"
        first = site.run("retry-failed", "--json", "--journal", str(journal))
        assert first.returncode == 1
        assert [o["outcome"] for o in json_lines(first.stdout)] == ["unknown"]
        assert site.fake.provider_customer(customer, site.ms).status == "pending"

        again = site.run("retry-failed", "--json", "--journal", str(journal))
        # Checked first (get_customer): still no providerCustomerId, so sent again, and the API
        # refuses it (400: pending, not failed), which is recorded as skipped.
        assert again.returncode == 0, again.stderr
        [item] = json_lines(again.stdout)
        assert item["outcome"] == "skipped" and item["status"] == 400
        gets = [r for r in site.requests("GET") if r.path == f"/v1/Customers/{customer}"]
        assert len(gets) == 1
        assert [r.status for r in site.requests("POST")] == [500, 400]
    finally:
        site.served.stop()


# ----------------------------------------------------------------- add-provider-instance


def test_add_provider_instance_adds_each_customer_once_and_a_rerun_skips_them(
    site: Site, tmp_path: Path
) -> None:
    customers = site.customers(3)
    source = write_input(tmp_path / "in.jsonl", customers)
    journal = tmp_path / "journal.jsonl"
    args = ["add-provider-instance", "--input", str(source), "--provider-instance-id", str(site.eu),
            "--margin-rule", "Markup", "--margin-value", "10", "--journal", str(journal)]  # fmt: skip
    done = site.run(*args, "--progress")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("3 items: 3 succeeded, 0 failed")
    assert "adding the provider instance" in done.stderr and "3/3" in done.stderr  # the bar, forced on
    assert {r.path for r in site.requests("POST")} == {
        f"/v1/Customers/{c}/provider-instances" for c in customers
    }
    states = [(r["key"], r["state"]) for r in json_lines(journal.read_text())]
    for c in customers:
        key = f"{c}/{site.eu}"
        assert states.index((key, "sending")) < states.index((key, "succeeded"))

    again = site.run(*args, "--json")
    assert again.returncode == 0
    assert {o["outcome"] for o in json_lines(again.stdout)} == {"skipped"}
    assert len(site.requests("POST")) == 3  # nothing sent again

    without_journal = site.run(*args[:-2], "--json")  # no journal: the API's 400, then the customer read
    assert without_journal.returncode == 0
    assert {o["detail"].split(" (")[0] for o in json_lines(without_journal.stdout)} == {"already linked"}


def test_the_example_input_files_work(site: Site) -> None:
    # Both files hold the same three customers (those of examples/bulk-seed.json).
    for line in (EXAMPLES / "add-provider-instance.jsonl").read_text().splitlines():
        site.fake.add_customer(TENANT, CUSTOMER, customer_id=json.loads(line)["customer_id"])
    done = site.run(
        "add-provider-instance", "--input", str(EXAMPLES / "add-provider-instance.jsonl"),
        "--provider-instance-id", str(site.ms), "--margin-rule", "Markup", "--margin-value", "10", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    csv_run = site.run(
        "add-provider-instance", "--input", str(EXAMPLES / "add-provider-instance.csv"),
        "--provider-instance-id", str(site.eu), "--margin-rule", "Markup", "--margin-value", "10", "--json",
    )  # fmt: skip
    assert csv_run.returncode == 0, csv_run.stderr
    posts = site.requests("POST")
    assert len(posts) == 6 and all(
        json.loads(p.body["providerCustomerData"])["AcceptedMCA"] is True for p in posts
    )


def test_bad_input_is_a_usage_error_naming_the_lines(site: Site, tmp_path: Path) -> None:
    [customer] = site.customers(1)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"customer_id": str(customer), **ROW}) + "\n"
        + "{not json\n"
        + json.dumps({"customer_id": "nope", **ROW}) + "\n"
        + json.dumps({"customer_id": str(uuid.uuid4()), "domain": "x"}) + "\n"
        + json.dumps({"customer_id": str(customer), **ROW, "colour": "red"}) + "\n"
        + json.dumps({"customer_id": str(customer), **ROW}) + "\n"
    )  # fmt: skip
    done = site.run(
        "add-provider-instance", "--input", str(bad), "--provider-instance-id", str(site.ms),
        "--margin-rule", "Markup", "--margin-value", "10",
    )  # fmt: skip
    assert done.returncode == 2
    for expected in ("line 2: not JSON", "line 3: customer_id", "line 4: missing Microsoft field(s) credentials_email",
                     "line 5: unknown column(s) 'colour'", "line 6: customer"):  # fmt: skip
        assert expected in done.stderr
    assert site.fake.requests == []


def test_an_ambiguous_failure_is_checked_not_resent(site: Site, tmp_path: Path) -> None:
    customers = site.customers(3)
    source = write_input(tmp_path / "in.jsonl", customers)
    journal = tmp_path / "journal.jsonl"
    # The first POST takes effect, and the answer is a 500: the outcome is unknown to the command.
    site.fake.inject(Fault(status=500, apply=True, method="POST", path="provider-instances"))
    args = ["add-provider-instance", "--input", str(source), "--provider-instance-id", str(site.ms),
            "--margin-rule", "Markup", "--margin-value", "10", "--journal", str(journal), "--json",
            "--concurrency", "1"]  # fmt: skip
    first = site.run(*args)
    assert first.returncode == 1
    assert [o["outcome"] for o in json_lines(first.stdout)] == ["unknown", "succeeded", "succeeded"]
    second = site.run(*args)
    assert second.returncode == 0
    [checked] = [o for o in json_lines(second.stdout) if o["customerId"] == str(customers[0])]
    assert checked["outcome"] == "succeeded" and checked["detail"].startswith("already linked")
    for c in customers:
        assert len(site.requests("POST", str(c))) == 1
    assert len(site.requests("GET", str(customers[0]))) == 1  # the check


def last_states(journal: Path) -> dict[str, str]:
    """Each item's last state in a journal."""
    return {record["key"]: record["state"] for record in json_lines(journal.read_text())}


def slow_run(
    site: Site, tmp_path: Path, customers: list[uuid.UUID], delay: float, **popen: Any
) -> tuple[list[str], Path, subprocess.Popen[str]]:
    """Start add-provider-instance (concurrency 4) with every POST taking ``delay`` s; return once
    the journal shows 3 items succeeded, so that calls are in flight."""
    source = write_input(tmp_path / "in.jsonl", customers)
    journal = tmp_path / "journal.jsonl"
    site.fake.inject(Fault(delay=delay, apply=True, method="POST", times=10_000))
    args = [str(SCRIPT), "add-provider-instance", "--input", str(source), "--provider-instance-id", str(site.ms),
            "--margin-rule", "Markup", "--margin-value", "10", "--journal", str(journal), "--concurrency", "4"]  # fmt: skip
    process = subprocess.Popen(args, env=site.env(), text=True, **popen)
    deadline = time.monotonic() + 30
    while not (journal.exists() and journal.read_text().count('"succeeded"') >= 3):
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            raise AssertionError("the run ended (or never got going) before the signal")
        time.sleep(0.01)
    return args, journal, process


def test_a_run_killed_mid_way_resumes_without_adding_twice(site: Site, tmp_path: Path) -> None:
    customers = site.customers(40)
    args, journal, process = slow_run(
        site, tmp_path, customers, 0.05, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    states = last_states(journal)
    assert "sending" in states.values()  # killed with calls in flight
    assert len(states) < len(customers)

    # A barrier, not a pause: uvicorn's graceful stop waits for every request it had received, so
    # the POSTs the killed run left in flight have now taken effect (or never arrived). Without
    # it, a POST still being processed could make the re-run's check see "not linked"; the re-sent
    # POST would then be refused by the API (400, already linked) and recorded as skipped.
    site.restart()
    site.fake.faults.clear()
    resumed = site.run(*args[1:], "--json")
    assert resumed.returncode == 0, resumed.stderr
    for c in customers:  # every provider instance added exactly once, and never sent after that
        statuses = [r.status for r in site.requests("POST", str(c))]
        # A POST whose body the kill cut short reaches the double as invalid JSON: a 400 that
        # changed nothing, followed by the resumed run's 201.
        assert statuses[-1] == 201 and set(statuses[:-1]) <= {400}, statuses
        assert site.fake.provider_customer(c, site.ms).status == "created"
    assert last_states(journal) == {
        f"{c}/{site.ms}": "succeeded" for c in customers
    }  # every item accounted for


def test_ctrl_c_finishes_the_calls_in_flight_and_prints_the_summary(site: Site, tmp_path: Path) -> None:
    customers = site.customers(30)
    _, journal, process = slow_run(
        site, tmp_path, customers, 0.1, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "SIGINT: no new calls" in stderr and "interrupted" in stdout
    states = last_states(journal)
    assert set(states.values()) == {"succeeded"}  # the calls in flight finished, and were journaled
    assert 3 <= len(states) < len(customers)
    assert len(site.requests("POST")) == len(states)


def test_a_journal_of_another_job_is_refused(site: Site, tmp_path: Path) -> None:
    [customer] = site.customers(1)
    journal = tmp_path / "journal.jsonl"
    journal.write_text(json.dumps({"job": "retry-failed", "key": "x", "state": "succeeded"}) + "\n")
    done = site.run(
        "add-provider-instance", "--input", str(write_input(tmp_path / "in.jsonl", [customer])),
        "--provider-instance-id", str(site.ms), "--margin-rule", "Markup", "--margin-value", "1",
        "--journal", str(journal),
    )  # fmt: skip
    assert done.returncode == 2 and "belongs to a 'retry-failed' job" in done.stderr
    assert site.fake.requests == []


# ----------------------------------------------------------------- commands generated from the spec


def test_every_operation_of_the_spec_is_a_command(site: Site) -> None:
    import yaml
    from openapi_python_client.strings import snake_case

    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
    groups = {t["name"]: t.get("x-cloudcockpit-resource", snake_case(t["name"])) for t in spec["tags"]}
    from click.testing import CliRunner

    from cloudcockpit_client.cli._commands import cli

    # In process (78 subprocesses took a minute of CI); one through the console script, below.
    runner = CliRunner()
    commands = []
    for item in spec["paths"].values():
        for operation in item.values():
            group = groups[operation["tags"][0]].replace("_", "-")
            command = snake_case(operation["operationId"]).replace("_", "-")
            done = runner.invoke(cli, [group, command, "--help"], prog_name="cloudcockpit")
            assert done.exit_code == 0 and "--json" in done.output, (group, command, done.output)
            commands.append((group, command))
    assert len(commands) >= 78  # every documented operation
    group, command = commands[-1]
    done = site.run(group, command, "--help")
    assert done.returncode == 0 and "--json" in done.stdout, (group, command, done.stderr)


def test_a_generated_command_calls_the_operation_and_prints_json(site: Site) -> None:
    [customer] = site.customers(1)
    done = site.run("customers", "get-customer", str(customer), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == site.fake.customer(customer) | {"providerCustomers": None}
    people = site.run("customers", "get-customer", str(customer))  # indented for people
    assert json.loads(people.stdout)["id"] == str(customer) and "\n  " in people.stdout
    missing = site.run("customers", "get-customer", str(uuid.uuid4()))
    assert missing.returncode == 1 and "404" in missing.stderr
    before = len(site.fake.requests)
    bad = site.run("customers", "get-customer", str(customer), "--reseller-id", "nope")
    assert bad.returncode == 2 and "not a UUID" in bad.stderr
    assert len(site.fake.requests) == before


def test_a_generated_list_command_walks_every_page(site: Site) -> None:
    customers = site.customers(3)
    done = site.run("customers", "list-customers", "--page-size", "2")
    assert done.returncode == 0, done.stderr
    assert sorted(c["id"] for c in json_lines(done.stdout)) == sorted(map(str, customers))
    assert [r.query["pageNumber"] for r in site.requests("GET", "/v1/Customers")] == ["1", "2"]
    limited = site.run("provider-instances", "list-provider-instances", "--limit", "1")
    assert len(json_lines(limited.stdout)) == 1


def test_a_hand_written_command_keeps_its_name_over_the_generated_one(site: Site) -> None:
    [customer] = site.customers(1)
    helped = site.run("customers", "update-account-info", "--help")
    assert "--set" in helped.stdout and "--customer" not in helped.stdout  # not the generated options
    done = site.run("customers", "update-account-info", str(customer), "--set", "city=Porto")
    assert done.returncode == 0, done.stderr
    assert site.fake.customer(customer)["city"] == "Porto"
    unknown = site.run("customers", "get-customer", str(customer), "--unknown", "x")
    assert unknown.returncode == 2


def test_adaptive_rate_turns_on_the_clients_limiter_for_a_bulk_job(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from cloudcockpit_client import CloudCockpit
    from cloudcockpit_client.cli import _commands

    built: list[CloudCockpit] = []

    class Recording(CloudCockpit):
        @classmethod
        def from_env(cls, environ: Any = None, **kwargs: Any) -> CloudCockpit:
            client = super().from_env(environ, **kwargs)
            built.append(client)
            return client

    monkeypatch.setattr(_commands, "CloudCockpit", Recording)
    runner = CliRunner()
    for flag in (["--adaptive-rate"], []):
        customers = site.customers(2)
        args = ["add-provider-instance", "--input", str(write_input(tmp_path / f"{len(built)}.jsonl", customers)),
                "--provider-instance-id", str(site.ms), "--margin-rule", "Markup", "--margin-value", "10",
                "--concurrency", "1", "--no-progress", *flag]  # fmt: skip
        site.fake.inject(
            Fault(status=429, headers={"Retry-After": "0"}, method="POST", path="provider-instances")
        )
        done = runner.invoke(_commands.cli, args, env=site.env(), prog_name="cloudcockpit")
        assert done.exit_code == 0, done.output
        # The 429 was retried (the limiter cut the rate first, when it is on); each added once.
        assert [r.status for r in site.requests("POST", str(customers[0]))] == [429, 201]
        assert [r.status for r in site.requests("POST", str(customers[1]))] == [201]
    assert [client.retry_policy.adaptive_rate for client in built] == [True, False]
    limiter = next(iter(built[0]._http._transport._limiters.values()))  # type: ignore[attr-defined]
    assert not limiter.slow_start  # it saw the 429 and is pacing
