"""The code of README.md and of the guides (docs/) that claims to run does run: the README's
examples for the async client, the sync client and the command line, the testing guide's pytest
example, the escape hatch of "Changing the API", and the recorded session of the CLI guide.
(Every Python block of both is also type-checked: test_docs_guides.py.)"""

from __future__ import annotations

import re
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
DOCS = ROOT / "docs"


def page(name: str) -> str:
    """A page of the documentation site, by its path under docs/."""
    return (DOCS / name).read_text()


def python_block(text: str, starting: str) -> str:
    """The one ```python block of ``text`` whose code starts with ``starting``, dedented."""
    blocks = [
        textwrap.dedent(b)
        for b in re.findall(r"```python\n(.*?)```", text, re.S)
        if textwrap.dedent(b).startswith(starting)
    ]
    assert len(blocks) == 1, (starting, len(blocks))
    return blocks[0]


def test_the_testing_guide_embeds_the_tested_example() -> None:
    example = (ROOT / "tests" / "test_readme_example.py").read_text()
    assert f"```python\n{example}```" in page("guides/testing.md")


@pytest.mark.anyio
async def test_the_escape_hatch_example_runs() -> None:
    from conftest import CUSTOMER, TENANT

    from cloudcockpit_client import CloudCockpit, Customer
    from cloudcockpit_client.testing import FakeCloudCockpit

    code = python_block(page("guides/changing-the-api.md"), "from cloudcockpit_client._generated.api")
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    namespace: dict[str, Any] = {"customer_id": customer_id}
    async with CloudCockpit(TENANT, token=fake.issue_token(TENANT), transport=fake.transport()) as cc:
        namespace["cc"] = cc
        body = "async def _example():\n" + textwrap.indent(code, "    ") + "\n    return customer\n"
        exec(compile(body, "changing-the-api.md", "exec"), namespace)  # noqa: S102 - the guide's own code
        customer = await namespace["_example"]()
    assert isinstance(customer, Customer) and customer.id == customer_id
    assert fake.requests[-1].path == f"/v1/Customers/{customer_id}" and fake.requests[-1].query == {}
    assert uuid.UUID(fake.requests[-1].headers["x-correlation-id"])


def _replay(session: list[tuple[str, list[str]]]) -> None:
    """Each command of a recorded session, run against a freshly seeded double, shows what the page shows."""
    from readme_session import masked, run_session

    results = run_session([command for command, _ in session])
    for (command, shown), (_, status, output) in zip(session, results, strict=True):
        assert status == 0, (command, output)
        got, want = masked(output), masked("\n".join(shown))
        # A bulk job's items finish in the order its concurrent calls do: the same lines, in any
        # order, and the summary (or any single-line answer) last.
        assert sorted(got) == sorted(want), command
        assert got[-1:] == want[-1:], command


def test_the_cli_guides_recorded_session_replays() -> None:
    """The CLI guide's session, command by command, against examples/bulk-seed.json."""
    from readme_session import COMMANDS, SETUP, sessions

    [(setup, session)] = sessions(page("guides/cli.md"))
    assert setup == SETUP
    assert [command for command, _ in session] == COMMANDS  # what `python tests/readme_session.py` records
    _replay(session)


def test_the_readmes_cli_session_replays_and_is_the_guides() -> None:
    """The README's short session has the guide's setup, and its commands show what they do."""
    from readme_session import SETUP, sessions

    [(setup, session)] = sessions(README)
    assert setup == SETUP
    assert [command for command, _ in session] == [
        "cloudcockpit retry-failed --dry-run",
        "cloudcockpit retry-failed --journal retry.jsonl --wait 30",
    ]
    _replay(session)


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The in-memory CloudCockpit served on loopback, and the environment ``from_env`` reads
    pointing at it (CLOUDCOCKPIT_TENANT, CLOUDCOCKPIT_TOKEN, CLOUDCOCKPIT_BASE_URL), as the
    README's examples expect."""
    from conftest import TENANT
    from servedfake import ServedFake

    from cloudcockpit_client.testing import FakeCloudCockpit

    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    server = ServedFake(fake).start()
    for name in (
        "CLOUDCOCKPIT_CLIENT_ID",
        "CLOUDCOCKPIT_CLIENT_SECRET",
        "CLOUDCOCKPIT_TOKEN_URL",
        "CLOUDCOCKPIT_SCOPE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLOUDCOCKPIT_TENANT", TENANT)
    monkeypatch.setenv("CLOUDCOCKPIT_TOKEN", fake.issue_token(TENANT))
    monkeypatch.setenv("CLOUDCOCKPIT_BASE_URL", server.url)
    try:
        yield fake
    finally:
        server.stop()


@pytest.mark.anyio
async def test_the_readmes_async_example_onboards_a_customer(
    served: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from conftest import CUSTOMER, TENANT, ms_data

    fake = served
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    instance_id = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    namespace: dict[str, Any] = {}
    code = python_block(README, "from cloudcockpit_client import CloudCockpit")
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own code
    await namespace["onboard"](
        str(customer_id), str(instance_id), ms_data(first_name="Ada", last_name="Lovelace")
    )
    created = fake.provider_customer(customer_id, instance_id)
    assert created.status == "created" and created.provider_customer_id
    assert capsys.readouterr().out == f"created: {created.provider_customer_id}\n"
    # The POST, then the waiter's read of the customer: the provider customer was already there.
    assert [(r.method, r.path, r.status) for r in fake.requests] == [
        ("POST", f"/v1/Customers/{customer_id}/provider-instances", 201),
        ("GET", f"/v1/Customers/{customer_id}", 200),
    ]


def test_the_readmes_sync_example_lists_every_customer(
    served: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from conftest import CUSTOMER, TENANT

    fake = served
    ids = {
        fake.add_customer(TENANT, {**CUSTOMER, "companyName": name}): name for name in ("Fabrikam", "Contoso")
    }
    code = python_block(README, "from cloudcockpit_client import SyncCloudCockpit")
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own code
    by_name = sorted(ids.items(), key=lambda item: item[1])  # the API lists customers by company name
    assert capsys.readouterr().out.splitlines() == [f"{cid} {name}" for cid, name in by_name]
    assert [(r.method, r.path, r.query.get("pageSize")) for r in fake.requests] == [
        ("GET", "/v1/Customers", "2000")
    ]


def test_the_readmes_links_lead_somewhere() -> None:
    """README.md is read on GitHub and PyPI, outside the site (whose links `make docs` checks):
    each relative link names a file that exists, and each #anchor into a page one of its headings."""
    links = re.findall(r"\]\(([^)\s]+)\)", README)
    relative = [link for link in links if not re.match(r"[a-z]+://", link)]
    assert len(relative) >= 12
    for link in relative:
        path, _, anchor = link.partition("#")
        target = ROOT / path
        assert target.is_file(), link
        if anchor:
            headings = re.findall(r"^#+ (.+)$", target.read_text(), re.M)
            slugs = {re.sub(r"[^\w\- ]", "", h.lower()).strip().replace(" ", "-") for h in headings}
            assert anchor in slugs, link


@pytest.mark.anyio
async def test_the_testing_guides_seed_builds_the_double_it_describes() -> None:
    import json

    from cloudcockpit_client import CloudCockpit
    from cloudcockpit_client.testing import from_seed

    [block] = re.findall(r"```json\n(.*?)```", page("guides/testing.md"), re.S)
    fake = from_seed(json.loads(block))
    customer = uuid.UUID("3fa85f64-5717-4562-b3fc-000000000000")
    instance = uuid.UUID("8b2f6a51-0c2e-4c7e-9d0a-5b7f3e2d1c00")
    created = fake.provider_customer(customer, instance)
    assert (created.status, created.failure_reason) == (
        "failed",
        "InvalidCompanyInfo: the company name is an abbreviation",
    )
    async with CloudCockpit("portal.example.com", token="dev-token", transport=fake.transport()) as cc:
        read = await cc.customers.get_customer(customer)  # the seeded token is the tenant's
    assert read.company_name == "Contoso"
    assert read.provider_customers is not None
    assert read.provider_customers[str(instance)].provider_customer_id is None


async def _run_block(code: str, namespace: dict[str, Any], where: str) -> dict[str, Any]:
    """Run a guide's block as the body of a coroutine, with ``namespace`` as what the reader
    already has; returns the block's local names after it ran."""
    body = "async def _block():\n" + textwrap.indent(code, "    ") + "\n    return locals()\n"
    exec(compile(body, where, "exec"), namespace)  # noqa: S102 - the guide's own code
    result: dict[str, Any] = await namespace["_block"]()
    return result


@pytest.mark.anyio
async def test_the_guides_paging_errors_and_options_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    """The paging guide's walk, the errors guide's handler and the per-call options, against the
    in-memory CloudCockpit: what they print and the requests they send."""
    from conftest import CUSTOMER, MARGIN, TENANT

    from cloudcockpit_client import APIResponse, BadRequestError, CloudCockpit, Page
    from cloudcockpit_client.testing import FakeCloudCockpit

    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    for n in range(2):
        fake.add_customer(TENANT, {**CUSTOMER, "companyName": f"Fabrikam {n}"})
    instance_id = fake.add_provider_instance(TENANT, provider="other", alias="Other")
    async with CloudCockpit(TENANT, token=fake.issue_token(TENANT), transport=fake.transport()) as cc:
        names = {"cc": cc, "customer_id": customer_id, "instance_id": instance_id, "margin": MARGIN}

        found = await _run_block(
            python_block(page("guides/paging-and-waiting.md"), "async for customer in"), dict(names), "paging"
        )
        assert capsys.readouterr().out == "3 1 False\n"  # total count, total pages, has next page
        assert isinstance(found["first"], Page) and len(found["first"].items) == 3

        found = await _run_block(
            python_block(page("guides/getting-started.md"), "slow = cc.with_options"), dict(names), "options"
        )
        raw = found["raw"]
        assert isinstance(raw, APIResponse) and raw.status_code == 201 and raw.parse() == str(instance_id)
        assert fake.customer(customer_id)["city"] == "Porto"
        debug = [r for r in fake.requests if r.headers.get("x-debug") == "1"]
        assert [(r.method, r.path) for r in debug] == [("GET", f"/v1/Customers/{customer_id}")]

        # The provider customer was just created: retrying it is the API's 400, with its fields.
        found = await _run_block(
            python_block(
                page("guides/errors-and-retries.md"), "try:\n    await cc.customers.retry_provider_customer"
            ),
            {**names, "BadRequestError": BadRequestError},
            "errors",
        )
        printed = capsys.readouterr().out.splitlines()
        assert fake.requests[-1].status == 400
        assert printed[0].endswith(fake.requests[-1].headers["x-correlation-id"])


@pytest.mark.anyio
async def test_the_waiting_guides_order_and_migration_example_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from conftest import CUSTOMER, TENANT

    from cloudcockpit_client import CloudCockpit, WaitFailedError
    from cloudcockpit_client.models import Subscription
    from cloudcockpit_client.testing import FakeCloudCockpit

    fake = FakeCloudCockpit()
    fake.order_delay = 0.0
    fake.migration_delay = 0.0
    fake.add_tenant(TENANT)
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    instance_id = fake.add_provider_instance(TENANT, provider="microsoft", alias="MS")
    fake.add_provider_customer(customer_id, instance_id, status="created")  # an order needs one
    offer_id = fake.add_offer(TENANT, provider_instance_id=instance_id, name="M365 E3", offer_type="License")
    subscription_id = fake.add_subscription(customer_id, provider_instance_id=instance_id, quantity=3)
    async with CloudCockpit(TENANT, token=fake.issue_token(TENANT), transport=fake.transport()) as cc:
        names = {
            "cc": cc,
            "uuid": uuid,
            "WaitFailedError": WaitFailedError,
            "customer_id": customer_id,
            "instance_id": instance_id,
            "offer_id": offer_id,
            "subscription_id": subscription_id,
        }
        found = await _run_block(
            python_block(page("guides/paging-and-waiting.md"), "order_id = "), names, "waiting"
        )
    subscription = found["subscription"]
    assert isinstance(subscription, Subscription)
    assert fake.subscription(subscription.id)["orderId"] == str(found["order_id"])
    destination = found["status"].destination_subscription_id
    assert capsys.readouterr().out == f"{destination}\n"
    assert fake.subscription(subscription_id)["status"] == "Cancelled"  # the migration's source
