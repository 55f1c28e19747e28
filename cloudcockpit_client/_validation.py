"""Input checks that run before any I/O: only what would make a malformed request.

Business rules (lengths, ranges, allowed values) are the server's: the SDK must not reject what
the server might accept.
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
from collections.abc import Mapping
from typing import Any
from uuid import UUID

_FORBIDDEN_IN_HEADER = re.compile(r"[\r\n\x00]")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def as_uuid(value: object, name: str) -> UUID:
    """Return ``value`` as a UUID, or raise ValueError naming the parameter.

    Only a UUID can reach a URL path, so input such as ``"../x"`` never changes the route.
    """
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            pass
    raise ValueError(f"{name} must be a UUID or a UUID string, got {_short(value)}")


def check_header_value(value: str, name: str, *, echo: bool = True) -> str:
    """Refuse a header value that would break the request (CR, LF, NUL, non-ASCII, or leading or
    trailing spaces and tabs, which HTTP strips or refuses: httpx fails at send time)."""
    shown = f" (got {_short(value)})" if echo else ""
    if _FORBIDDEN_IN_HEADER.search(value):
        raise ValueError(f"{name} must not contain CR, LF or NUL characters{shown}")
    if value != value.strip(" \t"):
        raise ValueError(f"{name} must not start or end with spaces or tabs{shown}")
    if not value.isascii():
        raise ValueError(f"{name} must be ASCII (use the punycode form of a domain){shown}")
    return value


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _find_unencodable(value: Any, path: str) -> tuple[str, str] | None:
    if isinstance(value, float) and not math.isfinite(value):
        return path, f"{value!r} is not allowed in JSON"
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str | int | float | bool) and key is not None:
                return path, f"key {_short(key)} is not a string"
            found = _find_unencodable(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _find_unencodable(item, f"{path}[{index}]")
            if found:
                return found
        return None
    if value is None or isinstance(value, str | int | float | bool):
        return None
    return path, f"a {type(value).__name__} cannot be encoded as JSON"


# One encoder for every call: json.dumps builds a new JSONEncoder whenever options are given.
# Compact and UTF-8 like httpx's own json=; NaN and Infinity are not JSON, so they are refused.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _without_unset(value: Any) -> Any:
    """``value`` without the generated models' UNSET values (a field left UNSET is omitted)."""
    from ._generated.types import Unset

    if isinstance(value, Mapping):
        return {k: _without_unset(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, list | tuple):
        return [_without_unset(v) for v in value if not isinstance(v, Unset)]
    return value


def json_text(value: Any, what: str) -> str:
    """Encode ``value`` as JSON text, or raise ValueError naming the offending field.

    A generated model's ``to_dict()`` writes a required field left UNSET as the UNSET object
    itself; such fields are omitted, as for optional ones. Only a failed encoding pays for this.
    """
    try:
        return _ENCODER.encode(value)
    except (TypeError, ValueError, RecursionError):
        pass
    value = _without_unset(value)
    try:
        return _ENCODER.encode(value)
    except (TypeError, ValueError, RecursionError) as exc:
        found = _find_unencodable(value, "")
        if found:
            path, problem = found
            raise ValueError(f"{what}: field {path or '(root)'}: {problem}") from None
        raise ValueError(f"{what} cannot be encoded as JSON: {exc}") from None


def encode_json(value: Any, what: str) -> bytes:
    """Encode a request body the way httpx does, or raise ValueError naming the offending field."""
    return json_text(value, what).encode("utf-8")
