"""Explained results: every requirement scored with :mod:`skillgap.scoring.rule`, in words.

The numbers (worth, credit, points rounded once, status, category scores and shares,
the overall score, readiness) are the rule's; this module puts them into the
:class:`~skillgap.models.result.Assessment` a report shows, with what was required,
what the profile has and why it earns what it earns.
"""

from __future__ import annotations

from collections.abc import Sequence

from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.models.catalog import (
    CertificationRequirement,
    DegreeRequirement,
    ExperienceRequirement,
    Requirement,
    SkillRequirement,
)
from skillgap.models.common import experience_kinds, level_label
from skillgap.models.result import (
    Assessment,
    CatalogInfo,
    CategoryResult,
    InputFile,
    RequirementKind,
    RequirementResult,
    RoleRef,
    SkillHeld,
    Warning,
)
from skillgap.scoring import rule
from skillgap.scoring.relevance import field_name
from skillgap.scoring.standing import Standing

__all__ = [
    "assess",
    "catalog_info",
    "categories",
    "overall",
    "readiness_rule",
    "requirement_name",
    "score_certification",
    "score_degree",
    "score_experience",
    "score_requirements",
    "score_skill",
]


def _fmt(x: float) -> str:
    return f"{x:.1f}" if abs(x * 10 - round(x * 10)) < 1e-9 else f"{x:.2f}"


def _result(
    *,
    req: Requirement,
    index: CatalogIndex,
    kind: RequirementKind,
    required: str,
    have: str,
    points: float,
    reason: str,
    skills: Sequence[str] = (),
    target_level: int | None = None,
    current_level: int | None = None,
    member: str | None = None,
    counted: list[str] | None = None,
) -> RequirementResult:
    """One requirement's result: ``points`` (rounded once) and its status, as the rule decides."""
    worth = rule.max_points(req)
    status = rule.status_of(points, worth)
    name = requirement_name(req, index)
    verdict = status if status == "met" else req.importance
    explanation = f"{name}: {reason} → {verdict}, {_fmt(points)} of {_fmt(worth)} points"
    return RequirementResult.model_construct(
        id=req.key,
        kind=kind,
        category=rule.CATEGORY_OF[type(req)],
        name=name,
        importance=req.importance,
        required=required,
        have=have,
        target_level=target_level,
        current_level=current_level,
        member=member,
        counted=counted,
        points=points,
        max_points=worth,
        status=status,
        blocker=rule.blocker(req.importance, points, worth),
        explanation=explanation,
        skills=list(skills),
        source=req.source,
        # Every field given: a default looked up per field costs more than validating.
        claimed_level=None,
        confidence=None,
        level_explanation=None,
        evidence=[],
        note=None,
        review_comment=None,
    )


def requirement_name(req: Requirement, index: CatalogIndex) -> str:
    """A requirement's display name: the catalog's ``name``, else one built from what it asks.

    The one place it is built: reports, ``roles show`` and the cohort summary all say it so.
    """
    if req.name:
        return req.name
    if isinstance(req, SkillRequirement):
        names = [index.skill_name(m) for m in req.members]
        if req.at_least > 1:
            return f"{req.at_least} of {', '.join(names)}"
        return " or ".join(names)
    if isinstance(req, DegreeRequirement):
        return f"{index.degrees[req.level].name} or higher"
    if isinstance(req, CertificationRequirement):
        return " or ".join(index.certifications[c].name for c in req.any_of)
    return f"Experience: {experience_kinds(req.kinds)}"


def score_skill(
    req: SkillRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """Points for one skill, or for the best member of an any-of group (the best k of k-of-n)."""
    if req.at_least > 1:
        return _score_k_of_n(req, standing, index)
    best = rule.best_member(req, standing.skills)
    have = standing.skills.get(best, 0)
    if req.skill:
        reason = f"you are at {level_label(have)}, the role needs {level_label(req.level)}"
        have_text = level_label(have)
    elif have:
        reason = (
            f"your best is {index.skill_name(best)} at {level_label(have)}, "
            f"the role needs one at {level_label(req.level)}"
        )
        have_text = f"{index.skill_name(best)} at {level_label(have)}"
    else:
        reason = f"you have none of them, the role needs one at {level_label(req.level)}"
        have_text = level_label(0)
    return _result(
        req=req,
        index=index,
        kind="skill" if req.skill else "skill_group",
        required=level_label(req.level) if req.skill else f"one at {level_label(req.level)}",
        have=have_text,
        points=rule.skill_points(req, standing.skills),
        reason=reason,
        skills=req.members,
        target_level=req.level,
        current_level=have,
        member=best if not req.skill and have else None,
    )


def _score_k_of_n(
    req: SkillRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """A k-of-n group: its best k members count, each up to the target, as their mean.

    ``current_level`` is the level all k of them reach (the k-th best); ``counted`` the
    members held among the best k, best first; the line names each with its level.
    """
    k, levels = req.at_least, standing.skills
    counted = rule.counted_members(req, levels)
    held = [m for m in counted if levels.get(m, 0) > 0]
    shown = ", ".join(f"{index.skill_name(m)} {levels[m]}" for m in held)
    need = f"{k} of them at {level_label(req.level)}"
    if not held:
        reason = f"you have none of them, the role needs {need}"
    else:
        others = " and nothing else" if len(held) < k else ""
        mean = _fmt(rule.attainment(req, levels))
        reason = (
            f"{shown}{others} (the best {k}, each up to {req.level}, average {mean}), "
            f"the role needs {need}"
        )
    return _result(
        req=req,
        index=index,
        kind="skill_group",
        required=need,
        have=shown or level_label(0),
        points=rule.skill_points(req, levels),
        reason=reason,
        skills=req.members,
        target_level=req.level,
        current_level=levels.get(counted[-1], 0),
        member=counted[-1] if levels.get(counted[-1], 0) else None,
        counted=held,
    )


def score_degree(
    req: DegreeRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """Points for a degree: rung ratio × field factor × status factor, best degree held."""
    fields = [index.fields[f].name for f in req.fields]
    required = index.degrees[req.level].name + (f" in {_listing(fields)}" if fields else "")
    best_credit, best_text, best_reason = 0.0, "none", "you have no degree listed"
    for held in standing.degrees:
        rung, field, status = rule.degree_factors(req, held, index)
        credit = rung * field * status
        text = index.degrees[held.degree].name + (
            f" in {held.field_text}" if held.field_text else ""
        )
        text += "" if held.completed else " (in progress)"
        if credit > best_credit:
            notes = []
            if rung < 1:
                notes.append("a lower degree than required")
            if field < 1:
                notes.append("in another field (half credit)")
            if status < 1:
                notes.append("in progress (half credit)")
            best_credit, best_text = credit, text
            best_reason = f"you have a {text}" + (f": {'; '.join(notes)}" if notes else "")
    return _result(
        req=req,
        index=index,
        kind="degree",
        required=required,
        have=best_text,
        points=rule.credit_points(req, best_credit),
        reason=best_reason,
    )


def score_certification(
    req: CertificationRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """Full points for holding any certification of the group."""
    names = [index.certifications[c].name for c in req.any_of]
    held = [c for c in req.any_of if c in standing.certifications]
    lapsed = [e for e in standing.expired if e.certification in req.any_of]
    if held:
        have = index.certifications[held[0]].name
        reason = f"you hold {have}"
    elif lapsed:
        old = index.certifications[lapsed[0].certification].name
        have = f"{old} (expired {lapsed[0].expired_on.isoformat()})"
        reason = f"your {old} expired on {lapsed[0].expired_on.isoformat()}"
    else:
        have, reason = "none", "you hold none of them"
    credit = rule.certification_credit(req, standing.certifications)
    return _result(
        req=req,
        index=index,
        kind="certification",
        required=f"one of: {', '.join(names)}" if len(names) > 1 else names[0],
        have=have,
        points=rule.credit_points(req, credit),
        reason=reason,
        member=held[0] if held else None,
    )


def _listing(names: Sequence[str], most: int = 3) -> str:
    """``A, B, C (+2 more)``: a long list kept short for a report line."""
    shown = ", ".join(names[:most])
    return shown + (f" (+{len(names) - most} more)" if len(names) > most else "")


def score_experience(
    req: ExperienceRequirement, standing: Standing, index: CatalogIndex
) -> RequirementResult:
    """Points for experience of the required kinds, by count or by months."""
    amount = rule.experience_amount(req, standing.experience)
    kinds = experience_kinds(req.kinds)
    if req.min_count is not None:
        required = f"{req.min_count} × {kinds}"
        have = f"{amount:g}"
        reason = f"you have {amount:g} {kinds} item(s), the role wants {req.min_count}"
    else:
        need = rule.experience_needed(req)
        required = f"{_fmt(need)} months of {kinds}"
        have = f"{_fmt(amount)} months"
        reason = f"you have {_fmt(amount)} months of {kinds}, the role wants {_fmt(need)}"
    counted_as = _relevance_notes(req, standing, index)
    if counted_as:
        reason += f" ({'; '.join(counted_as)})"
    return _result(
        req=req,
        index=index,
        kind="experience",
        required=required,
        have=have,
        points=rule.credit_points(req, rule.experience_credit(req, standing.experience)),
        reason=reason,
    )


def _relevance_notes(
    req: ExperienceRequirement, standing: Standing, index: CatalogIndex
) -> list[str]:
    """Each item that counts less than in full, and why: 'Sales, 48 months: not ML work, 0'."""
    if req.relevance is None:
        return []
    field = field_name(index, req.relevance)
    notes = []
    for item in rule.experience_of(req, standing.experience):
        share = rule.relevance_credit(req, item)
        if share >= 1:
            continue
        what = f"not {field}" if share == 0 else f"near {field}"
        if req.min_count is not None:
            counted = "not counted" if share == 0 else f"counted as {share:g}"
            notes.append(f"{item.title}: {what}, {counted}")
        else:
            amount = f"{item.months * share:g}"
            notes.append(f"{item.title}, {item.months:g} months: {what}, counted as {amount}")
    return notes


def score_requirements(
    standing: Standing, role: ResolvedRole, index: CatalogIndex
) -> list[RequirementResult]:
    """Every requirement of the role, scored, in the catalog's order."""
    reqs = role.requirements
    return [
        *(score_skill(r, standing, index) for r in reqs.skills),
        *(score_degree(r, standing, index) for r in reqs.education),
        *(score_certification(r, standing, index) for r in reqs.certifications),
        *(score_experience(r, standing, index) for r in reqs.experience),
    ]


def categories(results: Sequence[RequirementResult], role: ResolvedRole) -> list[CategoryResult]:
    """Category scores, with each category's share of the overall score."""
    sums = rule.category_sums((r.category, r.points, r.max_points) for r in results)
    return [
        CategoryResult.model_construct(
            category=category,
            score=score,
            points=rule.round_points(sums[category][0]),
            max_points=rule.round_points(sums[category][1]),
            weight=weight,
            requirements=sum(r.category == category for r in results),
        )
        for category, (score, weight) in rule.weigh(sums, role.weights).items()
    ]


def overall(cats: Sequence[CategoryResult]) -> float:
    """The weighted mean of the category scores, 0-100, one decimal."""
    return rule.weighted_mean([c.score for c in cats], [c.weight for c in cats])


def readiness_rule(ready_score: float) -> str:
    """The readiness rule in words, recorded in every result."""
    nearly = ready_score - rule.NEARLY_MARGIN
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
    required = {m for r in role.requirements.skills for m in r.members}
    # the skills the profile names: not those only implied by other evidence (pandas by a
    # data job), which no one listed and the role does not ask
    claimed = standing.entries or standing.skills
    return Assessment.model_construct(
        profile=standing.name,
        role=RoleRef.model_construct(id=role.id, name=role.name),
        as_of=standing.as_of,
        catalog=catalog_info(index),
        score=score,
        readiness=rule.readiness(score, blockers, role.ready_score),
        readiness_rule=readiness_rule(role.ready_score),
        blockers=blockers,
        categories=cats,
        requirements=results,
        not_required=[
            SkillHeld.model_construct(id=s.id, name=s.name, level=standing.skills[s.id])
            for s in index.catalog.skills
            if standing.skills.get(s.id) and s.id in claimed and s.id not in required
        ],
        warnings=list(warnings),
        inputs=list(inputs),
    )


def catalog_info(index: CatalogIndex) -> CatalogInfo | None:
    """The catalog's version and date as results record them (None: it states neither)."""
    version, date = index.catalog.version, index.catalog.date
    return (
        None
        if version is None and date is None
        else CatalogInfo.model_construct(version=version, date=date)
    )
