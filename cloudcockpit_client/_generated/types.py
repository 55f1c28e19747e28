"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


_INF = float("inf")


def _described(value: object) -> str:
    """What a JSON value is, for an error message: its JSON type and, for a scalar, a short form."""
    if value is None:
        return "null"
    if value is True or value is False:
        return f"a boolean ({'true' if value else 'false'})"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        text = repr(value)
        return f"a string ({text if len(text) <= 42 else text[:39] + '...'})"
    if isinstance(value, list | tuple):
        return f"an array of {len(value)}"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


class FieldTypeError(TypeError):
    """A documented field whose value is not of the type the spec gives it (or is missing).

    ``path`` names the field as the API spells it (``companyName``, ``providerCustomers.<key>.id``,
    ``customerAssociations[2].name``); ``problem`` says what is wrong, e.g. ``expected a string or
    null, got a number (inf)``.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    @classmethod
    def expected(cls, path: str, what: str, value: object) -> "FieldTypeError":
        """The value at ``path`` is not ``what`` (e.g. "a string")."""
        return cls(path, f"expected {what}, got {_described(value)}")

    @classmethod
    def missing(cls, path: str, exc: KeyError) -> "FieldTypeError":
        """A nested model's required field is absent (its from_dict raised ``exc``)."""
        name = exc.args[0] if exc.args else "?"
        return cls(f"{path}.{name}", "missing required field")

    def within(self, parent: str) -> "FieldTypeError":
        """The same error, its path under ``parent`` (the field or item that holds it)."""
        joined = (
            f"{parent}{self.path}"
            if self.path.startswith("[")
            else f"{parent}.{self.path}"
        )
        return FieldTypeError(joined, self.problem)


def is_int(value: object) -> bool:
    """A JSON integer: an int that is not a bool (the fast case, ``type(v) is int``, is inline)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    """A finite JSON number: JSON has no inf or NaN (``json.loads`` gives inf for ``1e999999``)."""
    if type(value) is float:
        return -_INF < value < _INF
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and -_INF < value < _INF
    )


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "FieldTypeError",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "is_int",
    "is_number",
]
