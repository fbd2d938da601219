"""A PDF's copied text repaired: words hyphenated across lines, pages' headers and footers.

Text copied out of a PDF keeps the typesetter's hyphens: ``Kuber-`` / ``netes``,
``distri-`` / ``buted training``, ``(work-`` / ``ing knowledge)``, ``scikit-`` / ``learn``.
Where a line ends in a letter and a hyphen and the next line starts with a lower-case
letter, the next line's first word moves up to finish the word. The hyphen goes
(``demand-fore-`` / ``casting``: ``demand-forecasting``), unless the word with it is a name
the catalog knows (``scikit-learn``) or a compound written with one (``part-`` / ``time``,
``self-`` / ``employed``). Each line keeps its number;
the characters moved up take the column of the hyphen they replace, and the next line's
characters keep their own columns, so positions still point into the file.

A page's footer (``Page 1 of 2``, ``1 of 2``, ``- 2 -``) and the running header of the next
page (``Henrik Ostrowski – Curriculum Vitae 2``: the CV's name with "CV" or a page number)
are left out, with the blank lines between them, so a job or a list runs on across the page
break as it does in print.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from skillgap.text.read import Line

#: A line ending in a word broken by a hyphen: "Kuber-", "(work-".
_BROKEN: Final = re.compile(r"(?<![^\W\d_])(?P<part>[^\W\d_]{2,})-$")
#: The next line's first word, lower case, with the marks after it: "netes", "time),".
_REST: Final = re.compile(r"^(?P<indent>\s*)(?P<rest>(?P<word>[a-zà-ÿ][^\W\d_]*)\S*)")


#: First words of compounds written with a hyphen, which a line break after it keeps:
#: "part-" / "time", "self-" / "employed", "end-" / "to-end", "data-" / "driven".
_COMPOUND: Final = frozenset(
    [
        "self",
        "full",
        "part",
        "half",
        "well",
        "non",
        "co",
        "cross",
        "end",
        "real",
        "long",
        "short",
        "high",
        "low",
        "open",
        "semi",
        "multi",
        "state",
        "large",
        "small",
        "hands",
        "fast",
        "data",
        "two",
        "three",
        "one",
        "first",
        "world",
    ]
)


def _columns(line: Line) -> list[int]:
    return [line.column(i) for i in range(len(line.text))]


def joined_hyphens(lines: Sequence[Line], known: Callable[[str], bool]) -> tuple[Line, ...]:
    """The lines with each word hyphenated across a line break whole on its first line.

    ``known(word)``: whether a hyphenated word is a name to keep whole (``scikit-learn``).
    """
    out = list(lines)
    for i in range(len(out) - 1):
        line, nxt = out[i], out[i + 1]
        text = line.text.rstrip()
        broken = _BROKEN.search(text)
        rest = _REST.match(nxt.text)
        if broken is None or rest is None:
            continue
        tail = rest["rest"]
        part = broken["part"]
        keep = part.casefold() in _COMPOUND or known(
            f"{part}-{tail}"
        )  # "part-time", "scikit-learn"
        cols = _columns(line)[: len(text)]
        hyphen = cols[-1] if cols else 1
        head, head_cols = (text, cols) if keep else (text[:-1], cols[:-1])
        out[i] = Line(line.number, head + tail, (*head_cols, *[hyphen] * len(tail)))
        after = nxt.text[rest.end() :]
        skip = rest.end() + len(after) - len(after.lstrip())  # the space after the word moved
        ncols = _columns(nxt)
        text_next = rest["indent"] + nxt.text[skip:]
        out[i + 1] = Line(nxt.number, text_next, (*ncols[: len(rest["indent"])], *ncols[skip:]))
    return tuple(out)


#: A page's footer: "Page 1 of 2", "Page 1/2", "1 of 2", "- 2 -" (never a bare "09/22").
_FOOTER: Final = re.compile(
    r"^\s*(?:(?:page|seite)\s+\d{1,2}\s*(?:of|/|von|sur)|\d{1,2}\s+(?:of|von|sur))\s*\d{1,2}\s*$"
    r"|^\s*[-–]\s*\d{1,2}\s*[-–]\s*$",
    re.I,
)
#: What a running header says besides the name: "Curriculum Vitae", "CV", a page number.
_HEADER_WORDS: Final = re.compile(
    r"\b(?:curriculum vitae|cv|r[ée]sum[ée]|lebenslauf|page \d+)\b|\s\d{1,2}\s*$", re.I
)


def without_page_furniture(lines: Sequence[Line], name: str) -> tuple[Line, ...]:
    """The lines without pages' footers and running headers (and the blank lines between)."""
    key = " ".join(name.casefold().split())
    out: list[Line] = []
    after_footer = False
    for n, line in enumerate(lines):
        plain = " ".join(line.text.casefold().split())
        header = (
            n > 0
            and len(key) >= 5
            and plain.startswith(key)
            and bool(_HEADER_WORDS.search(plain[len(key) :]))
        )
        if _FOOTER.match(line.text) or header:
            after_footer = True
            continue
        if after_footer and not line.text.strip():
            continue  # the blank lines between one page's footer and the next page's header
        after_footer = False
        out.append(line)
    return tuple(out)
