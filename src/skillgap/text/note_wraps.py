"""A job's title line wrapped inside a note in brackets: read whole, the note's year no job's.

``Staff Data Scientist — Lumiq Ltd, Bristol (acquired by Corvane Payments in`` / ``2020;``
/ ``renamed Corvane Risk Labs)`` / ``06/2015 – 02/2021``: a narrow column broke the
employer's note on an acquisition and a rename. Read alone, ``2020;`` is a line opening with
a date (a job of its own, a year long) and the title above the real dates is only
``renamed Corvane Risk Labs)``. Read whole, the title keeps its note and its employer, and
the job its dates.
"""

from __future__ import annotations

from typing import Final

from skillgap.text.dates import find_span
from skillgap.text.read import Line
from skillgap.text.wraps import ITEM_BULLET

#: The most lines a note's wrap runs on to, and the longest of them.
_NOTE_LINES: Final = 3
_NOTE_WIDTH: Final = 60


def _open(text: str) -> int:
    return text.count("(") - text.count(")")


def notes_unwrapped(lines: list[tuple[Line, bool]]) -> list[tuple[Line, bool]]:
    """A section's lines (each with whether it is a heading), every wrapped note read whole.

    A line that is no list item, with no dates of its own and a bracket left open, is
    joined with the short lines under it that close the bracket, when none of them is a
    heading, a list item or holds a range of dates; those lines are gone.
    """
    out: list[tuple[Line, bool]] = []
    i = 0
    while i < len(lines):
        line, heading = lines[i]
        text = line.text.rstrip()
        depth = _open(text)
        end = i
        if depth > 0 and not ITEM_BULLET.match(text) and find_span(text) is None:
            for j in range(i + 1, min(len(lines), i + 1 + _NOTE_LINES)):
                rest, rest_heading = lines[j][0].text.strip(), lines[j][1]
                if (
                    not rest
                    or rest_heading
                    or len(rest) > _NOTE_WIDTH
                    or ITEM_BULLET.match(lines[j][0].text)
                    or find_span(rest) is not None
                    or lines[j][0].columns is not None
                ):
                    break
                depth += _open(rest)
                if depth <= 0:
                    end = j
                    break
        if end > i:
            whole = " ".join([text, *(ln.text.strip() for ln, _ in lines[i + 1 : end + 1])])
            out.append((Line(line.number, whole), heading))
        else:
            out.append((line, heading))
        i = end + 1
    return out
