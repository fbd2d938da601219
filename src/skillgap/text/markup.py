"""HTML left in a text: entities decoded, tags made into the lines and bullets they show as.

A posting copied from a careers page's source, or scraped, comes as ``<p>``, ``<li>``,
``<br>`` and ``&amp;``. Read as it is, none of its lines is a heading or a bullet, and
"R&amp;D" or "Kubernetes &amp; Docker" hide the words in them. So:

* **entities** (``&amp;``, ``&nbsp;``, ``&ndash;``, ``&#39;``, ``&#x2019;``) are decoded in
  any text (a known entity only: "AT&T;" stays as it is);
* **tags**, in a text that looks like HTML (two tags or more of the common ones, one of them
  a paragraph's, a line break's or a list's), are what a browser shows: ``<p>``, ``<br>``,
  ``<div>``, ``<ul>``, a heading or a table row end the line; ``<li>`` starts a bullet
  (``- ``); ``<h1>``-``<h6>`` start a Markdown heading; ``<strong>``/``<b>`` are ``**``;
  every other tag is dropped.

Each piece keeps, character by character, the column it had in the file (a decoded entity
the column of its ``&``, a ``- `` or ``**`` made from a tag the column of its ``<``), and
a line broken in several by tags keeps the file's line number for each of its pieces. A
bullet or heading mark alone on its line (``<li>`` with its text on the next lines, as
pretty-printed HTML has it) starts the next line that has text.
"""

from __future__ import annotations

import html
import re
from typing import Final

ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?/?>")
#: Tags common in postings and CVs: two of them, one a line's or a list's, make a text HTML
#: ("<br>" in Markdown is a line break there too; "<b>and</b>" in prose is left alone).
_HTML_TAGS: Final = frozenset(
    {"p", "br", "li", "ul", "ol", "div", "strong", "b", "em", "i", "span", "a", "table", "tr"}
    | {"td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "u"}
)
_BREAKS: Final = frozenset(
    {"p", "br", "div", "ul", "ol", "li", "table", "tr", "section", "article", "header"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt", "dd"}
)
_BOLD: Final = frozenset({"strong", "b"})

Piece = tuple[str, list[int]]  # a line's text and each character's 1-based column
#: A piece that is only a bullet or a heading's mark: it starts the next piece with text.
_MARK_ALONE: Final = re.compile(r"\s*(?:-|#{1,6})\s*")


def looks_like_html(text: str) -> bool:
    """Whether a text holds HTML markup: two tags or more, one of them a line's or a list's."""
    count = 0
    block = False
    for m in _TAG.finditer(text):
        name = m[2].casefold()
        if name in _HTML_TAGS:
            count += 1
            block = block or name in _BREAKS
            if count >= 2 and block:
                return True
    return False


def decode_entities(text: str, columns: list[int]) -> Piece:
    """``text`` with its known HTML entities decoded; ``columns`` are its characters'."""
    if "&" not in text:
        return text, columns
    out: list[str] = []
    cols: list[int] = []
    at = 0
    for m in ENTITY.finditer(text):
        good = html.unescape(m[0])
        if good == m[0]:
            continue  # not an entity HTML knows: left as written
        out.append(text[at : m.start()])
        cols += columns[at : m.start()]
        out.append(good)
        cols += [columns[m.start()]] * len(good)
        at = m.end()
    out.append(text[at:])
    cols += columns[at:]
    return "".join(out), cols


def html_pieces(text: str) -> list[Piece]:
    """One line of HTML as the lines a browser shows, tags gone, entities not yet decoded."""
    pieces: list[Piece] = []
    out: list[str] = []
    cols: list[int] = []
    at = 0
    shown = False  # whether the line so far shows more than spaces (joined once, at its end)

    def end_line() -> None:
        nonlocal shown
        pieces.append(("".join(out), cols.copy()))
        out.clear()
        cols.clear()
        shown = False

    for m in _TAG.finditer(text):
        out.append(text[at : m.start()])
        shown = shown or bool(text[at : m.start()].strip())
        cols.extend(range(at + 1, m.start() + 1))
        at = m.end()
        closing, name = m[1], m[2].casefold()
        if name in _BREAKS:
            if shown or name == "br":
                end_line()
            if not closing and name == "li":
                out.append("- ")
                cols += [m.start() + 1] * 2
                shown = True
            elif not closing and name[0] == "h" and name[1:].isdigit():
                out.append("#" * int(name[1:]) + " ")
                cols += [m.start() + 1] * (int(name[1:]) + 1)
                shown = True
        elif name in _BOLD:
            out.append("**")
            cols += [m.start() + 1] * 2
            shown = True
    out.append(text[at:])
    cols.extend(range(at + 1, len(text) + 1))
    end_line()
    kept = [p for p in pieces if p[0].strip(" *")]
    return kept or [("", [])]


def html_lines(lines: list[str]) -> list[tuple[int, str, list[int]]]:
    """The lines of an HTML text as a browser shows them: (line number, text, columns).

    A bullet or heading mark alone (``<li>`` over its text) goes to the next piece with text.
    """
    out: list[tuple[int, str, list[int]]] = []
    mark: str | None = None
    for number, raw in enumerate(lines, start=1):
        for text, cols in html_pieces(raw):
            if _MARK_ALONE.fullmatch(text) and text.strip():
                mark = text.strip() + " "
                continue
            if mark is not None and text.strip():
                lead = len(text) - len(text.lstrip())  # the mark stands where the text starts
                out.append((number, mark + text[lead:], [cols[lead]] * len(mark) + cols[lead:]))
                mark = None
                continue
            out.append((number, text, cols))
    return out
