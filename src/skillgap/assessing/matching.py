"""Every role ranked for one profile (``skillgap match``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from skillgap.assessing.assess import (
    assess_resolved,
    checked_review,
    input_files,
    judged_at,
    review_warnings,
)
from skillgap.assessing.checks import check_arguments
from skillgap.catalog.index import CatalogIndex
from skillgap.errors import expect_type
from skillgap.inputs.loader import Document
from skillgap.models.profile import Profile
from skillgap.models.result import Trust
from skillgap.plan import DEFAULT_HOURS_PER_WEEK, PlanOptions
from skillgap.scoring import engine
from skillgap.scoring.evidence import judge
from skillgap.scoring.standing import resolve

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from skillgap.assessing.load import Reviewed
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
) -> MatchReport:
    """Every role of the catalog, ranked by score, with the plan hours each one needs.

    >>> profile, _ = load_profile("profiles/platform-engineer.yaml")
    >>> report = match(profile, load_catalog(), PlanOptions(dt.date(2026, 12, 1)))
    >>> report.ranking[0].role.id
    'mlops-engineer'
    """
    expect_type("profile", profile, Profile, "a Profile", "load_profile(path) reads one")
    check_arguments(catalog, None, as_of, catalog_needed=True)
    expect_type("options", options, PlanOptions, "PlanOptions")
    from skillgap.models.views import MatchEntry, MatchReport  # not built by assess

    day = judged_at(as_of, options)
    standing, warnings = resolve(profile, catalog, document, as_of=day)
    judged = judge(
        profile, standing, catalog, day, document, checked_review(review, document, catalog)
    )
    warnings += review_warnings(review, catalog)
    inputs = input_files(catalog, document, review)
    entries = []
    for role_id in sorted(catalog.roles):
        result = assess_resolved(
            profile,
            judged,
            warnings,
            inputs,
            catalog,
            role_id,
            options,
            day,
            review,
            trust,
            document,
        )
        names = {r.id: r.name for r in result.requirements}
        entries.append((result, [names[b] for b in result.blockers]))
    entries.sort(key=lambda e: (-e[0].score, e[0].role.id))
    ranking = [
        MatchEntry(
            rank=i,
            role=r.role,
            score=r.score,
            evidenced_score=r.evidenced_score,
            readiness=r.readiness,
            blockers=blockers,
            hours_to_ready=r.plan.hours_to_ready if r.plan else None,
            total_hours=r.plan.total_hours if r.plan else 0.0,
            ready_on=r.plan.ready_on if r.plan else None,
        )
        for i, (r, blockers) in enumerate(entries, start=1)
    ]
    first_plan = entries[0][0].plan if entries else None
    return MatchReport(
        profile=profile.name,
        start_date=options.start_date,
        as_of=day,
        catalog=engine.catalog_info(catalog),
        hours_per_week=first_plan.hours_per_week if first_plan else DEFAULT_HOURS_PER_WEEK,
        ranking=ranking,
        warnings=warnings,
        inputs=inputs,
    )
