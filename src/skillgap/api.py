r"""The library's front: what the CLI calls, and what scripts and distributed jobs can map.

Everything public is in ``__all__`` and in the README's "Library" section; each function's
docstring has an example, run by the tests (paths are relative to the repository).

>>> from skillgap import api
>>> result = api.assess_text("name: Ada\nskills: {python: 3}\n")
>>> result.role.id, result.score > 0
('ml-engineer', True)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping as _Mapping  # checked at run time; not on the front
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from skillgap.catalog import levels
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.names import SuggestionBudget, norm, words
from skillgap.catalog.read import (
    collector_paused,
    index_documents,
    index_roles_with,
    oversized,
    read_catalog,
    roles_only,
)
from skillgap.errors import InputError, Problem, UsageError, expect_type
from skillgap.inputs.discovery import walk
from skillgap.inputs.loader import (
    Document,
    Positions,
    check_nesting,
    decode,
    load_file,
    load_input,
    parse,
    read_bytes,
    sha256_hex,
)
from skillgap.inputs.validation import validate
from skillgap.models.catalog import (
    Catalog,
    CertificationRequirement,
    DegreeRequirement,
    Requirement,
    SkillRequirement,
    all_requirements,
)
from skillgap.models.common import experience_kinds, level_label
from skillgap.models.profile import Profile
from skillgap.models.result import (
    SCHEMA_VERSION,
    Assessment,
    InputFile,
    RequirementKind,
    RequirementResult,
    ReviewSummary,
    Trust,
    Warning,
)
from skillgap.plan import (
    DEFAULT_HOURS_PER_WEEK,
    MIN_HOURS_PER_WEEK,
    Constraints,
    PlanOptions,
    Undatable,
    build_plan,
    profile_wishes,
    target_keys,
    unknown_target,
    wish_conflicts,
)
from skillgap.scoring import engine
from skillgap.scoring.evidence import Judged, fingerprinted, judge, still_applies
from skillgap.scoring.quick import scorer
from skillgap.scoring.rule import CATEGORY_OF, headline_first, skill_members
from skillgap.scoring.standing import (
    names_read,
    pick_role,
    pick_roles,
    resolve,
    same_skill_in_review,
    unknown_target_role,
    unknown_target_role_in,
)
from skillgap.untrusted import path_text

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from collections.abc import Callable, Mapping, Sequence
    from typing import Any, Literal

    from skillgap.models.review import Review
    from skillgap.models.text import ExtractReport, PostingsReport
    from skillgap.models.views import Comparison, MatchReport, PlanReport, RoleView, SkillsReport
    from skillgap.renderers.redact import Redactor
    from skillgap.text.read import TextDocument

__all__ = [
    "PlanOptions",
    "Reviewed",
    "assess",
    "assess_data",
    "assess_document",
    "assess_file",
    "assess_text",
    "at_level",
    "compare_files",
    "extract_text",
    "judge_profile",
    "load_catalog",
    "load_profile",
    "load_result",
    "load_review",
    "match",
    "pick_role",
    "plan_report",
    "posting_role",
    "postings_report",
    "role_list",
    "role_view",
    "score_text",
    "skills_view",
    "validate_paths",
    "with_posting",
]


_PATH: Final = (str, os.PathLike)


def _arguments(
    catalog: object = None,
    role: object = None,
    as_of: object = None,
    plan: object = None,
    *,
    catalog_needed: bool = False,
) -> None:
    """TypeError at the call for the arguments most calls share, not AttributeError deep down."""
    if catalog is not None or catalog_needed:
        expect_type(
            "catalog", catalog, CatalogIndex, "a CatalogIndex", "load_catalog(path) reads one"
        )
    if role is not None:
        expect_type("role", role, str, "a role id or name (str)")
    if as_of is not None:
        expect_type("as_of", as_of, dt.date, "a datetime.date")
    if plan is not None:
        expect_type("plan", plan, PlanOptions, "PlanOptions")


def _path(name: str, value: object) -> None:
    expect_type(name, value, _PATH, "a path (str or pathlib.Path)")


def load_catalog(path: Path | str | None = None) -> CatalogIndex:
    """The catalog at ``path`` (a YAML file or a folder), or the shipped one.

    >>> catalog = load_catalog()
    >>> "mlops-engineer" in catalog.roles
    True
    """
    if path is not None:
        _path("path", path)
    return read_catalog(Path(path) if path is not None else None)


def load_profile(path: Path | str, catalog: CatalogIndex | None = None) -> tuple[Profile, Document]:
    """Read and validate a profile file (``-``: standard input); raises InputError with positions.

    >>> profile, document = load_profile("profiles/student.yaml")
    >>> profile.name, document.source
    ('Sam Student', 'profiles/student.yaml')
    """
    _path("path", path)
    doc = load_input(path, str(path))  # "-": standard input, named <stdin>
    if is_catalog_data(doc.data):
        raise InputError(
            [
                doc.problem(
                    (),
                    "this is a catalog file, not a profile",
                    hint="pass catalogs with --catalog, and a profile (name:, skills: ...) here",
                )
            ]
        )
    return _validated(doc, catalog), doc


def _validated(doc: Document, catalog: CatalogIndex | None) -> Profile:
    """The profile; every problem at once: with ``catalog``, an unknown target_role too."""
    try:
        return validate(doc, Profile)
    except InputError as exc:
        role = unknown_target_role_in(doc.data, catalog, doc) if catalog is not None else None
        if role is not None and all(p.line != role.line for p in exc.problems):
            exc.problems = sorted([*exc.problems, role])
        raise


def assess(
    profile: Profile,
    catalog: CatalogIndex | None = None,
    role: str | None = None,
    *,
    document: Document | None = None,
    plan: PlanOptions | None = None,
    as_of: dt.date | None = None,
    review: Reviewed | None = None,
    trust: Trust = "claimed",
    level: str | None = None,
    climb: bool = False,
) -> Assessment:
    """Assess a validated profile against a role (default catalog: the shipped one).

    With ``plan``, the result carries the learning plan too. ``as_of`` is the day the
    profile is judged at (default: the plan's start date, else today), recorded in the
    result: certifications expire against it, skills fade by it. A ``review`` (see
    :func:`load_review`) replaces claimed levels with the reviewer's; ``trust="evidenced"``
    makes the evidenced score the headline and the plan's basis. ``level`` (junior, mid,
    senior; else the profile's ``target_level``) assesses the role at that level, recorded
    as ``role.level``; with ``climb``, a person ready at it is assessed at the next level up.

    >>> profile, document = load_profile("profiles/student.yaml")
    >>> result = assess(profile, role="data-scientist", document=document)
    >>> result.role.id, 0 <= result.score <= 100
    ('data-scientist', True)
    >>> assess(profile, document=document, level="junior").role.name
    'Junior Machine Learning Engineer'
    """
    expect_type("profile", profile, Profile, "a Profile", "load_profile(path) reads one")
    _arguments(catalog, role, as_of, plan)
    index = catalog or load_catalog()
    role_id = pick_role(index, role, profile, document=document)
    chosen = levels.chosen_level(index, level, profile.target_level, document)
    day = judged_at(as_of, plan)
    standing, warnings = resolve(profile, index, document, as_of=day)
    applied, reopened = _checked(review, document, index, profile)
    judged = judge(profile, standing, index, day, document, applied)
    warnings += _review_warnings(review, index) + reopened
    inputs = _inputs(index, document, review)
    if chosen is None:
        return _assess_resolved(
            profile, judged, warnings, inputs, index, role_id, plan, day, review, trust, document
        )
    while True:
        result = _assess_resolved(
            profile,
            judged,
            warnings,
            inputs,
            levels.at_level(index, chosen),
            role_id,
            plan,
            day,
            review,
            trust,
            document,
        )
        up = levels.next_level(index, chosen)
        if not (climb and up is not None and result.readiness == "ready"):
            break
        warnings = [*warnings, _climbed(document, chosen, up)]
        chosen = up
    return result.model_copy(update={"role": result.role.model_copy(update={"level": chosen})})


def _climbed(document: Document | None, level: str, up: str) -> Warning:
    """The note a plan carries when it climbs past a level the person is ready for."""
    where = _place(document, ())
    return Warning(
        code="next-level",
        message=f"ready at {level} level already: this is the plan to {up}",
        file=where[0],
        line=where[1],
        column=where[2],
        hint=f"ask for --level {level} with 'assess' to see the report at {level}",
    )


def at_level(
    catalog: CatalogIndex,
    level: str | None,
    profile: Profile | None = None,
    document: Document | None = None,
) -> CatalogIndex:
    """The catalog with its roles at ``level`` (else the profile's ``target_level``).

    Neither given: the catalog as written (its roles are mid-level hires). The roles keep
    their ids; scoring, the plan and the reports take the result where they take a catalog.

    >>> at_level(load_catalog(), "senior").role("ml-engineer").name
    'Senior Machine Learning Engineer'
    """
    chosen = levels.chosen_level(
        catalog, level, profile.target_level if profile else None, document
    )
    return levels.at_level(catalog, chosen) if chosen else catalog


def judged_at(as_of: dt.date | None, plan: PlanOptions | None = None) -> dt.date:
    """The day a profile is judged at: ``as_of``, else the plan's start date, else today."""
    if as_of is not None:
        return as_of
    return plan.start_date if plan is not None else dt.date.today()


def judge_profile(
    profile: Profile, catalog: CatalogIndex, *, document: Document | None = None, as_of: dt.date
) -> Judged:
    """Each skill the profile rates, judged on ``as_of``: the level counted, its evidence.

    What a mentor reviews (``skillgap review``): claimed levels, with what backs them.

    >>> profile, document = load_profile("profiles/student.yaml")
    >>> day = dt.date(2026, 12, 1)
    >>> judged = judge_profile(profile, load_catalog(), document=document, as_of=day)
    >>> judged.skills["python"].claimed
    3
    """
    expect_type("profile", profile, Profile, "a Profile", "load_profile(path) reads one")
    _arguments(catalog, as_of=as_of, catalog_needed=True)
    standing, _ = resolve(profile, catalog, document, as_of=as_of)
    return judge(profile, standing, catalog, as_of, document)


@dataclass(frozen=True)
class Reviewed:
    """A review file, read: the review, its document, and whether to apply it regardless.

    Made by :func:`load_review`; pass it to :func:`assess` as ``review=``.

    >>> Reviewed.__dataclass_fields__.keys()
    dict_keys(['review', 'document', 'force'])
    """

    review: Review
    document: Document
    force: bool = False


def load_review(path: Path | str, *, force: bool = False) -> Reviewed:
    """Read and validate a review file (written by ``skillgap review``).

    >>> load_review("profiles/student.yaml")  # a profile is not a review
    Traceback (most recent call last):
    skillgap.errors.InputError: ...
    """
    _path("path", path)
    from skillgap.models.review import Review  # only when there is a review to read

    doc = load_file(Path(path), str(path))
    return Reviewed(validate(doc, Review), doc, force)


def _checked(
    reviewed: Reviewed | None,
    document: Document | None,
    index: CatalogIndex,
    profile: Profile | None = None,
) -> tuple[Review | None, list[Warning]]:
    """The review, if it is of this profile (by content hash) or forced; else exit 3.

    A review that keeps each answer's claim applies to an edited profile too: the answers
    whose claims changed are left out, and a warning names them. A skill the catalog does
    not know is an error: its level would silently not count.
    """
    if reviewed is None:
        return None, []
    expect_type("review", reviewed, Reviewed, "a Reviewed", "load_review(path) reads one")
    budget = SuggestionBudget()
    unknown = [
        reviewed.document.problem(
            ("skills", name),
            f"unknown skill '{name}' in the review",
            hint=budget.hint(
                index.suggest_skill,
                name,
                "review with the same catalog as the assessment (--catalog)",
            ),
            key=True,
        )
        for name in reviewed.review.skills
        if not index.find_skills(name)
    ]
    if unknown:
        raise InputError(unknown)
    if document is not None and reviewed.review.profile_sha256 == document.sha256:
        return reviewed.review, []
    if reviewed.force:
        return reviewed.review, []
    if profile is not None and fingerprinted(reviewed.review):
        review, reopened = still_applies(reviewed.review, profile, index)
        if review.skills or not reopened:  # else no answer applies: another profile
            return review, _reopened(reviewed.document, reopened)
    about = f"'{document.source}'" if document is not None else "this profile"
    raise InputError(
        [
            reviewed.document.problem(
                ("profile_sha256",),
                f"this review is of another profile, not of {about} "
                "(the content hashes differ: the profile changed, or it is someone else's)",
                hint="review the profile again with 'skillgap review', or pass --force "
                "to apply it anyway",
            )
        ]
    )


def _reopened(doc: Document, names: list[str]) -> list[Warning]:
    """The warning naming a review's answers whose claims the profile changed since."""
    if not names:
        return []
    where = doc.problem(("skills", names[0]), "", key=True)
    shown = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
    return [
        Warning(
            code="review-reopened",
            message=f"the profile changed since the review: {len(names)} answer(s) no longer "
            f"apply, as their claims changed ({shown})",
            file=where.file,
            line=where.line,
            column=where.column,
            hint="run 'skillgap review' on the profile again: it asks about these only",
        )
    ]


def _review_warnings(reviewed: Reviewed | None, index: CatalogIndex) -> list[Warning]:
    """The review's own warnings: skills it names twice."""
    if reviewed is None:
        return []
    return same_skill_in_review(reviewed.review, index, reviewed.document)


def _inputs(
    index: CatalogIndex, document: Document | None, review: Reviewed | None = None
) -> list[InputFile]:
    inputs = [InputFile(kind="catalog", path=s.path, sha256=s.sha256) for s in index.sources]
    if review is not None:
        doc = review.document
        inputs.insert(0, InputFile(kind="review", path=doc.source, sha256=doc.sha256))
    if document is not None:
        inputs.insert(0, InputFile(kind="profile", path=document.source, sha256=document.sha256))
    return inputs


def _assess_resolved(
    profile: Profile,
    judged: Judged,
    warnings: list[Warning],
    inputs: list[InputFile],
    index: CatalogIndex,
    role_id: str,
    plan: PlanOptions | None,
    as_of: dt.date,
    review: Reviewed | None = None,
    trust: Trust = "claimed",
    document: Document | None = None,
    *,
    reach: bool = True,
) -> Assessment:
    # reach=False: the plan skips what it takes to reach the target date (a second search),
    # for match, which prints only the route's hours and date.
    resolved = index.role(role_id)
    standing, other = headline_first(trust, judged.standing, judged.evidenced)
    result = engine.assess(standing, resolved, index, warnings=warnings, inputs=inputs)
    (quick,) = scorer(index, [role_id]).score(other, gaps=False)
    claimed, evidenced = headline_first(trust, result.score, quick.score)
    summary = None
    if review is not None:
        r = review.review
        forced = review.document.sha256 != "" and not any(
            i.kind == "profile" and i.sha256 == r.profile_sha256 for i in inputs
        )
        summary = ReviewSummary(reviewer=r.reviewer, date=r.date, overall=r.overall, forced=forced)
    result = result.model_copy(
        update={
            "as_of": as_of,
            "claimed_score": claimed,
            "evidenced_score": evidenced,
            "trust": trust,
            "notes": profile.notes,
            "review": summary,
            "requirements": annotate(result.requirements, judged),
            "names_read": names_read(profile, index),
        }
    )
    if plan is None:
        profile_wishes(index, profile, document)  # one rule: refused with a plan or without
        return result
    source: Literal["option", "profile", "default"] = "default"
    hours = DEFAULT_HOURS_PER_WEEK
    if plan.hours_per_week is not None:
        hours, source = plan.hours_per_week, "option"
    elif profile.hours_per_week is not None:
        hours, source = profile.hours_per_week, "profile"
    if hours < MIN_HOURS_PER_WEEK:
        raise UsageError(
            f"{hours:g} hours a week is too few to plan with",
            f"give at least {MIN_HOURS_PER_WEEK:g} hour a week",
        )
    try:
        learning = build_plan(
            standing,
            resolved,
            index,
            start_date=plan.start_date,
            hours_per_week=hours,
            hours_from=source,
            target_date=profile.target_date if reach else None,
            constraints=plan_constraints(index, profile, plan, document),
        )
    except Undatable as e:
        raise _undatable(plan, source, document) from e
    extra = []
    if profile.target_date is not None and profile.target_date < plan.start_date:
        where = _place(document, ("target_date",))
        extra.append(
            Warning(
                code="past-target-date",
                message=f"the target date {profile.target_date.isoformat()} is before the "
                f"plan's start {plan.start_date.isoformat()}",
                file=where[0],
                line=where[1],
                column=where[2],
                hint="set a target_date in the future, or remove it",
            )
        )
    return result.model_copy(update={"plan": learning, "warnings": [*result.warnings, *extra]})


def _place(document: Document | None, loc: tuple[str | int, ...]) -> tuple[str, int, int]:
    """File, line and column of a profile value (``<profile>`` 0:0 without a document)."""
    if document is None:
        return "<profile>", 0, 0
    return (document.source, *document.positions.locate(loc))


def _undatable(
    plan: PlanOptions, source: Literal["option", "profile", "default"], doc: Document | None
) -> InputError | UsageError:
    """A plan that runs past 9999-12-31: blame what the person can change."""
    message = "the plan does not fit in the calendar: its dates would run past 9999-12-31"
    if source == "profile" and not plan.start_date_given and doc is not None:
        return InputError(
            [doc.problem(("hours_per_week",), message, hint="give more hours a week")]
        )
    return UsageError(message, "start earlier (--start-date) or give more --hours-per-week")


def plan_constraints(
    index: CatalogIndex,
    profile: Profile,
    plan: PlanOptions,
    document: Document | None = None,
) -> Constraints:
    """The profile's ``plan:`` wishes and the options' as target keys.

    An unknown name is an error: in the profile, with its position (exit 3); in an
    option, a usage error (exit 2).
    """
    wishes = profile.plan
    keys, items = profile_wishes(index, profile, document)
    named = {s: [f"plan.{s} '{n}'" for n in getattr(wishes, s)] if wishes else [] for s in keys}
    for section in keys:
        for name in getattr(plan, section):
            found = target_keys(index, name)
            if not found:
                message, hint = unknown_target(index, name)
                raise UsageError(f"--{section}: {message}", hint)
            keys[section] |= found
            items.setdefault(section, []).append(found)
            named[section].append(f"--{section} '{name}'")
    # An option that contradicts another, or the profile: refused as the profile's own are.
    for section, i, other, j in wish_conflicts(items):
        raise UsageError(
            f"{named[section][i]} contradicts {named[other][j]}: a step cannot be both",
            f"keep one of the two (--{section} or --{other})",
        )
    return Constraints(
        skip=frozenset(keys["skip"]),
        prefer=frozenset(keys["prefer"]),
        doing=frozenset(keys["doing"]),
        employed=bool(profile.employed)
        or any(e.kind == "job" and e.end is None for e in profile.experience),
    )


def annotate(rows: Sequence[RequirementResult], judged: Judged) -> list[RequirementResult]:
    """Skill rows with the claimed level, confidence, evidence, note and review comment."""
    out = []
    for row in rows:
        if row.kind not in ("skill", "skill_group"):
            out.append(row)
            continue
        # The member the engine counted (rule.best_member), else the first listed.
        e = judged.skills.get(row.member or row.skills[0])
        if e is None:
            out.append(row.model_copy(update={"claimed_level": 0}))  # nothing claimed
            continue
        out.append(
            row.model_copy(
                update={
                    "claimed_level": e.claimed,
                    "confidence": e.confidence,
                    "level_explanation": e.explanation,
                    "evidence": list(e.evidence),
                    "note": e.note,
                    "review_comment": e.review_comment,
                }
            )
        )
    return out


def skills_view(catalog: CatalogIndex, query: str | None = None) -> SkillsReport:
    """The catalog's skills (or those ``query`` finds, best first) and the roles needing each.

    A query is matched as profile names are (:mod:`skillgap.catalog.names`): a name or alias, a
    near spelling, or words of a name (``cloud``); a category id lists that category.

    >>> skills_view(load_catalog(), "torch").skills[0].id
    'pytorch'
    """
    _arguments(catalog, catalog_needed=True)
    if query is not None:
        expect_type("query", query, str, "a name or words to look for (str)")
    from skillgap.models.views import SkillsReport, SkillUse, SkillView  # not built by assess

    uses: dict[str, list[SkillUse]] = {}
    for role_id in sorted(catalog.roles):
        role = catalog.role(role_id)
        for req in role.requirements.skills:
            members = skill_members(req)
            for skill_id in members:
                uses.setdefault(skill_id, []).append(
                    SkillUse(
                        role=role_id,
                        role_name=role.name,
                        requirement=req.key,
                        level=req.level,
                        importance=req.importance,
                        any_of=members if req.any_of else [],
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
                    more += skill_members(req)
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
    _arguments(catalog, catalog_needed=True)
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

    _arguments(catalog, catalog_needed=True)
    expect_type("role_id", role_id, str, "a role id or name (str)")
    found = pick_role(catalog, role_id)
    chosen = levels.chosen_level(catalog, level)
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
                    for d in levels.differences(catalog, found, seniority)
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
        names = [catalog.skill_name(s) for s in skill_members(req)]
        target = (
            level_label(req.level)
            if req.skill
            else f"one of {', '.join(names)} at " + (level_label(req.level))
        )
        return ("skill" if req.skill else "skill_group"), name, target, skill_members(req)
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


def match(
    profile: Profile,
    catalog: CatalogIndex,
    options: PlanOptions,
    *,
    document: Document | None = None,
    as_of: dt.date | None = None,
    review: Reviewed | None = None,
    trust: Trust = "claimed",
    level: str | None = None,
    all_levels: bool = False,
) -> MatchReport:
    """Every role of the catalog, ranked by score, with its plan's hours, date and months.

    ``level`` ranks the roles at that level (else the profile's ``target_level``). With
    ``all_levels``, each role says the highest level the person is ready for now and is
    assessed at the next one up; the best realistic next job comes first (the highest
    level ready for, then the best score there, then the earliest date for the next level).

    >>> profile, _ = load_profile("profiles/platform-engineer.yaml")
    >>> report = match(profile, load_catalog(), PlanOptions(dt.date(2026, 12, 1)))
    >>> report.ranking[0].role.id
    'mlops-engineer'
    >>> ladder = match(profile, load_catalog(), PlanOptions(dt.date(2026, 12, 1)), all_levels=True)
    >>> ladder.ranking[0].ready_level, ladder.ranking[0].role.level
    ('mid', 'senior')
    """
    expect_type("profile", profile, Profile, "a Profile", "load_profile(path) reads one")
    _arguments(catalog, None, as_of, catalog_needed=True)
    expect_type("options", options, PlanOptions, "PlanOptions")
    from skillgap.models.views import MatchEntry, MatchReport  # not built by assess

    chosen = (
        None if all_levels else levels.chosen_level(catalog, level, profile.target_level, document)
    )
    if all_levels and level is not None:
        raise UsageError("--level and --all-levels exclude each other", "give one of them")
    day = judged_at(as_of, options)
    standing, warnings = resolve(profile, catalog, document, as_of=day)
    applied, reopened = _checked(review, document, catalog, profile)
    judged = judge(profile, standing, catalog, day, document, applied)
    warnings += _review_warnings(review, catalog) + reopened
    inputs = _inputs(catalog, document, review)

    def at(index: CatalogIndex, role_id: str, seniority: str | None) -> Assessment:
        result = _assess_resolved(
            profile,
            judged,
            warnings,
            inputs,
            index,
            role_id,
            options,
            day,
            review,
            trust,
            document,
            reach=False,
        )
        if seniority is None:
            return result
        return result.model_copy(
            update={"role": result.role.model_copy(update={"level": seniority})}
        )

    # Per role, only what the ranking prints: each assessment is dropped once read, so
    # memory does not grow with the roles, and the plan skips the target-date search.
    entries = []
    hours = DEFAULT_HOURS_PER_WEEK
    for role_id in sorted(catalog.roles):
        if not all_levels:
            scored = levels.at_level(catalog, chosen) if chosen else catalog
            r, ready_level, key = at(scored, role_id, chosen), None, None
        else:
            r, ready_level, key = _ladder(catalog, role_id, at)
        names = {q.id: q.name for q in r.requirements}
        hours = r.plan.hours_per_week if r.plan else hours
        entry = MatchEntry(
            rank=0,
            role=r.role,
            score=r.score,
            evidenced_score=r.evidenced_score,
            readiness=r.readiness,
            blockers=[names[b] for b in r.blockers],
            hours_to_ready=r.plan.hours_to_ready if r.plan else None,
            total_hours=r.plan.total_hours if r.plan else 0.0,
            ready_on=r.plan.ready_on if r.plan else None,
            ready_level=ready_level,
            months_to_ready=r.plan.months_to_ready if r.plan else None,
        )
        entries.append((entry, key))
    if all_levels:
        entries.sort(key=lambda e: (e[1], e[0].role.id))
    else:
        entries.sort(key=lambda e: (-e[0].score, e[0].role.id))
    ranking = [e.model_copy(update={"rank": i}) for i, (e, _) in enumerate(entries, start=1)]
    return MatchReport(
        profile=profile.name,
        start_date=options.start_date,
        as_of=day,
        catalog=engine.catalog_info(catalog),
        hours_per_week=hours,
        ranking=ranking,
        warnings=warnings,
        inputs=inputs,
    )


def _ladder(
    catalog: CatalogIndex,
    role_id: str,
    at: Callable[[CatalogIndex, str, str | None], Assessment],
) -> tuple[Assessment, Literal["junior", "mid", "senior", "none"], tuple[float, ...]]:
    """One role on the level ladder: the highest level ready for, the next level's result.

    Also the entry's sort key: the highest level first, then the score there, then the
    next level's date (undatable last) and score.
    """
    ladder = levels.levels_of(catalog)
    results = [at(levels.at_level(catalog, s), role_id, s) for s in ladder]
    ready = [i for i, r in enumerate(results) if r.readiness == "ready"]
    top = ready[-1] if ready else -1
    nxt = results[min(top + 1, len(results) - 1)]
    ready_score = results[top].score if top >= 0 else 0.0
    when = nxt.plan.ready_on.toordinal() if nxt.plan and nxt.plan.ready_on else float("inf")
    key = (-float(top), -ready_score, float(when), -nxt.score)
    return nxt, (ladder[top] if top >= 0 else "none"), key


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


def assess_document(
    document: Document,
    catalog: CatalogIndex | None = None,
    role: str | None = None,
    *,
    plan: PlanOptions | None = None,
    as_of: dt.date | None = None,
    level: str | None = None,
) -> Assessment:
    r"""Validate a parsed profile document and assess it.

    >>> from skillgap.inputs.loader import parse
    >>> assess_document(parse("name: Ada\n", "ada.yaml")).inputs[0].path
    'ada.yaml'
    """
    expect_type("document", document, Document, "a Document")
    profile = validate(document, Profile)
    return assess(profile, catalog, role, document=document, plan=plan, as_of=as_of, level=level)


def assess_text(
    text: str,
    catalog: CatalogIndex | None = None,
    role: str | None = None,
    *,
    source: str = "<profile>",
    as_of: dt.date | None = None,
    plan: PlanOptions | None = None,
    level: str | None = None,
) -> Assessment:
    r"""Assess profile YAML given as text: a pure function of its inputs, for batch and maps.

    With ``plan`` (:class:`PlanOptions`) the result carries the learning plan, as
    ``skillgap assess`` shows it; :func:`plan_report` gives it on its own.

    >>> options = PlanOptions(dt.date(2026, 12, 1), hours_per_week=8)
    >>> result = assess_text("name: Ada\nskills: {python: 2}\n", plan=options)
    >>> result.plan.hours_per_week, result.plan.steps[0].start
    (8.0, datetime.date(2026, 12, 1))
    """
    expect_type(
        "text", text, str, "the profile's YAML text (str)", "decode bytes, or use assess_data"
    )
    expect_type("source", source, str, "a name for the text (str)")
    _arguments(catalog, role, as_of, plan)
    return assess_document(
        parse(text, source, sha256_hex(text.encode())),
        catalog,
        role,
        plan=plan,
        as_of=as_of,
        level=level,
    )


def assess_data(
    data: Mapping[str, Any],
    catalog: CatalogIndex | None = None,
    role: str | None = None,
    *,
    source: str = "<data>",
    as_of: dt.date | None = None,
    plan: PlanOptions | None = None,
    level: str | None = None,
) -> Assessment:
    """Assess a profile given as plain data (a dict from JSON, a data frame row, a queue).

    Problems name the field (there is no line to name) and ``source``. The result
    records a hash of the data, so the number can be traced back to its input.

    >>> assess_data({"name": "Ada", "skills": {"python": 3}}, role="mlops-engineer").role.id
    'mlops-engineer'
    """
    expect_type("data", data, _Mapping, "a mapping (a profile as plain data)")
    expect_type("source", source, str, "a name for the data (str)")
    _arguments(catalog, role, as_of, plan)
    check_nesting(data, source)
    import json

    plain = dict(data)
    try:
        canonical = json.dumps(plain, sort_keys=True, default=str)
    except (TypeError, ValueError):  # keys that do not sort or are not text: validation says
        canonical = repr(plain)
    digest = sha256_hex(canonical.encode())
    # No text, so no lines: every problem is placed at the document's root, shown as 0:0.
    doc = Document(source, plain, Positions({(): (0, 0)}), digest)
    return assess_document(doc, catalog, role, plan=plan, as_of=as_of, level=level)


def score_text(
    text: str,
    catalog: CatalogIndex | None = None,
    roles: Sequence[str] | None = None,
    *,
    source: str = "<profile>",
    as_of: dt.date | None = None,
) -> dict[str, Any]:
    r"""A batch run's record for one profile: exactly what ``batch --format jsonl`` writes.

    ``{"file", "name", "results": [{"role", "score", "readiness", "blockers",
    "categories"}], "warnings", "error"}`` as plain JSON data, the shape of
    :class:`skillgap.models.batch.BatchRecord` (``skillgap schema batch``; pass the dict
    to ``BatchRecord.model_validate`` for a typed object). The numbers are
    :func:`assess_text`'s (a property test holds them equal), about 3 times faster; a
    broken profile gives ``error`` with its line and column instead of raising.
    ``roles`` None means the profile's own ``target_role``; a role is an id or a name, and
    one the catalog lacks is a :class:`~skillgap.errors.UsageError`.

    >>> record = score_text("name: Ada\nskills: {python: 3}\n", roles=["ml-engineer"])
    >>> record["error"], record["results"][0]["role"]
    (None, 'ml-engineer')
    """
    expect_type("text", text, str, "the profile's YAML text (str)", "decode bytes first")
    expect_type("source", source, str, "a name for the text (str)")
    if roles is not None:
        expect_type("roles", roles, (list, tuple), "a list of role ids or names")
        for role in roles:
            _arguments(role=role)
    _arguments(catalog, as_of=as_of)
    from skillgap.batch.records import score_text as score

    index = catalog or load_catalog()
    return score(text, source, index, pick_roles(index, roles), gaps=False, as_of=as_of)


def assess_file(
    path: Path | str,
    catalog: CatalogIndex | None = None,
    role: str | None = None,
    *,
    as_of: dt.date | None = None,
    plan: PlanOptions | None = None,
    level: str | None = None,
) -> Assessment:
    """Read a profile file and assess it.

    >>> assess_file("profiles/student.yaml").profile
    'Sam Student'
    """
    _path("path", path)
    _arguments(catalog, role, as_of, plan)
    doc = load_file(Path(path), str(path))
    return assess_document(doc, catalog, role, plan=plan, as_of=as_of, level=level)


@dataclass(frozen=True)
class ValidationReport:
    """What ``validate`` found: every problem in every file, and how many files it read."""

    files: int
    problems: list[Problem]

    @property
    def errors(self) -> int:
        """How many problems are errors (warnings do not fail a run)."""
        return sum(p.level == "error" for p in self.problems)


def is_catalog_data(data: object) -> bool:
    """A catalog file has only catalog sections; a profile has a name or a skills mapping."""
    if not isinstance(data, dict) or not data or "name" in data:
        return False
    return data.keys() <= Catalog.model_fields.keys() and not isinstance(data.get("skills"), dict)


def _read_folder(
    path: Path, files: list[Path], problems: list[Problem], profiles: list[Document]
) -> list[Document]:
    """Load one path's files for validate: reviews checked, profiles kept, catalog files returned.

    A catalog beyond :func:`~skillgap.catalog.read.oversized`'s bounds is refused as
    ``--catalog`` refuses it, and its files are not kept.
    """
    from skillgap.models.review import Review, is_review_data

    catalog_docs: list[Document] = []
    catalog_files: list[Path] = []
    too_big: Problem | None = None
    for file in files:
        try:
            doc = load_input(file, str(file))
        except InputError as exc:
            problems += exc.problems
            continue
        if is_review_data(doc.data):
            try:
                validate(doc, Review)
            except InputError as exc:
                problems += exc.problems
            continue
        if not is_catalog_data(doc.data):
            profiles.append(doc)
            continue
        catalog_files.append(file)
        if too_big is None and (too_big := oversized(path, catalog_files)):
            problems.append(too_big)
            catalog_docs.clear()
        if too_big is None:
            catalog_docs.append(doc)
    return catalog_docs


def validate_paths(
    paths: list[Path], catalog: CatalogIndex | None = None, *, as_of: dt.date | None = None
) -> ValidationReport:
    """Check profiles and catalogs below ``paths``; files of one folder form one catalog.

    Profiles are also resolved against ``catalog`` (default: a catalog found among
    the paths when there is exactly one, else the shipped one), so that unknown
    skills show up as warnings.

    >>> report = validate_paths([Path("profiles")])
    >>> report.files, report.errors
    (5, 0)
    """
    expect_type("paths", paths, (list, tuple), "a list of paths")
    for path in paths:
        _path("each of paths", path)
    paths = [Path(p) for p in paths]
    _arguments(catalog, as_of=as_of)
    problems: list[Problem] = []
    groups: list[list[Document]] = []
    profiles: list[Document] = []
    count = 0
    # Every document read is kept to the end: the collector would go over them for nothing.
    with collector_paused():
        for path in paths:
            files = [Path(p) for p in walk(str(path))] if path.is_dir() else [path]
            count += len(files)
            catalog_docs = _read_folder(path, files, problems, profiles)
            if catalog_docs:
                groups.append(catalog_docs)
    found: list[CatalogIndex] = []
    for docs in groups:
        try:
            found.append(
                index_roles_with(docs, catalog) if roles_only(docs) else index_documents(docs)
            )
        except InputError as exc:
            problems += exc.problems
    index = catalog or (found[0] if len(found) == 1 else None)
    for doc in profiles:
        try:
            against = index or load_catalog()
            profile = _validated(doc, against)
            _, warnings = resolve(profile, against, doc, as_of=as_of)
        except InputError as exc:
            problems += exc.problems
            continue
        if profile.plan is not None:  # the plan: section, as assess reads it
            try:
                plan_constraints(against, profile, PlanOptions(as_of or dt.date.today()), doc)
            except InputError as exc:
                problems += exc.problems
        unknown = unknown_target_role(profile, against, doc)
        if unknown is not None:
            problems.append(unknown)
        problems += [
            Problem(w.file, w.line, w.column, w.message, w.hint, "warning") for w in warnings
        ]
    return ValidationReport(count, sorted(problems))


def load_result(path: Path | str) -> Assessment:
    """A result saved with ``--format json``; an older or unknown schema gets a clear error.

    >>> load_result("profiles/student.yaml")  # YAML is not a saved result
    Traceback (most recent call last):
    skillgap.errors.InputError: ...
    """
    _path("path", path)
    from skillgap.inputs.jsontext import parse_json

    source = path_text(path)
    raw = read_bytes(Path(path), source)
    text = decode(raw, source)
    doc = parse_json(
        text,
        source,
        sha256_hex(raw),
        hint="pass a file written by 'skillgap assess --format json', or a profile",
    )
    version = doc.data.get("schema_version") if isinstance(doc.data, dict) else None
    if version is None:
        raise InputError(
            [
                doc.problem(
                    (),
                    "this JSON is not a skillgap result (it has no schema_version)",
                    hint="compare profiles, or results written by 'skillgap assess --format json'",
                )
            ]
        )
    if version != SCHEMA_VERSION:
        raise InputError(
            [
                doc.problem(
                    ("schema_version",),
                    f"this result has schema_version {version!r}; this skillgap reads "
                    f"{SCHEMA_VERSION!r}",
                    hint="re-run 'skillgap assess --format json' on the profile to refresh it",
                )
            ]
        )
    result = validate(doc, Assessment)
    from skillgap.scoring.saved import refuse_impossible

    refuse_impossible(result, doc)  # numbers skillgap never writes: exit 3, where they are
    return result


def _side(path: Path) -> tuple[Assessment | None, Profile | None, Document | None]:
    """A saved JSON result, or a profile still to assess."""
    if path.suffix.lower() == ".json":
        return load_result(path), None, None
    profile, doc = load_profile(path)
    return None, profile, doc


def compare_files(
    old: Path,
    new: Path,
    catalog: CatalogIndex,
    role: str | None,
    plan: PlanOptions,
    *,
    force: bool = False,
    as_of: dt.date | None = None,
    review: Reviewed | None = None,
    trust: Trust = "claimed",
    redactor: Redactor | None = None,
    level: str | None = None,
) -> Comparison:
    """Compare two profiles or saved JSON results (either mix) for the same role and level.

    The level: ``level``, else a saved result's, else the newer profile's ``target_level``.

    >>> cmp = compare_files(
    ...     Path("profiles/newcomer.yaml"),
    ...     Path("profiles/student.yaml"),
    ...     load_catalog(),
    ...     "ml-engineer",
    ...     PlanOptions(dt.date(2026, 12, 1)),
    ... )
    >>> cmp.score_change > 0, cmp.warnings[0].startswith("the two are for different names")
    (True, True)
    """
    _path("old", old)
    _path("new", new)
    old, new = Path(old), Path(new)
    _arguments(catalog, role, as_of, plan, catalog_needed=True)
    sides = [_side(p) for p in (old, new)]
    if review is not None and sides[1][0] is not None:
        raise UsageError(
            f"--review applies to a profile, and '{new}' is a saved result",
            "compare against the profile itself to apply the review",
        )
    # The role: asked for, else a saved result's, else the newer profile's target role. Two
    # sides that target different roles are refused unless --role or --force says which.
    saved_roles = [r.role.id for r, _, _ in sides if r is not None]
    own = [
        saved.role.id if saved is not None else pick_role(catalog, None, profile)
        for saved, profile, _ in sides
    ]
    if role is None and own[0] != own[1] and not force:
        raise UsageError(
            f"the two are for different roles: '{old}' is for '{own[0]}', '{new}' for '{own[1]}'",
            "pass --role ID to score both against one role, or --force to compare anyway",
        )
    wanted = role or (saved_roles[-1] if saved_roles else own[1])
    saved_levels = [r.role.level for r, _, _ in sides if r is not None]
    newest = sides[1][1] or sides[0][1]
    wanted_level = level or (
        saved_levels[-1] if saved_levels else (newest.target_level if newest else None)
    )
    results = []
    for saved, profile, doc in sides:
        if saved is not None:
            results.append(saved)
            continue
        assert profile is not None
        newer = sides[1][1]
        role_id = pick_role(
            catalog, wanted, newer or profile, document=sides[1][2] if newer else doc
        )
        applied = review if saved is sides[-1][0] and profile is sides[-1][1] else None
        results.append(
            assess(
                profile,
                catalog,
                role_id,
                document=doc,
                plan=plan,
                as_of=as_of,
                review=applied,
                trust=trust,
                level=wanted_level,
            )
        )
    from skillgap.compare import compare

    cmp = compare(
        results[0], results[1], old_source=path_text(old), new_source=path_text(new), force=force
    )
    if redactor is None:
        return cmp
    from skillgap.renderers.redact import harvest, personal_of

    docs = [
        # a saved result's role is the person's text when the catalog does not define it
        (f"<{side}>", path_text(path), d.data if d else r.role.model_dump())
        for side, path, (_, _, d), r in zip(("old", "new"), (old, new), sides, results, strict=True)
    ]
    if review is not None:
        docs.append(("<review>", review.document.source, review.document.data))
    # The results' own personal fields (a saved result has no document) count too.
    known = harvest(results[0]) | harvest(results[1]) | personal_of(docs, catalog)
    return redactor.scrub(cmp, known)


# --- free text in: postings and CVs ---------------------------------------------------------


def read_text(path: Path | str) -> TextDocument:
    """A posting or CV (.txt, .md, .pdf, .docx; ``-`` for stdin) read into lines."""
    from skillgap.text.read import read_document, read_stdin

    return read_stdin() if str(path) == "-" else read_document(path)


def extract_text(document: TextDocument, catalog: CatalogIndex) -> ExtractReport:
    """The skills a text names, each with its id, the words, line, column and sentence.

    >>> from skillgap.text.read import document_from_bytes
    >>> doc = document_from_bytes(b"Strong Python or R; you'd excel here.", "<text>")
    >>> [(s.id, s.text, s.column) for s in extract_text(doc, load_catalog()).skills]
    [('python', 'Python', 8), ('r', 'R', 18)]
    """
    from skillgap.text.extract import extract_report

    return extract_report(document, catalog)


def posting_role(document: TextDocument, catalog: CatalogIndex) -> str:
    r"""A posting as a draft catalog role (YAML): requirements citing their sentences.

    >>> from skillgap.text.read import document_from_bytes
    >>> doc = document_from_bytes(b"Data Engineer\n\nRequirements\n- Strong SQL\n", "p.txt")
    >>> print(posting_role(doc, load_catalog()).splitlines()[-1])
            - {skill: sql, level: 4, importance: essential, source: "posting p.txt:4: Strong SQL"}
    """
    from skillgap.text.posting import read_posting, render_role

    return render_role(read_posting(document, catalog), catalog)


def with_posting(catalog: CatalogIndex, document: TextDocument) -> tuple[CatalogIndex, str]:
    r"""The catalog with the posting's draft role added, and that role's id.

    >>> from skillgap.text.read import document_from_bytes
    >>> doc = document_from_bytes(b"ML Engineer\n\nRequirements\n- Python\n", "p.txt")
    >>> index, role = with_posting(load_catalog(), doc)
    >>> role, [r.skill for r in index.role(role).requirements.skills]
    ('posting-ml-engineer', ['python'])
    """
    from skillgap.catalog.index import CatalogSource

    text = posting_role(document, catalog)
    extra = validate(parse(text, document.source), Catalog)
    taken = {r.id for r in extra.roles}
    merged = catalog.catalog.model_copy(
        update={"roles": [*(r for r in catalog.catalog.roles if r.id not in taken), *extra.roles]}
    )
    source = CatalogSource(document.source, document.sha256)
    return CatalogIndex(merged, [*catalog.sources, source]), extra.roles[0].id


def postings_report(
    folder: Path | str,
    catalog: CatalogIndex,
    profile: Path | str | None = None,
    *,
    as_of: dt.date | None = None,
) -> PostingsReport:
    """The skills a folder of postings asks for most; with a profile, its weighted gaps.

    >>> report = postings_report("tests/data/text-2026-12", load_catalog())
    >>> [(s.id, s.required) for s in report.skills[:2]]
    [('python', 6), ('sql', 4)]
    """
    from skillgap.batch.postings import postings_report as report

    if profile is None:
        return report(Path(folder), catalog)
    person, document = load_profile(profile)

    def against(posting: TextDocument) -> Assessment:
        index, role = with_posting(catalog, posting)
        return assess(person, index, role, document=document, as_of=as_of)

    return report(Path(folder), catalog, against, str(profile))
