"""10. The facade at scale: a synthetic spec of 100 operations generated into a copy of the package.

The spec has 10 tags of 10 operations each, in the shapes the real API has (a GET of a model, a
page-number list, a POST of a flattened body answering 201 with a string, a PATCH answering 202, a
DELETE answering 204, ...). ``python -m codegen`` generates it into a copy of the package in a
temporary folder, which is installed, compiled to bytecode, into a clean venv with the runtime
dependencies only (as benchmark 3 does). Measured in fresh interpreters, interleaved:

- import time (``-X importtime``) of ``import cloudcockpit_client``, against ``import httpx`` and
  against the package as it is (6 operations): each resource is imported on first use, so the
  number of operations must not show here;
- the first call, from a fresh interpreter: import, build a client, one GET through an in-process
  transport (``httpx.MockTransport``), as a CLI command or a cold worker pays it.

So the next issues (78 operations) cannot make import slow without this benchmark saying so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # a dev tool; no stubs pinned

from ._common import Progress, Section, Summary, interleaved, ratios
from .importtime import TARGET, CleanEnvironment

ROOT = Path(__file__).resolve().parent.parent
TAGS = 10
PER_TAG = 10

_FIRST_CALL = """
import time
started = time.perf_counter()
import uuid, httpx
from cloudcockpit_client import CloudCockpit

async def main():
    body = {BODY}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    async with CloudCockpit("t.example", token="x", transport=transport) as cc:
        await {CALL}(uuid.uuid4())

import asyncio
asyncio.run(main())
print((time.perf_counter() - started) * 1000)
"""


def synthetic_spec(tags: int = TAGS, per_tag: int = PER_TAG) -> dict[str, Any]:
    """openapi.yaml's components with ``tags * per_tag`` operations of the API's shapes."""
    base = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec: dict[str, Any] = {
        "openapi": base["openapi"],
        "info": base["info"],
        "tags": [{"name": f"Area{t}", "description": f"Synthetic area {t}."} for t in range(tags)],
        "paths": {},
        "components": base["components"],
    }
    common = [{"$ref": "#/components/parameters/XTenant"}, {"$ref": "#/components/parameters/XCorrelationId"}]
    ident = {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}

    def json_of(ref: str) -> dict[str, Any]:
        return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}

    shapes: list[tuple[str, str, dict[str, Any], Any]] = [
        ("get", "", {"200": {"description": "OK", "content": json_of("Customer")}}, None),
        (
            "get",
            "/list",
            {"200": {"description": "OK", "content": json_of("CustomerPage")}},
            [{"$ref": "#/components/parameters/PageNumber"}, {"$ref": "#/components/parameters/PageSize"}],
        ),
        (
            "post",
            "/add",
            {
                "201": {
                    "description": "Created",
                    "content": {"application/json": {"schema": {"type": "string"}}},
                }
            },
            "body",
        ),
        ("patch", "/info", {"202": {"description": "Accepted"}}, "body"),
        ("delete", "", {"204": {"description": "No Content"}}, None),
    ]
    for t in range(tags):
        for n in range(per_tag):
            method, suffix, responses, extra = shapes[n % len(shapes)]
            operation: dict[str, Any] = {
                "tags": [f"Area{t}"],
                "operationId": f"{method}Thing{n}",
                "summary": f"Synthetic operation {n} of area {t}",
                "parameters": [*common, ident, *(extra if isinstance(extra, list) else [])],
                "responses": {**responses, "404": {"$ref": "#/components/responses/NotFound"}},
            }
            if extra == "body":
                operation["requestBody"] = {
                    "required": True,
                    "content": json_of("AddProviderInstanceRequest"),
                }
            spec["paths"].setdefault(f"/v1/Area{t}/{{itemId}}/thing{n}{suffix}", {})[method] = operation
    return spec


def generate(target: Path) -> int:
    """Generate the synthetic spec into a copy of the package at ``target``; its facade's lines."""
    shutil.copytree(ROOT / "cloudcockpit_client", target, ignore=shutil.ignore_patterns("__pycache__"))
    spec_path = target.parent / "synthetic.yaml"
    spec_path.write_text(yaml.safe_dump(synthetic_spec(), sort_keys=False))
    subprocess.run(  # noqa: S603 - our own interpreter and generator
        [
            sys.executable,
            "-m",
            "codegen",
            "--spec",
            str(spec_path),
            "--package-dir",
            str(target / "_generated"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return sum(len(p.read_text().splitlines()) for p in (target / "_generated" / "facade").glob("*.py"))


def _first_call_ms(env: CleanEnvironment, call: str, body: str) -> float:
    code = _FIRST_CALL.replace("{CALL}", call).replace("{BODY}", body)
    done = subprocess.run(  # noqa: S603
        [env.python, "-c", code],
        capture_output=True,
        text=True,
        env=env.env(),
        cwd=env.root,
        check=False,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the first call failed:\n{done.stderr[-3000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def measure(rounds: int, progress: Progress) -> Section:
    """Import time and first call of the 100-operation package against the real one."""
    customer = (
        '{"companyName": "C", "country": "PT", "addressLine1": "a", "city": "c", "state": "s", "zip": "1",'
        ' "firstName": "Ada", "lastName": "L", "email": "e", "phone": "p", "providerCustomers": None}'
    )
    work = Path(tempfile.mkdtemp(prefix="cc-facadescale-"))
    started = time.monotonic()
    lines = generate(work / "cloudcockpit_client")
    generation_s = time.monotonic() - started
    synthetic, real = CleanEnvironment(work / "cloudcockpit_client"), CleanEnvironment()
    contenders: dict[str, Callable[[], float]] = {
        "import httpx": lambda: synthetic.import_ms("import httpx"),
        "import (6 operations)": lambda: real.import_ms("import cloudcockpit_client"),
        "import (100 operations)": lambda: synthetic.import_ms("import cloudcockpit_client"),
        "first call (6 operations)": lambda: _first_call_ms(real, "cc.customers.get_customer", customer),
        "first call (100 operations)": lambda: _first_call_ms(synthetic, "cc.area_0.get_thing_0", customer),
    }
    try:
        synthetic.build()
        real.build()
        for run in contenders.values():  # warm the OS file cache
            run()
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for r in range(rounds):
            for name in interleaved(list(contenders), r):
                times[name].append(contenders[name]())
    finally:
        synthetic.remove()
        real.remove()
        shutil.rmtree(work, ignore_errors=True)
    section = Section(
        "facadescale",
        "The facade at scale: 100 generated operations, import time and first call, milliseconds",
        notes=[
            f"A synthetic spec of {TAGS * PER_TAG} operations in {TAGS} tags, generated by python -m codegen "
            f"in {generation_s:.1f} s into {lines} lines of facade; each contender in a new interpreter of a "
            "clean venv (runtime dependencies only, bytecode compiled).",
            f"{rounds} interleaved rounds; median (min-max). Target: import <= {TARGET:g}x import httpx, "
            "whatever the number of operations.",
            "first call = import + client + one GET (MockTransport), from interpreter start to the answer.",
        ],
    )
    for name in contenders:
        row: dict[str, Any] = {"measurement": name, "ms": Summary.of(times[name])}
        if name.startswith("import ("):
            ratio = ratios(times[name], times["import httpx"])
            row["x import httpx"] = ratio
            row["target met"] = ratio.median <= TARGET
        else:
            row["x import httpx"] = None
            row["target met"] = None
        section.rows.append(row)
    progress("facadescale: " + ", ".join(f"{n} {Summary.of(t).median:.1f} ms" for n, t in times.items()))
    return section


if __name__ == "__main__":
    for result in measure(3, print).rows:
        print(result)
