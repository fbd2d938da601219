"""Every role ranked for one profile (``skillgap match``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from skillgap.assessing.assess import headline_first, input_files, judged_at
from skillgap.assessing.checks import check_arguments, chosen_level
from skillgap.assessing.constraints import plan_figures
from skillgap.assessing.reviewing import checked_review, review_warnings
from skillgap.catalog import levels
from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.errors import UsageError, expect_type
from skillgap.inputs.loader import Document
from skillgap.models.common import CATEGORIES, Seniority
from skillgap.models.profile import Profile
from skillgap.models.result import Readiness, RoleRef, Trust
from skillgap.plan import DEFAULT_HOURS_PER_WEEK, PlanOptions
from skillgap.scoring import engine
from skillgap.scoring.evidence import judge
from skillgap.scoring.quick import QuickScorer
from skillgap.scoring.standing import Standing, resolve

if TYPE_CHECKING:  # for annotations only: not attributes of the library's front
    from collections.abc import Callable, Sequence
    from typing import Literal

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
    # The plan is built on the headline standing; the other one gives only its score.
    headline, other = headline_first(trust, judged.standing, judged.evidenced)
    ids = sorted(catalog.roles)

    def plan(index: CatalogIndex, role: ResolvedRole) -> _Figures:
        # Only what the ranking prints of the plan: no step written out, no target date
        figures, hours = plan_figures(profile, headline, role, index, options, document)
        return _Figures(*figures, hours)

    # Per role, only what the ranking prints: the scores of every role at once (the batch
    # scorer: the rule's numbers, without the explanations), then the plan of the role
    # shown, read for its hours and dates and dropped, so memory does not grow with roles.
    rows: list[tuple[_Row, _Figures, Seniority | Literal["none"] | None, tuple[float, ...]]] = []
    if not all_levels:
        index = levels.at_level(catalog, chosen) if chosen else catalog
        for row in _scored(index, ids, headline, other, trust, chosen):
            rows.append((row, plan(index, row.role), None, ()))
    else:
        ladder = levels.levels_of(catalog)
        by_level = [
            _scored(levels.at_level(catalog, s), ids, headline, other, trust, s) for s in ladder
        ]
        for k in range(len(ids)):
            rows.append(_ladder(ladder, [at[k] for at in by_level], plan))
    hours = rows[-1][1].hours_per_week if rows else DEFAULT_HOURS_PER_WEEK
    if all_levels:
        rows.sort(key=lambda e: (e[3], e[0].role.id))
    else:
        rows.sort(key=lambda e: (-e[0].score, e[0].role.id))
    ranking = [
        MatchEntry(
            rank=rank,
            role=RoleRef(id=row.role.id, name=row.role.name, level=row.level),
            score=row.score,
            evidenced_score=row.evidenced_score,
            readiness=row.readiness,
            blockers=list(row.blockers),
            hours_to_ready=learning.hours_to_ready,
            total_hours=learning.total_hours,
            ready_on=learning.ready_on,
            ready_level=ready_level,
            months_to_ready=learning.months_to_ready,
        )
        for rank, (row, learning, ready_level, _) in enumerate(rows, start=1)
    ]
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


class _Figures(NamedTuple):
    """What the ranking prints of a role's plan: the plan itself is dropped once read."""

    hours_to_ready: float | None
    total_hours: float
    ready_on: dt.date | None
    months_to_ready: float | None
    hours_per_week: float


class _Row(NamedTuple):
    """One role's numbers at one level, as an assessment would give them."""

    view: CatalogIndex  # the catalog at the level
    role: ResolvedRole
    level: Seniority | None  # as asked for (None: the catalog's role as written)
    score: float  # the headline score
    evidenced_score: float
    readiness: Readiness
    blockers: tuple[str, ...]  # the blockers' names


def _scored(
    index: CatalogIndex,
    ids: Sequence[str],
    headline: Standing,
    other: Standing,
    trust: Trust,
    level: Seniority | None,
) -> list[_Row]:
    """Every role of ``index`` scored on both standings at once, in the order of ``ids``.

    The batch scorer's numbers are the assessment's (a property test holds them equal); a
    blocker is named as the assessment names its requirement.
    """
    roles = [index.role(r) for r in ids]
    quick = QuickScorer(roles, index)
    rows = []
    for role, head, rest in zip(
        roles, quick.score(headline, gaps=False), quick.score(other, gaps=False), strict=True
    ):
        reqs = {r.key: r for c in CATEGORIES for r in getattr(role.requirements, c)}
        rows.append(
            _Row(
                view=index,
                role=role,
                level=level,
                score=head.score,
                evidenced_score=headline_first(trust, head.score, rest.score)[1],
                readiness=head.readiness,
                blockers=tuple(engine.requirement_name(reqs[b], index) for b in head.blockers),
            )
        )
    return rows


def _ladder(
    ladder: Sequence[Seniority],
    results: Sequence[_Row],
    plan: Callable[[CatalogIndex, ResolvedRole], _Figures],
) -> tuple[_Row, _Figures, Seniority | Literal["none"], tuple[float, ...]]:
    """One role on the level ladder: the highest level ready for, the next level's result.

    Only the next level is planned. Also the entry's sort key: the highest level first,
    then the score there, then the next level's date (undatable last) and score.
    """
    ready = [i for i, r in enumerate(results) if r.readiness == "ready"]
    top = ready[-1] if ready else -1
    nxt = results[min(top + 1, len(results) - 1)]
    learning = plan(nxt.view, nxt.role)
    ready_score = results[top].score if top >= 0 else 0.0
    when = learning.ready_on.toordinal() if learning.ready_on else float("inf")
    key = (-float(top), -ready_score, float(when), -nxt.score)
    return nxt, learning, (ladder[top] if top >= 0 else "none"), key
