"""The plan as one life: one full-time track, degrees as people take them, an honest objective."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import yaml

from conftest import PROFILES
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import Catalog
from skillgap.models.result import Plan
from skillgap.plan import Constraints, PlanOptions, build_plan
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing, resolve

START = dt.date(2026, 12, 7)
MENTOR = Path(__file__).parent / "calibration" / "mentor-2026-12" / "profiles"


def plan_of(path: Path, role: str = "ml-engineer", hours: float | None = None) -> Plan:
    catalog = api.load_catalog()
    profile, doc = api.load_profile(path)
    result = api.assess(
        profile, catalog, role, document=doc, plan=PlanOptions(START, hours), as_of=START
    )
    assert result.plan is not None
    return result.plan


def plan_for(
    catalog: CatalogIndex, standing: Standing, role: str = "ml-engineer", **wishes: object
) -> Plan:
    return build_plan(
        standing,
        catalog.role(role),
        catalog,
        start_date=START,
        hours_per_week=10,
        constraints=Constraints(**wishes),  # type: ignore[arg-type]
    )


def long_spans(plan: Plan) -> list[tuple[dt.date, dt.date]]:
    return sorted((s.start, s.end) for s in plan.steps if s.long_term)


def test_full_time_steps_never_overlap(catalog: CatalogIndex) -> None:
    """For every example profile and role, a job, an internship and a degree come one at a time."""
    for path in sorted(PROFILES.glob("*.yaml")):
        for role in sorted(catalog.roles):
            spans = long_spans(plan_of(path, role))
            assert all(a[1] <= b[0] for a, b in pairwise(spans)), (path.stem, role, spans)


def test_the_student_finishes_her_masters_before_full_time_work(catalog: CatalogIndex) -> None:
    """The master's in progress comes first and ends on its day; the work starts after it."""
    plan = plan_of(PROFILES / "student.yaml")
    first = plan.steps[0]
    assert first.title.startswith("Finish your Master's")
    work = next(s for s in plan.steps if s.track == "full_time")
    assert work.start >= first.end


def test_a_masters_in_progress_over_an_associate_gets_no_bachelor(catalog: CatalogIndex) -> None:
    """Finishing the master's on its expected_end is the only degree step; no new bachelor's."""
    plan = plan_of(MENTOR / "masters-associate.yaml")
    degrees = [s for s in plan.steps if s.kind == "degree"]
    assert [s.title[:20] for s in degrees] == ["Finish your Master's"]
    assert degrees[0].end == dt.date(2028, 6, 17)


def test_a_degree_in_an_unknown_field_is_still_finished(catalog: CatalogIndex) -> None:
    """A bachelor's in progress in a field the catalog does not know is finished, not restarted."""
    held = DegreeHeld("bachelor", None, "Underwater basket weaving", False, dt.date(2027, 6, 30))
    plan = plan_for(catalog, Standing("U", degrees=(held,)))
    degrees = [s for s in plan.steps if s.kind == "degree"]
    assert degrees
    assert degrees[0].title == "Finish your Bachelor's degree in Underwater basket weaving"
    assert degrees[0].end == dt.date(2027, 6, 30)
    assert not any(s.title.startswith("Earn a Bachelor") for s in plan.steps)


def test_no_degree_at_or_below_one_held(catalog: CatalogIndex) -> None:
    """An MSc in Robotics is never told to earn a bachelor's or another master's."""
    plan = plan_of(MENTOR / "robotics-controls.yaml")
    assert not [s.title for s in plan.steps if s.kind == "degree"]


def test_a_new_bachelors_takes_the_catalogs_hours_and_months(catalog: CatalogIndex) -> None:
    """With no degree, a bachelor's is 4,800 h over 36 months; no associate's before it."""
    steps = build_plan(
        Standing("N"),
        catalog.role("ml-engineer"),
        catalog,
        start_date=START,
        hours_per_week=10,
    ).steps
    degrees = [s for s in steps if s.kind == "degree"]
    if degrees:  # when the route needs it at all
        first = degrees[0]
        assert first.target == "bachelor"
        assert (first.effort_hours, first.months) == (4800, 36)
    assert not any(s.target == "associate" for s in steps)


def test_an_employed_person_stays_in_the_job(catalog: CatalogIndex) -> None:
    """A junior in a full-time job: "stay in your job" gives the months, never an internship."""
    plan = plan_of(MENTOR / "junior-mle.yaml")
    stay = [s for s in plan.steps if s.title.startswith("Stay in your job until")]
    assert len(stay) == 1
    assert stay[0].start == START
    assert stay[0].underway
    assert stay[0].months == 9  # 24 asked; 12 in the job and 3 of internship held
    assert stay[0].title == "Stay in your job until 2027-09 (9 more months)"
    assert not any(s.experience_kind == "internship" for s in plan.steps)
    assert not any(s.kind == "degree" for s in plan.steps)


def _employed_as(tmp_path: Path, title: str, skills: list[str]) -> Plan:
    """The plan of someone two years into a job that is their only one, for the ML engineer."""
    job = {"kind": "job", "title": title, "months": 24, "skills": skills}
    profile = {"name": "A", "skills": {"python": 3, "sql": 4}, "experience": [job]}
    path = tmp_path / "me.yaml"
    path.write_text(yaml.safe_dump(profile), encoding="utf-8")
    return plan_of(path)


def test_staying_in_a_job_that_does_not_count_is_not_the_plan(tmp_path: Path) -> None:
    """An analyst's job counts 0 months of ML work: the plan is a job that counts.

    The report counts the analyst's months as none; staying in that job gives none either,
    so the plan never tells them to stay for the months.
    """
    plan = _employed_as(tmp_path, "Senior Data Analyst", ["sql", "tableau"])
    work = [s for s in plan.steps if s.experience_kind == "job"]
    assert work, "the ML engineer asks for months of ML product work"
    assert not any(s.title.startswith("Stay in your job") for s in work)
    assert work[0].title.startswith("A job in ML work (")  # the field the requirement names
    assert "Senior Data Analyst" in work[0].why
    assert "does not count" in work[0].why


def test_staying_in_a_job_that_counts_is_the_plan(tmp_path: Path) -> None:
    """An ML engineer two years in stays in the job for the months still missing."""
    plan = _employed_as(tmp_path, "Machine Learning Engineer", ["python", "pytorch"])
    work = [s for s in plan.steps if s.experience_kind == "job"]
    assert all(s.title.startswith("Stay in your job until") for s in work)


def test_a_person_ready_already_gets_no_degree(catalog: CatalogIndex) -> None:
    """The platform engineer is ready: no master's in the plan, listed as left open instead."""
    plan = plan_of(PROFILES / "platform-engineer.yaml", "mlops-engineer")
    assert plan.ready_after_step == 0
    assert not any(s.long_term for s in plan.steps)
    assert any(s.target == "master" for s in plan.skipped)
    assert "Every gap closed" not in plan.summary
    assert "Left open: Earn a Master's degree" in plan.summary


def test_no_step_that_serves_nothing(catalog: CatalogIndex) -> None:
    """After ready, every step adds score or comes before a step that needs it."""
    for path in sorted(PROFILES.glob("*.yaml")):
        for role in sorted(catalog.roles):
            plan = plan_of(path, role)
            needed = {n for s in plan.steps for n in s.after}
            start = plan.ready_after_step or 0
            idle = [
                s.title
                for s in plan.steps[start:]
                if s.score_gain <= 0 and s.number not in needed and not s.underway
            ]
            assert not idle, (path.stem, role, idle)


def test_the_summary_says_how_long_in_months(catalog: CatalogIndex) -> None:
    """The summary reads "ready in about N ... at H h/week" and the plan carries the months."""
    plan = plan_of(PROFILES / "switcher.yaml", "ml-developer")
    assert plan.months_to_ready is not None
    assert plan.ready_on is not None
    assert abs(plan.months_to_ready - (plan.ready_on - START).days / 30.44) < 0.1
    assert "Ready in about " in plan.summary
    assert f"at {plan.hours_per_week:g} h/week, on {plan.ready_on.isoformat()}" in plan.summary


def test_an_unreachable_target_never_asks_more_than_100_hours(catalog: CatalogIndex) -> None:
    """A target a week away is not reachable; no advice beyond the tool's 100 h/week."""
    standing = Standing("T", experience=(ExperienceHeld("job", "j", 60),))
    plan = build_plan(
        standing,
        catalog.role("ml-engineer"),
        catalog,
        start_date=START,
        hours_per_week=10,
        target_date=START + dt.timedelta(days=7),
    )
    assert plan.target_reachable is False
    assert plan.hours_per_week_needed is None
    assert "h/week would make it" not in plan.summary


def test_the_route_counts_degree_hours(catalog: CatalogIndex) -> None:
    """A degree is never on the route to save study hours that end no later."""
    for path in sorted(PROFILES.glob("*.yaml")):
        profile, doc = api.load_profile(path)
        standing, _ = resolve(profile, catalog, doc, as_of=START)
        for role in sorted(catalog.roles):
            plan = plan_for(catalog, standing, role)
            if plan.ready_after_step is None:
                continue
            route = plan.steps[: plan.ready_after_step]
            new = [s for s in route if s.kind == "degree" and not s.underway]
            studied = [s for s in route if s.track == "study"]
            for degree in new:  # a new degree ends before ready only when study runs longer
                assert degree.end <= (plan.ready_on or START)
                assert studied, (path.stem, role, degree.title)


def test_a_prerequisite_met_through_an_any_of_group_is_not_scheduled(
    catalog: CatalogIndex,
) -> None:
    """With pandas at 3 meeting "data preprocessing (or pandas)", no preprocessing 0→2 step."""
    standing = Standing("P", skills={"pandas": 3, "python": 3, "statistics": 3})
    plan = plan_for(catalog, standing)
    assert "data-preprocessing" not in {s.target for s in plan.steps}
    model = next(s for s in plan.steps if s.target == "model-development")
    assert model.after == []


def ladder_catalog(months: list[int]) -> CatalogIndex:
    """A role asking for internships of rising months: one full-time step per requirement."""
    scale = [
        {"level": i, "name": n, "description": "x"}
        for i, n in enumerate(["none", "awareness", "novice", "intermediate", "advanced", "expert"])
    ]
    role = {
        "id": "r",
        "name": "R",
        "requirements": {
            "skills": [{"skill": "s", "level": 2, "importance": "important"}],
            "experience": [
                {"id": f"x{i}", "kinds": ["internship"], "min_months": m, "importance": "important"}
                for i, m in enumerate(months)
            ],
        },
    }
    data = {
        "scale": scale,
        "degrees": [{"id": "bachelor", "name": "Bachelor"}],
        "skills": [{"id": "s", "name": "S", "category": "c", "effort_hours": 20}],
        "roles": [role],
    }
    return CatalogIndex(Catalog.model_validate(data))


def test_many_full_time_steps_still_give_a_route() -> None:
    """Seven to fourteen full-time steps: the plan still finds a route, one step at a time."""
    for count in (7, 9, 14):
        catalog = ladder_catalog([3 * (i + 1) for i in range(count)])
        plan = plan_for(catalog, Standing("L"), role="r")
        assert plan.ready_on is not None, count
        spans = long_spans(plan)
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), count
