"""The calendar: each step's start and end, on the weekly study track and the long tracks.

**One life:** weekly study (skills, certifications, projects: ``hours_per_week``) runs
beside one full-time track, which holds one thing at a time: a job, an internship or a
degree. A degree in progress runs from the start to its ``expected_end`` (else half its
nominal length), as does the job a person stays in; new full-time steps follow them, one
after the other (a new degree takes its nominal length,
:data:`~skillgap.plan.steps.DEGREE_HOURS_PER_YEAR` hours a year).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import NamedTuple

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
    """Each step's start and end on the calendar of one life.

    Study steps follow each other at the weekly hours. Full-time steps (a job, an
    internship, a degree) share one track: one at a time. Those under way (a degree in
    progress, the job you stay in) run from the start date; the others follow them.
    """
    out: list[_Dated] = []
    studied = 0.0
    free = max([start_date, *(s.fixed_end for s in steps if s.fixed_end is not None)])
    ends: dict[str, dt.date] = {}
    for step in steps:
        if step.track == "study":
            begin = _add_days(start_date, _study_days(studied, per_week))
            studied += step.hours
            end = _add_days(start_date, _study_days(studied, per_week))
        elif step.fixed_end is not None:
            begin, end = start_date, step.fixed_end
        else:
            begin = max([free, *(ends[d] for d in step.deps if d in ends)])
            end = _add_months(begin, step.months or 0.0)
            free = end
        ends[step.key] = end
        out.append(_Dated(begin, end))
    return out


def _commitment(steps: Sequence[_Step], start_date: dt.date) -> dt.timedelta:
    """The calendar time of the full-time steps among ``steps``, one after the other.

    A mentor changes a person's life (an internship, a new degree) only when it pays for
    itself: the route counts the months of its new full-time steps against the date they
    bring ready. Steps already under way in the person's life (a degree in progress, the
    job they stay in) are not new: the route never passes them here.
    """
    picked = [s for s in steps if s.track != "study"]
    if not picked:
        return dt.timedelta(0)
    return max(d.end for d in _dates(picked, start_date, 1.0)) - start_date


def about(start: dt.date, end: dt.date) -> str:
    """``3 weeks``, ``14 months``, ``3.5 years``: a duration as a person says it.

    Weeks under 61 days, months under two years, then years to the half: the one wording
    of the plan's summary and of every report's "time to ready", so the two never differ.
    """
    days = max(0, (end - start).days)
    if days < 61:
        weeks = max(1, round(days / 7))
        return f"{weeks} week{'s' if weeks != 1 else ''}"
    months = round(days / 30.44)
    if months < 24:
        return f"{months} months"
    return f"{round(days / 365.25 * 2) / 2:g} years"
