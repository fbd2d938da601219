"""A job whose share of full time changed: the note under its dates that says until when.

``Teilzeit 30 Std./Woche (75 %) until Feb. 2024, since März 2024 Vollzeit``, ``Part-time
(50 %) until 06/2022, then full-time``, ``full-time until Aug 2022, then 0.5 WTE``: one job,
two shares. The words before "until" (or "bis") give the first share, from the job's start
to that month; the words after it give the share from the month after (a share named
there, else full time: "Vollzeit", "full-time"). The job is counted at each share in its
own months, and the note is no job of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from skillgap.text.dates import Span, find_span
from skillgap.text.work import fte_of

#: "<share> until <month>, (since|then|from) [<month>] <share>".
_CHANGE: Final = re.compile(
    r"^(?P<before>.*?)\b(?:until|till|bis|bis\s+zum|jusqu['’]en|hasta)\s+"
    r"(?P<until>[^,;]{3,25}?)\s*(?:[,;]|\s(?=then|since|seit|ab|danach|from)\b)"
    r"\s*(?P<after>.*)$",
    re.I,
)
#: The most words a note about a job's time takes (more: a sentence about something else).
_NOTE_WORDS: Final = 20


def share_change(text: str, job_span: Span) -> tuple[Span, float, float] | None:
    """The months of a job's first share, that share, and the share after; None if no change.

    The first share's months run from the job's start to the "until" month; both shares
    come from the note's words (:func:`skillgap.text.work.fte_of`), and differ.
    """
    if len(text.split()) > _NOTE_WORDS:
        return None
    m = _CHANGE.match(text.strip(" *_()"))
    if m is None:
        return None
    until = find_span(m["until"], single=True)
    if until is None or until.start < job_span.start:
        return None
    if job_span.end is not None and until.start >= job_span.end:
        return None
    first = fte_of(m["before"])
    rest = re.sub(r"^(?:then|since|seit|ab|danach|from)\s+", "", m["after"].strip(), flags=re.I)
    later = find_span(rest, single=True)
    after = fte_of(rest.replace(later.text, " ") if later is not None else rest)
    if first == after:
        return None
    end = until.end or until.start
    return Span(job_span.start, dt.date(end.year, end.month, 1), m[0]), first, after
