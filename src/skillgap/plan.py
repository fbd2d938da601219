"""The learning plan: what to learn next, in what order, by when. Pure: no I/O.

Steps come from the gaps (skills, certifications, experience, degrees) plus the
prerequisites those skills need. Ordering is greedy: among the steps whose
prerequisites are done, the next is the one that adds the most score per hour
of effort, counting the prerequisites it still needs with it (so a prerequisite
comes just before the step that needs it). Ties go to the catalog's order.
The steps are then laid on the calendar at the person's weekly hours.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Final, Literal

from skillgap import engine
from skillgap.catalog import CatalogIndex, ResolvedRole
from skillgap.models.catalog import (
    CertificationRequirement,
    DegreeRequirement,
    ExperienceRequirement,
    ProjectIdea,
    Requirement,
    SkillRequirement,
    all_requirements,
)
from skillgap.models.common import Category, ExperienceKind, level_label
from skillgap.models.result import Plan, PlanStep, ResourceRef, StepKind
from skillgap.standing import DegreeHeld, ExperienceHeld, Standing

DEFAULT_HOURS_PER_WEEK: Final = 10.0
DEFAULT_CERTIFICATION_HOURS: Final = 60.0
DEFAULT_DEGREE_HOURS: Final = 2400.0
DEFAULT_PROJECT_HOURS: Final = 60.0
#: Experience counted in months (internships, jobs) is full-time work.
HOURS_PER_MONTH: Final = 160.0

CATEGORY_OF: Final[dict[type, Category]] = {
    SkillRequirement: "skills",
    DegreeRequirement: "education",
    CertificationRequirement: "certifications",
    ExperienceRequirement: "experience",
}


@dataclass(frozen=True)
class _Step:
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
    long_term: bool = False
    resources: tuple[ResourceRef, ...] = ()
    experience: ExperienceHeld | None = None
    degree: DegreeHeld | None = None


@dataclass
class _Frame:
    """What does not change while planning: the role's requirements, their worth and reach."""

    role: ResolvedRole
    index: CatalogIndex
    reqs: list[Requirement] = field(default_factory=list)
    worth: dict[str, tuple[Category, float]] = field(default_factory=dict)
    reach: dict[str, list[Requirement]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reqs = all_requirements(self.role.requirements)
        self.worth = {r.key: (CATEGORY_OF[type(r)], engine.max_points(r)) for r in self.reqs}

    def touched(self, step: _Step) -> list[Requirement]:
        """The requirements whose points a step can change (computed once per step)."""
        if step.key not in self.reach:
            self.reach[step.key] = [r for r in self.reqs if _touches(r, step)]
        return self.reach[step.key]


@dataclass
class _Ledger:
    """A standing being improved step by step, scored with the engine's rule and rounding."""

    frame: _Frame
    skills: dict[str, int]
    degrees: list[DegreeHeld]
    certifications: list[str]
    experience: list[ExperienceHeld]
    points: dict[str, float] = field(default_factory=dict)

    @classmethod
    def start(cls, standing: Standing, role: ResolvedRole, index: CatalogIndex) -> _Ledger:
        ledger = cls(
            _Frame(role, index),
            dict(standing.skills),
            list(standing.degrees),
            list(standing.certifications),
            list(standing.experience),
        )
        ledger.points = {r.key: ledger.earned(r) for r in ledger.frame.reqs}
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
        return engine.round_points(engine.requirement_points(req, self.standing(), self.index))

    def apply(self, step: _Step) -> None:
        if step.kind == "skill" and step.level_to is not None:
            self.skills[step.target] = max(self.skills.get(step.target, 0), step.level_to)
        elif step.kind == "certification":
            self.certifications.append(step.target)
        elif step.experience is not None:
            self.experience.append(step.experience)
        elif step.degree is not None:
            self.degrees.append(step.degree)
        for req in self.frame.touched(step):
            self.points[req.key] = self.earned(req)

    def score(self) -> float:
        sums: dict[Category, tuple[float, float]] = {}
        for key, (cat, worth) in self.frame.worth.items():
            got, possible = sums.get(cat, (0.0, 0.0))
            sums[cat] = (got + self.points[key], possible + worth)
        weighed = engine.weigh(sums, self.frame.role.weights).values()
        return engine.weighted_mean([s for s, _ in weighed], [w for _, w in weighed])

    def blockers(self) -> list[str]:
        return [
            r.key
            for r in self.frame.reqs
            if r.importance == "essential" and self.points[r.key] < self.frame.worth[r.key][1]
        ]

    def ready(self, score: float) -> bool:
        """Whether the readiness rule says ready at ``score`` (this ledger's own score)."""
        return engine.readiness(score, self.blockers(), self.frame.role.ready_score) == "ready"


def _touches(req: Requirement, step: _Step) -> bool:
    """Whether applying ``step`` can change the points of ``req``."""
    if isinstance(req, SkillRequirement):
        return step.kind == "skill" and step.target in engine.skill_members(req)
    if isinstance(req, CertificationRequirement):
        return step.kind == "certification" and step.target in req.any_of
    if isinstance(req, ExperienceRequirement):
        return step.experience is not None and step.experience.kind in req.kinds
    return step.kind == "degree"


def _resources(index: CatalogIndex, skill_id: str) -> tuple[ResourceRef, ...]:
    return tuple(
        ResourceRef(title=r.title, kind=r.kind, provider=r.provider, url=r.url)
        for r in index.skills[skill_id].resources
    )


def _skill_steps(ledger: _Ledger, reqs: Sequence[SkillRequirement]) -> list[_Step]:
    """A step per skill to raise, prerequisites included (closed over, cycle-free catalog)."""
    index, have = ledger.index, ledger.skills
    targets: dict[str, int] = {}
    why: dict[str, str] = {}
    for req in reqs:
        if engine.skill_points(req, have) >= engine.max_points(req):
            continue
        members = engine.skill_members(req)
        # Learn the member closest to the target; ties: fewest hours, then listed first.
        pick = min(
            members,
            key=lambda m: (
                -min(have.get(m, 0), req.level),
                _hours(index, m, have.get(m, 0), req.level),
                members.index(m),
            ),
        )
        if req.level > targets.get(pick, 0):
            targets[pick] = req.level
            name = req.name or index.skill_name(pick)
            why.setdefault(pick, f"the role needs {name} at {level_label(req.level)}")
    pending = list(targets)
    while pending:
        skill_id = pending.pop(0)
        for pre in index.skills[skill_id].prerequisites:
            if have.get(pre.skill, 0) < pre.level and targets.get(pre.skill, 0) < pre.level:
                targets[pre.skill] = pre.level
                why.setdefault(
                    pre.skill,
                    f"prerequisite: {index.skill_name(skill_id)} needs "
                    f"{index.skill_name(pre.skill)} at {level_label(pre.level)} first",
                )
                pending.append(pre.skill)
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
                note=why[skill_id],
                deps=deps,
                level_from=start,
                level_to=target,
                resources=_resources(index, skill_id),
            )
        )
    return steps


def _hours(index: CatalogIndex, skill_id: str, start: int, target: int) -> float:
    skill = index.skills[skill_id]
    return float(sum(skill.step_hours(level) for level in range(start, target)))


def _certification_steps(ledger: _Ledger, reqs: Sequence[CertificationRequirement]) -> list[_Step]:
    steps: list[_Step] = []
    for req in reqs:
        if engine.certification_credit(req, ledger.certifications) >= 1:
            continue
        certs = [ledger.index.certifications[c] for c in req.any_of]
        pick = min(
            certs,
            key=lambda c: (c.effort_hours or DEFAULT_CERTIFICATION_HOURS, req.any_of.index(c.id)),
        )
        if any(s.target == pick.id for s in steps):
            continue
        resources = (ResourceRef(title=pick.name, kind="docs", provider=pick.issuer, url=pick.url),)
        steps.append(
            _Step(
                key=f"cert:{pick.id}",
                kind="certification",
                target=pick.id,
                title=f"Earn {pick.name}",
                hours=pick.effort_hours or DEFAULT_CERTIFICATION_HOURS,
                note=f"one of {len(certs)} accepted for '{req.name or req.key}', "
                "and the quickest to earn",
                resources=resources,
            )
        )
    return steps


def _ideas(index: CatalogIndex, kinds: Sequence[ExperienceKind]) -> list[ProjectIdea]:
    return [idea for idea in index.catalog.projects if idea.kind in kinds]


def _experience_steps(ledger: _Ledger, reqs: Sequence[ExperienceRequirement]) -> list[_Step]:
    steps: list[_Step] = []
    used: set[str] = {e.title.casefold() for e in ledger.experience}
    planned = list(ledger.experience)
    for req in reqs:
        ideas = [i for i in _ideas(ledger.index, req.kinds) if i.title.casefold() not in used]
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
                        note=f"the role wants {req.min_count} × {'/'.join(req.kinds)}; "
                        f"you have {len(mine)}",
                        experience=held,
                        resources=_idea_resources(idea),
                    )
                )
        else:
            assert req.min_months is not None
            missing = req.min_months - sum(e.months for e in mine)
            if missing <= 0:
                continue
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
                    long_term=True,
                    note=f"the role wants {req.min_months:g} months of {'/'.join(req.kinds)}",
                    experience=held,
                    resources=_idea_resources(idea),
                )
            )
    return steps


def _idea_resources(idea: ProjectIdea | None) -> tuple[ResourceRef, ...]:
    if idea is None or not (idea.description or idea.url):
        return ()
    return (ResourceRef(title=idea.description or idea.title, kind="practice", url=idea.url),)


def _degree_steps(ledger: _Ledger, reqs: Sequence[DegreeRequirement]) -> list[_Step]:
    index = ledger.index
    steps: list[_Step] = []
    rank_done = max((index.degree_rank[d.degree] for d in ledger.degrees if d.completed), default=0)
    previous: str | None = None
    for req in sorted(reqs, key=lambda r: index.degree_rank[r.level]):
        best = max((engine.degree_credit(req, d, index) for d in ledger.degrees), default=0.0)
        if best >= 1:
            continue
        need = index.degree_rank[req.level]
        ladder = index.catalog.degrees
        in_progress = any(
            not d.completed and d.degree == req.level and (not req.fields or d.field in req.fields)
            for d in ledger.degrees
        )
        rungs = ladder[min(rank_done, need - 1) : need]
        hours = sum(r.effort_hours or DEFAULT_DEGREE_HOURS for r in rungs)
        if in_progress:
            hours = (ladder[need - 1].effort_hours or DEFAULT_DEGREE_HOURS) / 2
        field_id = req.fields[0] if req.fields else None
        field_name = index.fields[field_id].name if field_id else None
        name = index.degrees[req.level].name
        steps.append(
            _Step(
                key=f"degree:{req.key}",
                kind="degree",
                target=req.level,
                title=("Finish your " if in_progress else "Earn a ")
                + name
                + (f" in {field_name}" if field_name else ""),
                hours=hours,
                long_term=True,
                deps=(previous,) if previous else (),
                note="a degree is a long-term step: years, not weeks",
                degree=DegreeHeld(req.level, field_id, field_name, True),
            )
        )
        previous = f"degree:{req.key}"
        rank_done = max(rank_done, need)
    return steps


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


def _ordered(ledger: _Ledger, steps: list[_Step]) -> list[tuple[_Step, str]]:
    """Greedy: best score gain per hour among ready bundles; each step with its reason.

    A bundle's gain is linear in the points of the requirements it touches, so it
    is cached until a committed step touches one of the same requirements.
    """
    frame = ledger.frame
    by_key = {s.key: s for s in steps}
    rank = {s.key: i for i, s in enumerate(steps)}
    share = _shares(ledger)
    done: set[str] = set()
    cache: dict[str, tuple[list[str], set[str], float, float]] = {}
    out: list[tuple[_Step, str]] = []
    while len(done) < len(steps):
        best: tuple[float, int, str] | None = None
        for step in steps:
            if step.key in done:
                continue
            if step.key not in cache:
                keys = _bundle(step.key, by_key, done)
                trial = ledger.copy()
                reached: set[str] = set()
                for k in keys:
                    trial.apply(by_key[k])
                    reached.update(r.key for r in frame.touched(by_key[k]))
                gain = sum((trial.points[r] - ledger.points[r]) * share[r] for r in reached)
                cache[step.key] = (keys, reached, gain, sum(by_key[k].hours for k in keys))
            _, _, gain, hours = cache[step.key]
            candidate = (round(gain / hours, 12) if hours else math.inf, -rank[step.key], step.key)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        assert best is not None
        keys, reached, gain, hours = cache[best[2]]
        head = by_key[keys[-1]]
        for k in keys:
            step = by_key[k]
            if k == head.key:
                reason = (
                    f"{step.note}; chosen next: the most score per hour of the open steps"
                    + (" (counting the prerequisites before it)" if len(keys) > 1 else "")
                    if gain > 0
                    else f"{step.note}; it adds no score by itself"
                )
            else:
                reason = f"{step.note}; placed before '{head.title}', which needs it"
            ledger.apply(step)
            done.add(k)
            out.append((step, reason))
        committed = set(keys)
        cache = {
            key: entry
            for key, entry in cache.items()
            if key not in done and not (entry[1] & reached) and not (set(entry[0]) & committed)
        }
    return out


def _shares(ledger: _Ledger) -> dict[str, float]:
    """Overall-score points per requirement point: category weight share / category worth."""
    frame = ledger.frame
    worth: dict[Category, float] = {}
    for cat, pts in frame.worth.values():
        worth[cat] = worth.get(cat, 0.0) + pts
    weights = {c: float(getattr(frame.role.weights, c)) for c in worth}
    total = sum(weights.values()) or 1.0
    return {
        key: 100 * weights[cat] / total / worth[cat] if worth[cat] else 0.0
        for key, (cat, _) in frame.worth.items()
    }


def _ceil_days(hours: float, per_week: float) -> int:
    return math.ceil(round(hours * 7 / per_week, 9))


def build_plan(
    standing: Standing,
    role: ResolvedRole,
    index: CatalogIndex,
    *,
    start_date: dt.date,
    hours_per_week: float,
    hours_from: Literal["option", "profile", "default"] = "default",
    target_date: dt.date | None = None,
) -> Plan:
    """The ordered, dated plan that closes every gap of ``standing`` for ``role``."""
    ledger = _Ledger.start(standing, role, index)
    reqs = role.requirements
    steps = [
        *_skill_steps(ledger, reqs.skills),
        *_certification_steps(ledger, reqs.certifications),
        *_experience_steps(ledger, reqs.experience),
        *_degree_steps(ledger, reqs.education),
    ]
    after = ledger.score()
    ready_after: int | None = 0 if ledger.ready(after) else None
    numbers: dict[str, int] = {}
    planned: list[PlanStep] = []
    total = 0.0
    hours_to_ready: float | None = 0.0 if ready_after == 0 else None
    for number, (step, reason) in enumerate(_ordered(ledger.copy(), steps), start=1):
        before = after
        ledger.apply(step)
        after = ledger.score()
        start = start_date + dt.timedelta(days=_ceil_days(total, hours_per_week))
        total += step.hours
        end = start_date + dt.timedelta(days=_ceil_days(total, hours_per_week))
        numbers[step.key] = number
        planned.append(
            PlanStep(
                number=number,
                kind=step.kind,
                title=step.title,
                target=step.target,
                level_from=step.level_from,
                level_to=step.level_to,
                effort_hours=step.hours,
                score_gain=round(after - before, 1),
                score_after=after,
                start=start,
                end=end,
                long_term=step.long_term,
                experience_kind=step.experience.kind if step.experience else None,
                months=step.experience.months if step.experience else None,
                field=step.degree.field if step.degree else None,
                serves=[r.key for r in ledger.frame.touched(step)],
                after=sorted(numbers[d] for d in step.deps),
                why=reason,
                resources=list(step.resources),
            )
        )
        if ready_after is None and ledger.ready(after):
            ready_after, hours_to_ready = number, total
    ready_on = _date_after(start_date, hours_to_ready, hours_per_week)
    complete_on = _date_after(start_date, total, hours_per_week) or start_date
    reachable: bool | None = None
    needed: float | None = None
    if target_date is not None:
        reachable = ready_on is not None and ready_on <= target_date
        days = (target_date - start_date).days
        if not reachable and days > 0 and hours_to_ready:
            needed = math.ceil(hours_to_ready * 7 / days * 10) / 10
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
        ),
    )


def _date_after(start: dt.date, hours: float | None, per_week: float) -> dt.date | None:
    if hours is None:
        return None
    return start + dt.timedelta(days=_ceil_days(hours, per_week))


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
) -> str:
    if not steps:
        return "Nothing to learn: every requirement of the role is met."
    parts = [f"{len(steps)} steps, {total:g} hours at {per_week:g} h/week."]
    if ready_after == 0:
        parts.append("You are ready already; the steps close the remaining gaps.")
    elif ready_on is not None:
        parts.append(
            f"Ready on {ready_on.isoformat()} (after step {ready_after}, {hours_to_ready:g} hours)."
        )
    parts.append(f"Every gap closed on {complete_on.isoformat()}.")
    if target is not None:
        if reachable:
            parts.append(f"Your target date {target.isoformat()} is reachable.")
        elif needed is not None:
            parts.append(
                f"Your target date {target.isoformat()} is not reachable at "
                f"{per_week:g} h/week; {needed:g} h/week would make it."
            )
        else:
            parts.append(f"Your target date {target.isoformat()} is not after the start date.")
    return " ".join(parts)


def apply_plan(standing: Standing, plan: Plan) -> Standing:
    """The standing a person would have after following every step of ``plan``."""
    skills = dict(standing.skills)
    degrees, certs, experience = (
        list(standing.degrees),
        list(standing.certifications),
        list(standing.experience),
    )
    for step in plan.steps:
        if step.kind == "skill" and step.level_to is not None:
            skills[step.target] = max(skills.get(step.target, 0), step.level_to)
        elif step.kind == "certification":
            certs.append(step.target)
        elif step.kind == "experience" and step.experience_kind is not None:
            experience.append(ExperienceHeld(step.experience_kind, step.title, step.months or 1))
        elif step.kind == "degree":
            degrees.append(DegreeHeld(step.target, step.field, step.field, True))
    return replace(
        standing,
        skills=skills,
        degrees=tuple(degrees),
        certifications=tuple(sorted(set(certs))),
        experience=tuple(experience),
    )
