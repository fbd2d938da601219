"""The old greedy order (every step by score per hour, nothing first): the plan's yardstick.

``bench/bench_route.py`` measures the route against it, and ``tests/test_plan.py`` holds
the route to never being later than it. Not the plan's code: the plan never uses it.
"""

from __future__ import annotations

import datetime as dt

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.plan.calendar import _dates
from skillgap.plan.ledger import _Frame, _Ledger
from skillgap.plan.options import Constraints
from skillgap.plan.order import _ordered
from skillgap.plan.steps import _steps
from skillgap.scoring.standing import Standing


def greedy_ready(
    standing: Standing,
    role: ResolvedRole,
    index: CatalogIndex,
    *,
    start_date: dt.date,
    hours_per_week: float,
) -> tuple[dt.date, float] | None:
    """When the old greedy order (score per hour only) is ready, and after how many hours.

    What the route is measured against; None when it is never ready.
    """
    frame = _Frame(role, index)
    ledger = _Ledger.start(standing, frame)
    steps = _steps(ledger, role, Constraints(), start_date, hours_per_week)
    if ledger.ready():
        return start_date, 0.0
    order = [
        s
        for s, _ in _ordered(
            ledger.copy(), steps, {s.key for s in steps}, "rest", importance_first=False
        )
    ]
    for n in range(1, len(order) + 1):
        ledger.apply(order[n - 1])
        if ledger.ready():
            done = order[:n]
            dated = _dates(
                sorted(done, key=lambda s: s.track != "study"), start_date, hours_per_week
            )
            return max(d.end for d in dated), sum(s.study_hours for s in done)
    return None
