"""A step, and a standing improved step by step: scored by the rule, never by the plan itself."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.models.catalog import (
    CertificationRequirement,
    ExperienceRequirement,
    Requirement,
    SkillRequirement,
    all_requirements,
)
from skillgap.models.result import ResourceRef, StepKind, Track
from skillgap.scoring import rule
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing

#: A blocker touched by at most this many open steps gets an exact least cost in the
#: search's bound (2**n subsets); one touched by more, the cheapest single step.
_SUBSET_LIMIT: Final = 10


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
    #: Calendar months on a full-time or degree track; on the study track, the months a
    #: part-time step lasts at the weekly hours (its hours grow with them).
    months: float | None = None
    fixed_end: dt.date | None = None  # a degree in progress ends when it ends
    names: frozenset[str] = frozenset()  # target keys it can be skipped or marked by
    resources: tuple[ResourceRef, ...] = ()
    experience: ExperienceHeld | None = None
    degree: DegreeHeld | None = None
    #: Under way in the person's life (a degree in progress): kept, whatever it adds.
    underway: bool = False

    @property
    def long_term(self) -> bool:
        return self.track != "study"

    @property
    def paced(self) -> bool:
        """A part-time step sized to last its months at the weekly hours (a project)."""
        return self.track == "study" and self.months is not None

    @property
    def study_hours(self) -> float:
        return self.hours if self.track == "study" else 0.0


class _Frame:
    """What does not change while planning: the role's requirements, their worth and reach.

    ``value``: the overall-score points one point of each requirement earns
    (:func:`rule.point_values`), what the plan rates a step's gain by. ``keys``,
    ``categories`` and ``worths``: the requirements in order, as the rule sums them
    (:func:`rule.overall_of`). ``rank``: each requirement's importance as a sort key.
    ``blocking``: those that block ready while they are not met (:func:`rule.can_block`),
    with their worth.
    """

    # _Frame and _Ledger are plain classes: a dataclass costs more to make at import than
    # a run spends in them.
    __slots__ = (
        "blocking",
        "by_target",
        "categories",
        "index",
        "keys",
        "minor",
        "rank",
        "reqs",
        "role",
        "value",
        "worth",
        "worths",
    )

    def __init__(self, role: ResolvedRole, index: CatalogIndex) -> None:
        self.role = role
        self.index = index
        self.reqs = all_requirements(self.role.requirements)
        # The requirements a step can touch, by what the step gives (see :func:`_gives`):
        # a skill or certification by its id, experience by its kind, any degree.
        self.by_target: dict[tuple[str, str], list[Requirement]] = {}
        for req in self.reqs:
            if isinstance(req, SkillRequirement):
                targets = [("skill", m) for m in req.members]
            elif isinstance(req, CertificationRequirement):
                targets = [("certification", c) for c in req.any_of]
            elif isinstance(req, ExperienceRequirement):
                targets = [("experience", k) for k in req.kinds]
            else:
                targets = [("degree", "")]
            for target in dict.fromkeys(targets):
                self.by_target.setdefault(target, []).append(req)
        self.worth = {r.key: (rule.CATEGORY_OF[type(r)], rule.max_points(r)) for r in self.reqs}
        worths = rule.category_worths(self.worth.values())
        per_point = rule.point_values(rule.shares(self.role.weights, worths), worths)
        self.value = {key: per_point[cat] for key, (cat, _) in self.worth.items()}
        self.keys = [r.key for r in self.reqs]
        #: The most important first (:func:`rule.by_importance`): what orders steps that
        #: end on the same date, a gap that matters more before a filler.
        self.rank = {r.key: rule.by_importance(r.importance) for r in self.reqs}
        #: Those of the least importance (:func:`rule.minor`): a step raising only these
        #: is a filler.
        self.minor = {r.key: rule.minor(r.importance) for r in self.reqs}
        self.categories = [self.worth[k][0] for k in self.keys]
        self.worths = [self.worth[k][1] for k in self.keys]
        self.blocking = [
            (n, r.key, self.worths[n])
            for n, r in enumerate(self.reqs)
            if rule.can_block(r.importance)
        ]

    def touched(self, step: _Step) -> list[Requirement]:
        """The requirements whose points a step can change, in requirement order."""
        return self.by_target.get(_gives(step), [])

    def met(self, key: str, points: float) -> bool:
        """Whether these points meet requirement ``key`` (the rule's test)."""
        return rule.met(points, self.worth[key][1])

    def score(self, points: dict[str, float]) -> float:
        """The overall score of these points, by the rule."""
        return self.overall([points[k] for k in self.keys])

    def overall(self, points: Sequence[float]) -> float:
        """The overall score of each requirement's points, in requirement order, by the rule."""
        return rule.overall_of(self.categories, self.worths, points, self.role.weights)

    def blockers(self, points: dict[str, float]) -> list[str]:
        """The requirements that block ready with these points: can block, and not met."""
        return [key for _, key, worth in self.blocking if not rule.met(points[key], worth)]

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


class _Model:
    """Steps as bits, requirements as points looked up by the bits of the steps touching them."""

    def __init__(self, base: _Ledger, steps: Sequence[_Step]) -> None:
        self.base = base
        self.frame = base.frame
        self.steps = list(steps)
        self.bit = {s.key: i for i, s in enumerate(steps)}
        self.deps = [sum(1 << self.bit[d] for d in s.deps if d in self.bit) for s in steps]
        reqs = self.frame.reqs
        self.keys = self.frame.keys
        self.cats = self.frame.categories
        number = {id(r): n for n, r in enumerate(reqs)}
        #: Per step, the requirements it touches (in requirement order); per requirement,
        #: the steps touching it (a bit mask).
        self.touches = [sorted(number[id(r)] for r in self.frame.touched(s)) for s in steps]
        self.touch = [0] * len(reqs)
        for i, touched in enumerate(self.touches):
            for r in touched:
                self.touch[r] |= 1 << i
        self.shares = [self.frame.value[k] for k in self.keys]
        #: The fillers: steps that raise only requirements of the least importance and
        #: that no other step needs (a prerequisite of an important step is no filler).
        minor = sum(
            1 << j
            for j, touched in enumerate(self.touches)
            if touched and all(self.frame.minor[self.keys[r]] for r in touched)
        )
        needed = 0
        for j in range(len(self.steps)):
            if not minor >> j & 1:
                needed |= self.closure([j]) & ~(1 << j)
        self.fillers = minor & ~needed
        self.worths = self.frame.worths
        #: The requirements that block ready while they are not met (:func:`rule.can_block`).
        self.essential = [n for n, _, _ in self.frame.blocking]
        self.ready_score = self.frame.role.ready_score
        self._memo: list[dict[int, float]] = [{} for _ in reqs]
        self._met: list[dict[int, bool]] = [{} for _ in reqs]
        #: The steps that touch any requirement: only they move a score or a blocker.
        self._touching = 0
        for mask in self.touch:
            self._touching |= mask
        self._ready: dict[int, bool] = {}
        #: What the route's search found, by its steps taken and its candidates (see
        #: :func:`~skillgap.plan.route._least_hours`).
        self.searched: dict[tuple[int, tuple[int, ...]], tuple[float, tuple[float, int] | None]]
        self.searched = {}
        self._dependents: dict[int, int] = {}
        self._least: dict[tuple[int, int, int], float] = {}

    def retimed(self, steps: Sequence[_Step]) -> _Model:
        """The model of the same steps with other hours: what they give, known, is kept.

        A part-time project's hours follow the weekly hours; while what every step gives
        is the same, each requirement's points (and whether it is met) are too.
        """
        other = _Model(self.base, steps)
        same = [(s.key, s.experience, s.level_to, s.degree) for s in self.steps]
        if same == [(s.key, s.experience, s.level_to, s.degree) for s in steps]:
            other._memo, other._met, other._ready = self._memo, self._met, self._ready
            if self.steps == other.steps:  # the same hours too: the same routes
                other.searched = self.searched
        return other

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
        """Whether no blocker is left once the steps in ``applied`` are done."""
        return all(self.met(r, applied) for r in self.essential)

    def score(self, applied: int) -> float:
        """The overall score of the points after ``applied``, by the rule."""
        return self.frame.overall([self.points(r, applied) for r in range(len(self.keys))])

    def ready(self, applied: int) -> bool:
        """:meth:`_Frame.ready`: a blocker rules ready out, so it is checked before the score.

        Known once for each set of the steps that touch a requirement (the search asks
        again of the same set as it leaves steps out).
        """
        key = applied & self._touching
        found = self._ready.get(key)
        if found is None:
            found = self._ready[key] = self.essentials_met(key) and (
                rule.readiness(self.score(key), (), self.ready_score) == "ready"
            )
        return found

    def gain(self, j: int, applied: int) -> float:
        """Overall-score points step ``j`` adds on top of ``applied`` (before rounding)."""
        after = applied | 1 << j
        return rule.weighted_gain(
            (self.points(r, applied), self.points(r, after), self.shares[r])
            for r in self.touches[j]
        )

    def exact(self, applied: int) -> float:
        return rule.weighted_points((self.points(r, applied), s) for r, s in enumerate(self.shares))

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
