"""A job's date range wrapped across two lines: ``... | October 2018 –`` / ``June 2022``.

A narrow column (a two-column PDF's right-hand column, a table's cell, an editor's wrap)
breaks a job's line inside its dates: the range is left open at the line's end by its
separator (``–``, ``-``, ``to``, ``until``, ``bis``) and its end opens the next line
(``June 2022``, ``2022``, ``06/2022``, ``Present``). Read alone, the first line is a job
still going on (its months run to today, over the break and the jobs after it) and the
second a date of its own. Read whole, the line gives the job's range and the next line
keeps only what follows the end date. The break may fall before the separator too: a
two-column PDF's ``PhD in Computer Science — Lanka Institute …, 2017`` over ``– 2021``.

A CV that sets its dates in a left margin (LaTeX moderncv, a Europass export, a German
Lebenslauf) wraps the range inside the margin: ``Sep 2022 –          Lead ML Engineer, ...``
over ``present             Online grocery ...``. The margin's cells are read whole the same
way: the first line gets the whole range before its gap, the next keeps its own text at its
indentation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.dates import find_span
from skillgap.text.read import Line

#: A line's end left open inside a range: its separator, maybe an emphasis mark before it.
_OPEN_RANGE: Final = re.compile(
    r"\d[*_]*\s*(?:[–—-]{1,2}|\bto\b|\buntil\b|\btill\b|\bbis\b|\bau\b|\bhasta\b)\s*[*_]*\s*$",
    re.I,
)
#: A line's end on a year, the next line opening with the range's separator: ``2017`` /
#: ``– 2021`` (a hyphen there may be a list's bullet, so only a dash or a word).
_YEAR_END: Final = re.compile(r"\d[*_]*\s*$")
_OPENS_WITH_SEP: Final = re.compile(r"^[*_]*(?:[–—]|-{2}|(?:to|until|till)\b)", re.I)


def joined_range(text: str, rest: str) -> tuple[str, str] | None:
    """A dated line left open and the line under it, read whole: the line and the rest.

    ``DevOps Engineer | Calderstone | October 2018 –`` over ``June 2022`` gives ``DevOps
    Engineer | Calderstone | October 2018 – June 2022`` and ``""``. None when the line is not
    left open inside a range, or the next line does not open with the range's end (a range
    of its own there is the next job's: ``2016 – 2018 Analyst``).
    """
    text, rest = text.rstrip(), rest.strip()
    if not rest:
        return None
    if not _OPEN_RANGE.search(text) and not (
        _YEAR_END.search(text) and _OPENS_WITH_SEP.match(rest)
    ):
        return None
    own = find_span(rest)
    if own is not None and rest.find(own.text) <= 1:
        return None  # the next line opens with dates of its own: another job's
    joined = f"{text} {rest}"
    span = find_span(joined)
    if span is None:
        return None
    at = joined.find(span.text)
    stop = at + len(span.text)
    if not at < len(text) < stop - 1:
        return None  # the range read is all on one line or the other
    return joined[:stop], joined[stop:].strip(" *_")


#: A left margin's cell and the gap after it: ``Sep 2022 –          Lead ...``.
_MARGIN: Final = re.compile(r"^(\s*)(\S(?:.*?\S)?)(\s{3,}|\s*$)")


def _margin_range(text: str, rest: str) -> tuple[str, str] | None:
    """Two lines whose left margins hold one range wrapped: the two lines read whole."""
    first, second = _MARGIN.match(text), _MARGIN.match(rest)
    if first is None or second is None or not text[first.end() :].strip():
        return None  # a margin's cell alone on its line is any line's wrap
    if len(first[1]) != len(second[1]) or not _OPEN_RANGE.search(first[2]):
        return None
    whole = joined_range(first[2], second[2])
    if whole is None or whole[1]:
        return None  # the next margin holds more than the range's end
    body = text[first.end() :]
    margin = max(first.end(), len(whole[0]) + len(first[1]) + 3)
    line = f"{first[1]}{whole[0]}".ljust(margin) + body
    return line, " " * second.end() + rest[second.end() :] if rest[second.end() :] else ""


def ranges_unwrapped(lines: list[tuple[Line, bool]]) -> list[tuple[Line, bool]]:
    """A section's lines (each with whether it is a heading), every wrapped range read whole.

    The next line keeps what follows the range's end; a line that held only the end is gone.
    A table's cell (a line with its own columns) and a heading are never joined.
    """
    out, emptied = list(lines), set()
    for i in range(len(out) - 1):
        (line, heading), (nxt, nxt_heading) = out[i], out[i + 1]
        if nxt_heading or line.columns is not None or nxt.columns is not None:
            continue
        whole = _margin_range(line.text, nxt.text) or joined_range(line.text, nxt.text)
        if whole is None:
            continue
        out[i] = (Line(line.number, whole[0]), heading)
        out[i + 1] = (Line(nxt.number, whole[1]), False)
        if not whole[1]:
            emptied.add(i + 1)
    return [row for i, row in enumerate(out) if i not in emptied]


def lines_unwrapped(lines: Sequence[Line]) -> list[Line]:
    """Lines with every wrapped range read whole (an education section's degrees)."""
    return [line for line, _ in ranges_unwrapped([(line, False) for line in lines])]
