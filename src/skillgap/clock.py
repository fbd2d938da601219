"""The one read of the clock: today's date, where a caller names no day.

Every result skillgap gives depends on a day (recency, expiry, the plan's dates), and the
same input must give the same output: so the day is an argument all the way down, and
only the edges fill it in when none is given. The command line reads it once per run
(``cli/options.py``, into :class:`~skillgap.assessing.requests.Dates`); a library call
that passes no ``as_of`` (the functions :mod:`skillgap.api` names, and a batch run)
reads it once, at its start, here. No other module reads the clock
(``tests/test_layout.py`` checks it).
"""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    """Today's date on this machine's clock."""
    return dt.date.today()


def or_today(day: dt.date | None) -> dt.date:
    """``day``, else today: the default of a library call that names no day."""
    return day if day is not None else today()
