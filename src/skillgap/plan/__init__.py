"""The learning plan: the quickest honest route to ready, on a real calendar. Pure: no I/O.

Steps come from the gaps (``steps``); the route to ready is the set of them ready on the
earliest date, found exactly (``route``); the route comes first in the order (``order``);
three tracks put every step on the calendar (``calendar``); ``build`` makes the result.

**The modules**, each importing only those before it: ``options`` (what the person asks),
``ledger`` (a step, and a standing improved step by step, scored by the rule),
``calendar`` (dates), ``steps`` (steps from the gaps), ``route`` (the exact search),
``order`` (the order of the steps) and ``build`` (the plan as the result model). Names
with a leading underscore are the package's own: its modules share them (and the bench and
the tests look inside); the public names are re-exported here, each module imported when one
of its names is first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for the type checker; at run time, __getattr__ imports on first use
    from skillgap.plan.build import ReadyFigures, build_plan, ready_figures
    from skillgap.plan.experience import DEFAULT_PROJECT_HOURS, HOURS_PER_MONTH
    from skillgap.plan.options import (
        DEFAULT_HOURS_PER_WEEK,
        MIN_HOURS_PER_WEEK,
        Constraints,
        PlanOptions,
        Undatable,
        profile_wishes,
        suggest_target,
        target_keys,
        unknown_target,
        wish_conflicts,
    )
    from skillgap.plan.route import EXACT_LIMIT, SEARCH_BUDGET
    from skillgap.plan.steps import (
        DEFAULT_CERTIFICATION_HOURS,
        DEFAULT_DEGREE_HOURS,
        DEGREE_HOURS_PER_YEAR,
    )

__all__ = [
    "DEFAULT_CERTIFICATION_HOURS",
    "DEFAULT_DEGREE_HOURS",
    "DEFAULT_HOURS_PER_WEEK",
    "DEFAULT_PROJECT_HOURS",
    "DEGREE_HOURS_PER_YEAR",
    "EXACT_LIMIT",
    "HOURS_PER_MONTH",
    "MIN_HOURS_PER_WEEK",
    "SEARCH_BUDGET",
    "Constraints",
    "PlanOptions",
    "ReadyFigures",
    "Undatable",
    "build_plan",
    "profile_wishes",
    "ready_figures",
    "suggest_target",
    "target_keys",
    "unknown_target",
    "wish_conflicts",
]


def __getattr__(name: str) -> object:
    """A public name, from the module that defines it (a package init imports nothing)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from skillgap.plan import build, experience, options, route, steps

    for module in (options, steps, experience, route, build):
        if name in vars(module):
            value: object = vars(module)[name]
            globals()[name] = value  # asked once: later lookups find it here
            return value
    raise AssertionError(f"{name} is in __all__ but in no module")  # pragma: no cover
