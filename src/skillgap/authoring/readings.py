"""Levels and dates as résumés and CVs write them, read onto skillgap's scale and calendar.

Level words map to the 0-5 scale by the one table profiles and ``init`` use too
(:data:`skillgap.models.common.LEVEL_WORDS`; case-insensitive; the first level word in
the résumé's text wins). Numbers, since résumés use other scales:

* ``0``-``5`` as they are; ``N/M`` (``4/5``, ``7/10``) and ``N%`` scaled to 0-5;
* a bare number above 5 and at most 10 is read as out of 10, above 10 and at most 100
  as a percentage (both marked ``estimate``: the scale was guessed);
* values between levels are rounded half up (3.5 → 4, 4.5 → 5), marked ``estimate``;
* values above their scale (``7/5``, ``120%``) are clamped to 5, marked ``estimate``;
* anything else (``4/0``, a 400-digit number, a word not in the table) is not understood.

Dates: ``2021``, ``2021-06``, ``2021-06-15``, ``06/2021``, ``2021/06``, ``June 2021``,
``Jun 2021``; an ``endDate`` of ``Present``, ``current``, ``now``, ``ongoing``, ``today``
or empty means ongoing (counted to ``--as-of``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Final

from skillgap.models.common import DATE_YEARS, LEVEL_WORDS, MAX_LEVEL
from skillgap.names import norm

ONGOING: Final = frozenset(
    {
        "present",
        "current",
        "currently",
        "now",
        "ongoing",
        "today",
        "todate",
        "tilldate",
        "tillnow",
        "topresent",
        "untilnow",
        "open",
        "",
    }
)
_MONTHS: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[t ].*)?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.](\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})[/.](\d{1,2})$")
_NAMED = re.compile(r"^([a-z]{3,9})\.?,?\s+(?:(\d{1,2}),?\s+)?(\d{4})$")
_NUMBER = re.compile(
    r"(\d{1,4}(?:\.\d{1,3})?)\s*(?:(?:/|out\s+of|of)\s*(\d{1,4}(?:\.\d{1,3})?)|(%))?"
)


@dataclass(frozen=True)
class LevelReading:
    """A résumé's level read onto the scale: the level (None: not understood) and how."""

    level: int | None
    note: str | None = None


def _half_up(value: float) -> int:
    return math.floor(value + 0.5)


def _on_scale(amount: float, scale: str | None, percent: bool) -> tuple[float, str | None] | str:
    """A number onto 0-5 (and how it was read), or why it cannot be."""
    if scale is not None:
        return MAX_LEVEL * amount / float(scale), None
    if percent:
        return amount / 20, None
    if amount <= MAX_LEVEL:
        return amount, None
    if amount <= 10:  # "7" on a résumé is most often out of 10
        return amount / 2, f"read as {amount:g} out of 10"
    if amount <= 100:  # and "70" a percentage
        return amount / 20, f"read as {amount:g}%"
    return "is on no scale skillgap knows"


def read_level(value: str | float | None) -> LevelReading:
    """A résumé's level on the 0-5 scale by the module's rule, with a note when guessed."""
    if value is None or value == "":
        return LevelReading(None, "no level given")
    # true is no number (not 1, awareness): as text, a word not in the table
    text = str(value).strip().lower()
    shown = text if isinstance(value, bool) else str(value).strip()[:40]
    number = _NUMBER.fullmatch(text)
    if number is None:
        for word in re.findall(r"[a-z]+", text[:200]):
            if word in LEVEL_WORDS:
                return LevelReading(LEVEL_WORDS[word])
        return LevelReading(None, f"level '{shown}' not understood")
    if number[2] is not None and float(number[2]) == 0:
        return LevelReading(None, f"level '{shown}' has a scale of 0")
    scaled = _on_scale(float(number[1]), number[2], number[3] is not None)
    if isinstance(scaled, str):
        return LevelReading(None, f"level '{shown}' {scaled}")
    exact, guess = scaled
    notes = [guess] if guess else []
    if exact > MAX_LEVEL:
        notes.append(f"'{shown}' is above its scale, taken as {MAX_LEVEL}")
        exact = MAX_LEVEL
    level = _half_up(exact)
    if level != exact:
        notes.append(f"{exact:.3g} rounded to {level}")
    return LevelReading(level, "estimate: " + "; ".join(notes) if notes else None)


def level_of(text: str | float | None) -> int | None:
    """A résumé's level to the 0-5 scale by the module's rule, or None if not understood."""
    return read_level(text).level


def is_ongoing(text: str | None) -> bool:
    """Whether an end date means "still going": empty, ``Present``, ``current``, ``now``."""
    return text is None or norm(text) in ONGOING


def partial_date(text: str | None) -> dt.date | None:
    """``2021``, ``2021-06``, ``06/2021``, ``June 2021`` … as a date (missing parts: the first).

    None when not understood, or outside the years a profile holds (:data:`DATE_YEARS`).
    """
    if not text:
        return None
    words = text.strip().lower()
    year, month, day = 0, 1, 1
    if match := _ISO.match(words):
        year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    elif match := _MONTH_YEAR.match(words):
        year, month = int(match[2]), int(match[1])
    elif match := _YEAR_MONTH.match(words):
        year, month = int(match[1]), int(match[2])
    elif (match := _NAMED.match(words)) and match[1][:3] in _MONTHS:
        if len(match[1]) > 3 and not _full_month(match[1]):
            return None
        year, month, day = int(match[3]), _MONTHS.index(match[1][:3]) + 1, int(match[2] or 1)
    else:
        return None
    low, high = DATE_YEARS
    if not low <= year <= high:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_month(word: str) -> bool:
    import calendar

    names = [n.lower() for n in calendar.month_name if n] + ["sept"]
    return word in names


def months_between(start: dt.date | None, end: dt.date | None) -> float | None:
    """Whole months, to one decimal, between two dates (None without a start)."""
    if start is None or end is None or end < start:
        return None
    return round((end - start).days / 30.44, 1)
