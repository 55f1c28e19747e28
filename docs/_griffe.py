"""Griffe extensions for the API reference (mkdocs.yml, mkdocstrings' ``extensions:``).

Griffe reads the package's source without running it; two things the package does at import time
are invisible to it, and these extensions show them as a user sees them:

- ``cloudcockpit_client.models`` re-exports the generated models with ``from ._generated.models
  import *`` and takes its ``__all__`` from there, so the module looks empty: ModelsExports gives it
  one alias per name of its real ``__all__``, so that ``::: cloudcockpit_client.models.Customer``
  and the cross-reference ``[Customer][cloudcockpit_client.models.Customer]`` work.
- the docstrings introduce their examples reStructuredText's way, with ``::`` (as ``help()`` reads
  well); Markdown shows the indented block as code already, so LiteralBlocks drops the second colon
  (and words a "Raises: Nothing ..." section, which Google style has no form for, as a sentence).
- a few methods get their docstring by assignment (``SyncOrders.wait_for_order.__doc__ =
  Orders.wait_for_order.__doc__``: the sync twin documents the same arguments): RuntimeDocstrings
  gives a function or class that has no docstring in the source the one it has once imported.
"""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import griffe

# The generated endpoint modules and models: nothing there is documented member by member.
_SKIPPED = ("cloudcockpit_client._generated.api", "cloudcockpit_client._generated.models")


class ModelsExports(griffe.Extension):
    """Fill ``cloudcockpit_client.models`` with aliases of the generated models."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Add the aliases once the package is loaded (before aliases are resolved)."""
        if pkg.path != "cloudcockpit_client":
            return
        import cloudcockpit_client.models

        module = pkg["models"]
        names = list(cloudcockpit_client.models.__all__)
        for name in names:
            module.set_member(
                name, griffe.Alias(name, f"cloudcockpit_client._generated.models.{name}", parent=module)
            )
        module.exports = names


def _runtime(path: str) -> object | None:
    """The imported object at a dotted path, or None."""
    parts = path.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for part in parts[cut:]:
                obj = inspect.getattr_static(obj, part) if inspect.isclass(obj) else getattr(obj, part)
        except AttributeError:
            return None
        return obj
    return None


class RuntimeDocstrings(griffe.Extension):
    """Give the public functions and classes without a docstring in the source their run-time one."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        """Walk the package once it is loaded."""
        if pkg.path == "cloudcockpit_client":
            self._walk(pkg, loader)

    def _walk(self, obj: griffe.Object, loader: griffe.GriffeLoader) -> None:
        for member in obj.members.values():
            if member.is_alias or member.name.startswith("_") or member.path.startswith(_SKIPPED):
                continue
            assert isinstance(member, griffe.Object)
            if (member.is_function or member.is_class) and member.docstring is None:
                value = _runtime(member.path)
                value = getattr(value, "__func__", value)
                doc = value.__doc__ if inspect.isfunction(value) or inspect.isclass(value) else None
                if doc and doc.strip():
                    member.docstring = griffe.Docstring(
                        inspect.cleandoc(doc),
                        parent=member,
                        parser=loader.docstring_parser,
                        parser_options=loader.docstring_options,
                    )
            if member.is_module or member.is_class:
                self._walk(member, loader)


# A line's closing "::" (after a word, a bracket or a quote), reStructuredText's mark of a literal block.
_LITERAL_MARK = re.compile(r"(?<=[\w)\]`'\"])::$", re.MULTILINE)
# A Raises section whose only entry says that nothing is raised ("Nothing of its own."): Google
# style has no form for it (griffe reads "Nothing" as an exception, or warns), so it becomes a sentence.
_NOTHING_RAISED = re.compile(r"^Raises:\n    Nothing(.*(?:\n        .*)*)(?=\n\n|\n?\Z)", re.MULTILINE)


def _nothing_raised(match: re.Match[str]) -> str:
    return "It raises nothing" + match.group(1).replace("\n        ", "\n")


class LiteralBlocks(griffe.Extension):
    """Turn the ``::`` that ends a paragraph before an example into ``:``, and a Raises section
    that says "Nothing ..." into the sentence "It raises nothing ..."."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Walk the package once it is loaded (after RuntimeDocstrings, listed before it)."""
        if pkg.path == "cloudcockpit_client":
            self._walk(pkg)

    def _walk(self, obj: griffe.Object) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _NOTHING_RAISED.sub(
                _nothing_raised, _LITERAL_MARK.sub(":", obj.docstring.value)
            )
        for member in obj.members.values():
            if not member.is_alias and not member.path.startswith(_SKIPPED):
                assert isinstance(member, griffe.Object)
                self._walk(member)
