"""Date ranges as CVs write them, and the months they cover.

``Jan 2021 – Present``, ``Sept. '22 – now``, ``04/2023 - 09/2023``, ``2018–2021``,
``Oct 2025 – expected Sep 2027``: a start, an end (or ongoing), and how precise each is.
Months are counted as a careful reader does: a closed range is inclusive (Jan-Dec is 12),
an ongoing one counts whole months from the 1st of the start month to the day of
reference, a year alone (``2018``) starts in January and ends in December.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

_MONTHS: Final = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MONTH_WORD: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ONE: Final = (
    rf"(?:(?P<{{p}}mon>{_MONTH_WORD})\.?\s*(?:'(?P<{{p}}yy>\d{{{{2}}}})|(?P<{{p}}year>(?:19|20)\d{{{{2}}}}))"
    rf"|(?P<{{p}}num>\d{{{{1,2}}}})/(?P<{{p}}nyear>(?:19|20)\d{{{{2}}}})"
    rf"|(?P<{{p}}solo>(?:19|20)\d{{{{2}}}}))"
)
_ONGOING: Final = r"(?P<ongoing>present|now|current|currently|today|ongoing|date)"
_RANGE: Final = re.compile(
    _ONE.format(p="a")
    + r"\s*(?:–|—|-|to|until)\s*(?:expected\s+)?(?:"
    + _ONGOING
    + "|"
    + _ONE.format(p="b")
    + r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A date range: first month, last month (None: ongoing), where it was found."""

    start: dt.date
    end: dt.date | None
    text: str
    expected: bool = False  # "expected Sep 2027": an end in the future, not ongoing

    def months(self, as_of: dt.date) -> int:
        """Months covered, the end month included; an ongoing range up to ``as_of``."""
        if self.end is None:
            last_year, last_month = as_of.year, as_of.month
            whole = (last_year - self.start.year) * 12 + last_month - self.start.month
            return max(0, whole)
        end = min(self.end, as_of) if not self.expected else self.end
        return max(0, (end.year - self.start.year) * 12 + end.month - self.start.month + 1)

    def month_set(self, as_of: dt.date) -> set[tuple[int, int]]:
        """The calendar months the range covers, up to ``as_of``."""
        out = set()
        y, m = self.start.year, self.start.month
        for _ in range(min(self.months(as_of), 1200)):
            out.add((y, m))
            m += 1
            if m > 12:
                y, m = y + 1, 1
        return out


def _point(m: re.Match[str], p: str, *, end: bool) -> dt.date | None:
    if m[f"{p}mon"]:
        month = _MONTHS[m[f"{p}mon"].casefold()]
        year = int(m[f"{p}year"]) if m[f"{p}year"] else 2000 + int(m[f"{p}yy"])
    elif m[f"{p}num"]:
        month, year = int(m[f"{p}num"]), int(m[f"{p}nyear"])
        if not 1 <= month <= 12:
            return None
    elif m[f"{p}solo"]:
        month, year = (12 if end else 1), int(m[f"{p}solo"])
    else:
        return None
    return dt.date(year, month, 1)


def find_span(text: str) -> Span | None:
    """The first date range in ``text``, or None."""
    for m in _RANGE.finditer(text):
        start = _point(m, "a", end=False)
        if start is None:
            continue
        if m["ongoing"]:
            return Span(start, None, m[0])
        end = _point(m, "b", end=True)
        if end is None or end < start:
            continue
        expected = "expected" in m[0].casefold()
        return Span(start, end, m[0], expected=expected)
    return None


def months_of(spans: list[tuple[Span, float]], as_of: dt.date) -> float:
    """Full-time-equivalent months of several ranges, overlaps counted once.

    Each range comes with its share of full time (1 for a full-time job, 0.5 for 20 hours
    a week). A month counts the largest share of any range covering it, so a part-time
    job beside a full-time one adds nothing, and gaps between ranges add nothing.
    """
    share: dict[tuple[int, int], float] = {}
    for span, fte in spans:
        for month in span.month_set(as_of):
            share[month] = max(share.get(month, 0.0), fte)
    return round(sum(share.values()), 1)
