"""Months of experience met part time: a project at the weekly hours, never an internship.

A junior role counts projects, competitions and open-source work towards its months: the
plan meets them with a study-track step of that kind, lasting the months missing at the
person's weekly hours. A full-time step is given only when no part-time kind counts.
"""

from __future__ import annotations

import datetime as dt

from conftest import PROFILES
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import Catalog
from skillgap.models.result import Plan, PlanStep
from skillgap.plan import Constraints, PlanOptions, build_plan
from skillgap.scoring.standing import ExperienceHeld, Standing

START = dt.date(2026, 12, 7)


def months_catalog(kinds: list[str], months: float = 6, effort: float = 60) -> CatalogIndex:
    """A role asking for ``months`` of ``kinds`` (essential), with one idea of each kind."""
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
                {"id": "work", "kinds": kinds, "min_months": months, "importance": "essential"}
            ],
        },
    }
    ideas = [
        {"id": "intern", "title": "An internship", "kind": "internship", "months": 3},
        {"id": "build", "title": "A model end to end", "kind": "project", "effort_hours": effort},
    ]
    data = {
        "scale": scale,
        "degrees": [{"id": "bachelor", "name": "Bachelor"}],
        "skills": [{"id": "s", "name": "S", "category": "c", "effort_hours": 20}],
        "projects": ideas,
        "roles": [role],
    }
    return CatalogIndex(Catalog.model_validate(data))


def plan_for(catalog: CatalogIndex, per_week: float = 6, **wishes: object) -> Plan:
    return build_plan(
        Standing("P", experience=(ExperienceHeld("project", "A first project", 1.0),)),
        catalog.role("r"),
        catalog,
        start_date=START,
        hours_per_week=per_week,
        constraints=Constraints(**wishes),  # type: ignore[arg-type]
    )


def experience(plan: Plan) -> list[PlanStep]:
    return [s for s in plan.steps if s.kind == "experience"]


def test_months_that_accept_projects_are_a_project_at_the_weekly_hours() -> None:
    """Five months missing at 6 h/week: a five-month project of 131 h, no full-time step."""
    plan = plan_for(months_catalog(["internship", "project"]))
    (step,) = experience(plan)
    assert not [s.title for s in plan.steps if s.long_term]
    assert step.track == "study"
    assert step.experience_kind == "project"
    assert step.target == "build"
    assert step.title == "Project: A model end to end (5 months at your weekly hours)"
    assert step.months == 5
    assert step.effort_hours == 131  # 5 months of 30.44 days at 6 h/week, rounded up
    # It lasts the months on the study calendar, and it makes the person ready.
    assert 150 <= (step.end - step.start).days <= 155
    assert plan.ready_on == max(s.end for s in plan.steps[: plan.ready_after_step])
    assert plan.ready_after_step is not None


def test_the_project_takes_the_ideas_effort_when_that_is_more() -> None:
    """Half a month missing at 6 h/week is 14 h; the idea takes 60 h: it lasts 2.2 months."""
    plan = plan_for(months_catalog(["project"], months=1.5))
    (step,) = experience(plan)
    assert step.effort_hours == 60
    assert step.months == 2.2
    assert "(2.2 months at your weekly hours)" in step.title
    assert plan.ready_after_step is not None


def test_without_an_idea_of_the_kind_it_is_a_project_of_your_own() -> None:
    """Competitions count, the catalog has no idea of one: the person's own competition."""
    plan = plan_for(months_catalog(["competition", "internship"]))
    (step,) = experience(plan)
    assert step.track == "study"
    assert step.title.startswith("Competition: A competition of your own (6 months")


def test_months_of_job_or_internship_only_are_still_full_time() -> None:
    """Mid-level industry experience counts no project: the step is a full-time internship."""
    plan = plan_for(months_catalog(["job", "internship"]))
    (step,) = experience(plan)
    assert step.track == "full_time"
    assert step.long_term
    assert step.experience_kind == "internship"
    assert step.title.endswith("(6 months, full time)")


def test_a_skipped_part_time_kind_falls_back_to_full_time() -> None:
    """Whoever skips projects is not given one: the internship the role also accepts."""
    plan = plan_for(months_catalog(["internship", "project"]), skip=frozenset({"kind:project"}))
    (step,) = experience(plan)
    assert step.track == "full_time"


def newcomer_junior(per_week: float | None = None) -> Plan:
    catalog = api.load_catalog()
    profile, doc = api.load_profile(PROFILES / "newcomer.yaml")
    result = api.assess(
        profile,
        catalog,
        "ml-engineer",
        document=doc,
        plan=PlanOptions(START, per_week),
        as_of=START,
        level="junior",
    )
    assert result.plan is not None
    return result.plan


def test_the_newcomers_junior_plan_has_no_full_time_step() -> None:
    """The career changer at 6 h/week: his junior months are a project, ready 2028-09..2030-06."""
    plan = newcomer_junior()
    assert not [s.title for s in plan.steps if s.track != "study"]
    months = [s for s in plan.steps if s.kind == "experience" and s.months and s.months > 1]
    assert [s.experience_kind for s in months] == ["project"]
    assert "months at your weekly hours" in months[0].title
    assert plan.ready_on is not None
    assert dt.date(2028, 9, 1) <= plan.ready_on <= dt.date(2030, 6, 30)


def test_the_weekly_hours_advised_for_a_target_date_make_it() -> None:
    """His target 2028-06-30 is out of reach at 6 h/week: the hours advised do reach it.

    The fewest study hours by then would take a master's that the plan never gives (it
    does not pay for itself), and the project grows with the weekly hours: the advice is
    the plan's own, checked, and a tenth less does not make it.
    """
    plan = newcomer_junior()
    assert plan.target_reachable is False
    needed = plan.hours_per_week_needed
    assert needed is not None
    assert f"{needed:g} h/week would make it" in plan.summary
    assert newcomer_junior(needed).target_reachable is True
    assert newcomer_junior(round(needed - 0.1, 1)).target_reachable is False
