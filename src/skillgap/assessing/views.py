"""The other commands' reports: the plan alone, the roles, one role, the skills."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from skillgap.assessing.checks import check_arguments, chosen_level
from skillgap.catalog import levels
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import expect_type
from skillgap.models.catalog import (
    CertificationRequirement,
    DegreeRequirement,
    ExperienceRequirement,
    Requirement,
    SkillRequirement,
    all_requirements,
)
from skillgap.models.common import Seniority, experience_kinds, level_label
from skillgap.models.result import Assessment, RequirementKind
from skillgap.names import norm, words
from skillgap.scoring import engine
from skillgap.scoring.rule import CATEGORY_OF
from skillgap.scoring.standing import pick_role

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from skillgap.models.views import PlanReport, RoleView, SkillsReport


def skills_view(catalog: CatalogIndex, query: str | None = None) -> SkillsReport:
    """The catalog's skills (or those ``query`` finds, best first) and the roles needing each.

    A query is matched as profile names are (:mod:`skillgap.names`): a name or alias, a
    near spelling, or words of a name (``cloud``); a category id lists that category.

    >>> skills_view(load_catalog(), "torch").skills[0].id
    'pytorch'
    """
    check_arguments(catalog, catalog_needed=True)
    if query is not None:
        expect_type("query", query, str, "a name or words to look for (str)")
    from skillgap.models.views import SkillsReport, SkillUse, SkillView  # not built by assess

    uses: dict[str, list[SkillUse]] = {}
    for role_id in sorted(catalog.roles):
        role = catalog.role(role_id)
        for req in role.requirements.skills:
            members = req.members
            for skill_id in members:
                uses.setdefault(skill_id, []).append(
                    SkillUse(
                        role=role_id,
                        role_name=role.name,
                        requirement=req.key,
                        level=req.level,
                        importance=req.importance,
                        any_of=members if req.any_of else [],
                        at_least=req.at_least if req.at_least > 1 else None,
                    )
                )
    counts_as: list[str] = []
    if query is None or not query.strip():
        chosen = [s.id for s in catalog.catalog.skills]
    else:
        counts_as = list(catalog.find_skills(query))
        key, wanted = norm(query), set(words(query))
        # A category ("cloud", "frameworks") first, then what the name matcher finds, then
        # the members of a role's group the query names ("deep-learning framework").
        chosen = [s.id for s in catalog.catalog.skills if norm(s.category) == key]
        # What a profile counts the query as first (the same resolver), then what it may mean.
        chosen += [s for s in counts_as if s not in chosen]
        chosen += [s for s in catalog.skill_names.search(query) if s not in chosen]
        more: list[str] = []
        for role_id in sorted(catalog.roles):
            for req in catalog.role(role_id).requirements.skills:
                if req.name and wanted and wanted <= set(words(req.name)):
                    more += req.members
        chosen += [s for s in dict.fromkeys(more) if s not in chosen]
    return SkillsReport(
        query=query,
        catalog=engine.catalog_info(catalog),
        total=len(catalog.skills),
        counts_as=counts_as,
        skills=[
            SkillView(
                id=skill.id,
                name=skill.name,
                category=skill.category,
                aliases=list(skill.aliases),
                description=skill.description,
                needed_by=uses.get(skill.id, []),
            )
            for skill in (catalog.skills[s] for s in chosen)
        ],
    )


def role_list(catalog: CatalogIndex) -> list[dict[str, str | int | None]]:
    """Every role of the catalog, by id: name, parent, requirement count, summary, levels.

    What ``skillgap roles`` lists; inherited requirements count.

    >>> rows = role_list(load_catalog())
    >>> [(r["id"], r["extends"]) for r in rows][:2]
    [('ai-consultant', 'ml-engineer'), ('ai-research-scientist', 'ml-engineer')]
    """
    check_arguments(catalog, catalog_needed=True)
    rows: list[dict[str, str | int | None]] = []
    for role_id in sorted(catalog.roles):
        resolved = catalog.role(role_id)
        rows.append(
            {
                "id": role_id,
                "name": resolved.name,
                "extends": resolved.role.extends,
                "requirements": len(all_requirements(resolved.requirements)),
                "summary": resolved.summary,
                "levels": ", ".join(levels.levels_of(catalog)),
            }
        )
    return rows


def role_view(catalog: CatalogIndex, role_id: str, level: str | None = None) -> RoleView:
    """A role as the catalog states it, inherited requirements merged in, and its levels.

    With ``level``, the requirements are those of that level.

    >>> view = role_view(load_catalog(), "mlops-engineer")
    >>> view.extends, len(view.requirements) > 10
    ('ml-engineer', True)
    >>> [lv.level for lv in view.levels], role_view(load_catalog(), "ml-engineer", "senior").name
    (['junior', 'mid', 'senior'], 'Senior Machine Learning Engineer')
    """
    from skillgap.models.views import (  # not built by assess
        FactView,
        LevelChangeView,
        LevelView,
        RequirementView,
        RoleView,
    )

    check_arguments(catalog, catalog_needed=True)
    expect_type("role_id", role_id, str, "a role id or name (str)")
    found = pick_role(catalog, role_id)
    chosen = chosen_level(catalog, level)
    shown = levels.at_level(catalog, chosen) if chosen else catalog
    role = shown.role(found)
    rows = []
    for req in all_requirements(role.requirements):
        kind, name, target, skills = _describe(shown, req)
        rows.append(
            RequirementView(
                id=req.key,
                category=CATEGORY_OF[type(req)],
                kind=kind,
                name=name,
                importance=req.importance,
                target=target,
                skills=skills,
                source=req.source,
            )
        )
    ladder = []
    for seniority in levels.levels_of(catalog) if catalog.catalog.levels else ():
        rule = levels.rule(catalog, seniority)
        at = levels.at_level(catalog, seniority)
        ladder.append(
            LevelView(
                level=seniority,
                name=at.role(found).name,
                summary=rule.summary if rule else None,
                ready_score=at.role(found).ready_score,
                source=rule.source if rule else None,
                changes=[
                    LevelChangeView(
                        id=d.id,
                        name=engine.requirement_name(d.requirement, at),
                        mid=d.mid,
                        target=d.other,
                        why=d.why,
                    )
                    for d in differences(catalog, found, seniority)
                ],
            )
        )
    return RoleView(
        id=role.id,
        name=role.name,
        summary=role.summary,
        extends=catalog.role(found).role.extends,
        lineage=list(catalog.role(found).lineage),
        industries=list(role.industries),
        facts=[FactView(label=f.label, value=f.value, source=f.source) for f in role.role.facts],
        weights=role.weights.model_dump(),
        ready_score=role.ready_score,
        requirements=rows,
        catalog=engine.catalog_info(catalog),
        level=chosen,
        levels=ladder or None,
    )


def _describe(
    catalog: CatalogIndex, req: Requirement
) -> tuple[RequirementKind, str, str, list[str]]:
    """Kind, display name (the one reports use), target in words and skill ids of a requirement."""
    name = engine.requirement_name(req, catalog)
    if isinstance(req, SkillRequirement):
        names = [catalog.skill_name(s) for s in req.members]
        many = "one" if req.at_least == 1 else str(req.at_least)
        target = (
            level_label(req.level)
            if req.skill
            else f"{many} of {', '.join(names)} at " + (level_label(req.level))
        )
        return ("skill" if req.skill else "skill_group"), name, target, req.members
    if isinstance(req, DegreeRequirement):
        degree = catalog.degrees[req.level].name
        fields = ", ".join(catalog.fields[f].name for f in req.fields) or "any field"
        return "degree", name, f"{degree} in {fields}", []
    if isinstance(req, CertificationRequirement):
        names = [catalog.certifications[c].name for c in req.any_of]
        return "certification", name, "one of: " + "; ".join(names), []
    kinds = experience_kinds(req.kinds)
    target = (
        f"{req.min_count} × {kinds}" if req.min_count else f"{req.min_months:g} months of {kinds}"
    )
    return "experience", name, target, []


def plan_report(result: Assessment) -> PlanReport:
    """The plan of an assessment made with :class:`PlanOptions`, on its own.

    >>> result = assess_file("profiles/student.yaml", plan=PlanOptions(dt.date(2026, 12, 1)))
    >>> plan_report(result).plan.start_date
    datetime.date(2026, 12, 1)
    """
    expect_type("result", result, Assessment, "an Assessment")
    from skillgap.models.views import PlanReport  # not built by assess

    if result.plan is None:
        raise ValueError("the assessment was made without a plan")
    return PlanReport(
        profile=result.profile,
        role=result.role,
        as_of=result.as_of,
        catalog=result.catalog,
        score=result.score,
        evidenced_score=result.evidenced_score,
        readiness=result.readiness,
        plan=result.plan,
        warnings=result.warnings,
        inputs=result.inputs,
    )


class LevelDifference(NamedTuple):
    """One requirement that differs between mid and another level."""

    id: str
    requirement: Requirement  # as asked at the other level (at mid when it is dropped there)
    mid: str  # what mid asks, in words ("not asked" when it is added)
    other: str  # what the other level asks ("not asked" when it is dropped)
    source: str  # the requirement's whole source, the level's note last
    why: str  # the level's note alone: the rule or override, with its source


def differences(index: CatalogIndex, role_id: str, level: Seniority) -> list[LevelDifference]:
    """What ``role_id`` asks at ``level`` that it does not ask at mid, one requirement a line."""
    mid = {r.key: r for r in all_requirements(index.role(role_id).requirements)}
    there = {
        r.key: r for r in all_requirements(levels.resolved_at(index, role_id, level).requirements)
    }
    found = []
    for key in [*mid, *(k for k in there if k not in mid)]:
        old, new = mid.get(key), there.get(key)
        if old is not None and new is not None and _target(old) == _target(new):
            continue
        shown = new if new is not None else old
        assert shown is not None
        found.append(
            LevelDifference(
                id=key,
                requirement=shown,
                mid=_target(old) if old is not None else "not asked",
                other=_target(new) if new is not None else "not asked",
                source=shown.source or "",
                why=_why(shown.source or "", level, added=old is None),
            )
        )
    return found


def _why(source: str, level: str, *, added: bool) -> str:
    """The part of a source that says why the level differs (an added one: all of it)."""
    at = source.rfind(f"{level} level")
    if at < 0 or added:
        return source
    note = source[at:]
    cut = note.find(" by the level rule (")  # the rule's own source is given once, with it
    return note[:cut] + " by the level rule" if cut >= 0 else note


def _target(req: Requirement) -> str:
    """What a requirement asks, with its importance, in words."""
    if isinstance(req, SkillRequirement):
        what = level_label(req.level)
    elif isinstance(req, ExperienceRequirement):
        what = levels.amount(req)
    else:
        what = "as written"
    return f"{what}, {req.importance}"
