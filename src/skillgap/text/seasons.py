"""A CV's own academic seasons: a season word read by the months the CV itself gives it.

A co-op or a term-based CV may define its seasons in a note ("Winter = Jan–Apr,
Fall = Sep–Dec": four-month work terms). Such a definition wins over the calendar default
(:mod:`skillgap.text.dates`: Winter Jan–Mar, Fall Sep–Nov): each job whose dates are season
words (``Fall 2025``, ``Winter 2024 co-op``, ``Fall 2024 – Winter 2025``) takes the defined
months. A season the CV does not define keeps the default; written months are never changed.

A season's label before written months (``Summer 2023/24: Dec 2023 – Feb 2024``, an
Australian summer across two years) is the dates' label, not the job's title: the months
written are the job's, its title the lines above (:data:`SEASON_LABEL`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from skillgap.text.dates import month_number

if TYPE_CHECKING:
    from skillgap.text.work import Job

#: One season's months as a CV defines them: "Winter = Jan–Apr", "Fall: September to December".
_DEFINED: Final = re.compile(
    r"\b(?P<season>winter|spring|summer|fall|autumn)\s*(?:=|:|term\s*[=:]|is)\s*"
    r"(?P<first>[A-Za-z]{3,9})\.?\s*(?:–|—|-{1,2}|\bto\b|\bthrough\b)\s*(?P<last>[A-Za-z]{3,9})\b",
    re.IGNORECASE,
)
#: A season and its year in a job's dates: "Fall 2025", "Winter '24".
_SEASON_YEAR: Final = re.compile(
    r"\b(?P<season>winter|spring|summer|fall|autumn)\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
#: Only a season and its year (or a summer's two years), the label before a job's dates.
SEASON_LABEL: Final = re.compile(
    r"^(?:winter|spring|summer|fall|autumn)\s+(?:19|20)\d{2}(?:\s*/\s*(?:19|20)?\d{2})?$",
    re.IGNORECASE,
)
#: Written months in the dates: they win over a season word ("Summer 2023/24: Dec 2023 – Feb").
_MONTH_WORD: Final = re.compile(r"\b[A-Za-z]{3,9}\b")


def defined_seasons(lines: list[str]) -> dict[str, tuple[int, int]]:
    """The seasons a CV defines by months, each its first and last month (empty: none)."""
    out: dict[str, tuple[int, int]] = {}
    for line in lines:
        for m in _DEFINED.finditer(line):
            first, last = month_number(m["first"]), month_number(m["last"])
            if first is not None and last is not None:
                out.setdefault(m["season"].casefold(), (first, last))
    return out


def _names_month(text: str) -> bool:
    return any(month_number(w) is not None for w in _MONTH_WORD.findall(text))


def redefine(jobs: list[Job], seasons: dict[str, tuple[int, int]]) -> None:
    """Each job dated by defined season words takes the CV's own months (in place)."""
    for job in jobs if seasons else []:
        span = job.span
        named = list(_SEASON_YEAR.finditer(span.text))
        if not named or len(named) > 2 or _names_month(_SEASON_YEAR.sub(" ", span.text)):
            continue
        first, last = named[0], named[-1]
        a, b = seasons.get(first["season"].casefold()), seasons.get(last["season"].casefold())
        start = dt.date(int(first["year"]), a[0], 1) if a else span.start
        end = span.end
        if b and end is not None:
            end = dt.date(int(last["year"]), b[1], 1)
        if end is None or start <= end:
            job.span = dataclasses.replace(span, start=start, end=end)
