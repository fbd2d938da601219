"""Every role ranked for one profile (``skillgap match``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from skillgap.assessing.assess import assess_resolved, input_files, judged_at
from skillgap.assessing.checks import check_arguments, chosen_level
from skillgap.assessing.reviewing import checked_review, review_warnings
from skillgap.catalog import levels
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import UsageError, expect_type
from skillgap.inputs.loader import Document
from skillgap.models.profile import Profile
from skillgap.models.result import Trust
from skillgap.plan import DEFAULT_HOURS_PER_WEEK, PlanOptions
from skillgap.scoring import engine
from skillgap.scoring.evidence import judge
from skillgap.scoring.standing import resolve

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from collections.abc import Callable
    from typing import Literal

    from skillgap.assessing.load import Reviewed
    from skillgap.models.result import Assessment
    from skillgap.models.views import MatchReport


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
    check_arguments(catalog, None, as_of, catalog_needed=True)
    expect_type("options", options, PlanOptions, "PlanOptions")
    from skillgap.models.views import MatchEntry, MatchReport  # not built by assess

    chosen = None if all_levels else chosen_level(catalog, level, profile.target_level, document)
    if all_levels and level is not None:
        raise UsageError("--level and --all-levels exclude each other", "give one of them")
    day = judged_at(as_of, options)
    standing, warnings = resolve(profile, catalog, document, as_of=day)
    applied, reopened = checked_review(review, document, catalog, profile)
    judged = judge(profile, standing, catalog, day, document, applied)
    warnings += review_warnings(review, catalog) + reopened
    inputs = input_files(catalog, document, review)

    def at(index: CatalogIndex, role_id: str, seniority: str | None) -> Assessment:
        result = assess_resolved(
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
