"""Progress between two assessments of the same role. Pure: results in, comparison out."""

from __future__ import annotations

from collections.abc import Sequence

from skillgap.errors import UsageError
from skillgap.models.common import Category
from skillgap.models.result import (
    Assessment,
    PlanStep,
    RequirementResult,
)
from skillgap.models.views import (
    CategoryChange,
    Comparison,
    LevelChange,
    Mover,
    Snapshot,
)
from skillgap.scoring import rule

MOVERS = 5


def _catalogs(result: Assessment) -> list[tuple[str, str]]:
    return sorted((i.path, i.sha256) for i in result.inputs if i.kind == "catalog")


def scored_against(cmp: Comparison) -> str:
    """Which role the two were scored against, as one line of a report."""
    old, new = cmp.old.role, cmp.new.role
    if old.id == new.id:
        return f"Both scored against {new.name} ({new.id})"
    return f"Scored against {old.name} ({old.id}) before and {new.name} ({new.id}) now"


def check_comparable(old: Assessment, new: Assessment) -> None:
    """Refuse two results for different roles or catalogs: their numbers do not compare."""
    if old.role.id != new.role.id:
        raise UsageError(
            f"the results are for different roles: '{old.role.id}' and '{new.role.id}'",
            "assess both against the same role (--role), or pass --force to compare anyway",
        )
    if old.role.level != new.role.level:
        raise UsageError(
            f"the results are for different levels: {old.role.level or 'as written'} and "
            f"{new.role.level or 'as written'}",
            "assess both at the same level (--level), or pass --force to compare anyway",
        )
    if _catalogs(old) != _catalogs(new):
        raise UsageError(
            "the results were made with different catalogs (their content hashes differ)",
            "assess both with the same catalog, or pass --force to compare anyway",
        )


def point_values(result: Assessment) -> dict[Category, float]:
    """Overall-score points per requirement point, by category: the rule's, from the result."""
    return rule.point_values(
        {c.category: c.weight for c in result.categories},
        {c.category: c.max_points for c in result.categories},
    )


def _contributions(result: Assessment) -> dict[str, tuple[str, float]]:
    """Each requirement's name and what it adds to the overall score: the rule's."""
    adds = rule.contributions(
        ((r.id, r.category, r.points) for r in result.requirements),
        {c.category: c.weight for c in result.categories},
        {c.category: c.max_points for c in result.categories},
    )
    return {r.id: (r.name, adds[r.id]) for r in result.requirements}


def _names(ids: Sequence[str], reqs: dict[str, RequirementResult]) -> list[str]:
    return [reqs[i].name if i in reqs else i for i in ids]


def compare(
    old: Assessment, new: Assessment, *, old_source: str, new_source: str, force: bool = False
) -> Comparison:
    """What changed from ``old`` to ``new``: scores, gaps, levels, blockers, plan steps."""
    if not force:
        check_comparable(old, new)
    old_reqs = {r.id: r for r in old.requirements}
    new_reqs = {r.id: r for r in new.requirements}
    shared = [i for i in new_reqs if i in old_reqs]
    closed = [
        new_reqs[i].name
        for i in shared
        if old_reqs[i].status != "met" and new_reqs[i].status == "met"
    ]
    opened = [
        new_reqs[i].name
        for i in shared
        if old_reqs[i].status == "met" and new_reqs[i].status != "met"
    ]
    levels = [
        LevelChange(
            id=i,
            name=new_reqs[i].name,
            old=old_reqs[i].current_level or 0,
            new=new_reqs[i].current_level or 0,
        )
        for i in shared
        if new_reqs[i].current_level is not None
        and old_reqs[i].current_level != new_reqs[i].current_level
        and not _by_review(old_reqs[i], new_reqs[i])
    ]
    old_cats = {c.category: c.score for c in old.categories}
    cats = [
        CategoryChange(
            category=c.category,
            old=old_cats.get(c.category, 0.0),
            new=c.score,
            change=round(c.score - old_cats.get(c.category, 0.0), 1),
        )
        for c in new.categories
    ]
    before, after = _contributions(old), _contributions(new)
    moved = [
        Mover(id=i, name=after[i][0], change=round(after[i][1] - before.get(i, ("", 0.0))[1], 1))
        for i in after
    ]
    moved = sorted((m for m in moved if m.change), key=lambda m: (-abs(m.change), m.name))
    completed: list[str] = []
    by_review: list[str] = []
    if old.plan is not None:
        for step in old.plan.steps:
            if _done(step, new_reqs):
                mine = _done(step, new_reqs, claimed=True)
                (completed if mine else by_review).append(step.title)
    warnings = []
    if old.profile.strip().casefold() != new.profile.strip().casefold():
        warnings.append(
            f"the two are for different names: '{old.profile}' and '{new.profile}'; "
            "is this the same person?"
        )
    if old.role.id != new.role.id:
        warnings.append(
            f"the two were scored against different roles: '{old.role.id}' and "
            f"'{new.role.id}'; their numbers do not compare"
        )
    return Comparison(
        warnings=warnings,
        old=_snapshot(old, old_source),
        new=_snapshot(new, new_source),
        score_change=round(new.score - old.score, 1),
        categories=cats,
        gaps_closed=closed,
        gaps_opened=opened,
        blockers_removed=_names([b for b in old.blockers if b not in new.blockers], old_reqs),
        blockers_added=_names([b for b in new.blockers if b not in old.blockers], new_reqs),
        level_changes=levels,
        steps_completed=completed,
        movers=moved[:MOVERS],
        review=new.review,
        review_changes=review_changes(new),
        steps_met_by_review=by_review,
    )


def _by_review(old: RequirementResult, new: RequirementResult) -> bool:
    """Whether a level changed only because a review set it: the claims are the same."""
    return new.confidence == "verified" and new.claimed_level == old.claimed_level


def _done(step: PlanStep, reqs: dict[str, RequirementResult], *, claimed: bool = False) -> bool:
    """Whether NEW shows ``step`` done (its own skill or certification, not a group's other).

    A skill step needs its own skill at its level, a certification step its own
    certification; other steps need every requirement they serve met. Learning another
    member of an any-of group does not complete a step of this one. ``claimed``: by the
    levels the profile claims, a review's left aside.
    """
    served = [reqs.get(i) for i in step.serves]
    if not served or any(r is None for r in served):
        return False
    for r in served:
        assert r is not None
        if step.kind == "skill":
            if not _member(r, step.target) or not _level_met(
                r, step.level_to or 0, claimed=claimed
            ):
                return False
        elif step.kind == "certification":
            if r.member != step.target:
                return False
        elif r.status != "met":
            return False
    return True


def _member(r: RequirementResult, skill: str) -> bool:
    """Whether a skill row counts ``skill``: its own, a group's member, one of a k-of-n's."""
    if r.counted is not None:
        return skill in r.counted
    return r.kind != "skill_group" or r.member == skill


def _level_met(r: RequirementResult, level: int, *, claimed: bool) -> bool:
    """Whether a skill row is at ``level``: as counted, or as claimed when a review set it."""
    if claimed and r.confidence == "verified":
        return (r.claimed_level or 0) >= level
    return (r.current_level or 0) >= level or r.status == "met"


def review_changes(result: Assessment) -> list[str]:
    """What a review applied to ``result`` changed: each level it set, and its comments."""
    out = []
    for r in result.requirements:
        if r.confidence != "verified" and not r.review_comment:
            continue
        line = r.name + ": "
        if r.confidence == "verified":
            line += (
                f"claimed {r.claimed_level}, reviewed {r.current_level}"
                if r.claimed_level != r.current_level
                else f"{r.current_level} verified"
            )
        else:
            line += "comment only"
        if r.review_comment:
            line += f" — {r.review_comment}"
        out.append(line)
    if result.review is not None and result.review.overall:
        out.append(f"Overall ({result.review.reviewer}): {result.review.overall}")
    return out


def _snapshot(result: Assessment, source: str) -> Snapshot:
    return Snapshot(
        profile=result.profile,
        role=result.role,
        as_of=result.as_of,
        score=result.score,
        readiness=result.readiness,
        source=source,
    )


def sections(cmp: Comparison) -> list[tuple[str, list[str]]]:
    """The comparison's lists, titled, in the order every renderer shows them."""
    return [
        ("Gaps closed", cmp.gaps_closed),
        ("Gaps opened", cmp.gaps_opened),
        ("Blockers removed", cmp.blockers_removed),
        ("Blockers added", cmp.blockers_added),
        ("Level changes", [f"{c.name}: {c.old} → {c.new}" for c in cmp.level_changes]),
        ("Plan steps completed", cmp.steps_completed),
        (
            "What moved the score most",
            [f"{m.name}: {m.change:+.1f} points overall" for m in cmp.movers],
        ),
        *(
            [
                ("What the review changed", cmp.review_changes),
                ("Plan steps met by the review", cmp.steps_met_by_review),
            ]
            if cmp.review is not None
            else []
        ),
    ]
