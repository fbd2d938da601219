"""Text from a file, made safe for where it goes: a terminal, a CSV cell, a link, a comment.

Profiles, catalogs and résumés are data written by someone else. Whatever they say must
reach a terminal as visible characters (never as an escape sequence that clears the
screen, writes the clipboard or reorders the line), a spreadsheet as text (never as a
formula), a Markdown or HTML report as a link only when it is an http(s) link, and a YAML
comment as that comment only (never as a new key). Each rule lives here, once.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Final
from urllib.parse import quote

#: Characters a terminal or a YAML reader treats as more than text: C0 controls (but tab and
#: newline), DEL, C1 controls (U+0085, NEXT LINE, among them), the bidirectional overrides
#: and isolates (U+202A-U+202E, U+2066-U+2069, "Trojan Source"), the line and paragraph
#: separators (U+2028, U+2029), lone surrogates (they cannot be encoded) and U+FFFE/U+FFFF.
_UNSAFE_CLASS: Final = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
)


@cache
def unsafe(newline: bool = False) -> re.Pattern[str]:
    """The characters :data:`_UNSAFE_CLASS` names (and newline), compiled on first use."""
    return re.compile(f"[{_UNSAFE_CLASS}{chr(10) if newline else ''}]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    r"""``text`` with each control, bidi and separator character shown as ``\x1b``, ``\u202e``.

    Tab and newline stay as they are; everything else :func:`unsafe` matches is written
    out as its escape, visibly, so a name like ``"\x1b[2J"`` is printed, not obeyed.
    """
    if text.isprintable():  # the common case, checked in C: nothing to show
        return text
    return unsafe().sub(_visible, text)


def json_text(document: str) -> str:
    r"""A JSON document with every character :func:`unsafe` matches written as ``\u....``.

    JSON escapes C0 controls itself but leaves C1 controls (U+009B starts an escape
    sequence on many terminals), bidi overrides and separators raw. Outside its strings a
    JSON document is ASCII, so escaping them everywhere gives the same data once parsed,
    and nothing a terminal would obey.
    """
    if document.isascii() and "\x7f" not in document:  # the common case: nothing to escape
        return document
    return unsafe().sub(lambda m: f"\\u{ord(m[0]):04x}", document)


#: Lone surrogates: how Python keeps a file name's bytes that are not UTF-8 (``\udce9``).
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _byte(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def undecodable(text: str) -> bool:
    """Whether ``text`` holds lone surrogates: bytes that were not UTF-8, or broken text."""
    return _SURROGATE.search(text) is not None


def path_text(path: str | os.PathLike[str]) -> str:
    r"""A file's path as a name to show: each byte that is not UTF-8 written out, ``\xe9``.

    Python keeps such bytes of a file name as lone surrogates (PEP 383), which no output
    (JSON, a terminal, a CSV) can encode; the path itself still opens the file.
    """
    text = os.fspath(path)
    return text if text.isprintable() else _SURROGATE.sub(_byte, text)


def one_line(text: str) -> str:
    r"""``text`` as :func:`safe_text` shows it, with newlines shown as ``\n`` too: one line."""
    return text if text.isprintable() else unsafe(newline=True).sub(_visible, text)


def comment(text: str) -> str:
    r"""A YAML comment line (``# ...``) that says ``text`` and cannot end early.

    Every line break YAML knows (``\n``, ``\r``, U+0085, U+2028, U+2029) and every
    character a YAML reader refuses is shown as its escape, so nothing written after
    the ``#`` can become a key of the file.
    """
    return f"# {one_line(text)}" if text else "#"


#: A cell a spreadsheet would run as a formula starts with one of these (OWASP, "CSV Injection").
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER: Final = r"-?\d+(\.\d+)?([eE][-+]?\d+)?"


def csv_cell(text: str) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading ``'`` before a formula start.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a line break (also after
    leading spaces) gets a single quote in front, as OWASP recommends. A plain decimal
    number, negative or not (``-3``, ``72.5``), is left as it is: it cannot be a formula,
    and the numbers skillgap writes must stay numbers. Control characters are shown as
    :func:`safe_text` shows them (a CSV printed to a terminal obeys no escape sequence).
    """
    if text.lstrip(" ").startswith(_FORMULA_START) and not re.fullmatch(_NUMBER, text):
        text = "'" + text
    return safe_text(text)


_LINK: Final = r"(?i)https?://[^/?#\s]"
# Everything that may stand in a URL, in a Markdown autolink and in an HTML attribute as it
# is; quote() percent-encodes the rest (spaces, <, >, quotes, backslashes, non-ASCII).
_URL_SAFE: Final = "!#$%&'()*+,-./:;=?@[]_~"


def link_url(url: str, *, relative: bool = False) -> str | None:
    """``url`` as a link target if it is an http(s) URL, else None (show it as plain text).

    Only ``http:`` and ``https:`` become links, whatever the case and surrounding
    whitespace: ``javascript:``, ``data:``, ``vbscript:`` and every other scheme stay text.
    Tabs and newlines inside are dropped (browsers drop them too) and characters a link
    cannot hold are percent-encoded. With ``relative``, a path that starts with ``./`` (as
    :func:`relative_link` makes them: it can hold no scheme) is a link too.
    """
    cleaned = re.sub(r"[\t\n\r]", "", url).strip()
    if unsafe().search(cleaned):
        return None
    if not re.match(_LINK, cleaned) and not (relative and cleaned.startswith("./")):
        return None
    return quote(cleaned, safe=_URL_SAFE)


#: What may stand in one path segment of a relative link as it is: no ``:`` (a scheme in a
#: first segment), ``/``, ``?``, ``#`` or ``%``; quote() percent-encodes the rest.
_SEGMENT_SAFE: Final = "!$&'()*+,-.;=@_~"


def relative_link(parts: tuple[str, ...]) -> str:
    """A link to the file at ``parts`` (folders, ``..`` for up, then its name) from a page.

    It starts with ``./`` and every part is percent-encoded, so no folder's name can read as
    a scheme (``javascript:``, ``reports:2026``), a query or a fragment.
    """
    return "./" + "/".join(quote(part, safe=_SEGMENT_SAFE) for part in parts)
