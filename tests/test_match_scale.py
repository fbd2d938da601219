"""match over many roles computes per role only what it prints: the same numbers as assess."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import PROFILES, ROLE_IDS
from skillgap import api
from skillgap.models.result import Assessment, Trust


@pytest.mark.parametrize("name", ["student", "newcomer", "switcher"])
def test_match_gives_each_role_what_assess_with_the_plan_gives(name: str) -> None:
    """Score, blockers, hours to ready and ready date per role equal assess's, target date set."""
    profile, document = api.load_profile(PROFILES / f"{name}.yaml")
    assert profile.target_date is not None  # the plan's target-date search is what match skips
    catalog = api.load_catalog()
    options = api.PlanOptions(dt.date(2026, 12, 1), hours_per_week=9)
    report = api.match(profile, catalog, options, document=document)
    assert sorted(e.role.id for e in report.ranking) == sorted(ROLE_IDS)
    for entry in report.ranking:
        result = api.assess(profile, catalog, entry.role.id, plan=options, document=document)
        assert result.plan is not None
        names = {r.id: r.name for r in result.requirements}
        assert (entry.score, entry.evidenced_score, entry.readiness) == (
            result.score,
            result.evidenced_score,
            result.readiness,
        )
        assert entry.blockers == [names[b] for b in result.blockers]
        assert (entry.hours_to_ready, entry.total_hours, entry.ready_on) == (
            result.plan.hours_to_ready,
            result.plan.total_hours,
            result.plan.ready_on,
        )
    assert report.hours_per_week == 9


@pytest.mark.parametrize(
    ("name", "trust"), [("platform-engineer", "claimed"), ("student", "evidenced")]
)
def test_match_all_levels_gives_the_next_level_what_assess_gives(name: str, trust: Trust) -> None:
    """--all-levels: each entry is assess at the next level up, ready at the level it names."""
    profile, document = api.load_profile(PROFILES / f"{name}.yaml")
    catalog = api.load_catalog()
    options = api.PlanOptions(dt.date(2026, 12, 1), hours_per_week=9)
    report = api.match(profile, catalog, options, document=document, trust=trust, all_levels=True)
    assert sorted(e.role.id for e in report.ranking) == sorted(ROLE_IDS)

    def at(role: str, level: str | None) -> Assessment:
        return api.assess(
            profile, catalog, role, plan=options, document=document, trust=trust, level=level
        )

    for entry in report.ranking:
        result = at(entry.role.id, entry.role.level)
        assert result.plan is not None
        names = {r.id: r.name for r in result.requirements}
        assert (entry.role, entry.score, entry.evidenced_score, entry.readiness) == (
            result.role,
            result.score,
            result.evidenced_score,
            result.readiness,
        )
        assert entry.blockers == [names[b] for b in result.blockers]
        assert (entry.hours_to_ready, entry.total_hours, entry.ready_on) == (
            result.plan.hours_to_ready,
            result.plan.total_hours,
            result.plan.ready_on,
        )
        if entry.ready_level not in (None, "none"):
            assert at(entry.role.id, entry.ready_level).readiness == "ready"
