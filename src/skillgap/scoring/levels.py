"""Which level of a skill counts: recency, and the one entry of several names for one skill.

The one resolution of a person's levels that ``assess``, ``batch`` and the library share.
:mod:`skillgap.scoring.standing` calls it while it matches names, so every later stage
(evidence, the review, the engine, the batch scorer) sees one entry per skill:

* **Recency.** An entry with ``last_used`` counts one level lower per ``fade_years`` full
  years between that date and the day the profile is judged at, never below 1 (0 stays 0).
  A ``YYYY-MM`` date counts from the first day of that month.
* **Two names for one skill.** The entry with the higher *counted* level (recency
  applied) counts, so raising a level never lowers a score and a fresh entry is never
  thrown away for a stale, higher one. On a tie, the more recently used entry counts (one
  without ``last_used`` counts as current), then the higher claimed level, then the one
  written first.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from skillgap.catalog.index import CatalogIndex
from skillgap.models.profile import SkillEntry


def day_of(text: str | dt.date) -> dt.date:
    """``YYYY-MM`` (its first day) or ``YYYY-MM-DD`` as a date."""
    if isinstance(text, dt.date):
        return text
    return _day(text)


@functools.lru_cache(maxsize=4096)  # the same few hundred months recur across a batch
def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text if len(text) > 7 else f"{text}-01")


def full_years(since: dt.date, until: dt.date) -> int:
    """Whole years from ``since`` to ``until`` (0 when ``until`` comes first)."""
    years = until.year - since.year - ((until.month, until.day) < (since.month, since.day))
    return max(0, years)


def faded(level: int, years: int, fade_years: int) -> int:
    """One level lower per ``fade_years`` full years unused, never below 1 (0 stays 0)."""
    if level <= 1:
        return level
    return max(1, level - years // fade_years)


class Claim(NamedTuple):
    """One skill entry of a profile, as it counts on the day the profile is judged at."""

    name: str  # the profile's name for the skill (its key under ``skills``)
    level: int  # the level claimed
    counted: int  # the level counted: recency applied
    last_used: dt.date | None  # None: no date given, the claim is current


def claim(
    name: str, entry: SkillEntry, skill_id: str, index: CatalogIndex, as_of: dt.date
) -> Claim:
    """An entry's claimed and counted level on ``as_of`` (a future date fades nothing)."""
    if entry.last_used is None:
        return Claim(name, entry.level, entry.level, None)
    last = day_of(entry.last_used)
    fade = index.recency_rule(skill_id).fade_years
    return Claim(name, entry.level, faded(entry.level, full_years(last, as_of), fade), last)


def _rank(c: Claim) -> tuple[int, dt.date, int]:
    return c.counted, dt.date.max if c.last_used is None else c.last_used, c.level


def counts_over(new: Claim, old: Claim) -> bool:
    """Whether ``new`` (written after ``old``, naming the same skill) counts instead of it.

    The higher counted level; then the fresher entry (undated is current); then the higher
    claimed level; on a full tie the one written first stays.
    """
    return _rank(new) > _rank(old)
