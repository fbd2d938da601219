"""What the person asks of the plan (the profile's ``plan:`` and the options), and the plan.

The wishes become target keys; the weekly hours come from the option, else the profile.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal

from skillgap.catalog.index import CatalogIndex
from skillgap.errors import InputError, UsageError
from skillgap.inputs.loader import Document
from skillgap.models.profile import Profile
from skillgap.plan import (
    DEFAULT_HOURS_PER_WEEK,
    MIN_HOURS_PER_WEEK,
    Constraints,
    PlanOptions,
    ReadyFigures,
    Undatable,
    build_plan,
    profile_wishes,
    ready_figures,
    target_keys,
    unknown_target,
    wish_conflicts,
)

if TYPE_CHECKING:
    from skillgap.catalog.index import ResolvedRole
    from skillgap.models.result import Plan
    from skillgap.scoring.standing import Standing


def place(document: Document | None, loc: tuple[str | int, ...]) -> tuple[str, int, int]:
    """File, line and column of a profile value (``<profile>`` 0:0 without a document)."""
    if document is None:
        return "<profile>", 0, 0
    return (document.source, *document.positions.locate(loc))


def plan_constraints(
    index: CatalogIndex,
    profile: Profile,
    plan: PlanOptions,
    document: Document | None = None,
) -> Constraints:
    """The profile's ``plan:`` wishes and the options' as target keys.

    An unknown name is an error: in the profile, with its position (exit 3); in an
    option, a usage error (exit 2).
    """
    wishes = profile.plan
    keys, items = profile_wishes(index, profile, document)
    named = {s: [f"plan.{s} '{n}'" for n in getattr(wishes, s)] if wishes else [] for s in keys}
    for section in keys:
        for name in getattr(plan, section):
            found = target_keys(index, name)
            if not found:
                message, hint = unknown_target(index, name)
                raise UsageError(f"--{section}: {message}", hint)
            keys[section] |= found
            items.setdefault(section, []).append(found)
            named[section].append(f"--{section} '{name}'")
    # An option that contradicts another, or the profile: refused as the profile's own are.
    for section, i, other, j in wish_conflicts(items):
        raise UsageError(
            f"{named[section][i]} contradicts {named[other][j]}: a step cannot be both",
            f"keep one of the two (--{section} or --{other})",
        )
    return Constraints(
        skip=frozenset(keys["skip"]),
        prefer=frozenset(keys["prefer"]),
        doing=frozenset(keys["doing"]),
        employed=bool(profile.employed)
        or any(e.kind == "job" and e.end is None for e in profile.experience),
    )


def learning_plan(
    profile: Profile,
    standing: Standing,
    resolved: ResolvedRole,
    index: CatalogIndex,
    plan: PlanOptions,
    document: Document | None = None,
) -> Plan:
    """The plan from ``standing`` to ``resolved``, at the option's or the profile's hours."""
    hours, source = weekly_hours(profile, plan)
    with _dated(plan, source, document):
        return build_plan(
            standing,
            resolved,
            index,
            start_date=plan.start_date,
            hours_per_week=hours,
            hours_from=source,
            target_date=profile.target_date,
            constraints=plan_constraints(index, profile, plan, document),
        )


def plan_figures(
    profile: Profile,
    standing: Standing,
    resolved: ResolvedRole,
    index: CatalogIndex,
    plan: PlanOptions,
    document: Document | None = None,
) -> tuple[ReadyFigures, float]:
    """What :func:`learning_plan`'s plan says of time to ready, and its weekly hours.

    ``match`` prints only these: the route, its order and its calendar are the plan's,
    but no step is written out and no target date searched (see
    :func:`~skillgap.plan.ready_figures`). The same errors as :func:`learning_plan`.
    """
    hours, source = weekly_hours(profile, plan)
    with _dated(plan, source, document):
        figures = ready_figures(
            standing,
            resolved,
            index,
            start_date=plan.start_date,
            hours_per_week=hours,
            constraints=plan_constraints(index, profile, plan, document),
        )
    return figures, hours


@contextmanager
def _dated(
    plan: PlanOptions, source: Literal["option", "profile", "default"], document: Document | None
) -> Iterator[None]:
    """A plan that cannot be dated (:class:`Undatable`) as the user's error it is."""
    try:
        yield
    except Undatable as e:
        raise _undatable(plan, source, document) from e


def weekly_hours(
    profile: Profile, plan: PlanOptions
) -> tuple[float, Literal["option", "profile", "default"]]:
    """The plan's weekly hours (the option's, else the profile's, else the default) and whence."""
    source: Literal["option", "profile", "default"] = "default"
    hours = DEFAULT_HOURS_PER_WEEK
    if plan.hours_per_week is not None:
        hours, source = plan.hours_per_week, "option"
    elif profile.hours_per_week is not None:
        hours, source = profile.hours_per_week, "profile"
    if hours < MIN_HOURS_PER_WEEK:
        raise UsageError(
            f"{hours:g} hours a week is too few to plan with",
            f"give at least {MIN_HOURS_PER_WEEK:g} hour a week",
        )
    return hours, source


def _undatable(
    plan: PlanOptions, source: Literal["option", "profile", "default"], doc: Document | None
) -> InputError | UsageError:
    """A plan that runs past 9999-12-31: blame what the person can change."""
    message = "the plan does not fit in the calendar: its dates would run past 9999-12-31"
    if source == "profile" and not plan.start_date_given and doc is not None:
        return InputError(
            [doc.problem(("hours_per_week",), message, hint="give more hours a week")]
        )
    return UsageError(message, "start earlier (--start-date) or give more --hours-per-week")
