"""Headings written inside a line ("Requirements: Python, SQL. Nice to have: Spark.").

A posting pasted as one paragraph, or a job board's "Must have: ..." lines, names its parts
with a label and a colon inside the text. Such a label, at a line's start or after a
sentence's end, that names a part of a posting (:func:`skillgap.text.sections.kind_of`:
requirements, nice to have, duties, about, benefits, how to apply) becomes a heading line
of its own, and the text after it the next line, each keeping the file's line number and
columns. "Location: Dublin" or "Note: ..." name no part and stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.read import Line
from skillgap.text.sections import kind_of

#: A label and its colon: at the line's start (after a bullet) or after a sentence's end.
_LABEL: Final = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*(?:[-*•][ \t]+)?"
    r"((?:\*\*)?[A-ZÄÖÜ][\w'’ &/-]{2,40}?(?:\*\*)?):(?:\*\*)?[ \t]+(?=\S)"
)
#: The parts of a posting a label may name.
_PARTS: Final = frozenset({"required", "nice", "duties", "about", "benefits", "apply"})


def _piece(line: Line, start: int, end: int) -> Line:
    text = line.text[start:end]
    return Line(line.number, text, tuple(line.column(i) for i in range(start, end)))


def inline_headings(lines: Sequence[Line]) -> list[Line]:
    """The lines, each label naming a part of a posting made a heading line of its own."""
    out: list[Line] = []
    for line in lines:
        cuts = [
            m
            for m in _LABEL.finditer(line.text)
            if len(m[1].split()) <= 5 and kind_of(m[1]) in _PARTS
        ]
        if not cuts:
            out.append(line)
            continue
        at = 0
        for m in cuts:
            if line.text[at : m.start()].strip():
                out.append(_piece(line, at, m.start()))
            out.append(_piece(line, m.start(1), m.end(1)))
            at = m.end()
        out.append(_piece(line, at, len(line.text)))
    return out
