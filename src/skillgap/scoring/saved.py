"""A saved result's numbers held to the scoring rule: an edited or damaged file is refused.

``compare`` reads results saved with ``--format json``. Their shape is validated by the
models; what the models cannot see is whether the numbers are ones skillgap could have
written: a requirement's worth follows from its importance (and a skill's target level),
its points lie between 0 and that worth, its status and blocker follow from them, each
category adds up its requirements, and the headline score is the categories' weighted
mean. Each check asks :mod:`skillgap.scoring.rule`, the one owner of these numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from skillgap.errors import InputError
from skillgap.inputs.loader import Document
from skillgap.models.common import Category
from skillgap.models.result import Assessment, CategoryResult, RequirementResult
from skillgap.scoring import rule

Loc = tuple[str | int, ...]
#: Rounded figures may differ by one unit of their last decimal from a sum recomputed.
_POINTS_SLACK: Final = 0.011
_SCORE_SLACK: Final = 0.11
_SKILL_KINDS: Final = ("skill", "skill_group")


_HINT: Final = (
    "skillgap never writes these numbers: the file was edited or damaged; "
    "re-run 'skillgap assess --format json' on the profile"
)


def refuse_impossible(result: Assessment, doc: Document) -> None:
    """Raise InputError, each problem at its place in ``doc``, if :func:`impossible` finds any."""
    problems = sorted(
        (doc.problem(loc, message) for loc, message in impossible(result)),
        key=lambda p: (p.line, p.column),
    )
    if problems:  # one hint, on the first: the cause is the same for all
        raise InputError([replace(problems[0], hint=_HINT), *problems[1:]])


def _num(x: float) -> str:
    return f"{x:g}"


def impossible(result: Assessment) -> Iterator[tuple[Loc, str]]:
    """Where ``result`` holds numbers the scoring rule cannot give, and why; nothing if none.

    Sums are checked only once every requirement is possible: a wrong part would make every
    sum above it wrong too, and one edit would fill the screen.
    """
    parts = [
        (("requirements", i, *loc), msg)
        for i, req in enumerate(result.requirements)
        for loc, msg in _requirement(req)
    ]
    if parts:
        yield from parts
        return
    categories = {c.category: (j, c) for j, c in enumerate(result.categories)}
    used = {r.category for r in result.requirements}
    for j, cat in enumerate(result.categories):
        if categories[cat.category][0] != j:
            yield ("categories", j, "category"), f"category '{cat.category}' is listed twice"
        elif cat.category not in used:
            yield ("categories", j, "category"), f"no requirement counts in '{cat.category}'"
        else:
            members = [r for r in result.requirements if r.category == cat.category]
            yield from ((("categories", j, *loc), m) for loc, m in _category(cat, members))
    for missing in sorted(used - categories.keys()):
        yield ("categories",), f"the category '{missing}' of its requirements is not listed"
    yield from _overall(result)


def _requirement(req: RequirementResult) -> Iterator[tuple[Loc, str]]:
    points, worth = req.points, req.max_points
    if not math.isfinite(points) or not math.isfinite(worth):
        yield ("points",), f"requirement '{req.id}' has points that are not a number"
        return
    level = req.target_level if req.kind in _SKILL_KINDS else None
    if req.kind in _SKILL_KINDS and level is None:
        yield ("target_level",), f"skill requirement '{req.id}' has no target level"
        return
    expected = rule.worth(req.importance, level)
    if abs(worth - expected) > _POINTS_SLACK:
        yield (
            ("max_points",),
            f"requirement '{req.id}' ({req.importance}) is worth {_num(expected)} points, "
            f"not {_num(worth)}",
        )
    if not 0 <= points <= worth:
        yield (
            ("points",),
            f"requirement '{req.id}' has {_num(points)} of {_num(worth)} points; "
            f"points lie between 0 and what it is worth",
        )
        return
    if req.status != rule.status_of(points, worth):
        status = rule.status_of(points, worth)
        yield (
            ("status",),
            f"requirement '{req.id}' is '{req.status}' with points that make it '{status}'",
        )
    blocks = rule.blocker(req.importance, points, worth)
    if req.blocker != blocks:
        yield ("blocker",), f"requirement '{req.id}' is marked as a blocker wrongly"


def _category(cat: CategoryResult, members: list[RequirementResult]) -> Iterator[tuple[Loc, str]]:
    name: Category = cat.category
    points = rule.round_points(rule.total(r.points for r in members))
    worth = rule.round_points(rule.total(r.max_points for r in members))
    if abs(cat.points - points) > _POINTS_SLACK or abs(cat.max_points - worth) > _POINTS_SLACK:
        yield (
            ("points",),
            f"category '{name}' has {_num(cat.points)} of {_num(cat.max_points)} points; "
            f"its requirements add up to {_num(points)} of {_num(worth)}",
        )
    elif abs(cat.score - rule.category_score(points, worth)) > _SCORE_SLACK:
        yield (
            ("score",),
            f"category '{name}' scores {_num(cat.score)}; "
            f"its points make {_num(rule.category_score(points, worth))}",
        )
    if cat.requirements != len(members):
        yield (
            ("requirements",),
            f"category '{name}' counts {cat.requirements} requirements, not {len(members)}",
        )
    if not 0 <= cat.weight <= 100:
        yield ("weight",), f"category '{name}' has a share of {_num(cat.weight)} %, not 0-100"


def _overall(result: Assessment) -> Iterator[tuple[Loc, str]]:
    cats = result.categories
    total = sum(c.weight for c in cats)
    if cats and abs(total - 100) > 0.5:
        yield ("categories",), f"the categories' shares add up to {_num(total)} %, not 100"
    mean = rule.weighted_mean([c.score for c in cats], [c.weight for c in cats])
    if abs(result.score - mean) > _SCORE_SLACK:
        yield ("score",), f"the score is {_num(result.score)}; its categories make {_num(mean)}"
    for field in ("claimed_score", "evidenced_score"):
        value = getattr(result, field)
        if value is not None and not 0 <= value <= 100:
            yield (field,), f"the {field.replace('_', ' ')} is {_num(value)}, not 0-100"
    headline = result.claimed_score if result.trust == "claimed" else result.evidenced_score
    if headline is not None and abs(headline - result.score) > _SCORE_SLACK:
        yield (
            ("score",),
            f"the score is {_num(result.score)}, its {result.trust} score {_num(headline)}",
        )
    blockers = [r.id for r in result.requirements if r.blocker]
    if result.blockers != blockers:
        yield ("blockers",), "the blockers are not the essential requirements left unmet"
    # Whatever the role's ready score, the rule never says ready with a blocker left.
    if result.readiness == "ready" and rule.readiness(result.score, blockers, 0) != "ready":
        yield ("readiness",), f"'ready' with {len(blockers)} blocker(s) left: the rule says not"
    # Evidence only discounts a claim; only a reviewer may raise a level above it.
    claimed, evidenced = result.claimed_score, result.evidenced_score
    if (
        result.review is None
        and claimed is not None
        and evidenced is not None
        and evidenced > claimed + _SCORE_SLACK
    ):
        yield (
            ("evidenced_score",),
            f"the evidenced score {_num(evidenced)} is above the claimed {_num(claimed)} "
            "with no review",
        )
