"""The README's code that claims to run does run."""

import re
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def test_readme_embeds_the_tested_example() -> None:
    example = (ROOT / "tests" / "test_readme_example.py").read_text()
    assert f"```python\n{example}```" in README


@pytest.mark.anyio
async def test_the_escape_hatch_example_runs() -> None:
    from conftest import CUSTOMER, TENANT

    from cloudcockpit_client import CloudCockpit, Customer
    from cloudcockpit_client.testing import FakeCloudCockpit

    block = re.search(r"```python\n(\s*from cloudcockpit_client\._generated\.api.*?)```", README, re.S)
    assert block is not None
    code = textwrap.dedent(block.group(1))
    fake = FakeCloudCockpit()
    fake.add_tenant(TENANT)
    customer_id = fake.add_customer(TENANT, CUSTOMER)
    namespace: dict[str, Any] = {"customer_id": customer_id}
    async with CloudCockpit(TENANT, token=fake.issue_token(TENANT), transport=fake.transport()) as cc:
        namespace["cc"] = cc
        body = "async def _example():\n" + textwrap.indent(code, "    ") + "\n    return customer\n"
        exec(compile(body, "README.md", "exec"), namespace)  # noqa: S102 - the README's own code
        customer = await namespace["_example"]()
    assert isinstance(customer, Customer) and customer.id == customer_id
    assert fake.requests[-1].path == f"/v1/Customers/{customer_id}" and fake.requests[-1].query == {}
    assert uuid.UUID(fake.requests[-1].headers["x-correlation-id"])


def test_the_recorded_cloudcockpit_session_replays() -> None:
    """The README's "Bulk jobs" session, command by command, against examples/bulk-seed.json."""
    from readme_session import COMMANDS, masked, recorded, run_session

    session = recorded(README)
    assert [command for command, _ in session] == COMMANDS  # what `python tests/readme_session.py` records
    results = run_session([command for command, _ in session])
    for (command, shown), (_, status, output) in zip(session, results, strict=True):
        assert status == 0, (command, output)
        got, want = masked(output), masked("\n".join(shown))
        # A bulk job's items finish in the order its concurrent calls do: the same lines, in any
        # order, and the summary (or any single-line answer) last.
        assert sorted(got) == sorted(want), command
        assert got[-1:] == want[-1:], command
