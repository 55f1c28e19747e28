"""The documentation site's hooks (mkdocs.yml ``hooks:``): the API reference's generated parts, and
the checks that it is complete.

The reference is written from the code at build time, so that it cannot drift from it:

- one page per resource of the client (``cc.customers``, ``cc.orders``, ...), found on a live
  ``CloudCockpit`` (a new tag of openapi.yaml gets its page and its place in the nav by itself);
- the models page: one entry per name of ``cloudcockpit_client.models.__all__``;
- the command line page: every command's own ``--help``, as click prints it;
- the table of every name of ``cloudcockpit_client.__all__`` and where it is documented.

After the build, every public name (``public_surface()``) must have a docstring and must be in the
site's inventory (objects.inv, what mkdocstrings rendered), or the build fails. The same functions
are tested without a build in tests/test_docs_reference.py.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
import logging
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs runs from the repository, but the package may not be installed
    sys.path.insert(0, str(ROOT))

log = logging.getLogger("mkdocs.hooks.reference")

# Every generated model has these three, documented once at the top of the models page (their
# code comes from openapi-python-client's templates, which give them no docstring). Any other
# public method of a model would be reported: the models page does not render members.
MODEL_METHODS = frozenset({"to_dict", "from_dict", "additional_keys"})
# The folder of the generated resource pages, and the nav entry the hook expands into them.
RESOURCES_DIR = "reference/resources"
RESOURCES_INDEX = f"{RESOURCES_DIR}/index.md"
# Repository files the site serves as they are, so that the pages that include them (benchmarks.md
# includes BENCHMARKS.md) can keep their links: the benchmarks' result tables and plot.
SERVED_FILES = ("benchmarks/results/*.md", "benchmarks/results/*.png")
MARKERS = {
    "<!-- reference:top-level-names -->": "top_level_table",
    "<!-- reference:resources -->": "resources_table",
    "<!-- reference:models -->": "models_markdown",
    "<!-- reference:cli -->": "cli_markdown",
}


# ----------------------------------------------------------------------------- the public surface


@dataclasses.dataclass(frozen=True)
class Name:
    """A public name: the dotted path a user reaches it by, and the object."""

    path: str
    obj: object


@dataclasses.dataclass(frozen=True)
class Resource:
    """A resource of the clients: ``cc.<attribute>``, its async class and its sync twin."""

    attribute: str
    cls: type
    sync_cls: type

    @property
    def slug(self) -> str:
        """The page's file name (without .md)."""
        return self.attribute.replace("_", "-")

    @property
    def title(self) -> str:
        """The page's title: ``cc.customers``."""
        return f"cc.{self.attribute}"


def _path(obj: Any) -> str:
    return f"{obj.__module__}.{obj.__qualname__}"


@functools.cache
def resources() -> tuple[Resource, ...]:
    """Every resource of CloudCockpit and SyncCloudCockpit, read from live clients (no I/O)."""
    import anyio

    from cloudcockpit_client import CloudCockpit, SyncCloudCockpit
    from cloudcockpit_client._generated.facade import RESOURCES

    found = []
    # Nothing is sent: the clients are only looked at, so the token is no secret.
    cc = CloudCockpit("docs.example.com", token="docs")  # noqa: S106
    with SyncCloudCockpit("docs.example.com", token="docs") as sync_cc:  # noqa: S106
        for attribute in RESOURCES:
            found.append(Resource(attribute, type(getattr(cc, attribute)), type(getattr(sync_cc, attribute))))
    anyio.run(cc.aclose)
    return tuple(found)


def _own(value: Any) -> Any:
    """The object a class attribute documents: the function under a classmethod, staticmethod, ..."""
    if isinstance(value, classmethod | staticmethod):
        return value.__func__
    if isinstance(value, types.MethodType):
        return value.__func__
    return value


def _is_member(value: Any) -> bool:
    return inspect.isfunction(_own(value)) or isinstance(value, property | functools.cached_property)


def _members(cls: type, path: str) -> Iterator[Name]:
    """The public methods and properties of a class, its inherited ones included, except those of
    classes outside the package (object, Exception, Generic, ...)."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        if not klass.__module__.startswith("cloudcockpit_client"):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen or not _is_member(value):
                continue
            seen.add(name)
            yield Name(f"{path}.{name}", _own(value))


def public_surface() -> list[Name]:
    """Every public name the reference must document, with a docstring.

    ``cloudcockpit_client.__all__``, ``cloudcockpit_client.models.__all__``,
    ``cloudcockpit_client.testing.__all__`` and every resource class of the two clients, each with
    its public methods and properties (a model's to_dict/from_dict/additional_keys are documented
    once, on the models page). Module attributes (``UNSET``, the models' Literal aliases) are
    names too; they have no docstring of their own, and are checked for being documented only.
    """
    import cloudcockpit_client
    import cloudcockpit_client.models
    import cloudcockpit_client.testing

    model_objects = {id(getattr(cloudcockpit_client.models, n)) for n in cloudcockpit_client.models.__all__}
    names: list[Name] = []
    modules = (cloudcockpit_client, cloudcockpit_client.models, cloudcockpit_client.testing)
    for module in modules:
        for name in module.__all__:
            obj = getattr(module, name)
            path = f"{module.__name__}.{name}"
            names.append(Name(path, obj))
            if inspect.isclass(obj):
                members = _members(obj, path)
                if id(obj) in model_objects:  # the models page shows a model's fields, not its methods
                    members = (m for m in members if m.path.rsplit(".", 1)[1] not in MODEL_METHODS)
                names.extend(members)
    for resource in resources():
        for cls in (resource.cls, resource.sync_cls):
            names.append(Name(_path(cls), cls))
            names.extend(_members(cls, _path(cls)))
    return names


# Public names whose code is not this project's to give a docstring: openapi-python-client writes
# _generated/types.py from its own template. reference/options.md documents them in prose.
NO_DOCSTRING = {"cloudcockpit_client.Unset": "openapi-python-client's own types.py"}


def needs_docstring(obj: object) -> bool:
    """Classes, functions, methods and properties carry a docstring; module attributes cannot."""
    return (
        inspect.isclass(obj)
        or inspect.isfunction(obj)
        or isinstance(obj, property | functools.cached_property)
    )


def own_docstring(obj: object) -> str:
    """The docstring the reference shows: the object's own (inspect.getdoc would take a base
    class's, and a dataclass without one gets its signature as ``__doc__``)."""
    if inspect.isclass(obj):
        doc = obj.__dict__.get("__doc__") or ""
        return "" if doc.startswith(f"{obj.__name__}(") and dataclasses.is_dataclass(obj) else doc.strip()
    function = (
        obj.fget
        if isinstance(obj, property)
        else obj.func
        if isinstance(obj, functools.cached_property)
        else obj
    )
    return (getattr(function, "__doc__", None) or "").strip()


def missing_docstrings(names: list[Name]) -> list[str]:
    """The paths of the names that should have a docstring and have none."""
    return sorted(
        {n.path for n in names if needs_docstring(n.obj) and not own_docstring(n.obj)} - set(NO_DOCSTRING)
    )


def resolve(path: str) -> object:
    """The object at a dotted path: the longest importable module, then attributes."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for part in parts[cut:]:
            obj = inspect.getattr_static(obj, part) if inspect.isclass(obj) else getattr(obj, part)
        return _own(obj)
    raise ImportError(path)


def undocumented(names: list[Name], documented_paths: list[str]) -> list[str]:
    """The public names whose object is not rendered under any of the documented paths."""
    objects: set[int] = set()
    for path in documented_paths:
        try:
            objects.add(id(resolve(path)))
        except (ImportError, AttributeError):
            continue  # an anchor for something else (a heading, a parameter)
    return sorted({n.path for n in names if id(n.obj) not in objects})


# ----------------------------------------------------------------------------- generated markdown


def top_level_table() -> str:
    """Every name of ``cloudcockpit_client.__all__``, linked to where it is documented."""
    import cloudcockpit_client
    import cloudcockpit_client.models

    models = set(cloudcockpit_client.models.__all__)
    documented_at = {  # the names documented under a path other than cloudcockpit_client.<name>
        **{
            name: f"cloudcockpit_client.models.{name}"
            for name in cloudcockpit_client.__all__
            if name in models
        },
        **{r.cls.__name__: _path(r.cls) for r in resources()},
    }
    rows = ["| name | what it is |", "|---|---|"]
    for name in sorted(cloudcockpit_client.__all__, key=lambda n: (n.startswith("_"), n.lower())):
        obj = getattr(cloudcockpit_client, name)
        if needs_docstring(obj):
            doc = inspect.cleandoc(own_docstring(obj))
        elif typing.get_origin(obj) is typing.Literal:
            doc = (
                "One of " + ", ".join(f"`{value!r}`" for value in typing.get_args(obj)) + " (a Literal type)."
            )
        else:
            doc = _ATTRIBUTE_SUMMARY[name]
        summary = doc.split("\n\n")[0].replace("\n", " ")
        target = documented_at.get(name, f"cloudcockpit_client.{name}")
        cell = summary.replace("|", "\\|")
        rows.append(f"| [`{name}`][{target}] | {cell} |")
    return "\n".join(rows)


_ATTRIBUTE_SUMMARY = {
    "UNSET": "The value of a model field that was left out (not sent, or not in the response).",
    "__version__": "The installed version of cloudcockpit-client.",
}


def resources_table() -> str:
    """The resources: attribute, class, summary, linked to their pages."""
    rows = ["| attribute | class | what it holds |", "|---|---|---|"]
    for r in resources():
        summary = inspect.cleandoc(own_docstring(r.cls)).split("\n\n")[0].replace("\n", " ")
        rows.append(f"| [`{r.title}`]({r.slug}.md) | [`{r.cls.__name__}`][{_path(r.cls)}] | {summary} |")
    return "\n".join(rows)


def resource_page(resource: Resource) -> str:
    """The page of one resource: the async class with every operation, then its sync twin."""
    cls, sync_cls = resource.cls, resource.sync_cls
    raw = f"{cls.__name__}WithRawResponse"
    return f"""# `{resource.title}`

<!-- Generated at build time by docs/_hooks.py from the code; there is no file to edit. -->

On a `CloudCockpit`, `cc.{resource.attribute}` is the [`{cls.__name__}`][{_path(cls)}] resource; on a
`SyncCloudCockpit`, the [`{sync_cls.__name__}`][{_path(sync_cls)}] one, with the same methods,
blocking (a list operation returns a `SyncPaginator` instead of an `AsyncPaginator`).
Every operation also takes `correlation_id=`, `timeout=` and `extra_headers=`, and is reachable as
`cc.{resource.attribute}.with_raw_response.<method>`, which returns an
[`APIResponse`][cloudcockpit_client.APIResponse] (status, headers, correlation id, parsed value)
instead of the value (`{raw}`).

::: {_path(cls)}
    options:
      inherited_members: true
      show_bases: false
      merge_init_into_class: false

::: {_path(sync_cls)}
    options:
      inherited_members: true
      show_bases: false
      merge_init_into_class: false
"""


def models_markdown() -> str:
    """One entry per model of ``cloudcockpit_client.models.__all__``: its docstring (what it is,
    and each field with its type), without its members, whose methods are the same on every model."""
    import cloudcockpit_client.models

    blocks = []
    for name in sorted(cloudcockpit_client.models.__all__, key=str.lower):
        blocks.append(
            f"::: cloudcockpit_client.models.{name}\n"
            "    options:\n"
            "      members: false\n"
            "      show_if_no_docstring: true\n"
            "      show_bases: false\n"
        )
    return "\n".join(blocks)


def _commands() -> Iterator[tuple[list[str], Any, Any]]:
    """Every command of ``cloudcockpit``, depth first, with its click context."""
    import click

    from cloudcockpit_client.cli._commands import cli

    def walk(
        command: click.Command, path: list[str], parent: click.Context | None
    ) -> Iterator[tuple[list[str], Any, Any]]:
        settings = {"terminal_width": 100, "max_content_width": 100, **command.context_settings}
        ctx = click.Context(command, info_name=path[-1], parent=parent, **settings)
        yield path, command, ctx
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    yield from walk(sub, [*path, name], ctx)

    yield from walk(cli, ["cloudcockpit"], None)


def cli_markdown() -> str:
    """Every command's ``--help``, as the installed command prints it, under a heading per command."""
    out = []
    for path, command, ctx in _commands():
        depth = min(len(path) + 1, 4)
        anchor = "-".join(path)
        out.append(f"{'#' * depth} `{' '.join(path)}` {{#{anchor}}}\n")
        out.append("```text\n" + command.get_help(ctx).rstrip() + "\n```\n")
    return "\n".join(out)


# ----------------------------------------------------------------------------- mkdocs hooks


def on_config(config: Any) -> Any:
    """Expand the nav entry of the resources' index into the index and one page per resource."""

    def expand(items: list[Any]) -> list[Any]:
        result: list[Any] = []
        for item in items:
            if isinstance(item, dict):
                ((title, value),) = item.items()
                if value == RESOURCES_INDEX:
                    pages = [RESOURCES_INDEX] + [
                        {r.title: f"{RESOURCES_DIR}/{r.slug}.md"} for r in resources()
                    ]
                    result.append({title: pages})
                    continue
                if isinstance(value, list):
                    result.append({title: expand(value)})
                    continue
            result.append(item)
        return result

    config["nav"] = expand(config["nav"])
    return config


def on_files(files: Any, config: Any) -> Any:
    """Add the generated resource pages, and the repository files the site serves as they are."""
    from mkdocs.structure.files import File

    for r in resources():
        files.append(File.generated(config, f"{RESOURCES_DIR}/{r.slug}.md", content=resource_page(r)))
    for pattern in SERVED_FILES:
        for path in sorted(ROOT.glob(pattern)):
            rel = path.relative_to(ROOT).as_posix()
            files.append(File.generated(config, rel, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace each generation marker with what it stands for."""
    for marker, function in MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, globals()[function]())
    return markdown


def on_post_build(config: Any) -> None:
    """Fail the build when a public name has no docstring or is not in the reference."""
    from mkdocs.exceptions import PluginError
    from mkdocstrings import Inventory

    names = public_surface()
    problems = [f"no docstring: {path}" for path in missing_docstrings(names)]
    with open(Path(config["site_dir"]) / "objects.inv", "rb") as f:
        inventory = Inventory.parse_sphinx(f)
    problems += [f"not in the reference: {path}" for path in undocumented(names, list(inventory))]
    if problems:
        raise PluginError(
            "the API reference is incomplete (give each name a docstring, and add a `::: <path>` line "
            "for a new one to its page under docs/reference/):\n  " + "\n  ".join(problems)
        )
    log.info("reference: %d public names, each with its docstring, all rendered", len(names))
