"""Finding a secret in a text whatever encoding it was echoed in, and replacing it with "***".

A server that echoes a secret rarely echoes it byte for byte: ASP.NET's JSON serializer writes
``+`` as ``\\u002B`` and may write ``/`` as ``\\/``, a form body shows the client secret
percent-encoded, an HTML debug page entity-encodes it, and a proxy's ``Proxy-Authorization`` is
the base64 of ``user:password``. For every secret this module looks for:

- the secret itself, and its base64 (standard and URL-safe, with and without padding, and the part
  of it that any base64 text containing the secret at any offset holds: the three alignments),
  and, for a secret with a space, its form encoding (space as ``+``);
- each of those in a decoded view of the text, where every JSON string escape (``\\uXXXX`` in
  either case, surrogate pairs, ``\\/``, ``\\"`` ...), every percent-encoded byte run (``%2B``,
  ``%2b``; UTF-8) and every HTML character reference (``&#43;``, ``&#x2B;``, ``&amp;`` ...) is
  undone; a match there is mapped back to the text, an escape it touches replaced whole.

Scrubbing runs only when an exception or a log line is built, never on a successful call. It
costs one ``str.find`` per form when the text holds no ``\\``, ``%`` or ``&`` (the usual header
value), and one regular-expression pass more when it does. Only escapes of the characters the
forms are made of are undone (``\\n`` or ``&lt;`` cannot be part of a match), and a text with
more than MAX_ESCAPES of those (only a hostile body has that many) is replaced whole: undoing
each costs a few microseconds, and a 32 MiB body of them must not stall the event loop.

Log lines: httpx's INFO line shows the reason phrase, and httpcore's DEBUG lines show the response
headers and reason phrase a server sent, and the text of the errors it raised; a server that
echoes a secret there would get it into the application's logs. ``watch(owner, extra)`` adds a
client's secrets to the filter installed on those loggers (and on this SDK's own), which rewrites
such a line with the secrets replaced, and lets every line through.
"""

from __future__ import annotations

import base64
import bisect
import copy
import dataclasses
import functools
import logging
import re
import threading
import weakref
from collections.abc import Iterable
from typing import Any, NamedTuple, Protocol, TypeVar

REDACTED = "***"

# A base64 fragment shorter than this could match ordinary text; the secret itself is always looked for.
_MIN_ENCODED = 8
# JSON values nested deeper than this are replaced whole (a hostile body, never the API's).
_MAX_DEPTH = 64

# A text with more escapes of the characters secrets are made of than this is replaced whole:
# undoing each costs a few microseconds, and only a hostile body has that many.
MAX_ESCAPES = 10_000
_SHORT = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


@functools.lru_cache(maxsize=256)
def _forms(secret: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The plain forms of ``secret`` to look for: as text, and as UTF-8 bytes read as latin-1."""
    raw = secret.encode("utf-8", "surrogatepass")
    found = {secret}
    if " " in secret:
        found.add(secret.replace(" ", "+"))  # application/x-www-form-urlencoded
    if len(raw) >= _MIN_ENCODED * 3 // 4:
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            whole = encode(raw).decode("ascii")
            found |= {whole, whole.rstrip("=")}
            for offset in range(3):
                # The characters that encode the secret's bits only, whatever came before it.
                shifted = encode(b"\0" * offset + raw).decode("ascii")
                core = shifted[(8 * offset + 5) // 6 : 8 * (offset + len(raw)) // 6]
                if len(core) >= _MIN_ENCODED:
                    found.add(core)
    ordered = tuple(sorted(found, key=len, reverse=True))
    as_bytes = tuple(form.encode("utf-8", "surrogatepass").decode("latin-1") for form in ordered)
    return ordered, as_bytes


def _escapes_of(chars: frozenset[str]) -> re.Pattern[str]:
    """A regex of the escapes that stand for one of ``chars`` (the characters of the forms looked
    for): an escape of any other character cannot be part of a match, so it is not undone."""
    units: set[int] = set()  # UTF-16 code units, for JSON's \\uXXXX
    data: set[int] = set()  # UTF-8 bytes, for %XX
    for char in chars:
        code = ord(char)
        if code > 0xFFFF:
            units |= {0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)}
        else:
            units.add(code)
        data |= set(char.encode("utf-8", "surrogatepass"))
    ordered = sorted(chars)
    json_units = "|".join(f"{unit:04x}" for unit in sorted(units))
    percent = "|".join(f"{byte:02x}" for byte in sorted(data))
    decimal = "|".join(str(ord(char)) for char in ordered)
    hexadecimal = "|".join(f"{ord(char):x}" for char in ordered)
    # Runs of escapes are undone together (a surrogate pair, a UTF-8 sequence), 256 at most, so
    # that a long run counts towards MAX_ESCAPES rather than being undone in one piece.
    backslash = [rf"(?P<json>u(?i:{json_units})(?:\\u(?i:{json_units})){{0,255}})"]
    short = "".join(re.escape(name) for name, char in _SHORT.items() if char in chars)
    if short:
        backslash.append(rf"(?P<short>[{short}])")
    ampersand = [rf"#(?:[xX]0*(?P<hex>(?i:{hexadecimal}))|0*(?P<dec>{decimal}));"]
    named = "|".join(name for name, char in _NAMED.items() if char in chars)
    if named:
        ampersand.append(rf"(?P<named>{named});")
    # Each branch starts with its introducer, so that the regex engine skips to the next one at C speed.
    return re.compile(
        rf"\\(?:{'|'.join(backslash)})|%(?P<pct>(?i:{percent})(?:%(?i:{percent})){{0,255}})|&(?:{'|'.join(ampersand)})"
    )


class _Forms(NamedTuple):
    text: tuple[str, ...]  # longest first
    data: tuple[str, ...]  # the same as UTF-8 bytes read as latin-1
    escapes: re.Pattern[str]


def _decoded(match: re.Match[str], byte_view: bool) -> str | None:
    """What one escape stands for (as UTF-8 bytes read as latin-1 in the byte view), or None."""
    group = match.lastgroup
    value = match.group(group) if group else None
    if value is None:
        return None
    if group == "pct":
        data = bytes.fromhex(value.replace("%", ""))  # the group is without its first %
        return data.decode("latin-1") if byte_view else data.decode("utf-8", "replace")
    if group == "json":
        units = bytes.fromhex(value.replace("\\u", "").removeprefix("u"))
        text = units.decode("utf-16-be", "replace")
    elif group == "short":
        text = _SHORT[value]
    elif group == "named":
        text = _NAMED[value]
    else:
        code = int(value, 16 if group == "hex" else 10)
        if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        text = chr(code)
    return text.encode("utf-8").decode("latin-1") if byte_view else text


def _spans(
    text: str, forms: tuple[str, ...], escapes: re.Pattern[str], byte_view: bool
) -> list[tuple[int, int]]:
    """Where in ``text`` any of ``forms`` is, as written or once its escapes are undone."""
    spans: list[tuple[int, int]] = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            spans.append((at, at + len(form)))
            at = text.find(form, at + 1)
    if "\\" not in text and "%" not in text and "&" not in text:
        return spans
    # The decoded view, in pieces: (start in the view, start in text, end in text, is an escape).
    pieces: list[tuple[int, int, int, bool]] = []
    parts: list[str] = []
    length = done = 0
    for count, match in enumerate(escapes.finditer(text)):
        if count == MAX_ESCAPES:
            return [(0, len(text))]
        replacement = _decoded(match, byte_view)
        if replacement is None:
            continue
        start, end = match.span()
        if start > done:
            pieces.append((length, done, start, False))
            parts.append(text[done:start])
            length += start - done
        pieces.append((length, start, end, True))
        parts.append(replacement)
        length += len(replacement)
        done = end
    if not pieces:
        return spans
    if done < len(text):
        pieces.append((length, done, len(text), False))
        parts.append(text[done:])
    view = "".join(parts)
    starts = [piece[0] for piece in pieces]

    def back(position: int, end: bool) -> int:
        view_start, start, stop, escape = pieces[bisect.bisect_right(starts, position) - 1]
        if escape:  # an escape the match touches is replaced whole
            return stop if end else start
        return start + position - view_start + (1 if end else 0)

    for form in forms:
        at = view.find(form)
        while at >= 0:
            spans.append((back(at, False), back(at + len(form) - 1, True)))
            at = view.find(form, at + 1)
    return spans


def _replaced(text: str, spans: list[tuple[int, int]]) -> str:
    out: list[str] = []
    done = 0
    for start, end in sorted(spans):
        if end <= done:
            continue  # inside a span already replaced
        if start >= done:
            out += [text[done:start], REDACTED]
        done = end  # overlapping spans make one "***"
    out.append(text[done:])
    return "".join(out)


@functools.lru_cache(maxsize=64)
def _all_forms(secrets: tuple[str, ...]) -> _Forms:
    """The forms of all ``secrets``, and the escapes that can be part of one."""
    pairs = [_forms(secret) for secret in secrets if secret]
    as_text = {form for text, _ in pairs for form in text}
    as_bytes = {form for _, data in pairs for form in data}
    return _Forms(
        tuple(sorted(as_text, key=len, reverse=True)),
        tuple(sorted(as_bytes, key=len, reverse=True)),
        _escapes_of(frozenset("".join(as_text))),
    )


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret, in any of the forms this module knows, replaced by "***".

    The same object when it holds none.
    """
    if not text:
        return text
    forms = _all_forms(secrets if isinstance(secrets, tuple) else tuple(secrets))
    spans = _spans(text, forms.text, forms.escapes, byte_view=False) if forms.text else None
    return _replaced(text, spans) if spans else text


def scrub_bytes(data: bytes, secrets: Iterable[str]) -> bytes:
    """``data`` with every secret (as UTF-8, in any of the forms this module knows) replaced by "***"."""
    if not data:
        return data
    forms = _all_forms(secrets if isinstance(secrets, tuple) else tuple(secrets))
    if not forms.data:
        return data
    text = data.decode("latin-1")  # one character per byte: positions are the same
    spans = _spans(text, forms.data, forms.escapes, byte_view=True)
    return _replaced(text, spans).encode("latin-1") if spans else data


def scrub_all(texts: list[str], secrets: Iterable[str]) -> list[str]:
    """``scrub`` of each of ``texts`` (the same list when none holds a secret), in one pass when
    possible: a form has no NUL in it, so the texts are scrubbed joined by NULs."""
    if len(texts) < 2:
        scrubbed_one = [scrub(text, secrets) for text in texts]
        return texts if scrubbed_one == texts else scrubbed_one
    secrets = secrets if isinstance(secrets, tuple) else tuple(secrets)
    joined = "\0".join(texts)
    scrubbed = scrub(joined, secrets)
    if scrubbed is joined:
        return texts
    parts = scrubbed.split("\0")
    if len(parts) == len(texts) and joined.count("\0") == len(texts) - 1:
        return parts
    return [scrub(text, secrets) for text in texts]  # a text with a NUL of its own


def _strings(value: object, found: list[str], depth: int = 0) -> bool:
    """Collect the strings in ``value`` into ``found``; False when it is too deep to walk."""
    if isinstance(value, str):
        found.append(value)
    elif value is None or isinstance(value, int | float):  # most of a JSON body, checked first
        return True
    elif depth >= _MAX_DEPTH:
        return not isinstance(value, dict | list | tuple)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not (_strings(key, found, depth + 1) and _strings(item, found, depth + 1)):
                return False
    elif isinstance(value, list | tuple):
        return all(_strings(item, found, depth + 1) for item in value)
    elif (names := _field_names(value)) is not None:
        return all(_strings(getattr(value, name, None), found, depth + 1) for name in names)
    return True


def _field_names(value: object) -> list[str] | None:
    """The fields of an attrs model or a dataclass instance; None for anything else.

    attrs marks its classes with ``__attrs_attrs__``: read it rather than import attrs, which
    ``import cloudcockpit_client`` must not pay for (the models are imported on first use).
    """
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        return [field.name for field in fields]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [field.name for field in dataclasses.fields(value)]
    return None


T = TypeVar("T")


def scrub_value(value: T, secrets: tuple[str, ...], _depth: int = 0) -> T:
    """``value`` (a decoded JSON body, a model) with the secrets scrubbed from every string in it.

    The same object when nothing in it holds a secret; otherwise a copy (a model is copied, its
    fields replaced): the value the caller was given is never changed.
    """
    if not secrets:
        return value
    if _depth == 0:
        # Usually nothing holds a secret: one pass over all the strings says so.
        strings: list[str] = []
        if _strings(value, strings) and scrub_all(strings, secrets) is strings:
            return value
    result: Any = value
    if isinstance(value, str):
        result = scrub(value, secrets)
        if result is not value and type(value) is not str:
            result = str(result)  # a str subclass (an enum member) that held a secret
    elif _depth >= _MAX_DEPTH and isinstance(value, dict | list | tuple):
        result = REDACTED
    elif isinstance(value, dict):
        items = [
            (scrub_value(k, secrets, _depth + 1), scrub_value(v, secrets, _depth + 1))
            for k, v in value.items()
        ]
        if any(k is not k0 or v is not v0 for (k, v), (k0, v0) in zip(items, value.items(), strict=True)):
            result = dict(items)
    elif isinstance(value, list | tuple):
        scrubbed = [scrub_value(item, secrets, _depth + 1) for item in value]
        if any(new is not old for new, old in zip(scrubbed, value, strict=True)):
            result = scrubbed if isinstance(value, list) else tuple(scrubbed)
    elif (names := _field_names(value)) is not None:
        changed = {}
        for name in names:
            old = getattr(value, name, None)
            new = scrub_value(old, secrets, _depth + 1)
            if new is not old:
                changed[name] = new
        if changed:
            result = copy.copy(value)
            for name, new in changed.items():
                object.__setattr__(result, name, new)  # also on a frozen model
    return result  # type: ignore[no-any-return]


class HoldsSecrets(Protocol):
    """A token source: what it holds, to scrub."""

    def secrets(self) -> Iterable[str]: ...


# The loggers whose lines can show what a server sent: httpx's INFO line (the reason phrase),
# httpcore's DEBUG lines (response headers, reason phrases, error texts), and this SDK's own.
_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "cloudcockpit_client",
)
_lock = threading.Lock()
# Weak: a client that is gone takes its secrets with it. Replaced whole, never changed in place,
# so that the filter reads it from any thread without the lock.
_watched: tuple[tuple[weakref.ref[HoldsSecrets], tuple[str, ...]], ...] = ()
_installed = False


def watched_secrets() -> tuple[str, ...]:
    """The secrets of every live client (for the log filter)."""
    found: set[str] = set()
    for ref, extra in _watched:
        owner = ref()
        if owner is not None:
            found.update(s for s in owner.secrets() if isinstance(s, str) and s)
            found.update(extra)
    # Longest first; a stable order, so that the forms' cache sees the same key for the same set.
    return tuple(sorted(found, key=lambda secret: (-len(secret), secret)))


class _ScrubLogRecords(logging.Filter):
    """Rewrites a log line that shows a client's secret; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            secrets = watched_secrets()
            if not secrets:
                return True
            message = record.getMessage()
        except Exception:  # a malformed record is logging's to report; a filter must not raise
            return True
        scrubbed = scrub(message, secrets)
        if scrubbed is not message:
            record.msg, record.args = scrubbed, None
        return True


_FILTER = _ScrubLogRecords()


def watch(owner: HoldsSecrets, extra: Iterable[str] = ()) -> None:
    """Scrub ``owner.secrets()`` (and ``extra``) from the log lines of httpx, httpcore and this SDK
    for as long as ``owner`` lives. ``extra`` must not refer to ``owner`` (it would keep it alive)."""
    global _watched, _installed
    with _lock:
        if not _installed:
            for name in _LOGGERS:
                logging.getLogger(name).addFilter(_FILTER)
            _installed = True
        alive = tuple(entry for entry in _watched if entry[0]() is not None)
        _watched = (*alive, (weakref.ref(owner), tuple(s for s in extra if s)))


def proxy_secrets(*proxies: str | None) -> tuple[str, ...]:
    """What a proxy URL's ``user:password`` puts on the wire: the password, and the credentials
    of ``Proxy-Authorization: Basic ...`` (httpx encodes them as UTF-8, aiohttp as latin-1)."""
    import httpx  # already imported by the client that calls this

    found: set[str] = set()
    for proxy in proxies:
        if not proxy:
            continue
        url = httpx.URL(proxy)
        if not url.password:
            continue
        found.add(url.password)
        userpass = f"{url.username}:{url.password}"
        for encoding in ("utf-8", "latin-1"):
            try:
                found.add(base64.b64encode(userpass.encode(encoding)).decode("ascii"))
            except UnicodeEncodeError:
                continue
    return tuple(sorted(found, key=len, reverse=True))
