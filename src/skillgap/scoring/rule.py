"""The scoring rule in numbers: the one place a point, a status, a share or a readiness is decided.

The rule, as docs/internals.md states it:

* A skill requirement is worth ``weight × target`` points, where the weight per
  level is 2 (essential), 1 (important) or 0.5 (useful); a person at level ``h``
  earns ``weight × min(h, target)``. Going above a target earns nothing extra.
* An any-of group scores as its best member; a group of ``at_least: k`` (k of n) as
  the mean of its best k members' ``min(h, target)``: met when k members reach the
  target, and each member short of it costs ``1/k`` of what it lacks.
* Every other requirement is worth ``4 × weight`` points (8, 4, 2) times a credit
  between 0 and 1: a degree's credit is its rung ratio (capped at 1) × 1 for an
  accepted field or 0.5 for another × 1 for completed or 0.5 in progress, best
  degree counts; a certification group is met by any member; experience earns
  ``count / min_count`` or ``months / min_months``, capped at 1, each item weighed
  1, 0.5 or 0 by how far it shows the requirement's field of work (``relevance``).
* Points are rounded once, to two decimals, and the status (met, partial, missing)
  decided on them: 0.3 + 2.3 + 0.4 months (2.9999999999999996) is met everywhere.
* A category scores ``100 × earned / possible``; the overall score is the mean of
  the categories that have requirements, weighted by the role's weights.
* Readiness: ``ready`` at the role's ready score (:func:`ready_bar`) with no blocker (an
  essential requirement not fully met); ``nearly_ready`` from 20 points below it, or
  above it with blockers; else ``not_ready``.

Pure and cheap to import: plain numbers in and out. :mod:`skillgap.scoring.engine`
explains them requirement by requirement, :mod:`skillgap.scoring.quick` is their
compiled form for batch runs; the plan, ``compare`` and the cohort weigh with them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from skillgap.models.catalog import (
    CertificationRequirement,
    DegreeRequirement,
    ExperienceRequirement,
    Requirement,
    SkillRequirement,
)
from skillgap.models.common import CATEGORIES, Category, Importance

if TYPE_CHECKING:
    from skillgap.catalog.index import CatalogIndex
    from skillgap.models.catalog import Weights
    from skillgap.models.result import Readiness, Status
    from skillgap.scoring.relevance import Verdict
    from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing


#: Points per level of a skill requirement, and a quarter of any other requirement's worth.
WEIGHT: Final[dict[Importance, float]] = {"essential": 2.0, "important": 1.0, "useful": 0.5}
#: What a degree, certification or experience requirement is worth, in units of its weight.
OTHER_UNITS: Final = 4.0
#: The share of an experience item that counts, by how far it shows a field of work.
RELEVANCE_CREDIT: Final[dict[Verdict, float]] = {"full": 1.0, "adjacent": 0.5, "none": 0.0}
#: How far below the ready score ``nearly_ready`` reaches.
NEARLY_MARGIN: Final = 20.0

#: The category each kind of requirement counts in.
CATEGORY_OF: Final[dict[type[Requirement], Category]] = {
    SkillRequirement: "skills",
    DegreeRequirement: "education",
    CertificationRequirement: "certifications",
    ExperienceRequirement: "experience",
}


# --- one requirement ------------------------------------------------------------------------


def round_points(x: float) -> float:
    """Points as reported: two decimals (``-0.0`` becomes ``0.0``)."""
    return round(x + 0.0, 2)


def max_points(req: Requirement) -> float:
    """What a requirement is worth when fully met, rounded once."""
    return worth(req.importance, req.level if isinstance(req, SkillRequirement) else None)


def worth(importance: Importance, level: int | None = None) -> float:
    """What a requirement is worth: its weight per level of a skill's target, else 4 weights."""
    return round_points(WEIGHT[importance] * (OTHER_UNITS if level is None else level))


def counted_members(req: SkillRequirement, levels: Mapping[str, int]) -> list[str]:
    """The members that count, best first: the ``at_least`` highest levels (ties: listed first).

    One for a skill or any-of group, the best k of a k-of-n group: ``{aws: 1, gcp: 4}``
    against "one at 1" is Google Cloud at 4 (its confidence and evidence are shown).
    Every caller that asks which member of a group counts asks here.
    """
    members = req.members
    if req.at_least == 1:
        best = max(range(len(members)), key=lambda i: (levels.get(members[i], 0), -i))
        return [members[best]]
    ranked = sorted(range(len(members)), key=lambda i: (-levels.get(members[i], 0), i))
    return [members[i] for i in ranked[: req.at_least]]


def best_member(req: SkillRequirement, levels: Mapping[str, int]) -> str:
    """The member with the highest level; ties go to the first listed."""
    return counted_members(req, levels)[0]


def attainment(req: SkillRequirement, levels: Mapping[str, int]) -> float:
    """The level a requirement counts: its counted members' mean level, each up to the target.

    One member: its level up to the target (a whole number). A k-of-n group: ``(min(h1, t)
    + … + min(hk, t)) / k`` over its best k members: the target when k members reach it.
    """
    if req.skill:
        return min(levels.get(req.skill, 0), req.level)
    counted = counted_members(req, levels)
    if len(counted) == 1:
        return min(levels.get(counted[0], 0), req.level)
    return total(min(levels.get(m, 0), req.level) for m in counted) / len(counted)


def counted_level(req: SkillRequirement, levels: Mapping[str, int]) -> int:
    """The level ``at_least`` members all reach, up to the target (the best member's, for one)."""
    return min(levels.get(counted_members(req, levels)[-1], 0), req.level)


def skill_points(req: SkillRequirement, levels: Mapping[str, int]) -> float:
    """``weight × attainment`` (for one member ``weight × min(level, target)``), rounded once."""
    return round_points(WEIGHT[req.importance] * attainment(req, levels))


def degree_factors(
    req: DegreeRequirement, held: DegreeHeld, index: CatalogIndex
) -> tuple[float, float, float]:
    """A degree's rung ratio (capped at 1), field factor (1 or 0.5) and status factor (1 or 0.5)."""
    rung = min(1.0, index.degree_rank[held.degree] / index.degree_rank[req.level])
    in_field = not req.fields or held.field in req.fields
    return rung, 1.0 if in_field else 0.5, 1.0 if held.completed else 0.5


def degree_credit(req: DegreeRequirement, held: DegreeHeld, index: CatalogIndex) -> float:
    """How much (0-1) one degree held meets a degree requirement: its three factors' product."""
    rung, field, status = degree_factors(req, held, index)
    return rung * field * status


def best_degree_credit(
    req: DegreeRequirement, degrees: Iterable[DegreeHeld], index: CatalogIndex
) -> float:
    """The credit of the best degree held (0 with none)."""
    return max([degree_credit(req, d, index) for d in degrees], default=0.0)


def certification_credit(req: CertificationRequirement, held: Collection[str]) -> float:
    """1 when any certification of the group is held, else 0."""
    return 1.0 if any(c in held for c in req.any_of) else 0.0


def experience_of(
    req: ExperienceRequirement, items: Iterable[ExperienceHeld]
) -> list[ExperienceHeld]:
    """The experience items of the kinds a requirement accepts."""
    return [e for e in items if e.kind in req.kinds]


def relevance_credit(req: ExperienceRequirement, item: ExperienceHeld) -> float:
    """How much (0-1) of an item counts: by how far it shows the requirement's field of work.

    Full (1) when its title or skills show the field, half when they show a neighbouring
    field, nothing otherwise; all of it when the requirement names no field.
    """
    if req.relevance is None:
        return 1.0
    return RELEVANCE_CREDIT[dict(item.fields).get(req.relevance, "full")]


def experience_amount(req: ExperienceRequirement, items: Iterable[ExperienceHeld]) -> float:
    """What counts towards a requirement: how many items, or how many months, of its kinds.

    Each item weighed by its :func:`relevance_credit`.
    """
    mine = experience_of(req, items)
    if req.min_count is not None:
        return total(relevance_credit(req, e) for e in mine)
    return total(e.months * relevance_credit(req, e) for e in mine)


def experience_needed(req: ExperienceRequirement) -> float:
    """The count or the months a requirement asks for."""
    need = req.min_count if req.min_count is not None else req.min_months
    assert need is not None  # the model requires one of the two
    return float(need)


def experience_credit(req: ExperienceRequirement, items: Iterable[ExperienceHeld]) -> float:
    """``count / min_count`` or ``months / min_months`` of the listed kinds, capped at 1."""
    return min(1.0, experience_amount(req, items) / experience_needed(req))


def _degrees(req: DegreeRequirement, standing: Standing, index: CatalogIndex) -> float:
    return best_degree_credit(req, standing.degrees, index)


def _certifications(
    req: CertificationRequirement, standing: Standing, index: CatalogIndex
) -> float:
    return certification_credit(req, standing.certifications)


def _experience(req: ExperienceRequirement, standing: Standing, index: CatalogIndex) -> float:
    return experience_credit(req, standing.experience)


#: How much (0-1) of a degree, certification or experience requirement a standing meets.
CREDIT: Final[dict[type[Requirement], Callable[[Any, Standing, CatalogIndex], float]]] = {
    DegreeRequirement: _degrees,
    CertificationRequirement: _certifications,
    ExperienceRequirement: _experience,
}


def credit(req: Requirement, standing: Standing, index: CatalogIndex) -> float:
    """How much (0-1) of a degree, certification or experience requirement a standing meets."""
    return CREDIT[type(req)](req, standing, index)


def points_for(worth: float, credit: float) -> float:
    """The points a credit of 0-1 earns on a requirement worth ``worth``, rounded once."""
    return round_points(worth * credit)


def credit_points(req: Requirement, credit: float) -> float:
    """The points a credit of 0-1 earns on a degree, certification or experience requirement."""
    return points_for(max_points(req), credit)


def requirement_points(req: Requirement, standing: Standing, index: CatalogIndex) -> float:
    """The points a standing earns on one requirement, rounded once: what every report shows."""
    if isinstance(req, SkillRequirement):
        return skill_points(req, standing.skills)
    return credit_points(req, credit(req, standing, index))


def met(points: float, worth: float) -> bool:
    """Whether a requirement is fully met: its points reach its worth, both rounded once."""
    return round_points(points) >= round_points(worth)


def status_of(points: float, worth: float) -> Status:
    """Met, partial or missing, decided on the points as reported (each rounded once)."""
    if met(points, worth):
        return "met"
    return "partial" if round_points(points) > 0 else "missing"


def more_important(a: Importance, b: Importance) -> bool:
    """Whether a requirement of importance ``a`` is worth more than one of ``b``."""
    return WEIGHT[a] > WEIGHT[b]


def by_importance(importance: Importance) -> float:
    """A sort key putting the most important first: essential, important, useful."""
    return -WEIGHT[importance]


def minor(importance: Importance) -> bool:
    """Whether a requirement is of the least importance ("useful"): reports group its gaps."""
    return importance == "useful"


def points_open(rows: Iterable[tuple[float, float]]) -> float:
    """The points still to earn over (points, worth) rows, unrounded."""
    return total(worth - points for points, worth in rows)


def can_block(importance: Importance) -> bool:
    """Whether a requirement of this importance blocks readiness while unmet: essential ones.

    A planner asks once per requirement, then only :func:`met`.
    """
    return importance == "essential"


def blocker(importance: Importance, points: float, worth: float) -> bool:
    """A blocker: an essential requirement not fully met (on the points as reported)."""
    return can_block(importance) and not met(points, worth)


# --- categories and the overall score ---------------------------------------------------------


def total(points: Iterable[float]) -> float:
    """Points added up in the order given, unrounded: a category's earned or possible points.

    Every scorer adds a category's requirements in the catalog's order, so the float sums,
    and the scores rounded from them, are the same to the last bit.
    """
    return sum(points)


def category_sums(
    rows: Iterable[tuple[Category, float, float]],
) -> dict[Category, tuple[float, float]]:
    """Each category's (points earned, points possible), of (category, points, worth) rows.

    Only the categories with requirements, in the docs' order (skills, education,
    certifications, experience).
    """
    listed = list(rows)
    return {
        c: (total(p for k, p, _ in listed if k == c), total(w for k, _, w in listed if k == c))
        for c in CATEGORIES
        if any(k == c for k, _, _ in listed)
    }


def category_score(points: float, worth: float) -> float:
    """A category's score, 0-100 with one decimal: ``100 × earned / possible`` (100 if nothing)."""
    return round(100 * points / worth, 1) if worth else 100.0


def shares(weights: Weights, used: Iterable[Category]) -> dict[Category, float]:
    """Each used category's share of the overall score, in percent with one decimal.

    Weights are relative: they are normalised over the categories the role uses.
    """
    chosen = set(used)
    weight = {c: float(getattr(weights, c)) for c in CATEGORIES if c in chosen}
    total = sum(weight.values()) or 1.0
    return {c: round(100 * w / total, 1) for c, w in weight.items()}


def weigh(
    sums: Mapping[Category, tuple[float, float]], weights: Weights
) -> dict[Category, tuple[float, float]]:
    """Each used category's (score 0-100, share of the overall score in percent).

    ``sums`` maps each category the role uses to its (points earned, points possible).
    """
    return {c: (category_score(*sums[c]), share) for c, share in shares(weights, sums).items()}


def weighted_mean(scores: Sequence[float], weights: Sequence[float]) -> float:
    """Mean of the scores, each weighed by its weight; one decimal; 0 when nothing weighs."""
    total = sum(weights)
    if not total:
        return 0.0
    return round(sum(s * w for s, w in zip(scores, weights, strict=True)) / total, 1)


def overall(sums: Mapping[Category, tuple[float, float]], weights: Weights) -> float:
    """The overall score, 0-100 with one decimal, of each category's (earned, possible) points."""
    weighed = weigh(sums, weights).values()
    return weighted_mean([s for s, _ in weighed], [w for _, w in weighed])


def point_values(
    shares: Mapping[Category, float], worths: Mapping[Category, float]
) -> dict[Category, float]:
    """Overall-score points that one requirement point earns, per category.

    A category's share of the overall score (normalised over the shares given) spread
    over the points it is worth: what a requirement's points contribute to the overall
    score before its rounding. 0 for a category worth nothing.
    """
    total = sum(shares.values())
    return {
        c: 100 * share / total / worths[c] if total and worths.get(c) else 0.0
        for c, share in shares.items()
    }


def contributions(
    rows: Iterable[tuple[str, Category, float]],
    shares: Mapping[Category, float],
    worths: Mapping[Category, float],
) -> dict[str, float]:
    """Overall-score points each requirement contributes, of (id, category, points) rows.

    A requirement's points times its category's :func:`point_values`, unrounded: what
    ``compare`` ranks the movers by, and what the plan rates a step's gain by.
    """
    values = point_values(shares, worths)
    return {key: points * values.get(category, 0.0) for key, category, points in rows}


def category_worths(rows: Iterable[tuple[Category, float]]) -> dict[Category, float]:
    """Each category's possible points, of (category, worth) rows, added in the order given.

    The categories in the order they first appear: what the plan's frame spreads a
    category's share over (:func:`point_values`).
    """
    worths: dict[Category, float] = {}
    for category, worth in rows:
        worths[category] = worths.get(category, 0.0) + worth
    return worths


def weighted_gain(rows: Iterable[tuple[float, float, float]]) -> float:
    """Overall-score points gained, of (points before, points after, value) rows, unrounded.

    Each requirement's change of points times its :func:`point_values` value, added in the
    order given: what the plan rates a step (or a bundle of steps) by, per hour.
    """
    return sum((after - before) * value for before, after, value in rows)


def weighted_points(rows: Iterable[tuple[float, float]]) -> float:
    """The exact overall score of (points, value) rows: ``Σ points × value``, unrounded.

    See :func:`exact_score_slack` for how far the rounded overall score can lie from it.
    """
    return sum(points * value for points, value in rows)


def mean_score(scores_total: float, count: int) -> float:
    """The mean of ``count`` scores that add up to ``scores_total``, one decimal (0 for none)."""
    return round(scores_total / count, 1) if count else 0.0


def level_ratio(have: int, need: int) -> float:
    """How much of a target level is held, 0-1 with two decimals (1 for a target of 0)."""
    return round(have / need, 2) if need else 1.0


# --- readiness ----------------------------------------------------------------------------------


#: The share of each importance's points the ready bar counts on (catalog/50-notes.yaml,
#: "Ready score"): every essential, three quarters of the important, none of the useful.
READY_SHARE: Final[dict[Importance, float]] = {"essential": 1.0, "important": 0.75, "useful": 0.0}


def ready_bar(requirements: Iterable[Requirement], weights: Weights) -> int:
    """A role's ready score: what every essential, 3/4 of the important and no useful earn.

    Rounded down. The shipped roles' ``ready_score`` is this bar (``tests/test_roles.py``);
    a role drafted from a posting is given it.
    """
    rows = [
        (CATEGORY_OF[type(r)], max_points(r) * READY_SHARE[r.importance], max_points(r))
        for r in requirements
    ]
    return math.floor(overall(category_sums(rows), weights))


def readiness(score: float, blockers: Sequence[str], ready_score: float) -> Readiness:
    """``ready`` needs the ready score and no blocker; blockers cap at ``nearly_ready``."""
    if score >= ready_score and not blockers:
        return "ready"
    if score >= ready_score - NEARLY_MARGIN:
        return "nearly_ready"
    return "not_ready"


# --- asked by the plan, which weighs routes by the points above -------------------------------


def overall_of(
    categories: Sequence[Category],
    worths: Sequence[float],
    points: Iterable[float],
    weights: Weights,
) -> float:
    """:func:`overall` of requirements given one by one: category, worth, points earned.

    Each category's (earned, possible) is summed in the order given.
    """
    sums: dict[Category, tuple[float, float]] = {}
    for category, worth, earned in zip(categories, worths, points, strict=True):
        got, possible = sums.get(category, (0.0, 0.0))
        sums[category] = (got + earned, possible + worth)
    return overall(sums, weights)


#: Decimals of a category score and of the overall score (:func:`category_score`,
#: :func:`weighted_mean`).
SCORE_DECIMALS: Final = 1
#: Room for floating point in :func:`exact_score_slack`: the sums of a few dozen terms under
#: 100 that make a score are off by about 1e-13.
FLOAT_ROOM: Final = 0.02


def exact_score_slack() -> float:
    """How far below the overall score its exact value can lie: 0.12.

    The exact score of some points is ``Σ points × value`` with :func:`point_values`, the
    overall score before any rounding: ``Σ_c w_c × 100 × earned_c / possible_c``, where
    ``w_c`` is a category's share over the sum of the shares (the ``w_c`` add up to 1, and
    every used category is worth more than 0, as every requirement is). :func:`overall`
    rounds twice, each time to :data:`SCORE_DECIMALS`, so by at most half a unit (0.05):
    each category score, whose errors, weighed by the ``w_c``, add up to at most 0.05 too;
    then their weighted mean, 0.05 more. So ``overall ≤ exact + 0.1``: a standing whose
    exact score is more than 0.1 (plus :data:`FLOAT_ROOM`) below the ready score is not
    ready, and the plan's search may cut it. Rounded to 9 decimals, so the bound is the
    float ``0.12`` itself.
    """
    half_unit = 0.5 * 10.0**-SCORE_DECIMALS
    return round(2 * half_unit + FLOAT_ROOM, 9)
