"""The scoring engine: pure functions from a standing and a role to an assessment.

The rule, as the README states it:

* A skill requirement is worth ``weight × target`` points, where the weight per
  level is 2 (essential), 1 (important) or 0.5 (useful); a person at level ``h``
  earns ``weight × min(h, target)``. Going above a target earns nothing extra.
* An any-of group scores as its best member.
* Every other requirement is worth ``4 × weight`` points (8, 4, 2) times a credit
  between 0 and 1: a degree's credit is its rung ratio (capped at 1) × 1 for an
  accepted field or 0.5 for another × 1 for completed or 0.5 in progress, best
  degree counts; a certification group is met by any member; experience earns
  ``count / min_count`` or ``months / min_months``, capped at 1.
* A category scores ``100 × earned / possible``; the overall score is the mean of
  the categories that have requirements, weighted by the role's weights.
* Readiness: ``ready`` at the role's ready score (default 80) with no blocker
  (an essential requirement not fully met); ``nearly_ready`` at 20 points below
  it, or above it with blockers; else ``not_ready``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import lt
from typing import Any, Final, NamedTuple

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.models.catalog import (
    CertificationRequirement,
    DegreeRequirement,
    ExperienceRequirement,
    Requirement,
    SkillRequirement,
    Weights,
)
from skillgap.models.common import CATEGORIES, MAX_LEVEL, Category, Importance, level_label
from skillgap.models.result import (
    Assessment,
    CatalogInfo,
    CategoryResult,
    InputFile,
    Readiness,
    RequirementResult,
    RoleRef,
    SkillHeld,
    Status,
    Warning,
)
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing

WEIGHT: Final[dict[Importance, float]] = {"essential": 2.0, "important": 1.0, "useful": 0.5}
OTHER_UNITS: Final = 4.0
NEARLY_MARGIN: Final = 20.0


def round_points(x: float) -> float:
    """Points as reported: two decimals."""
    return round(x + 0.0, 2)


def status_of(points: float, max_points: float) -> Status:
    """Met, partial or missing, decided on the points as reported (each rounded once).

    The batch scorer and the plan compare the same rounded points, so a sum that falls a
    hair short in floating point (0.2 + 19.9 + 3.9 months = 23.999999999999996) is met
    everywhere or nowhere.
    """
    earned, worth = round_points(points), round_points(max_points)
    if earned >= worth:
        return "met"
    return "partial" if earned > 0 else "missing"


def _fmt(x: float) -> str:
    return f"{x:.1f}" if abs(x * 10 - round(x * 10)) < 1e-9 else f"{x:.2f}"


def _result(
    *,
    id: str,
    kind: str,
    category: Category,
    name: str,
    importance: Importance,
    required: str,
    have: str,
    points: float,
    max_points: float,
    reason: str,
    skills: Sequence[str] = (),
    source: str | None,
    target_level: int | None = None,
    current_level: int | None = None,
    member: str | None = None,
) -> RequirementResult:
    status = status_of(points, max_points)
    verdict = "met" if status == "met" else importance
    explanation = f"{name}: {reason} → {verdict}, {_fmt(points)} of {_fmt(max_points)} points"
    return RequirementResult(
        id=id,
        kind=kind,
        category=category,
        name=name,
        importance=importance,
        required=required,
        have=have,
        target_level=target_level,
        current_level=current_level,
        member=member,
        points=round_points(points),
        max_points=round_points(max_points),
        status=status,
        blocker=importance == "essential" and status != "met",
        explanation=explanation,
        skills=list(skills),
        source=source,
    )


def skill_members(req: SkillRequirement) -> list[str]:
    """The skills a requirement names: one, or the members of an any-of group."""
    return [req.skill] if req.skill else list(req.any_of or [])


def best_member(req: SkillRequirement, levels: Mapping[str, int]) -> str:
    """The member that counts: the highest level up to the target; ties go to the first listed."""
    members = skill_members(req)
    return max(members, key=lambda m: (min(levels.get(m, 0), req.level), -members.index(m)))


def skill_points(req: SkillRequirement, levels: Mapping[str, int]) -> float:
    """``weight × min(level, target)`` for the best member."""
    return WEIGHT[req.importance] * min(levels.get(best_member(req, levels), 0), req.level)


def degree_credit(req: DegreeRequirement, held: DegreeHeld, index: CatalogIndex) -> float:
    """Rung ratio (capped at 1) × field factor × status factor, for one degree held."""
    rank_credit = min(1.0, index.degree_rank[held.degree] / index.degree_rank[req.level])
    in_field = not req.fields or held.field in req.fields
    return rank_credit * (1.0 if in_field else 0.5) * (1.0 if held.completed else 0.5)


def certification_credit(req: CertificationRequirement, held: Sequence[str]) -> float:
    """1 when any certification of the group is held, else 0."""
    return 1.0 if any(c in held for c in req.any_of) else 0.0


def experience_credit(req: ExperienceRequirement, items: Sequence[ExperienceHeld]) -> float:
    """``count / min_count`` or ``months / min_months`` of the listed kinds, capped at 1."""
    mine = [e for e in items if e.kind in req.kinds]
    if req.min_count is not None:
        return min(1.0, len(mine) / req.min_count)
    assert req.min_months is not None
    return min(1.0, sum(e.months for e in mine) / req.min_months)


def max_points(req: Requirement) -> float:
    """What a requirement is worth when fully met."""
    if isinstance(req, SkillRequirement):
        return WEIGHT[req.importance] * req.level
    return WEIGHT[req.importance] * OTHER_UNITS


def _met_by_degrees(req: DegreeRequirement, standing: Standing, index: CatalogIndex) -> float:
    return max([degree_credit(req, d, index) for d in standing.degrees], default=0.0)


def _met_by_certifications(
    req: CertificationRequirement, standing: Standing, index: CatalogIndex
) -> float:
    return certification_credit(req, standing.certifications)


def _met_by_experience(
    req: ExperienceRequirement, standing: Standing, index: CatalogIndex
) -> float:
    return experience_credit(req, standing.experience)


#: How much (0-1) of a degree, certification or experience requirement a standing meets.
CREDIT: Final[dict[type[Requirement], Callable[[Any, Standing, CatalogIndex], float]]] = {
    DegreeRequirement: _met_by_degrees,
    CertificationRequirement: _met_by_certifications,
    ExperienceRequirement: _met_by_experience,
}


def requirement_points(req: Requirement, standing: Standing, index: CatalogIndex) -> float:
    """The points a standing earns on one requirement (the same rule as the report's)."""
    if isinstance(req, SkillRequirement):
        return skill_points(req, standing.skills)
    return max_points(req) * CREDIT[type(req)](req, standing, index)


def score_skill(
    req: SkillRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """Points for one skill, or for the best member of an any-of group."""
    members = skill_members(req)
    best = best_member(req, standing.skills)
    have = standing.skills.get(best, 0)
    weight = WEIGHT[req.importance]
    points = skill_points(req, standing.skills)
    names = [index.skill_name(m) for m in members]
    if req.skill:
        name = req.name or names[0]
        reason = f"you are at {level_label(have)}, the role needs {level_label(req.level)}"
        have_text = level_label(have)
    else:
        name = req.name or " or ".join(names)
        if have:
            reason = (
                f"your best is {index.skill_name(best)} at {level_label(have)}, "
                f"the role needs one at {level_label(req.level)}"
            )
            have_text = f"{index.skill_name(best)} at {level_label(have)}"
        else:
            reason = f"you have none of them, the role needs one at {level_label(req.level)}"
            have_text = level_label(0)
    return _result(
        id=req.key,
        kind="skill" if req.skill else "skill_group",
        category="skills",
        name=name,
        importance=req.importance,
        required=level_label(req.level) if req.skill else f"one at {level_label(req.level)}",
        have=have_text,
        points=points,
        max_points=weight * req.level,
        reason=reason,
        skills=members,
        source=req.source,
        target_level=req.level,
        current_level=have,
        member=best if not req.skill and have else None,
    )


def score_degree(
    req: DegreeRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """Points for a degree: rung ratio × field factor × status factor, best degree held."""
    need_rank = index.degree_rank[req.level]
    need_name = index.degrees[req.level].name
    fields = [index.fields[f].name for f in req.fields]
    required = need_name + (f" in {_listing(fields)}" if fields else "")
    best_credit, best_text, best_reason = 0.0, "none", "you have no degree listed"
    for held in standing.degrees:
        rank_credit = min(1.0, index.degree_rank[held.degree] / need_rank)
        in_field = not req.fields or held.field in req.fields
        credit = degree_credit(req, held, index)
        text = index.degrees[held.degree].name + (
            f" in {held.field_text}" if held.field_text else ""
        )
        text += "" if held.completed else " (in progress)"
        if credit > best_credit:
            notes = []
            if rank_credit < 1:
                notes.append("a lower degree than required")
            if not in_field:
                notes.append("in another field (half credit)")
            if not held.completed:
                notes.append("in progress (half credit)")
            best_credit, best_text = credit, text
            best_reason = f"you have a {text}" + (f": {'; '.join(notes)}" if notes else "")
    weight = WEIGHT[req.importance] * OTHER_UNITS
    return _result(
        id=req.key,
        kind="degree",
        category="education",
        name=req.name or f"{need_name} or higher",
        importance=req.importance,
        required=required,
        have=best_text,
        points=weight * best_credit,
        max_points=weight,
        reason=best_reason,
        source=req.source,
    )


def score_certification(
    req: CertificationRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """Full points for holding any certification of the group."""
    names = [index.certifications[c].name for c in req.any_of]
    held = [c for c in req.any_of if c in standing.certifications]
    lapsed = [e for e in standing.expired if e.certification in req.any_of]
    weight = WEIGHT[req.importance] * OTHER_UNITS
    name = req.name or " or ".join(names)
    if held:
        have = index.certifications[held[0]].name
        reason = f"you hold {have}"
    elif lapsed:
        old = index.certifications[lapsed[0].certification].name
        have = f"{old} (expired {lapsed[0].expired_on.isoformat()})"
        reason = f"your {old} expired on {lapsed[0].expired_on.isoformat()}"
    else:
        have, reason = "none", "you hold none of them"
    return _result(
        id=req.key,
        kind="certification",
        category="certifications",
        name=name,
        importance=req.importance,
        required=f"one of: {', '.join(names)}" if len(names) > 1 else names[0],
        have=have,
        points=weight * certification_credit(req, standing.certifications),
        max_points=weight,
        reason=reason,
        source=req.source,
        member=held[0] if held else None,
    )


def _listing(names: Sequence[str], most: int = 3) -> str:
    """``A, B, C (+2 more)``: a long list kept short for a report line."""
    shown = ", ".join(names[:most])
    return shown + (f" (+{len(names) - most} more)" if len(names) > most else "")


def _kinds(kinds: Sequence[str]) -> str:
    words = [k.replace("_", "-") for k in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def score_experience(req: ExperienceRequirement, standing: Standing) -> RequirementResult:
    """Points for experience of the required kinds, by count or by months."""
    items = [e for e in standing.experience if e.kind in req.kinds]
    credit = experience_credit(req, standing.experience)
    weight = WEIGHT[req.importance] * OTHER_UNITS
    kinds = _kinds(req.kinds)
    if req.min_count is not None:
        required = f"{req.min_count} × {kinds}"
        have = f"{len(items)}"
        reason = f"you have {len(items)} {kinds} item(s), the role wants {req.min_count}"
    else:
        assert req.min_months is not None
        have_n = sum(e.months for e in items)
        need = req.min_months
        required = f"{_fmt(need)} months of {kinds}"
        have = f"{_fmt(have_n)} months"
        reason = f"you have {_fmt(have_n)} months of {kinds}, the role wants {_fmt(need)}"
    return _result(
        id=req.key,
        kind="experience",
        category="experience",
        name=req.name or f"Experience: {kinds}",
        importance=req.importance,
        required=required,
        have=have,
        points=weight * credit,
        max_points=weight,
        reason=reason,
        source=req.source,
    )


def score_requirements(
    standing: Standing, role: ResolvedRole, index: CatalogIndex
) -> list[RequirementResult]:
    """Every requirement of the role, scored, in the catalog's order."""
    reqs = role.requirements
    return [
        *(score_skill(r, standing, index) for r in reqs.skills),
        *(score_degree(r, standing, index) for r in reqs.education),
        *(score_certification(r, standing, index) for r in reqs.certifications),
        *(score_experience(r, standing) for r in reqs.experience),
    ]


def categories(results: Sequence[RequirementResult], role: ResolvedRole) -> list[CategoryResult]:
    """Category scores, with each category's share of the overall score."""
    sums = {
        c: (
            sum(r.points for r in results if r.category == c),
            sum(r.max_points for r in results if r.category == c),
        )
        for c in CATEGORIES
        if any(r.category == c for r in results)
    }
    return [
        CategoryResult(
            category=category,
            score=score,
            points=round_points(sums[category][0]),
            max_points=round_points(sums[category][1]),
            weight=weight,
            requirements=sum(r.category == category for r in results),
        )
        for category, (score, weight) in weigh(sums, role.weights).items()
    ]


def weigh(
    sums: Mapping[Category, tuple[float, float]], weights: Weights
) -> dict[Category, tuple[float, float]]:
    """Each used category's (score 0-100, share of the overall score in percent)."""
    used = {c: float(getattr(weights, c)) for c in CATEGORIES if c in sums}
    total = sum(used.values()) or 1.0
    return {
        c: (
            round(100 * sums[c][0] / sums[c][1], 1) if sums[c][1] else 100.0,
            round(100 * w / total, 1),
        )
        for c, w in used.items()
    }


def overall(cats: Sequence[CategoryResult]) -> float:
    """The weighted mean of the category scores, 0-100, one decimal."""
    return weighted_mean([c.score for c in cats], [c.weight for c in cats])


def weighted_mean(scores: Sequence[float], weights: Sequence[float]) -> float:
    """Mean of the scores, each weighed by its weight; one decimal; 0 when nothing weighs."""
    total = sum(weights)
    if not total:
        return 0.0
    return round(sum(s * w for s, w in zip(scores, weights, strict=True)) / total, 1)


def readiness(score: float, blockers: Sequence[str], ready_score: float) -> Readiness:
    """``ready`` needs the ready score and no blocker; blockers cap at ``nearly_ready``."""
    if score >= ready_score and not blockers:
        return "ready"
    if score >= ready_score - NEARLY_MARGIN:
        return "nearly_ready"
    return "not_ready"


def readiness_rule(ready_score: float) -> str:
    """The readiness rule in words, recorded in every result."""
    nearly = ready_score - NEARLY_MARGIN
    return (
        f"ready: score >= {_fmt(ready_score)} and every essential requirement met; "
        f"nearly ready: score >= {_fmt(nearly)}, or above with unmet essentials; "
        "otherwise not ready"
    )


def assess(
    standing: Standing,
    role: ResolvedRole,
    index: CatalogIndex,
    *,
    warnings: Sequence[Warning] = (),
    inputs: Sequence[InputFile] = (),
) -> Assessment:
    """Assess a standing against a role: every requirement scored and explained."""
    results = score_requirements(standing, role, index)
    cats = categories(results, role)
    score = overall(cats)
    blockers = [r.id for r in results if r.blocker]
    required = {m for r in role.requirements.skills for m in skill_members(r)}
    return Assessment(
        profile=standing.name,
        role=RoleRef(id=role.id, name=role.name),
        as_of=standing.as_of,
        catalog=catalog_info(index),
        score=score,
        readiness=readiness(score, blockers, role.ready_score),
        readiness_rule=readiness_rule(role.ready_score),
        blockers=blockers,
        categories=cats,
        requirements=results,
        not_required=[
            SkillHeld(id=s.id, name=s.name, level=standing.skills[s.id])
            for s in index.catalog.skills
            if standing.skills.get(s.id) and s.id not in required
        ],
        warnings=list(warnings),
        inputs=list(inputs),
    )


def catalog_info(index: CatalogIndex) -> CatalogInfo | None:
    """The catalog's version and date as results record them (None: it states neither)."""
    version, date = index.catalog.version, index.catalog.date
    return None if version is None and date is None else CatalogInfo(version=version, date=date)


class QuickScore(NamedTuple):
    """The numbers of an assessment without its explanations: for batch runs."""

    score: float
    readiness: Readiness
    blockers: tuple[str, ...]
    categories: tuple[tuple[Category, float], ...]
    unmet: tuple[str, ...]


@dataclass(frozen=True)
class _Selection:
    """Some requirements of a role, picked out of a scorer's points by slot."""

    keys: tuple[str, ...]
    slots: tuple[int, ...]
    worths: tuple[float, ...]  # each requirement's points when fully met

    def short(self, at: Callable[[int], float]) -> tuple[str, ...]:
        """The keys whose points fall short of their worth, in order (loops run in C)."""
        return tuple(compress(self.keys, map(lt, map(at, self.slots), self.worths)))


@dataclass(frozen=True)
class _RoleRows:
    """One role of a :class:`QuickScorer`, as slots into the scorer's points."""

    role: ResolvedRole
    names: tuple[Category, ...]  # the categories the role uses, in order
    categories: tuple[tuple[tuple[int, ...], float], ...]  # each one's slots, summed worth
    shares: tuple[float, ...]  # each category's share of the overall score, as weigh() gives
    essentials: _Selection
    rows: _Selection  # every requirement


def _selection(picked: Sequence[tuple[Requirement, int]]) -> _Selection:
    return _Selection(
        keys=tuple(r.key for r, _ in picked),
        slots=tuple(n for _, n in picked),
        worths=tuple(max_points(r) for r, _ in picked),
    )


class QuickScorer:
    """Roles flattened once for scoring many standings: batch runs' hot path.

    Roles that extend another share its requirement objects, so each distinct
    requirement gets one slot and is scored once per standing however many roles
    list it; each role then sums its slots. The numbers are :func:`assess`'s.
    """

    def __init__(self, roles: Sequence[ResolvedRole], index: CatalogIndex) -> None:
        self.index = index
        distinct: dict[int, Requirement] = {}  # by id: the roles keep them alive
        for role in roles:
            for c in CATEGORIES:
                for req in getattr(role.requirements, c):
                    distinct.setdefault(id(req), req)
        # Slots in three runs: one-skill requirements, any-of groups, then the rest.
        single = [r for r in distinct.values() if isinstance(r, SkillRequirement) and r.skill]
        groups = [r for r in distinct.values() if isinstance(r, SkillRequirement) and not r.skill]
        others = [r for r in distinct.values() if not isinstance(r, SkillRequirement)]
        order = [*single, *groups, *others]
        slot = {id(r): n for n, r in enumerate(order)}
        # A skill requirement's points for each level 0-5 its skill may have.
        self._single_skills = tuple(str(r.skill) for r in single)
        self._single_points = tuple(_points_at(r) for r in single)
        self._groups = tuple((tuple(skill_members(r)), _points_at(r)) for r in groups)
        # The rest: how much of it is met, times what it is worth.
        self._others = tuple((CREDIT[type(r)], r, max_points(r)) for r in others)
        self._roles: list[_RoleRows] = []
        for role in roles:
            reqs = [(c, r, slot[id(r)]) for c in CATEGORIES for r in getattr(role.requirements, c)]
            categories = {
                c: (
                    tuple(n for cat, _, n in reqs if cat == c),
                    sum(round_points(max_points(r)) for cat, r, _ in reqs if cat == c),
                )
                for c in CATEGORIES
                if any(cat == c for cat, _, _ in reqs)
            }
            shares = tuple(
                share
                for _, share in weigh(
                    {c: (0.0, worth) for c, (_, worth) in categories.items()}, role.weights
                ).values()
            )
            self._roles.append(
                _RoleRows(
                    role=role,
                    names=tuple(categories),
                    categories=tuple(categories.values()),
                    shares=shares,
                    essentials=_selection(
                        [(r, n) for _, r, n in reqs if r.importance == "essential"]
                    ),
                    rows=_selection([(r, n) for _, r, n in reqs]),
                )
            )

    def score(self, standing: Standing, *, gaps: bool = True) -> list[QuickScore]:
        """Score, readiness, blockers and category scores for each role, in order.

        ``gaps=False`` leaves each list of unmet requirements empty when nobody reads it.
        """
        get = standing.skills.get
        # skill_points as look-ups by level, one-skill requirements in one C-level pass.
        levels = map(get, self._single_skills, repeat(0))
        points = list(map(tuple.__getitem__, self._single_points, levels))
        # Points never fall as the level rises: a group's best member has the most points.
        points += [max([at[get(m, 0)] for m in members]) for members, at in self._groups]
        points += [
            round_points(worth * met(r, standing, self.index)) for met, r, worth in self._others
        ]
        at = points.__getitem__
        out = []
        for rows in self._roles:
            # weigh(), unrolled with each role's shares computed once: the same arithmetic
            # in the same order, so the same rounding.
            scores = [
                round(100 * sum(map(at, slots)) / worth, 1) if worth else 100.0
                for slots, worth in rows.categories
            ]
            score = weighted_mean(scores, rows.shares)
            blockers = rows.essentials.short(at)
            out.append(
                QuickScore(
                    score=score,
                    readiness=readiness(score, blockers, rows.role.ready_score),
                    blockers=blockers,
                    categories=tuple(zip(rows.names, scores, strict=True)),
                    unmet=rows.rows.short(at) if gaps else (),
                )
            )
        return out


def _points_at(req: SkillRequirement) -> tuple[float, ...]:
    """A skill requirement's points for each level 0-5: weight × the level up to the target."""
    weight = WEIGHT[req.importance]
    return tuple(round_points(weight * min(level, req.level)) for level in range(MAX_LEVEL + 1))


_SCORERS: dict[tuple[str, ...], QuickScorer] = {}
_SCORERS_MAX: Final = 64


def scorer(index: CatalogIndex, role_ids: Sequence[str]) -> QuickScorer:
    """The :class:`QuickScorer` for these roles of this catalog, built once per process."""
    key = tuple(role_ids)
    found = _SCORERS.get(key)
    if found is None or found.index is not index:
        found = QuickScorer([index.role(r) for r in key], index)
        if len(_SCORERS) >= _SCORERS_MAX:  # bounded: a long-lived process stays flat
            _SCORERS.clear()
        _SCORERS[key] = found
    return found
