"""The input checks the generated facade runs before any I/O, one function per kind of schema.

Each takes the caller's value and the argument's name, and returns what the generated endpoint
module or model takes (a UUID, a canonical enum spelling, a model), or raises TypeError (the wrong
type) or ValueError (a value that would make a malformed request), naming the argument. Business
bounds (lengths, ranges) stay the server's, as the design says.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from .._validation import _short, as_uuid, check_header_value

__all__ = [
    "array",
    "boolean",
    "date",
    "datetime",
    "enum",
    "header",
    "integer",
    "mapping",
    "model",
    "number",
    "optional_header",
    "path_segment",
    "string",
    "uuid",
]

T = TypeVar("T")
M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)


class _FromDict(Protocol[M_co]):
    __name__: str

    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


def _type_error(name: str, wanted: str, value: object) -> TypeError:
    return TypeError(f"{name} must be {wanted}, got {type(value).__name__}")


# A UUID or a UUID string (only a UUID can reach a URL path: ``"../x"`` cannot). The function
# itself rather than a wrapper: it runs once per id argument of every call.
uuid = as_uuid


def string(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise _type_error(name, "a str", value)
    return value


def path_segment(value: object, name: str) -> str:
    """A string that is sent as one URL path segment: it cannot be empty, ``.`` or ``..``, which
    would change the route (the generated code percent-encodes everything else)."""
    text = string(value, name)
    if text in ("", ".", ".."):
        raise ValueError(f"{name} must be a non-empty path segment other than '.' and '..', got {text!r}")
    return text


def header(value: object, name: str) -> str:
    """A string sent as a header value: no CR, LF, NUL, non-ASCII, or spaces at either end."""
    return check_header_value(string(value, name), name)


def optional_header(value: object, name: str) -> str | None:
    return None if value is None else header(value, name)


def enum(value: object, name: str, values: tuple[str, ...]) -> str:
    """One of the documented values, in any case (ASP.NET reads them so; the docs' own examples
    mix cases), sent in the documented spelling."""
    text = string(value, name)
    if text in values:
        return text
    folded = text.strip().casefold()
    for documented in values:
        if documented.casefold() == folded:
            return documented
    raise ValueError(f"{name} must be one of {', '.join(values)}, got {_short(value)}")


def integer(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(name, "an int", value)
    return value


def number(value: object, name: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _type_error(name, "a number", value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number (JSON has no {value!r}), got {value!r}")
    return value


def boolean(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise _type_error(name, "a bool", value)
    return value


def datetime(value: object, name: str) -> _dt.datetime:
    if not isinstance(value, _dt.datetime):
        raise _type_error(name, "a datetime.datetime", value)
    return value


def date(value: object, name: str) -> _dt.date:
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        raise _type_error(name, "a datetime.date", value)
    return value


def mapping(value: object, name: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise _type_error(name, "a mapping", value)
    return dict(value)


def model(value: object, cls: _FromDict[M], name: str) -> M:
    """The generated model itself, or one built from a mapping with the API's camelCase names."""
    if isinstance(value, cls):  # type: ignore[arg-type]  # a Protocol here, a class at run time
        return value
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(value)
        except KeyError as exc:
            raise ValueError(f"{name}: missing required field {exc.args[0]!r}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{name}: {exc}") from None
    raise TypeError(f"{name} must be a {cls.__name__} or a mapping, got {type(value).__name__}")


def array(value: object, name: str, check: Callable[[Any, str], T]) -> list[T]:
    """A list or tuple (not a str, which is a sequence too), each item checked."""
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise _type_error(name, "a list", value)
    return [check(item, f"{name}[{index}]") for index, item in enumerate(value)]
