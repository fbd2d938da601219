"""The learning plan: the quickest honest route to ready, on a real calendar. Pure: no I/O.

**Steps** come from the gaps (skills, certifications, experience, degrees) plus the
prerequisites those skills need. An any-of group is served by one member: the one
preferred (``prefer``), else the one with the fewest hours to the target from where the
person stands and from the levels the plan's other steps already reach (its missing
prerequisites counted), so a plan never raises TensorFlow to 2 and then switches to Keras.

**Three tracks** run side by side: weekly study (skills, certifications, projects:
``hours_per_week``), full-time experience (an internship of 3 months is 3 calendar
months from the start date), and degrees (one in progress runs from the start to its
``expected_end``, else half its nominal length; a new one takes its nominal length,
:data:`DEGREE_HOURS_PER_YEAR` hours a year, after the one before it).

**The route to ready** is computed exactly: of all the sets of steps that close every
blocker (with their prerequisites) and reach the role's ready score, the plan takes the
one ready on the earliest date; among those, the fewest study hours; then the fewest
track steps. It is found by branch and bound over the study steps for each choice of
track steps (a fractional-knapsack bound over score per hour prunes the search).

**Order:** the route comes first: steps already under way (``doing``), then the steps
that close blockers, then the rest of the route, each chosen by the most score per hour
and preceded by the prerequisites it still needs. The remaining gaps follow in the same
way. A step that adds nothing to the score never comes before ready (unless another step
of the route needs it first). ``hours_to_ready``, ``ready_on``, whether the target date is
reachable and the weekly hours that would make it all come from the route.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Final, Literal, NamedTuple

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.catalog.names import norm
from skillgap.models.catalog import (
    CertificationDef,
    CertificationRequirement,
    DegreeRequirement,
    ExperienceRequirement,
    ProjectIdea,
    Requirement,
    SkillRequirement,
    all_requirements,
)
from skillgap.models.common import (
    HOURS_PER_WEEK_RANGE,
    Category,
    ExperienceKind,
    check_plan_options,
    experience_kinds,
    level_label,
)
from skillgap.models.result import Plan, PlanStep, ResourceRef, SkippedStep, StepKind, Track
from skillgap.scoring import rule
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing

DEFAULT_HOURS_PER_WEEK: Final = 10.0
#: The fewest weekly hours a plan is laid out at (the profile field and the option alike).
MIN_HOURS_PER_WEEK: Final = HOURS_PER_WEEK_RANGE[0]
DEFAULT_CERTIFICATION_HOURS: Final = 60.0
DEFAULT_DEGREE_HOURS: Final = 2400.0
DEFAULT_PROJECT_HOURS: Final = 60.0
#: Experience counted in months (internships, jobs) is full-time work: its hours, for show.
HOURS_PER_MONTH: Final = 160.0
#: A year of full-time study: a degree rung of 2400 hours takes 18 calendar months.
DEGREE_HOURS_PER_YEAR: Final = 1600.0
#: Branch and bound stops after this many nodes and keeps the best route found; the
#: shipped catalog needs a few hundred at most.
SEARCH_BUDGET: Final = 200_000
#: More open study steps than this (a generated or hostile catalog) and the route is the
#: steps taken by score per hour until ready, not searched.
EXACT_LIMIT: Final = 64
#: Below the ready score by at most this much in exact arithmetic may still round up to it.
_ROUNDING_SLACK: Final = 0.12
#: A blocker touched by at most this many open steps gets an exact least cost in the
#: search's bound (2**n subsets); one touched by more, the cheapest single step.
_SUBSET_LIMIT: Final = 10


class Undatable(ValueError):
    """The plan's dates would run past the calendar's last day (9999-12-31)."""


class Constraints(NamedTuple):
    """What the person asked of the plan, as target keys (see :func:`target_keys`).

    ``skip``: never plan these; ``prefer``: the any-of member (or certification) to
    learn; ``doing``: steps already under way, kept and put first.
    """

    skip: frozenset[str] = frozenset()
    prefer: frozenset[str] = frozenset()
    doing: frozenset[str] = frozenset()


_NO_CONSTRAINTS: Final = Constraints()


@dataclass(frozen=True, slots=True)
class PlanOptions:
    r"""How to lay out the learning plan: from when, how many hours a week, which wishes.

    ``skip``, ``prefer`` and ``doing`` come from the command line and are added to the
    profile's ``plan:`` section. A frozen dataclass, as the library has always given it
    (``dataclasses.replace`` works); the one dataclass a run builds at import.

    >>> PlanOptions(dt.date(2026, 12, 1), hours_per_week=10).start_date
    datetime.date(2026, 12, 1)
    """

    start_date: dt.date
    hours_per_week: float | None = None
    skip: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()
    doing: tuple[str, ...] = ()
    #: False when the start date is today's by default (then a plan that runs past the
    #: calendar is blamed on the hours, not the date).
    start_date_given: bool = True

    def __post_init__(self) -> None:
        """The bounds the command line holds its options to, for library callers too."""
        check_plan_options(self.start_date, self.hours_per_week)


class _Step(NamedTuple):
    """A step before it is ordered and dated."""

    key: str
    kind: StepKind
    title: str
    target: str
    hours: float
    note: str
    deps: tuple[str, ...] = ()
    level_from: int | None = None
    level_to: int | None = None
    track: Track = "study"
    months: float | None = None  # calendar months on a full-time or degree track
    fixed_end: dt.date | None = None  # a degree in progress ends when it ends
    names: frozenset[str] = frozenset()  # target keys it can be skipped or marked by
    resources: tuple[ResourceRef, ...] = ()
    experience: ExperienceHeld | None = None
    degree: DegreeHeld | None = None

    @property
    def long_term(self) -> bool:
        return self.track != "study"

    @property
    def study_hours(self) -> float:
        return self.hours if self.track == "study" else 0.0


# --- names the person gives: skip / prefer / doing ---------------------------------------


def target_keys(index: CatalogIndex, name: str) -> frozenset[str]:
    """The target keys a name can mean: a skill, certification, degree, project idea or kind.

    Empty when the catalog knows no such thing.
    """
    keys: set[str] = set()
    if (skill := index.find_skill(name)) is not None:
        keys.add(f"skill:{skill}")
    if (cert := index.find_certification(name)) is not None:
        keys.add(f"cert:{cert}")
    if (degree := index.find_degree(name)) is not None:
        keys.add(f"degree:{degree}")
    wanted = norm(name)
    for idea in index.catalog.projects:
        if wanted in (norm(idea.id), norm(idea.title)):
            keys.add(f"idea:{idea.id}")
    for kind in ("project", "internship", "open_source", "job", "competition"):
        if wanted == norm(kind):
            keys.add(f"kind:{kind}")
    return frozenset(keys)


#: Wishes that cannot both hold: a step is not skipped and preferred, nor skipped and under way.
_CONFLICTS: Final = (("skip", "prefer"), ("skip", "doing"))


def wish_conflicts(
    found: dict[str, list[frozenset[str]]],
) -> list[tuple[str, int, str, int]]:
    """Pairs of wishes that contradict each other, ``(section, i, earlier section, j)``.

    ``found``: each section's target keys, item by item. The later item of a pair is the
    one named, so the problem points at the second time a thing is mentioned.
    """
    out = []
    for first, second in _CONFLICTS:
        for i, keys in enumerate(found.get(second, [])):
            for j, other in enumerate(found.get(first, [])):
                if keys & other:
                    out.append((second, i, first, j))
                    break
    return out


def suggest_target(index: CatalogIndex, name: str) -> str | None:
    """The closest skill, certification or degree name, for a "did you mean"."""
    return (
        index.suggest_skill(name) or index.suggest_certification(name) or index.suggest_degree(name)
    )


# --- a standing improved step by step -----------------------------------------------------


class _Frame:
    """What does not change while planning: the role's requirements, their worth and reach.

    ``value``: the overall-score points one point of each requirement earns
    (:func:`rule.point_values`), what the plan rates a step's gain by.
    """

    # _Frame and _Ledger are plain classes: a dataclass costs more to make at import than
    # a run spends in them.
    __slots__ = ("by_target", "index", "reqs", "role", "value", "worth")

    def __init__(self, role: ResolvedRole, index: CatalogIndex) -> None:
        self.role = role
        self.index = index
        self.reqs = all_requirements(self.role.requirements)
        # The requirements a step can touch, by what the step gives (see :func:`_gives`):
        # a skill or certification by its id, experience by its kind, any degree.
        self.by_target: dict[tuple[str, str], list[Requirement]] = {}
        for req in self.reqs:
            if isinstance(req, SkillRequirement):
                targets = [("skill", m) for m in rule.skill_members(req)]
            elif isinstance(req, CertificationRequirement):
                targets = [("certification", c) for c in req.any_of]
            elif isinstance(req, ExperienceRequirement):
                targets = [("experience", k) for k in req.kinds]
            else:
                targets = [("degree", "")]
            for target in dict.fromkeys(targets):
                self.by_target.setdefault(target, []).append(req)
        self.worth = {r.key: (rule.CATEGORY_OF[type(r)], rule.max_points(r)) for r in self.reqs}
        worths: dict[Category, float] = {}
        for cat, pts in self.worth.values():
            worths[cat] = worths.get(cat, 0.0) + pts
        per_point = rule.point_values(rule.shares(self.role.weights, worths), worths)
        self.value = {key: per_point[cat] for key, (cat, _) in self.worth.items()}

    def touched(self, step: _Step) -> list[Requirement]:
        """The requirements whose points a step can change, in requirement order."""
        return self.by_target.get(_gives(step), [])

    def met(self, key: str, points: float) -> bool:
        """Whether these points meet requirement ``key`` (the rule's test)."""
        return rule.met(points, self.worth[key][1])

    def score(self, points: dict[str, float]) -> float:
        """The overall score of these points, by the rule."""
        sums: dict[Category, tuple[float, float]] = {}
        for key, (cat, worth) in self.worth.items():
            got, possible = sums.get(cat, (0.0, 0.0))
            sums[cat] = (got + points[key], possible + worth)
        return rule.overall(sums, self.role.weights)

    def blockers(self, points: dict[str, float]) -> list[str]:
        return [
            r.key
            for r in self.reqs
            if r.importance == "essential" and not self.met(r.key, points[r.key])
        ]

    def ready(self, points: dict[str, float]) -> bool:
        score = self.score(points)
        return rule.readiness(score, self.blockers(points), self.role.ready_score) == "ready"


class _Ledger:
    """A standing being improved step by step, scored by the rule."""

    __slots__ = ("certifications", "degrees", "experience", "frame", "points", "skills")

    def __init__(
        self,
        frame: _Frame,
        skills: dict[str, int],
        degrees: list[DegreeHeld],
        certifications: list[str],
        experience: list[ExperienceHeld],
        points: dict[str, float] | None = None,
    ) -> None:
        self.frame = frame
        self.skills = skills
        self.degrees = degrees
        self.certifications = certifications
        self.experience = experience
        self.points: dict[str, float] = {} if points is None else points

    @classmethod
    def start(cls, standing: Standing, frame: _Frame) -> _Ledger:
        ledger = cls(
            frame,
            dict(standing.skills),
            list(standing.degrees),
            list(standing.certifications),
            list(standing.experience),
        )
        ledger.points = {r.key: ledger.earned(r) for r in frame.reqs}
        return ledger

    @property
    def index(self) -> CatalogIndex:
        return self.frame.index

    def copy(self) -> _Ledger:
        return _Ledger(
            self.frame,
            dict(self.skills),
            list(self.degrees),
            list(self.certifications),
            list(self.experience),
            dict(self.points),
        )

    def standing(self) -> Standing:
        return Standing(
            "", self.skills, tuple(self.degrees), tuple(self.certifications), tuple(self.experience)
        )

    def earned(self, req: Requirement) -> float:
        return rule.requirement_points(req, self.standing(), self.index)

    def met(self, req: Requirement) -> bool:
        """Whether the standing so far meets ``req`` (the rule's test, on its points)."""
        return self.frame.met(req.key, self.points[req.key])

    def apply(self, step: _Step) -> None:
        """What a step gives, and the points of the requirements it touches after it."""
        self.give(step)
        for req in self.frame.touched(step):
            self.points[req.key] = self.earned(req)

    def give(self, step: _Step) -> None:
        """What a step gives: the only place a step changes a standing (points aside)."""
        if step.kind == "skill" and step.level_to is not None:
            self.skills[step.target] = max(self.skills.get(step.target, 0), step.level_to)
        elif step.kind == "certification":
            self.certifications.append(step.target)
        elif step.experience is not None:
            self.experience.append(step.experience)
        elif step.degree is not None:
            self.degrees = [
                d for d in self.degrees if not (d.degree == step.target and not d.completed)
            ]
            self.degrees.append(step.degree)

    def score(self) -> float:
        return self.frame.score(self.points)

    def ready(self) -> bool:
        return self.frame.ready(self.points)


def _gives(step: _Step) -> tuple[str, str]:
    """What a step gives, as :class:`_Frame` indexes the requirements it can touch."""
    if step.experience is not None:
        return "experience", step.experience.kind
    if step.kind == "degree":
        return "degree", ""
    return step.kind, step.target


# --- steps from the gaps ------------------------------------------------------------------


def _resources(index: CatalogIndex, skill_id: str) -> tuple[ResourceRef, ...]:
    return tuple(
        ResourceRef(title=r.title, kind=r.kind, provider=r.provider, url=r.url)
        for r in index.skills[skill_id].resources
    )


def _hours(index: CatalogIndex, skill_id: str, start: int, target: int) -> float:
    skill = index.skills[skill_id]
    return float(sum(skill.step_hours(level) for level in range(start, target)))


def _climb(
    index: CatalogIndex, skill_id: str, level: int, reached: dict[str, int], skip: frozenset[str]
) -> float:
    """Hours to bring ``skill_id`` to ``level`` from ``reached``, prerequisites included.

    ``math.inf`` when a skill on the way is skipped. ``reached`` is updated in place.
    """
    have = reached.get(skill_id, 0)
    if have >= level:
        return 0.0
    if f"skill:{skill_id}" in skip:
        return math.inf
    hours = 0.0
    for pre in index.skills[skill_id].prerequisites:
        hours += _climb(index, pre.skill, pre.level, reached, skip)
    reached[skill_id] = level
    return hours + _hours(index, skill_id, have, level)


def _skill_steps(
    ledger: _Ledger, reqs: Sequence[SkillRequirement], wishes: Constraints
) -> list[_Step]:
    """A step per skill to raise, prerequisites included (closed over, cycle-free catalog).

    Single-skill requirements (and their prerequisites) are planned first; each any-of
    group then takes the preferred member, else the one that needs the fewest hours from
    the levels reached so far.
    """
    index, have = ledger.index, ledger.skills
    targets: dict[str, int] = {}
    why: dict[str, list[str]] = {}
    reached = dict(have)

    def want(skill_id: str, level: int, reason: str) -> None:
        if level > targets.get(skill_id, 0) and level > have.get(skill_id, 0):
            targets[skill_id] = level
        if reason not in why.setdefault(skill_id, []):
            why[skill_id].append(reason)
        # Prerequisites, closed over: a skill never comes before what it needs.
        for pre in index.skills[skill_id].prerequisites:
            if max(have.get(pre.skill, 0), targets.get(pre.skill, 0)) < pre.level:
                want(
                    pre.skill,
                    pre.level,
                    f"prerequisite: {index.skill_name(skill_id)} needs "
                    f"{index.skill_name(pre.skill)} at {level_label(pre.level)} first",
                )
        reached[skill_id] = max(reached.get(skill_id, 0), level)

    open_reqs = [r for r in reqs if not ledger.met(r)]
    for req in open_reqs:
        if req.skill:
            want(
                req.skill,
                req.level,
                f"the role needs {index.skill_name(req.skill)} at {level_label(req.level)}",
            )
    for req in open_reqs:
        if req.skill:
            continue
        members = rule.skill_members(req)
        if any(reached.get(m, 0) >= req.level for m in members):
            continue  # another step already brings a member to the level
        pick = _pick_member(index, req, members, reached, wishes)
        want(
            pick,
            req.level,
            f"the role needs {req.name or index.skill_name(pick)} at {level_label(req.level)}",
        )
    steps = []
    for skill_id, target in targets.items():
        start = have.get(skill_id, 0)
        deps = tuple(
            f"skill:{p.skill}"
            for p in index.skills[skill_id].prerequisites
            if have.get(p.skill, 0) < p.level
        )
        steps.append(
            _Step(
                key=f"skill:{skill_id}",
                kind="skill",
                target=skill_id,
                title=f"Raise {index.skill_name(skill_id)} from {start} to {target}",
                hours=_hours(index, skill_id, start, target),
                note="; ".join(why[skill_id]),
                deps=deps,
                level_from=start,
                level_to=target,
                names=frozenset({f"skill:{skill_id}"}),
                resources=_resources(index, skill_id),
            )
        )
    return steps


def _pick_member(
    index: CatalogIndex,
    req: SkillRequirement,
    members: list[str],
    reached: dict[str, int],
    wishes: Constraints,
) -> str:
    """The preferred member, else the fewest hours from ``reached``; ties: listed first."""
    for m in members:
        if f"skill:{m}" in wishes.prefer and f"skill:{m}" not in wishes.skip:
            return m
    costs = [_climb(index, m, req.level, dict(reached), wishes.skip) for m in members]
    if all(math.isinf(c) for c in costs):  # every member skipped: plan one, to list it skipped
        costs = [_climb(index, m, req.level, dict(reached), frozenset()) for m in members]
    return min(members, key=lambda m: (costs[members.index(m)], members.index(m)))


def _current(cert: CertificationDef) -> bool:
    """Whether a certification can still be earned: a retired one is never suggested."""
    return cert.is_current


def _certification_steps(
    ledger: _Ledger, reqs: Sequence[CertificationRequirement], wishes: Constraints
) -> list[_Step]:
    """A certification per unmet group: the preferred one, else the quickest current one."""
    steps: list[_Step] = []
    for req in reqs:
        if ledger.met(req):
            continue
        certs = [ledger.index.certifications[c] for c in req.any_of]
        current = [c for c in certs if _current(c)]
        if not current:
            continue  # none can be earned any more: nothing to suggest
        allowed = [c for c in current if f"cert:{c.id}" not in wishes.skip] or current
        preferred = [c for c in allowed if f"cert:{c.id}" in wishes.prefer]
        pick = min(
            preferred or allowed,
            key=lambda c: (c.effort_hours or DEFAULT_CERTIFICATION_HOURS, req.any_of.index(c.id)),
        )
        if any(s.target == pick.id for s in steps):
            continue
        resources = (ResourceRef(title=pick.name, kind="docs", provider=pick.issuer, url=pick.url),)
        reason = "the one you prefer" if preferred else "the quickest to earn"
        steps.append(
            _Step(
                key=f"cert:{pick.id}",
                kind="certification",
                target=pick.id,
                title=f"Earn {pick.name}",
                hours=pick.effort_hours or DEFAULT_CERTIFICATION_HOURS,
                note=f"one of {len(certs)} accepted for '{req.name or req.key}', and {reason}",
                names=frozenset({f"cert:{pick.id}"}),
                resources=resources,
            )
        )
    return steps


def _ideas(
    index: CatalogIndex, kinds: Sequence[ExperienceKind], skip: frozenset[str]
) -> list[ProjectIdea]:
    ideas = [idea for idea in index.catalog.projects if idea.kind in kinds]
    allowed = [i for i in ideas if not ({f"idea:{i.id}", f"kind:{i.kind}"} & skip)]
    return allowed or ideas


def _experience_steps(
    ledger: _Ledger, reqs: Sequence[ExperienceRequirement], wishes: Constraints
) -> list[_Step]:
    steps: list[_Step] = []
    used: set[str] = {e.title.casefold() for e in ledger.experience}
    planned = list(ledger.experience)
    for req in reqs:
        ideas = [
            i
            for i in _ideas(ledger.index, req.kinds, wishes.skip)
            if i.title.casefold() not in used
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
                    note=(
                        f"the role wants {req.min_months:g} months of {experience_kinds(req.kinds)}"
                    ),
                    names=frozenset({f"kind:{kind}", *([f"idea:{idea.id}"] if idea else [])}),
                    experience=held,
                    resources=_idea_resources(idea),
                )
            )
    return steps


def _idea_resources(idea: ProjectIdea | None) -> tuple[ResourceRef, ...]:
    if idea is None or not (idea.description or idea.url):
        return ()
    return (ResourceRef(title=idea.description or idea.title, kind="practice", url=idea.url),)


def _degree_months(hours: float) -> float:
    return hours / DEGREE_HOURS_PER_YEAR * 12


def _degree_steps(
    ledger: _Ledger, reqs: Sequence[DegreeRequirement], start_date: dt.date
) -> list[_Step]:
    index = ledger.index
    steps: list[_Step] = []
    rank_done = max((index.degree_rank[d.degree] for d in ledger.degrees if d.completed), default=0)
    previous: str | None = None
    for req in sorted(reqs, key=lambda r: index.degree_rank[r.level]):
        if ledger.met(req):
            continue
        need = index.degree_rank[req.level]
        ladder = index.catalog.degrees
        ongoing = next(
            (
                d
                for d in ledger.degrees
                if not d.completed
                and d.degree == req.level
                and (not req.fields or d.field in req.fields)
            ),
            None,
        )
        rungs = ladder[min(rank_done, need - 1) : need]
        hours = sum(r.effort_hours or DEFAULT_DEGREE_HOURS for r in rungs)
        months: float | None = _degree_months(hours)
        fixed_end: dt.date | None = None
        field_id = req.fields[0] if req.fields else None
        field_name = index.fields[field_id].name if field_id else None
        if ongoing is not None:
            # Under way: it runs from the start to its expected end, else half its length.
            nominal = ladder[need - 1].effort_hours or DEFAULT_DEGREE_HOURS
            hours = nominal / 2
            months = None
            fixed_end = ongoing.expected_end or _add_months(start_date, _degree_months(hours))
            fixed_end = max(fixed_end, start_date)
            field_id, field_name = ongoing.field, ongoing.field_text
            field_name = index.fields[field_id].name if field_id else field_name
        name = index.degrees[req.level].name
        steps.append(
            _Step(
                key=f"degree:{req.key}",
                kind="degree",
                target=req.level,
                title=("Finish your " if ongoing else "Earn a ")
                + name
                + (f" in {field_name}" if field_name else ""),
                hours=hours,
                track="degree",
                months=months,
                fixed_end=fixed_end,
                deps=(previous,) if previous else (),
                note="a degree you are taking: it ends when it ends"
                if ongoing
                else "a degree is a long-term step: years, not weeks",
                names=frozenset({f"degree:{req.level}"}),
                degree=DegreeHeld(req.level, field_id, field_name, True),
            )
        )
        previous = f"degree:{req.key}"
        rank_done = max(rank_done, need)
    return steps


# --- the calendar -------------------------------------------------------------------------


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


# --- the route: exact, by branch and bound ------------------------------------------------


class _Model:
    """Steps as bits, requirements as points looked up by the bits of the steps touching them."""

    def __init__(self, base: _Ledger, steps: Sequence[_Step]) -> None:
        self.base = base
        self.frame = base.frame
        self.steps = list(steps)
        self.bit = {s.key: i for i, s in enumerate(steps)}
        self.deps = [sum(1 << self.bit[d] for d in s.deps if d in self.bit) for s in steps]
        reqs = self.frame.reqs
        self.keys = [r.key for r in reqs]
        self.cats = [self.frame.worth[k][0] for k in self.keys]
        number = {id(r): n for n, r in enumerate(reqs)}
        #: Per step, the requirements it touches (in requirement order); per requirement,
        #: the steps touching it (a bit mask).
        self.touches = [sorted(number[id(r)] for r in self.frame.touched(s)) for s in steps]
        self.touch = [0] * len(reqs)
        for i, touched in enumerate(self.touches):
            for r in touched:
                self.touch[r] |= 1 << i
        self.shares = [self.frame.value[k] for k in self.keys]
        self.worths = [self.frame.worth[k][1] for k in self.keys]
        self.essential = [i for i, r in enumerate(reqs) if r.importance == "essential"]
        self.ready_score = self.frame.role.ready_score
        self._memo: list[dict[int, float]] = [{} for _ in reqs]
        self._met: list[dict[int, bool]] = [{} for _ in reqs]
        self._dependents: dict[int, int] = {}
        self._least: dict[tuple[int, int, int], float] = {}

    def points(self, r: int, applied: int) -> float:
        """Points of requirement ``r`` once the steps in ``applied`` are done."""
        mask = applied & self.touch[r]
        memo = self._memo[r]
        found = memo.get(mask)
        if found is None:
            if not mask:
                found = memo[mask] = self.base.points[self.keys[r]]
                return found
            # Every step in ``mask`` touches ``r``: its points after the last of them are
            # its points on the final standing, so they are computed once, there.
            ledger = self.base.copy()
            for i, step in enumerate(self.steps):
                if mask >> i & 1:
                    ledger.give(step)
            found = memo[mask] = ledger.earned(self.frame.reqs[r])
        return found

    def met(self, r: int, applied: int) -> bool:
        """Whether requirement ``r`` is met once the steps in ``applied`` are done."""
        mask = applied & self.touch[r]
        memo = self._met[r]
        found = memo.get(mask)
        if found is None:
            found = memo[mask] = rule.met(self.points(r, mask), self.worths[r])
        return found

    def essentials_met(self, applied: int) -> bool:
        return all(self.met(r, applied) for r in self.essential)

    def score(self, applied: int) -> float:
        """:meth:`_Frame.score` of the points after ``applied`` (the same sums, in order)."""
        sums: dict[Category, tuple[float, float]] = {}
        for r, cat in enumerate(self.cats):
            got, possible = sums.get(cat, (0.0, 0.0))
            sums[cat] = (got + self.points(r, applied), possible + self.worths[r])
        return rule.overall(sums, self.frame.role.weights)

    def ready(self, applied: int) -> bool:
        """:meth:`_Frame.ready`: a blocker rules ready out, so it is checked before the score."""
        if not self.essentials_met(applied):
            return False
        return rule.readiness(self.score(applied), (), self.ready_score) == "ready"

    def gain(self, j: int, applied: int) -> float:
        """Overall-score points step ``j`` adds on top of ``applied`` (before rounding)."""
        after = applied | 1 << j
        return sum(
            (self.points(r, after) - self.points(r, applied)) * self.shares[r]
            for r in self.touches[j]
        )

    def exact(self, applied: int) -> float:
        return sum(self.points(r, applied) * s for r, s in enumerate(self.shares))

    def closure(self, keys: Iterable[int]) -> int:
        mask = 0
        pending = list(keys)
        while pending:
            j = pending.pop()
            if not mask >> j & 1:
                mask |= 1 << j
                pending.extend(i for i in range(len(self.steps)) if self.deps[j] >> i & 1)
        return mask

    def least_to_meet(self, r: int, applied: int, reach: int) -> float:
        """The fewest study hours of steps in ``reach`` that meet ``r`` on top of ``applied``.

        A lower bound for any route from ``applied``: only steps touching ``r`` change its
        points, so a route that meets it takes one of these sets (their dependencies cost
        more still). Exact over the subsets when few steps touch ``r``; else the cheapest
        single step, which is a weaker bound but still one. inf when none meets it.
        """
        reach &= self.touch[r]
        key = (r, applied & self.touch[r], reach)
        found = self._least.get(key)
        if found is not None:
            return found
        bits = [j for j in range(len(self.steps)) if reach >> j & 1]
        hours = [self.steps[j].study_hours for j in bits]
        if len(bits) > _SUBSET_LIMIT:
            found = min(hours, default=math.inf)
        else:
            found = math.inf
            # Subset by subset, each made from a smaller one and its lowest step.
            masks = [0] * (1 << len(bits))
            spent = [0.0] * (1 << len(bits))
            for chosen in range(1, 1 << len(bits)):
                low = chosen & -chosen
                i = low.bit_length() - 1
                masks[chosen] = masks[chosen ^ low] | 1 << bits[i]
                spent[chosen] = spent[chosen ^ low] + hours[i]
                if spent[chosen] < found and self.met(r, applied | masks[chosen]):
                    found = spent[chosen]
        self._least[key] = found
        return found

    def dependents(self, j: int) -> int:
        """``j`` and every step that needs it, directly or not."""
        found = self._dependents.get(j)
        if found is None:
            found = self._dependents[j] = self._needing(j)
        return found

    def _needing(self, j: int) -> int:
        mask = 1 << j
        grew = True
        while grew:
            grew = False
            for i, deps in enumerate(self.deps):
                if deps & mask and not mask >> i & 1:
                    mask |= 1 << i
                    grew = True
        return mask


def _least_hours(
    model: _Model, base: int, candidates: Sequence[int], cap: float = math.inf
) -> tuple[float, int] | None:
    """The fewest study hours (and the steps) that make ``base`` ready in under ``cap``.

    None when no set of ``candidates`` does.

    Steps without which no blocker can close are taken first. Then depth-first over
    ``candidates`` (dependencies before dependents), taking a step before leaving it out;
    a branch is cut when it cannot be ready even with every step still open, or when a
    fractional knapsack over score per hour (a step's gain only shrinks as others are
    added) says it cannot beat the best route found. Interchangeable steps (same hours,
    same gain, each alone on a requirement of the same worth) are tried in one order only.
    """
    steps = model.steps
    hours = [steps[j].study_hours for j in range(len(steps))]
    everything = base | sum(1 << j for j in candidates)
    if not model.ready(everything):
        return None
    for j in candidates:  # a step no route to ready can do without
        if not model.essentials_met(everything & ~model.dependents(j)):
            base |= model.closure([j])
    candidates = [j for j in candidates if not base >> j & 1]
    fixed = _hours_of(base, hours)
    spent, applied = _incumbent(model, base, candidates, hours)
    best: tuple[float, int] | None = (spent, applied) if spent < cap else None
    if len(candidates) > EXACT_LIMIT:  # a hostile catalog: keep the incumbent
        return best
    later_twins = _twins(model, base, candidates)
    limit = best[0] if best else cap
    nodes = 0
    target = model.ready_score - _ROUNDING_SLACK
    # A step's gain changes only when a step touching one of its requirements is taken.
    touched = {j: set(model.touches[j]) for j in candidates}
    neighbours = {
        j: [k for k in candidates if k != j and touched[k] & touched[j]] for j in candidates
    }

    # The candidates from the i-th on, as a bit mask.
    suffix = [0] * (len(candidates) + 1)
    for k in range(len(candidates) - 1, -1, -1):
        suffix[k] = suffix[k + 1] | 1 << candidates[k]

    def bound(
        applied: int, exact: float, i: int, dead: int, gains: dict[int, float], budget: float
    ) -> float:
        """Hours still needed at least, or inf when no set of open steps can be ready.

        The open steps are the candidates from the i-th on that are not ``dead``; once the
        bound reaches ``budget`` (what a better route may still spend), it is not refined.
        """
        reach = suffix[i] & ~dead
        # Each blocker still open needs a set of the open steps touching it.
        floor = 0.0
        for r in model.essential:
            if not model.met(r, applied):
                floor = max(floor, model.least_to_meet(r, applied, reach))
                if floor >= budget:
                    return floor
        need = target - exact
        if need <= 0:
            return floor
        rated = sorted(
            (hours[j] / gain, gain, hours[j])
            for j in candidates[i:]
            if not dead >> j & 1 and (gain := gains[j]) > 0
        )
        total = 0.0
        for _, gain, h in rated:
            if gain >= need:
                return max(floor, total + h * need / gain)
            need -= gain
            total += h
        return math.inf

    def search(
        i: int, applied: int, spent: float, exact: float, dead: int, gains: dict[int, float]
    ) -> None:
        nonlocal best, limit, nodes
        nodes += 1
        if spent >= limit - 1e-9:
            return
        if exact >= target and model.ready(applied):
            best, limit = (spent, applied), spent
            return
        if i == len(candidates) or nodes > SEARCH_BUDGET:
            return
        if spent + bound(applied, exact, i, dead, gains, limit - spent) >= limit - 1e-9:
            return
        j = candidates[i]
        if not (dead >> j & 1) and (model.deps[j] & ~applied) == 0:
            taken = applied | 1 << j
            after = dict(gains)
            for k in neighbours[j]:
                after[k] = model.gain(k, taken)
            search(i + 1, taken, spent + hours[j], exact + gains[j], dead, after)
        search(
            i + 1, applied, spent, exact, dead | model.dependents(j) | later_twins.get(j, 0), gains
        )

    search(0, base, fixed, model.exact(base), 0, {j: model.gain(j, base) for j in candidates})
    return best


def _hours_of(mask: int, hours: Sequence[float]) -> float:
    return sum(h for i, h in enumerate(hours) if mask >> i & 1)


def _incumbent(
    model: _Model, base: int, candidates: Sequence[int], hours: Sequence[float]
) -> tuple[float, int]:
    """A first route: steps by rate until ready, then any that can go without losing ready."""
    applied = base
    for j in candidates:
        if model.ready(applied):
            break
        applied |= 1 << j
    for j in reversed(candidates):
        if applied >> j & 1 and model.ready(less := applied & ~model.dependents(j)):
            applied = less
    return _hours_of(applied, hours), applied


def _twins(model: _Model, base: int, candidates: Sequence[int]) -> dict[int, int]:
    """For each step, the later candidates interchangeable with it (as a bit mask).

    Leaving a step out then leaves its later twins out too: a route with a later twin
    and without this one costs and scores the same with the two swapped.
    """
    needed = set()
    for deps in model.deps:
        needed |= {i for i in range(len(model.steps)) if deps >> i & 1}
    alone: dict[int, tuple[object, ...]] = {}
    for j in candidates:
        touches = model.touches[j]
        if model.deps[j] or j in needed or len(touches) != 1:
            continue
        r = touches[0]
        if model.touch[r] != 1 << j:
            continue
        after = model.points(r, base | 1 << j) - model.points(r, base)
        alone[j] = (
            model.steps[j].hours,
            model.cats[r],
            model.worths[r],
            round(after, 9),
            round(model.points(r, base), 9),
            r in model.essential,
        )
    twins: dict[int, int] = {}
    order = list(candidates)
    for a, j in enumerate(order):
        if j in alone:
            twins[j] = sum(1 << k for k in order[a + 1 :] if alone.get(k) == alone[j])
    return twins


def _by_rate(model: _Model, base: int, keys: Sequence[int]) -> list[int]:
    """``keys`` with dependencies first, otherwise by score per hour on top of ``base``."""
    rate = {
        j: (model.gain(j, base) / model.steps[j].hours if model.steps[j].hours else 0.0)
        for j in keys
    }
    # Each time, the best rate (then the lowest index) among the steps none of whose
    # dependencies is still waiting: a heap of those, fed as their dependencies are taken.
    left = set(keys)
    waiting = dict.fromkeys(left, 0)
    needed_by: dict[int, list[int]] = {k: [] for k in left}
    for j in left:
        deps, k = model.deps[j], 0
        while deps:
            if deps & 1 and k in left:
                waiting[j] += 1
                needed_by[k].append(j)
            deps >>= 1
            k += 1
    heap = [(-rate[j], j) for j in left if not waiting[j]]
    heapq.heapify(heap)
    out: list[int] = []
    while heap:
        _, j = heapq.heappop(heap)
        out.append(j)
        for k in needed_by[j]:
            waiting[k] -= 1
            if not waiting[k]:
                heapq.heappush(heap, (-rate[k], k))
    if len(out) != len(left):
        raise ValueError("plan steps that depend on each other in a cycle")
    return out


class _Route(NamedTuple):
    """The steps of the quickest route to ready, as a bit mask of the model's steps."""

    mask: int
    ready_on: dt.date
    study_hours: float


def _track_choices(
    model: _Model, forced: int, allowed: int, start_date: dt.date
) -> list[tuple[dt.date, int]]:
    """Every set of track steps a route can take, with the day the last of them ends.

    A step comes with the ones it follows; the richest sets first, so the best route is
    found early and caps the search of the others.
    """
    steps = model.steps
    tracks = [j for j in range(len(steps)) if steps[j].track != "study" and allowed >> j & 1]
    choices: list[tuple[dt.date, int]] = []
    for size in range(len(tracks) + 1):
        for combo in combinations(tracks, size):
            chosen = sum(1 << j for j in combo)
            if model.closure(combo) & ~chosen & ~forced or len(choices) >= 64:
                continue  # a track step without the one it follows
            ends = _dates([steps[j] for j in combo], start_date, 1.0)
            choices.append((max((d.end for d in ends), default=start_date), chosen))
    gains = {c: model.exact(forced | c) for _, c in choices}
    return sorted(choices, key=lambda c: (-round(gains[c[1]], 9), c[0]))


def _study(model: _Model, allowed: int) -> list[int]:
    return [j for j, s in enumerate(model.steps) if s.track == "study" and allowed >> j & 1]


def _route(
    model: _Model,
    forced: int,
    allowed: int,
    start_date: dt.date,
    per_week: float,
) -> _Route | None:
    """Exact: for each choice of track steps, the fewest study hours; the earliest date wins."""
    steps = model.steps
    best: _Route | None = None
    for end, chosen in _track_choices(model, forced, allowed, start_date):
        if best is not None and end > best.ready_on:
            continue
        cap = math.inf
        if best is not None:  # only a route ready by the best date can win
            cap = (best.ready_on - start_date).days * per_week / 7 + 1e-6
        base = forced | chosen
        order = [j for j in _by_rate(model, base, _study(model, allowed)) if not base >> j & 1]
        found = _least_hours(model, base, order, cap)
        if found is None:
            continue
        spent, mask = found
        picked = [steps[j] for j in range(len(steps)) if mask >> j & 1]
        dated = _dates(sorted(picked, key=lambda s: s.track != "study"), start_date, per_week)
        ready_on = max((d.end for d in dated), default=start_date)
        if best is None or (ready_on, spent) < (best.ready_on, best.study_hours):
            best = _Route(mask, ready_on, spent)
    return best


def _hours_by(
    model: _Model, forced: int, allowed: int, start_date: dt.date, by: dt.date
) -> float | None:
    """The fewest study hours of a route whose track steps all end by ``by`` (None: none)."""
    best: float | None = None
    for end, chosen in _track_choices(model, forced, allowed, start_date):
        if end > by:
            continue
        base = forced | chosen
        order = [j for j in _by_rate(model, base, _study(model, allowed)) if not base >> j & 1]
        found = _least_hours(model, base, order, math.inf if best is None else best)
        if found is not None:
            best = found[0]
    return best


# --- order ----------------------------------------------------------------------------------


def _bundle(key: str, steps: dict[str, _Step], done: set[str]) -> list[str]:
    """``key`` with the steps it still depends on, dependencies first."""
    order: list[str] = []
    if key in done:
        return order
    seen = {key}
    # Depth-first with an explicit stack: a (cycle-free) chain of prerequisites is
    # bounded by the catalog's rules, but the stack should not be what bounds it.
    stack: list[tuple[str, Iterator[str]]] = [(key, iter(steps[key].deps))]
    while stack:
        k, deps = stack[-1]
        dep = next(deps, None)
        if dep is None:
            stack.pop()
            order.append(k)
        elif dep not in done and dep not in seen:
            seen.add(dep)
            stack.append((dep, iter(steps[dep].deps)))
    return order


_Class = Literal["doing", "blocker", "route", "rest"]
_REASON: Final[dict[_Class, str]] = {
    "doing": "you have started it, so it comes first",
    "blocker": "it closes a blocker: the quickest route to ready takes it early",
    "route": "on the quickest route to ready: the most score per hour of its open steps",
    "rest": "after ready: the most score per hour of the open steps",
}


def _ordered(
    ledger: _Ledger, steps: Sequence[_Step], pool: set[str], klass: _Class
) -> list[tuple[_Step, str]]:
    """The steps of ``pool`` in order, applied to ``ledger`` as they are taken.

    Each time, the bundle (a step and the prerequisites it still needs) with the most
    score per hour; with ``klass`` "blocker", bundles that close a blocker go first.
    """
    frame = ledger.frame
    by_key = {s.key: s for s in steps}
    rank = {s.key: i for i, s in enumerate(steps)}
    share = frame.value
    done = {k for k in by_key if k not in pool}
    out: list[tuple[_Step, str]] = []
    # A bundle's rating holds until a step it shares a requirement or a step with is taken.
    cache: dict[str, tuple[list[str], set[str], float, tuple[bool, float, int]]] = {}
    while any(k not in done for k in pool):
        best: tuple[tuple[bool, float, int], list[str], float] | None = None
        blockers = set(frame.blockers(ledger.points))
        for key in pool:
            if key in done:
                continue
            if key not in cache:
                keys = _bundle(key, by_key, done)
                trial = ledger.copy()
                for k in keys:
                    trial.apply(by_key[k])
                reached = {r.key for k in keys for r in frame.touched(by_key[k])}
                gain = sum((trial.points[r] - ledger.points[r]) * share[r] for r in reached)
                hours = sum(by_key[k].study_hours for k in keys)
                closes = klass == "blocker" and any(
                    r in blockers and frame.met(r, trial.points[r]) for r in reached
                )
                rate = round(gain / hours, 12) if hours else (math.inf if gain > 0 else 0.0)
                cache[key] = (keys, reached, gain, (closes, rate, -rank[key]))
            keys, _, gain, candidate = cache[key]
            if best is None or candidate > best[0]:
                best = (candidate, keys, gain)
        assert best is not None
        (closes, _, _), keys, gain = best
        taken = set(keys)
        touched = {r.key for k in keys for r in frame.touched(by_key[k])}
        cache = {
            key: entry
            for key, entry in cache.items()
            if key not in taken and not entry[1] & touched and not taken & set(entry[0])
        }
        head = by_key[keys[-1]]
        why = _REASON[klass if klass != "blocker" or closes else "route"]
        for k in keys:
            step = by_key[k]
            if k == head.key:
                reason = f"{step.note}; {why}" + (
                    " (counting the prerequisites before it)" if len(keys) > 1 else ""
                )
                if gain <= 0:
                    reason = f"{step.note}; it adds no score by itself"
            else:
                reason = f"{step.note}; placed before '{head.title}', which needs it"
            ledger.apply(step)
            done.add(k)
            out.append((step, reason))
    return out


def _greedy(ledger: _Ledger, steps: Sequence[_Step]) -> list[_Step]:
    """The old rule, kept to measure against: every step by score per hour, nothing first."""
    return [s for s, _ in _ordered(ledger, steps, {s.key for s in steps}, "rest")]


# --- the plan ---------------------------------------------------------------------------------


def _steps(
    ledger: _Ledger,
    role: ResolvedRole,
    wishes: Constraints,
    start_date: dt.date,
) -> list[_Step]:
    reqs = role.requirements
    return [
        *_skill_steps(ledger, reqs.skills, wishes),
        *_certification_steps(ledger, reqs.certifications, wishes),
        *_experience_steps(ledger, reqs.experience, wishes),
        *_degree_steps(ledger, reqs.education, start_date),
    ]


def _skipped(steps: Sequence[_Step], skip: frozenset[str]) -> set[str]:
    """The steps the person skips, and the steps that need one of them."""
    out = {s.key for s in steps if s.names & skip}
    grew = True
    while grew:
        more = {s.key for s in steps if s.key not in out and set(s.deps) & out}
        grew = bool(more)
        out |= more
    return out


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
    steps = _steps(ledger, role, Constraints(), start_date)
    if ledger.ready():
        return start_date, 0.0
    order = _greedy(ledger.copy(), steps)
    for n in range(1, len(order) + 1):
        ledger.apply(order[n - 1])
        if ledger.ready():
            done = order[:n]
            dated = _dates(
                sorted(done, key=lambda s: s.track != "study"), start_date, hours_per_week
            )
            return max(d.end for d in dated), sum(s.study_hours for s in done)
    return None


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
    frame = _Frame(role, index)
    ledger = _Ledger.start(standing, frame)
    steps = _steps(ledger, role, constraints, start_date)
    skipped = _skipped(steps, constraints.skip)
    kept = [s for s in steps if s.key not in skipped]
    model = _Model(ledger, kept)
    doing = [j for j, s in enumerate(kept) if s.names & constraints.doing]
    forced = model.closure(doing)
    allowed = (1 << len(kept)) - 1
    route = None if ledger.ready() else _route(model, forced, allowed, start_date, hours_per_week)
    on_route = {kept[j].key for j in range(len(kept)) if route and route.mask >> j & 1}
    forced_keys = {kept[j].key for j in range(len(kept)) if forced >> j & 1}

    work = ledger.copy()
    ordered = [
        *_ordered(work, kept, forced_keys, "doing"),
        *_ordered(work, kept, on_route - forced_keys, "blocker"),
        *_ordered(work, kept, {s.key for s in kept} - on_route - forced_keys, "rest"),
    ]
    order = [s for s, _ in ordered]
    dated = _dates(order, start_date, hours_per_week)

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
            PlanStep(
                number=number,
                kind=step.kind,
                track=step.track,
                title=step.title,
                target=step.target,
                level_from=step.level_from,
                level_to=step.level_to,
                effort_hours=step.hours,
                score_gain=round(after - before, 1),
                score_after=after,
                start=when.start,
                end=when.end,
                long_term=step.long_term,
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
    total = sum(s.study_hours for s in kept)
    complete_on = max([start_date, *(d.end for d in dated)])
    reachable: bool | None = None
    needed: float | None = None
    if target_date is not None and target_date >= start_date:
        reachable = ready_on is not None and ready_on <= target_date
        days = (target_date - start_date).days
        if not reachable and days > 0:
            least = _hours_by(model, forced, allowed, start_date, target_date)
            if least:
                needed = math.ceil(least * 7 / days * 10) / 10
    lost = [
        SkippedStep(
            title=s.title, target=s.target, score_gain=_would_add(ledger, s, steps, skipped)
        )
        for s in steps
        if s.key in skipped
    ]
    return Plan(
        start_date=start_date,
        hours_per_week=hours_per_week,
        hours_per_week_from=hours_from,
        total_hours=total,
        steps=planned,
        ready_after_step=ready_after,
        hours_to_ready=hours_to_ready,
        ready_on=ready_on,
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
            f"Ready on {ready_on.isoformat()} (after step {ready_after}, "
            f"{hours_to_ready:g} study hours)."
        )
    elif skipped:
        parts.append("Without the steps you skip, the role's ready rule cannot be met.")
    else:
        parts.append("The role's ready rule cannot be met with the steps the catalog offers.")
    if steps:
        parts.append(f"Every gap closed on {complete_on.isoformat()}.")
    if skipped:
        parts.append(f"Skipped: {len(skipped)} step(s).")
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
