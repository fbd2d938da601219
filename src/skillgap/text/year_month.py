"""A Japanese résumé's (rirekisho's) history: ``| Year | Month | entry |`` rows, oldest first.

``| 2017 | 4 | Joined Hoshino Electric — Software Engineer |`` starts a job; it runs to the
month before the next job's row (``Transferred to ... Data Scientist``, ``Joined ...``), or
to the month of a ``Resigned`` row; the last job, nothing ending it, is ongoing. A leave's
row (``Childcare leave (until March 2022)``) is the job's leave, from its month to its
"until"; ``Returned to ...`` changes nothing. Rows entering or leaving schools are not jobs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from skillgap.text.context import clean_sentence
from skillgap.text.dates import Span, find_span
from skillgap.text.job_lines import title_skills
from skillgap.text.match import Matcher
from skillgap.text.read import Line
from skillgap.text.work import Job, make_job

_HEADER: Final = re.compile(r"^\s*\|\s*year\s*\|\s*month\s*\|[^|]*\|\s*$", re.I)
_ROW: Final = re.compile(r"^\s*\|\s*((?:19|20)\d\d)\s*\|\s*(\d{1,2})\s*\|([^|]*)\|\s*$")
_STARTS: Final = re.compile(r"^(?:joined|transferred|promoted|appointed|started|moved)\b", re.I)
_ENDS: Final = re.compile(r"^(?:resigned|left|retired|leaving)\b", re.I)
_LEAVE: Final = re.compile(r"\bleave\b", re.I)
_UNTIL: Final = re.compile(r"\buntil\s+([^)]*)", re.I)


def _before(month: dt.date) -> dt.date:
    return dt.date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)


def year_month_jobs(lines: list[tuple[Line, bool]], matcher: Matcher) -> dict[int, Job | None]:
    """The jobs of Year | Month | entry tables among a CV's lines, by line; other rows None."""
    out: dict[int, Job | None] = {}
    inside = False
    starts: list[tuple[int, dt.date, str]] = []
    ends: list[dt.date] = []
    leaves: list[tuple[dt.date, Span]] = []
    for i, (line, heading) in enumerate(lines):
        text = line.text
        if heading or not text.lstrip().startswith("|"):
            inside = False
            continue
        if _HEADER.match(text):
            inside = True
        if not inside:
            continue
        out[i] = None
        m = _ROW.match(text)
        if m is None or not 1 <= int(m[2]) <= 12:
            continue
        month, entry = dt.date(int(m[1]), int(m[2]), 1), clean_sentence(m[3]).strip(" *_")
        if _STARTS.match(entry):
            starts.append((i, month, entry))
        elif _ENDS.match(entry):
            ends.append(month)
        elif _LEAVE.search(entry) and (u := _UNTIL.search(entry)):
            until = find_span(u[1], single=True)
            if until is not None:
                leaves.append((month, Span(month, until.end or until.start, entry)))
    for n, (i, month, entry) in enumerate(starts):
        following = starts[n + 1][1] if n + 1 < len(starts) else None
        ended = [e for e in ends if e >= month and (following is None or e < following)]
        last = ended[0] if ended else _before(following) if following else None
        span = Span(month, last, entry)
        leave = next((s for at, s in leaves if at >= month and (last is None or at <= last)), None)
        job = make_job(re.sub(r"^\w+\s+(?:to\s+)?", "", entry), "", entry, span, leave)
        job.skills += list(dict.fromkeys(f.id for f in title_skills(job.title, matcher)))
        out[i] = job
    return out
