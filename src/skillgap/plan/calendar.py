"""The calendar: each step's start and end, on the weekly study track and the long tracks.

**Three tracks** run side by side: weekly study (skills, certifications, projects:
``hours_per_week``), full-time experience (an internship of 3 months is 3 calendar
months from the start date), and degrees (one in progress runs from the start to its
``expected_end``, else half its nominal length; a new one takes its nominal length,
:data:`~skillgap.plan.steps.DEGREE_HOURS_PER_YEAR` hours a year, after the one before it).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import NamedTuple

from skillgap.models.result import Track
from skillgap.plan.ledger import _Step
from skillgap.plan.options import Undatable


def _add_days(start: dt.date, days: int) -> dt.date:
    try:
        return start + dt.timedelta(days=days)
    except OverflowError as e:
        raise Undatable(f"{days} days after {start.isoformat()}") from e


def _add_months(start: dt.date, months: float) -> dt.date:
    """``months`` calendar months after ``start`` (a fraction as days of a 30.44-day month)."""
    whole = int(months)
    index = start.month - 1 + whole
    year = start.year + index // 12
    if year > dt.MAXYEAR:
        raise Undatable(f"{months:g} months after {start.isoformat()}")
    month = index % 12 + 1
    last = 31 if month == 12 else (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day
    return _add_days(dt.date(year, month, min(start.day, last)), round((months - whole) * 30.44))


def _study_days(hours: float, per_week: float) -> int:
    return math.ceil(round(hours * 7 / per_week, 9))


class _Dated(NamedTuple):
    start: dt.date
    end: dt.date


def _dates(steps: Sequence[_Step], start_date: dt.date, per_week: float) -> list[_Dated]:
    """Each step's start and end on the calendar.

    Study steps follow each other at the weekly hours; the steps of each other track
    follow each other from the start date; a degree under way ends when it ends.
    """
    out: list[_Dated] = []
    studied = 0.0
    free: dict[Track, dt.date] = {"full_time": start_date, "degree": start_date}
    ends: dict[str, dt.date] = {}
    for step in steps:
        if step.track == "study":
            begin = _add_days(start_date, _study_days(studied, per_week))
            studied += step.hours
            end = _add_days(start_date, _study_days(studied, per_week))
        else:
            begin = max([free[step.track], *(ends[d] for d in step.deps if d in ends)])
            if step.fixed_end is not None:
                begin, end = start_date, max(step.fixed_end, begin)
            else:
                end = _add_months(begin, step.months or 0.0)
            free[step.track] = end
        ends[step.key] = end
        out.append(_Dated(begin, end))
    return out
