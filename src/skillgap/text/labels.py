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

from skillgap.text.lists import ITEM, LIST_HEAD
from skillgap.text.read import Line
from skillgap.text.sections import kind_of

#: A label and its colon: at the line's start or after a sentence's end (not in a bullet); a
#: qualifier in brackets before the colon is the label's ("Desirable (not required): Spark").
_LABEL: Final = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*"
    r"((?:\*\*)?[A-ZÄÖÜ][\w'’ &/-]{2,40}?"
    r"(?:\s*\((?:not\s+)?(?:required|mandatory|essential|optional|preferred)\))?"
    r"(?:\*\*)?):(?:\*\*)?[ \t]+(?=\S)"
)
#: A bold lead-in at a paragraph's start: "**Must have.** At least 2 years ...", "**Nice to
#: have:** TypeScript; Docker", "**Essential criteria** — you will be assessed against these:"
#: (a civil-service posting's): it heads its whole paragraph, as a heading would.
_BOLD_LEAD: Final = re.compile(r"^[ \t]*\*\*([^*]{2,40}?)[.:]?\*\*[.:]?[ \t]+(?=\S)")
#: The most words a lead-in line has ("The client is looking for someone with:").
_LEAD_WORDS: Final = 12
#: The parts of a posting a label may name.
_PARTS: Final = frozenset({"required", "nice", "duties", "about", "benefits", "apply"})


def _piece(line: Line, start: int, end: int) -> Line:
    text = line.text[start:end]
    return Line(line.number, text, tuple(line.column(i) for i in range(start, end)))


def _lead_in(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` leads into a part of a posting: "We're looking for someone with:".

    It ends in a colon, names a part, is at most a dozen words, opens no "two of" list, and
    a bullet follows it.
    """
    text = lines[i].text.strip()
    if not text.endswith(":") or len(text.split()) > _LEAD_WORDS or LIST_HEAD.search(text):
        return False
    if kind_of(text) not in _PARTS:
        return False
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j < len(lines) and bool(ITEM.match(lines[j].text)[2])  # type: ignore[index]


def inline_headings(lines: Sequence[Line]) -> list[Line]:
    """The lines, each label naming a part of a posting made a heading line of its own.

    A lead-in line ("The client is looking for someone with:" over bullets) is written as
    a heading in bold, so it heads its part as a short heading does.
    """
    out: list[Line] = []
    for i, line in enumerate(lines):
        bold = _BOLD_LEAD.match(line.text)
        labelled = bold is not None and len(bold[1].split()) <= 5 and kind_of(bold[1]) in _PARTS
        if _lead_in(lines, i) and not labelled:
            lead = len(line.text) - len(line.text.lstrip())
            text = line.text.strip()
            keep = [k for k in range(len(text)) if text[k] != "*"]  # bold inside: its text
            text = "".join(text[k] for k in keep)
            columns = [line.column(lead)] * 2 + [line.column(lead + k) for k in keep]
            out.append(Line(line.number, f"**{text}**", (*columns, columns[-1], columns[-1])))
            continue
        if bold and labelled:
            columns = [line.column(bold.start(1))] * 2
            columns += [line.column(k) for k in range(bold.start(1), bold.end(1))]
            heading = f"**{bold[1].strip()}**"
            out.append(Line(line.number, heading, (*columns, columns[-1], columns[-1])))
            out.append(_piece(line, bold.end(), len(line.text)))
            continue
        bullet = ITEM.match(line.text)[2]  # type: ignore[index]
        cuts = [  # a bullet's "Nice to have: Spark" is its own clause's word, not a new part
            m
            for m in ([] if bullet else _LABEL.finditer(line.text))
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
