"""Experience steps: counted items, months part time (projects) or full time, a job kept.

A requirement of a number of items takes ideas from the catalog. A requirement of months
that accepts a part-time kind (a project, a competition, open-source work) is met by a
step of that kind on the study track, lasting the months missing at the weekly hours; one
that accepts only jobs and internships, by a full-time step; an employed person stays in
the job instead.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Final

from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import ExperienceRequirement, ProjectIdea
from skillgap.models.common import ExperienceKind, experience_kinds
from skillgap.models.result import ResourceRef
from skillgap.plan.calendar import _add_months
from skillgap.plan.ledger import _Ledger, _Step
from skillgap.plan.options import Constraints
from skillgap.scoring import rule
from skillgap.scoring.relevance import field_name
from skillgap.scoring.standing import ExperienceHeld

DEFAULT_PROJECT_HOURS: Final = 60.0
#: Experience counted in months (internships, jobs) is full-time work: its hours, for show.
HOURS_PER_MONTH: Final = 160.0
#: The kinds of experience done beside life, at the weekly hours: a months requirement
#: that accepts one of them is met by a part-time step of that kind, never a full-time one.
PART_TIME_KINDS: Final[tuple[ExperienceKind, ...]] = ("project", "competition", "open_source")
#: Weeks in a calendar month (a month of 30.44 days, as the calendar counts them).
WEEKS_PER_MONTH: Final = 30.44 / 7


def _ideas(
    index: CatalogIndex, kinds: Sequence[ExperienceKind], skip: frozenset[str]
) -> list[ProjectIdea]:
    ideas = [idea for idea in index.catalog.projects if idea.kind in kinds]
    full_time = {"internship", "job"} if "kind:full_time" in skip else set()
    allowed = [
        i
        for i in ideas
        if not ({f"idea:{i.id}", f"kind:{i.kind}"} & skip) and i.kind not in full_time
    ]
    return allowed or ideas


def _experience_steps(
    ledger: _Ledger,
    reqs: Sequence[ExperienceRequirement],
    wishes: Constraints,
    start_date: dt.date,
    per_week: float,
) -> list[_Step]:
    steps: list[_Step] = []
    used: set[str] = {e.title.casefold() for e in ledger.experience}
    planned = list(ledger.experience)
    for req in reqs:
        ideas = [
            i
            for i in _ideas(ledger.index, req.kinds, wishes.skip)
            if i.title.casefold() not in used
            and not (wishes.employed and i.kind in ("internship", "job"))
        ]
        mine = [e for e in planned if e.kind in req.kinds]
        if req.min_count is not None:
            for n in range(len(mine), req.min_count):
                idea = ideas.pop(0) if ideas else None
                kind = idea.kind if idea else req.kinds[0]
                title = idea.title if idea else f"A {kind.replace('_', '-')} of your own"
                held = ExperienceHeld(kind, title, idea.months or 1.0 if idea else 1.0)
                planned.append(held)
                used.add(title.casefold())
                steps.append(
                    _Step(
                        key=f"exp:{req.key}:{n}",
                        kind="experience",
                        target=idea.id if idea else req.key,
                        title=f"{kind.replace('_', ' ').capitalize()}: {title}",
                        hours=idea.effort_hours if idea else DEFAULT_PROJECT_HOURS,
                        note=f"the role wants {req.min_count} × {experience_kinds(req.kinds)}; "
                        f"you have {len(mine)}",
                        names=frozenset({f"kind:{kind}", *([f"idea:{idea.id}"] if idea else [])}),
                        experience=held,
                        resources=_idea_resources(idea),
                    )
                )
        else:
            assert req.min_months is not None
            credit = rule.experience_credit(req, planned)
            if rule.met(rule.credit_points(req, credit), rule.max_points(req)):
                continue
            # Up to the next hundredth of a month, so that the step meets it in full.
            have = rule.experience_amount(req, planned)
            missing = math.ceil(round((req.min_months - have) * 100, 6)) / 100
            note = f"the role wants {req.min_months:g} months of {experience_kinds(req.kinds)}"
            if wishes.employed:
                # A job is a track of its own: staying in it is how time in work grows,
                # and an employed person is never sent to an internship.
                if "job" in req.kinds:
                    steps.append(_job_step(ledger, req, missing, planned, start_date, note))
                continue
            # A kind the person skips is none they would do: the next kind, else full time.
            part_time = [
                k for k in req.kinds if k in PART_TIME_KINDS and f"kind:{k}" not in wishes.skip
            ]
            if part_time:
                step = _part_time_step(req.key, part_time, ideas, missing, per_week, note)
                assert step.experience is not None
                planned.append(step.experience)
                used.add(step.experience.title.casefold())
                steps.append(step)
                continue
            # A full-time step only when the requirement accepts no part-time kind.
            idea = next((i for i in ideas if i.months), ideas[0] if ideas else None)
            kind = idea.kind if idea else req.kinds[0]
            title = idea.title if idea else f"{kind.replace('_', ' ').capitalize()}"
            held = ExperienceHeld(kind, title, missing)
            planned.append(held)
            steps.append(
                _Step(
                    key=f"exp:{req.key}",
                    kind="experience",
                    target=idea.id if idea else req.key,
                    title=f"{title} ({missing:g} months, full time)",
                    hours=missing * HOURS_PER_MONTH,
                    track="full_time",
                    months=missing,
                    note=note,
                    names=frozenset(
                        {f"kind:{kind}", "kind:full_time", *([f"idea:{idea.id}"] if idea else [])}
                    ),
                    experience=held,
                    resources=_idea_resources(idea),
                )
            )
    return steps


def _part_time_step(
    key: str,
    kinds: Sequence[ExperienceKind],
    ideas: Sequence[ProjectIdea],
    missing: float,
    per_week: float,
    note: str,
) -> _Step:
    """Months of a part-time kind (a project, a competition, open-source work) as study.

    The first idea of the catalog of an accepted part-time kind (else "A project of your
    own"), on the study track at the weekly hours for the months missing: its hours are
    what those months take at the weekly hours, or the idea's effort when that is more
    (the step then lasts longer, and counts for the months it lasts).
    """
    idea = next((i for i in ideas if i.kind in kinds), None)
    kind = idea.kind if idea else kinds[0]
    title = idea.title if idea else f"A {kind.replace('_', '-')} of your own"
    effort = idea.effort_hours if idea else 0.0
    hours = max(math.ceil(round(missing * WEEKS_PER_MONTH * per_week, 6)), math.ceil(effort))
    months = missing
    if effort > missing * WEEKS_PER_MONTH * per_week:  # the idea takes longer: the months it lasts
        months = max(missing, math.floor(round(hours / per_week / WEEKS_PER_MONTH * 10, 6)) / 10)
    held = ExperienceHeld(kind, title, months)
    return _Step(
        key=f"exp:{key}",
        kind="experience",
        target=idea.id if idea else key,
        title=f"{kind.replace('_', ' ').capitalize()}: {title} "
        f"({months:g} months at your weekly hours)",
        hours=float(hours),
        months=months,
        note=f"{note}; a {kind.replace('_', '-')} beside your life counts for them",
        names=frozenset({f"kind:{kind}", *([f"idea:{idea.id}"] if idea else [])}),
        experience=held,
        resources=_idea_resources(idea),
    )


def _job_step(
    ledger: _Ledger,
    req: ExperienceRequirement,
    missing: float,
    planned: list[ExperienceHeld],
    start_date: dt.date,
    note: str,
) -> _Step:
    """Months of work for an employed person: stay in the job, or move to one that counts.

    The job held now counts as the requirement judges it (:func:`rule.relevance_credit`):
    in full, the missing months; half (a neighbouring field), twice as many; not at all (an
    analyst's job where ML product work is asked), staying gives nothing, so the step is a
    job in the field, full time, for the missing months, placed by the calendar as any
    full-time step is. A profile that says ``employed`` without naming its job is taken at
    its word: staying counts.
    """
    credits = [(rule.relevance_credit(req, e), e) for e in planned if e.ongoing and e.kind == "job"]
    credit, best = max(credits, key=lambda c: c[0], default=(1.0, None))
    if credit > 0:
        months = math.ceil(round(missing / credit * 100, 6)) / 100
        end = _add_months(start_date, months)
        fixed_end: dt.date | None = end  # staying is under way
        title = f"Stay in your job until {end.isoformat()[:7]} ({months:g} more months)"
        why = "the job you have gives them"
        if credit < 1:
            why = f"your job counts {credit:g} for them, so {months:g} months give {missing:g}"
        held = ExperienceHeld("job", "Your current job", months, fields=best.fields if best else ())
    else:
        assert best is not None  # no credit: a job is held, and the requirement names a field
        months = missing
        fixed_end = None  # a new job: placed by the calendar
        field = field_name(ledger.index, str(req.relevance))
        title = f"A job in {field} ({months:g} months, full time)"
        why = f"your job ({best.title}) is not {field}, so staying in it does not count"
        held = ExperienceHeld("job", f"A job in {field}", months)
    planned.append(held)
    return _Step(
        key=f"exp:{req.key}",
        kind="experience",
        target=req.key,
        title=title,
        hours=months * HOURS_PER_MONTH,
        track="full_time",
        months=months,
        fixed_end=fixed_end,
        note=f"{note}; {why}",
        names=frozenset({"kind:job"}),
        experience=held,
    )


def _idea_resources(idea: ProjectIdea | None) -> tuple[ResourceRef, ...]:
    if idea is None or not (idea.description or idea.url):
        return ()
    return (
        ResourceRef.model_construct(
            title=idea.description or idea.title, kind="practice", url=idea.url
        ),
    )
