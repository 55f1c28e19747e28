"""The documentation site's API reference is complete (docs/_hooks.py, run by `make docs`).

Without a build: every public name has a docstring of its own (what the reference shows), the
clients' constructors document every parameter, the public surface the build checks against
really holds every operation of api.md, the check that compares it with the site's inventory
reports a missing name, and the command line page has every command's help. `make docs` runs the
same functions on the built site (objects.inv) and fails the build on any gap; the griffe
extensions (docs/_griffe.py) are proven by it too, not here (loading the package with griffe
costs seconds): without them the models page fails to build, and the sync twins' waiters, whose
docstrings are assigned at import time, are reported missing from the reference.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cloudcockpit_docs_hooks", ROOT / "docs" / "_hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


hooks = _load_hooks()


@pytest.fixture(scope="module")
def surface() -> list[object]:
    return hooks.public_surface()


def _paths(surface: list[object]) -> set[str]:
    return {n.path for n in surface}


def _documented_args(doc: str) -> set[str]:
    """The names of a Google-style ``Args:`` section (``name:`` at its first indentation)."""
    match = re.search(r"^(\s*)Args:\n((?:\1 +.*\n|\s*\n)+)", doc + "\n", re.MULTILINE)
    assert match, "no Args: section"
    block = match.group(2)
    indent = min(len(line) - len(line.lstrip()) for line in block.splitlines() if line.strip())
    return {
        line.strip().split(":")[0].lstrip("*")
        for line in block.splitlines()
        if line.strip() and len(line) - len(line.lstrip()) == indent
    }


def test_every_public_name_has_a_docstring(surface: list[object]) -> None:
    assert hooks.missing_docstrings(surface) == []


def test_a_method_without_its_own_docstring_is_reported() -> None:
    # inspect.getdoc would find the base class's docstring; the reference shows only the method's own.
    class Base:
        def run(self) -> None:
            """Run."""

    class Child(Base):
        def run(self) -> None:
            pass

    names = [hooks.Name("x.Base.run", Base.run), hooks.Name("x.Child.run", Child.run)]
    assert hooks.missing_docstrings(names) == ["x.Child.run"]


def test_the_clients_document_every_constructor_parameter() -> None:
    from cloudcockpit_client import CloudCockpit, SyncCloudCockpit

    parameters = set(inspect.signature(CloudCockpit.__init__).parameters) - {"self"}
    assert {"proxy", "trust_env"} <= parameters
    assert _documented_args(inspect.getdoc(CloudCockpit.__init__) or "") == parameters
    # SyncCloudCockpit takes CloudCockpit's keywords as **kwargs. At run time its __init__ gets
    # CloudCockpit's signature and docstring (for help()), but the reference reads the source, whose
    # docstring must name each keyword.
    assert inspect.signature(SyncCloudCockpit.__init__) == inspect.signature(CloudCockpit.__init__)
    source = ast.parse((ROOT / "cloudcockpit_client" / "sync.py").read_text(encoding="utf-8"))
    (cls,) = [n for n in source.body if isinstance(n, ast.ClassDef) and n.name == "SyncCloudCockpit"]
    (init,) = [n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"]
    sync_doc = ast.get_docstring(init) or ""
    assert _documented_args(sync_doc) == {"tenant", "kwargs"}
    for name in parameters - {"tenant"}:
        assert f"``{name}``" in sync_doc, name


def test_the_surface_has_every_operation_of_api_md(surface: list[object]) -> None:
    listing = (ROOT / "api.md").read_text(encoding="utf-8")
    operations: list[tuple[str, str]] = []
    attribute = None
    for line in listing.splitlines():
        if heading := re.match(r"## `cc\.(\w+)`", line):
            attribute = heading.group(1)
        elif line.startswith("## "):
            attribute = None
        elif attribute and (row := re.match(r"\| `(\w+)\(", line)):
            operations.append((attribute, row.group(1)))
    assert len(operations) >= 78
    resources = {r.attribute: r for r in hooks.resources()}
    paths = _paths(surface)
    for attribute, method in operations:
        resource = resources[attribute]
        for cls in (resource.cls, resource.sync_cls):
            assert f"{cls.__module__}.{cls.__qualname__}.{method}" in paths, (attribute, method)


def test_the_surface_has_the_public_modules_names(surface: list[object]) -> None:
    import cloudcockpit_client
    import cloudcockpit_client.models
    import cloudcockpit_client.testing

    paths = _paths(surface)
    for module in (cloudcockpit_client, cloudcockpit_client.models, cloudcockpit_client.testing):
        for name in module.__all__:
            assert f"{module.__name__}.{name}" in paths
    # The hand-written additions, and the testing double's methods (from its mixins too).
    assert "cloudcockpit_client.resources.customers.Customers.wait_for_provider_customer" in paths
    assert "cloudcockpit_client.resources.customers.SyncCustomers.wait_for_provider_customer" in paths
    assert "cloudcockpit_client.testing.FakeCloudCockpit.add_invoice" in paths
    assert "cloudcockpit_client.CloudCockpit.with_options" in paths


def test_a_name_missing_from_the_inventory_is_reported(surface: list[object]) -> None:
    documented = sorted(_paths(surface))
    assert hooks.undocumented(surface, documented) == []
    # Documented under another path (the class's module, a re-export) counts: the object is the same.
    target = "cloudcockpit_client.resources.customers.Customers.get_customer"
    assert target in documented
    elsewhere = [p for p in documented if p != target] + [
        "cloudcockpit_client._generated.facade.customers.Customers.get_customer"
    ]
    assert hooks.undocumented(surface, elsewhere) == []
    # Left out: reported under each path it is reached by (cloudcockpit_client.Customers is the same
    # class), and only it (its sync twin is another function).
    missing = [p for p in documented if not p.endswith(".Customers.get_customer")]
    assert hooks.undocumented(surface, missing) == ["cloudcockpit_client.Customers.get_customer", target]
    # Anchors that are not objects (headings, parameters) are ignored.
    assert hooks.undocumented(surface, [*documented, "cloudcockpit_client.nothing-here", "install"]) == []


def test_the_cli_page_has_every_commands_help() -> None:
    page = hooks.cli_markdown()
    commands = [" ".join(path) for path, _, _ in hooks._commands()]
    assert len(commands) > 78  # one per operation, the groups and the hand-written ones
    for command in commands:
        assert f"`{command}` {{#{command.replace(' ', '-')}}}" in page
        assert f"Usage: {command} " in page
    # The group's own help options (-h as well as --help) apply to the help that is shown.
    assert "-h, --help" in page
    assert "```text\nUsage: cloudcockpit customers get [OPTIONS] CUSTOMER_ID" in page


def test_the_models_page_has_every_model() -> None:
    import cloudcockpit_client.models

    page = hooks.models_markdown()
    for name in cloudcockpit_client.models.__all__:
        assert f"::: cloudcockpit_client.models.{name}\n" in page


def test_the_resources_get_a_page_each_and_a_nav_entry() -> None:
    from cloudcockpit_client._generated.facade import RESOURCES

    config = {"nav": [{"Reference": [{"Resources": hooks.RESOURCES_INDEX}]}]}
    (section,) = hooks.on_config(config)["nav"][0]["Reference"]
    pages = section["Resources"]
    assert pages[0] == hooks.RESOURCES_INDEX
    assert [next(iter(p.values())) for p in pages[1:]] == [
        f"reference/resources/{attribute.replace('_', '-')}.md" for attribute in RESOURCES
    ]
    page = hooks.resource_page(hooks.resources()[0])
    assert "::: cloudcockpit_client." in page and "inherited_members: true" in page
