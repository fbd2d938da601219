"""The assessment: a profile judged (its review checked), scored against a role, planned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping as _Mapping  # checked at run time; not on the front
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from skillgap.assessing.checks import check_arguments, check_path, chosen_level
from skillgap.assessing.constraints import learning_plan, place
from skillgap.assessing.load import Reviewed, load_catalog
from skillgap.assessing.reviewing import checked_review, review_warnings
from skillgap.catalog import levels
from skillgap.catalog.index import CatalogIndex
from skillgap.clock import today
from skillgap.errors import expect_type
from skillgap.inputs.loader import Document, Positions, check_nesting, load_file, parse, sha256_hex
from skillgap.inputs.validation import validate
from skillgap.models.profile import Profile
from skillgap.models.result import (
    Assessment,
    InputFile,
    RequirementResult,
    ReviewSummary,
    Trust,
    Warning,
)
from skillgap.plan import (
    PlanOptions,
    profile_wishes,
)
from skillgap.scoring import engine
from skillgap.scoring.evidence import Judged, judge
from skillgap.scoring.quick import scorer
from skillgap.scoring.standing import names_read, pick_role, resolve

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from collections.abc import Mapping, Sequence
    from typing import Any

T = TypeVar("T")


def headline_first(trust: Trust, claimed: T, evidenced: T) -> tuple[T, T]:
    """(headline, other): claimed first, unless ``trust`` is ``evidenced``.

    Its own inverse: it also turns (headline, other) back into (claimed, evidenced).
    """
    return (evidenced, claimed) if trust == "evidenced" else (claimed, evidenced)


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
    check_arguments(catalog, role, as_of, plan)
    index = catalog or load_catalog()
    role_id = pick_role(index, role, profile, document=document)
    chosen = chosen_level(index, level, profile.target_level, document)
    day = judged_at(as_of, plan)
    standing, warnings = resolve(profile, index, document, as_of=day)
    applied, reopened = checked_review(review, document, index, profile)
    judged = judge(profile, standing, index, day, document, applied)
    warnings += review_warnings(review, index) + reopened
    inputs = input_files(index, document, review)
    if chosen is None:
        return assess_resolved(
            profile, judged, warnings, inputs, index, role_id, plan, day, review, trust, document
        )
    while True:
        result = assess_resolved(
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
    where = place(document, ())
    return Warning.model_construct(
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
    chosen = chosen_level(catalog, level, profile.target_level if profile else None, document)
    return levels.at_level(catalog, chosen) if chosen else catalog


def judged_at(as_of: dt.date | None, plan: PlanOptions | None = None) -> dt.date:
    """The day a profile is judged at: ``as_of``, else the plan's start date, else today."""
    if as_of is not None:
        return as_of
    return plan.start_date if plan is not None else today()


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
    check_arguments(catalog, as_of=as_of, catalog_needed=True)
    standing, _ = resolve(profile, catalog, document, as_of=as_of)
    return judge(profile, standing, catalog, as_of, document)


def input_files(
    index: CatalogIndex, document: Document | None, review: Reviewed | None = None
) -> list[InputFile]:
    """The files the result names as its inputs: the profile, the review, the catalog's."""
    inputs = [
        InputFile.model_construct(kind="catalog", path=s.path, sha256=s.sha256)
        for s in index.sources
    ]
    if review is not None:
        doc = review.document
        inputs.insert(
            0, InputFile.model_construct(kind="review", path=doc.source, sha256=doc.sha256)
        )
    if document is not None:
        inputs.insert(
            0,
            InputFile.model_construct(kind="profile", path=document.source, sha256=document.sha256),
        )
    return inputs


def assess_resolved(
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
) -> Assessment:
    """The assessment of a profile already judged: the role scored, annotated, planned."""
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
        summary = ReviewSummary.model_construct(
            reviewer=r.reviewer, date=r.date, overall=r.overall, forced=forced
        )
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
    learning = learning_plan(profile, standing, resolved, index, plan, document)
    extra = []
    if profile.target_date is not None and profile.target_date < plan.start_date:
        where = place(document, ("target_date",))
        extra.append(
            Warning.model_construct(
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


def annotate(rows: Sequence[RequirementResult], judged: Judged) -> list[RequirementResult]:
    """Skill rows with the claimed level, confidence, evidence, note and review comment."""
    out = []
    for row in rows:
        if row.kind not in ("skill", "skill_group"):
            out.append(row)
            continue
        # The member the engine counted (rule.counted_members: the best one, or the k-th
        # best of a k-of-n group, whose level is current_level), else the first listed.
        fallback = row.skills[0] if row.counted is None else ""
        e = judged.skills.get(row.member or fallback)
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
    check_arguments(catalog, role, as_of, plan)
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
    check_arguments(catalog, role, as_of, plan)
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
    check_path("path", path)
    check_arguments(catalog, role, as_of, plan)
    doc = load_file(Path(path), str(path))
    return assess_document(doc, catalog, role, plan=plan, as_of=as_of, level=level)
