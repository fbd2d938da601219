"""A job as an applicant-tracking system's form exports it: one field a line.

Family: a careers portal's candidate export (Workday, SuccessFactors, Teamtailor ...)::

    Job title: Junior Data Scientist
    Company: Acme AB
    Start date: 03/2024
    End date:
    I currently work here: Yes
    Description: Load forecasting ...

The dates stand on two lines of their own, the end left blank for the job held now (the
"I currently work here" box says so). Such a block is read as the line
``Junior Data Scientist — 03/2024 – present``: the title's line takes the dates, the date
lines are emptied (their numbers kept). A blank end with the box saying "No", or no start
date, leaves the block as it is. Only a block opened by a job title's label is read: a
school's entry (``School:`` ... ``Start date:``) is not a job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from skillgap.text.read import Line

_FIELD: Final = r"^\s*[*_]{0,2}(?:%s)\s*:\s*[*_]{0,2}\s*(?P<value>.*?)\s*$"
_TITLE: Final = re.compile(_FIELD % r"job\s+title|position\s+title", re.I)
_START: Final = re.compile(_FIELD % r"start\s+date|from", re.I)
_END: Final = re.compile(_FIELD % r"end\s+date|to", re.I)
_CURRENT: Final = re.compile(
    _FIELD % r"i\s+currently\s+work\s+here|current(?:ly)?\s+employed|current\s+job", re.I
)
_YES: Final = re.compile(r"^(?:yes|y|true|x|✓|☑)$", re.I)
#: A date as forms write it: "03/2024", "2024-03", "Mar 2024", "March 2024".
_DATE: Final = re.compile(
    r"^(?:\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+(?:19|20)\d{2})$"
)
#: The fields a job's block may hold: it ends at the first line that is none of them.
_SPAN: Final = 8


def ats_form_jobs(lines: Sequence[Line]) -> list[Line]:
    """The lines, each form-exported job's dates moved onto its title's line."""
    out = list(lines)
    for i, line in enumerate(lines):
        title = _TITLE.match(line.text)
        if not title or not title["value"]:
            continue
        start = end = current = None
        for j in range(i + 1, min(len(lines), i + 1 + _SPAN)):
            text = lines[j].text
            if _TITLE.match(text):
                break
            if start is None and (m := _START.match(text)):
                start = (j, m["value"])
            elif start is not None and end is None and (m := _END.match(text)):
                end = (j, m["value"])
            elif current is None and (m := _CURRENT.match(text)):
                current = bool(_YES.match(m["value"]))
        if start is None or end is None or not _DATE.match(start[1]):
            continue
        if end[1]:
            if not _DATE.match(end[1]):
                continue
            until = end[1]
        elif current is False:
            continue
        else:
            until = "present"
        out[i] = Line(line.number, f"{title['value']} — {start[1]} – {until}")
        out[start[0]] = Line(lines[start[0]].number, "")
        out[end[0]] = Line(lines[end[0]].number, "")
    return out
