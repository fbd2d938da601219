"""The plan built: steps, the route, the order and the calendar, as the result model."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import Final, Literal, NamedTuple

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.models.result import Plan, PlanStep, SkippedStep
from skillgap.plan.calendar import _Dated, _dates, about
from skillgap.plan.ledger import _Frame, _Ledger, _Model, _Step
from skillgap.plan.options import _NO_CONSTRAINTS, MAX_HOURS_PER_WEEK, Constraints
from skillgap.plan.order import _bundle, _ordered
from skillgap.plan.route import _per_week_by, _route
from skillgap.plan.steps import _skipped, _steps_at
from skillgap.scoring.standing import Standing

WISH: Final = "skipped at your wish"
LEAVE_JOB: Final = "a new degree would mean leaving your job"
NOT_NEEDED: Final = "years of full-time work or study that no route to ready needs"
#: Rounds of making the steps again at the weekly hours advised (a project grows with them).
PACED_ROUNDS: Final = 20


class _Layout(NamedTuple):
    """A plan before it is written out: its steps in order and on the calendar."""

    frame: _Frame
    ledger: _Ledger  # the standing at the start, walked through the steps by the caller
    steps_at: Callable[[float], list[_Step]]  # the steps made again at other weekly hours
    steps: list[_Step]  # every step, those left out included
    why: dict[str, str]  # the steps left out, with why
    left_out: frozenset[str]  # those left out before the route was searched
    model: _Model
    forced: int
    allowed: int
    ordered: list[tuple[_Step, str]]
    dated: list[_Dated]


def _lay_out(
    standing: Standing,
    role: ResolvedRole,
    index: CatalogIndex,
    start_date: dt.date,
    hours_per_week: float,
    constraints: Constraints,
) -> _Layout:
    """The steps, the route to ready, their order and their dates."""
    frame = _Frame(role, index)
    ledger = _Ledger.start(standing, frame)
    steps_at = _steps_at(ledger.copy(), role, constraints, start_date)
    steps = steps_at(hours_per_week)
    why = _left_out(steps, constraints)
    kept = [s for s in steps if s.key not in why]
    # The model keeps a standing of its own: the ledger below is walked through the steps.
    model = _Model(ledger.copy(), kept)
    left_out = frozenset(why)
    doing = [j for j, s in enumerate(kept) if s.names & constraints.doing or s.underway]
    forced = model.closure(doing)
    allowed = (1 << len(kept)) - 1
    route = None if ledger.ready() else _route(model, forced, allowed, start_date, hours_per_week)
    on_route = {kept[j].key for j in range(len(kept)) if route and route.mask >> j & 1}
    forced_keys = {kept[j].key for j in range(len(kept)) if forced >> j & 1}
    # Years of full-time work or study are given only when the route to ready needs them.
    spare = {s.key for s in kept if s.long_term} - on_route - forced_keys
    for key in _skipped(kept, frozenset(f"step:{k}" for k in spare)):
        why[key] = NOT_NEEDED
    kept = [s for s in kept if s.key not in why]

    work = ledger.copy()
    ordered = [
        *_ordered(work, kept, forced_keys, "doing"),
        *_ordered(work, kept, on_route - forced_keys, "blocker"),
        *_ordered(work, kept, {s.key for s in kept} - on_route - forced_keys, "rest"),
    ]
    dated = _dates([s for s, _ in ordered], start_date, hours_per_week)
    return _Layout(
        frame, ledger, steps_at, steps, why, left_out, model, forced, allowed, ordered, dated
    )


class ReadyFigures(NamedTuple):
    """What a plan says of time to ready, without the plan (see :func:`ready_figures`)."""

    hours_to_ready: float | None
    total_hours: float
    ready_on: dt.date | None
    months_to_ready: float | None


def ready_figures(
    standing: Standing,
    role: ResolvedRole,
    index: CatalogIndex,
    *,
    start_date: dt.date,
    hours_per_week: float,
    constraints: Constraints = _NO_CONSTRAINTS,
) -> ReadyFigures:
    """The plan's hours to ready, total hours, ready date and months, as :func:`build_plan`.

    The same route, order and calendar, but no step written out, no summary, no skipped
    step weighed and no target date searched: what ``match`` prints of each role.
    Raises :class:`Undatable` as :func:`build_plan` does.
    """
    lay = _lay_out(standing, role, index, start_date, hours_per_week, constraints)
    ledger = lay.ledger
    total = sum(s.study_hours for s, _ in lay.ordered)
    if ledger.ready():
        return ReadyFigures(0.0, total, start_date, _months(start_date, start_date))
    studied = 0.0
    latest = start_date
    for (step, _), when in zip(lay.ordered, lay.dated, strict=True):
        ledger.apply(step)
        studied += step.study_hours
        latest = max(latest, when.end)
        if ledger.ready():
            return ReadyFigures(studied, total, latest, _months(start_date, latest))
    return ReadyFigures(None, total, None, None)


def build_plan(
    standing: Standing,
    role: ResolvedRole,
    index: CatalogIndex,
    *,
    start_date: dt.date,
    hours_per_week: float,
    hours_from: Literal["option", "profile", "default"] = "default",
    target_date: dt.date | None = None,
    constraints: Constraints = _NO_CONSTRAINTS,
) -> Plan:
    """The ordered, dated plan: the quickest route to ready first, then every other gap.

    Raises :class:`Undatable` when a date would fall after 9999-12-31.
    """
    lay = _lay_out(standing, role, index, start_date, hours_per_week, constraints)
    frame, ledger, steps, why, model = lay.frame, lay.ledger, lay.steps, lay.why, lay.model
    forced, allowed, ordered, dated = lay.forced, lay.allowed, lay.ordered, lay.dated
    order = [s for s, _ in ordered]

    def model_at(per_week: float) -> _Model:
        """The same steps at other weekly hours (a part-time project's hours grow with them)."""
        again = lay.steps_at(per_week)
        return model.retimed([s for s in again if s.key not in lay.left_out])

    numbers: dict[str, int] = {}
    planned: list[PlanStep] = []
    after = ledger.score()
    ready_after: int | None = 0 if ledger.ready() else None
    studied = 0.0
    hours_to_ready: float | None = 0.0 if ready_after == 0 else None
    ready_on: dt.date | None = start_date if ready_after == 0 else None
    latest = start_date
    for number, ((step, reason), when) in enumerate(zip(ordered, dated, strict=True), start=1):
        before = after
        ledger.apply(step)
        after = ledger.score()
        studied += step.study_hours
        latest = max(latest, when.end)
        numbers[step.key] = number
        planned.append(
            PlanStep.model_construct(
                number=number,
                kind=step.kind,
                track=step.track,
                title=step.title,
                target=step.target,
                level_from=step.level_from,
                level_to=step.level_to,
                effort_hours=float(step.hours),  # a whole number of hours is still a float
                score_gain=round(after - before, 1),
                score_after=after,
                start=when.start,
                end=when.end,
                long_term=step.long_term,
                underway=step.fixed_end is not None,
                experience_kind=step.experience.kind if step.experience else None,
                months=step.experience.months if step.experience else step.months,
                field=step.degree.field if step.degree else None,
                serves=[r.key for r in frame.touched(step)],
                after=sorted(numbers[d] for d in step.deps if d in numbers),
                why=reason,
                resources=list(step.resources),
            )
        )
        if ready_after is None and ledger.ready():
            ready_after, hours_to_ready, ready_on = number, studied, latest
    total = sum(s.study_hours for s in order)
    complete_on = max([start_date, *(d.end for d in dated)])
    reachable, needed = _target(model, forced, allowed, start_date, target_date, ready_on, model_at)
    lost = [
        SkippedStep.model_construct(
            title=s.title,
            target=s.target,
            score_gain=_would_add(ledger, s, steps, set(why)),
            why=why[s.key],
        )
        for s in steps
        if s.key in why
    ]
    months = None if ready_on is None else _months(start_date, ready_on)
    return Plan.model_construct(
        start_date=start_date,
        hours_per_week=float(hours_per_week),  # 10 from a library caller is 10.0
        hours_per_week_from=hours_from,
        total_hours=total,
        steps=planned,
        ready_after_step=ready_after,
        hours_to_ready=hours_to_ready,
        ready_on=ready_on,
        months_to_ready=months,
        complete_on=complete_on,
        target_date=target_date,
        target_reachable=reachable,
        hours_per_week_needed=needed,
        skipped=lost,
        summary=_summary(
            planned,
            total,
            ready_after,
            ready_on,
            complete_on,
            target_date,
            reachable,
            needed,
            hours_per_week,
            hours_to_ready,
            start_date,
            lost,
        ),
    )


def _target(
    model: _Model,
    forced: int,
    allowed: int,
    start_date: dt.date,
    target_date: dt.date | None,
    ready_on: dt.date | None,
    model_at: Callable[[float], _Model],
) -> tuple[bool | None, float | None]:
    """Whether the target date is reachable, else the weekly hours that would make it."""
    if target_date is None or target_date < start_date:
        return None, None
    reachable = ready_on is not None and ready_on <= target_date
    if reachable or target_date == start_date:
        return reachable, None
    return reachable, _weekly_hours(model, forced, allowed, start_date, target_date, model_at)


def _weekly_hours(
    model: _Model,
    forced: int,
    allowed: int,
    start_date: dt.date,
    target_date: dt.date,
    model_at: Callable[[float], _Model],
) -> float | None:
    """The weekly hours at which the plan is ready by ``target_date``; None: none will do.

    The fewest of a route the plan would take (:func:`_per_week_by`), to the tenth. A
    part-time project lasts its months whatever the weekly hours (more hours a week, more
    hours in it): the steps are made again at the hours found, until those hold. Never
    more than the plan itself is laid out at (:data:`MAX_HOURS_PER_WEEK`).
    """
    least = _per_week_by(model, forced, allowed, start_date, target_date)
    if least is None:
        return None
    needed = math.ceil(round(least * 10, 6)) / 10
    if any(s.paced for s in model.steps):
        for _ in range(PACED_ROUNDS):
            if needed > MAX_HOURS_PER_WEEK:
                return None
            least = _per_week_by(model_at(needed), forced, allowed, start_date, target_date)
            if least is None:
                return None
            if least <= needed:
                break
            needed = math.ceil(round(least * 10, 6)) / 10
        else:  # still rising: the project alone takes about all the time there is
            return None
    return needed if needed <= MAX_HOURS_PER_WEEK else None


def _left_out(steps: Sequence[_Step], constraints: Constraints) -> dict[str, str]:
    """The steps left out before the route is searched, each with why."""
    why = dict.fromkeys(_skipped(steps, constraints.skip), WISH)
    if constraints.employed:  # a new degree would mean leaving the job
        for key in _skipped(steps, frozenset({"kind:degree"})) - why.keys():
            why[key] = LEAVE_JOB
    return why


def _months(start: dt.date, end: dt.date) -> float:
    """Calendar months from ``start`` to ``end``, to a tenth (a month of 30.44 days)."""
    return round((end - start).days / 30.44, 1)


def _would_add(ledger: _Ledger, step: _Step, steps: Sequence[_Step], skipped: set[str]) -> float:
    """The score a skipped step (with the skipped steps it needs) would add at the plan's end."""
    by_key = {s.key: s for s in steps}
    trial = ledger.copy()
    before = trial.score()
    for k in _bundle(step.key, by_key, {s.key for s in steps if s.key not in skipped}):
        trial.apply(by_key[k])
    return round(trial.score() - before, 1)


def _summary(
    steps: Sequence[PlanStep],
    total: float,
    ready_after: int | None,
    ready_on: dt.date | None,
    complete_on: dt.date,
    target: dt.date | None,
    reachable: bool | None,
    needed: float | None,
    per_week: float,
    hours_to_ready: float | None,
    start_date: dt.date,
    skipped: Sequence[SkippedStep],
) -> str:
    if not steps and not skipped:
        return "Nothing to learn: every requirement of the role is met."
    parts = [f"{len(steps)} steps, {total:g} study hours at {per_week:g} h/week."]
    if ready_after == 0:
        parts.append("You are ready already; the steps close the remaining gaps.")
    elif ready_on is not None:
        parts.append(
            f"Ready in about {about(start_date, ready_on)} at {per_week:g} h/week, "
            f"on {ready_on.isoformat()} "
            f"(after step {ready_after}, {hours_to_ready:g} study hours)."
        )
    elif any(s.why == WISH for s in skipped):
        parts.append("Without the steps you skip, the role's ready rule cannot be met.")
    elif skipped:
        parts.append("Without leaving your job, the role's ready rule cannot be met.")
    else:
        parts.append("The role's ready rule cannot be met with the steps the catalog offers.")
    parts.extend(_open(steps, complete_on, skipped))
    if target is not None:
        if target < start_date:
            parts.append(f"Your target date {target.isoformat()} is in the past.")
        elif reachable:
            parts.append(f"Your target date {target.isoformat()} is reachable.")
        elif needed is not None:
            parts.append(
                f"Your target date {target.isoformat()} is not reachable at "
                f"{per_week:g} h/week; {needed:g} h/week would make it."
            )
        else:
            parts.append(f"Your target date {target.isoformat()} is not reachable.")
    return " ".join(parts)


def _open(
    steps: Sequence[PlanStep], complete_on: dt.date, skipped: Sequence[SkippedStep]
) -> list[str]:
    """When the steps end, and what stays open: never "every gap closed" when one is not."""
    if not skipped:
        return [f"Every gap closed on {complete_on.isoformat()}."] if steps else []
    named = "; ".join(f"{s.title} (+{s.score_gain:g}: {s.why})" for s in skipped[:3])
    more = f"; and {len(skipped) - 3} more" if len(skipped) > 3 else ""
    ends = [f"The planned steps end on {complete_on.isoformat()}."] if steps else []
    return [*ends, f"Left open: {named}{more}."]
