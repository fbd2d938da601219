"""The learning plan: prerequisites first, greedy gain per hour, dates, and its properties."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PROFILES, ROLE_IDS, Run
from skillgap import engine
from skillgap.catalog import CatalogIndex
from skillgap.models.result import Plan
from skillgap.plan import apply_plan, build_plan
from skillgap.standing import Standing

START = dt.date(2026, 12, 1)


def plan_for(
    catalog: CatalogIndex,
    standing: Standing,
    role: str = "ml-engineer",
    hours: float = 10,
    target: dt.date | None = None,
) -> Plan:
    return build_plan(
        standing,
        catalog.role(role),
        catalog,
        start_date=START,
        hours_per_week=hours,
        target_date=target,
    )


def assert_prerequisites_first(plan: Plan, catalog: CatalogIndex, standing: Standing) -> None:
    """Every skill step comes after the steps that bring its prerequisites up to level."""
    level = dict(standing.skills)
    for step in plan.steps:
        assert all(n < step.number for n in step.after)
        if step.kind == "skill":
            for pre in catalog.skills[step.target].prerequisites:
                assert level.get(pre.skill, 0) >= pre.level, (step.title, pre)
            level[step.target] = step.level_to or 0


def test_missing_prerequisite_becomes_its_own_step(catalog: CatalogIndex) -> None:
    """PyTorch at 3 with no Python: a Python step comes first and says why it is there."""
    plan = plan_for(catalog, Standing("P", skills={"pytorch": 0}), role="ml-engineer")
    titles = [s.title for s in plan.steps]
    python = next(s for s in plan.steps if s.target == "python")
    torch_like = [s for s in plan.steps if s.target in ("pytorch", "tensorflow", "keras")]
    assert torch_like
    assert python.number < min(s.number for s in torch_like), titles
    tfx_prereq = next(s for s in plan.steps if s.target == "tensorflow")
    assert "prerequisite" in tfx_prereq.why or "the role needs" in tfx_prereq.why


def test_prerequisite_not_listed_by_the_role_is_explained(catalog: CatalogIndex) -> None:
    """A skill the role does not list but a step needs becomes a step that says why."""
    standing = Standing("P", skills={"python": 4, "sql": 1})
    plan = plan_for(catalog, standing, role="ml-engineer")
    warehouse = next(s for s in plan.steps if s.target == "data-warehousing")
    sql = next(s for s in plan.steps if s.target == "sql")
    assert sql.number < warehouse.number


def test_everything_met_gives_an_empty_plan(catalog: CatalogIndex) -> None:
    """A profile meeting every requirement gets an empty plan that says so."""
    empty = plan_for(catalog, Standing("E"))
    done = plan_for(catalog, apply_plan(Standing("E"), empty))
    assert done.steps == []
    assert done.summary == "Nothing to learn: every requirement of the role is met."
    assert done.ready_after_step == 0


def test_hours_add_up_and_dates_follow_weekly_hours(catalog: CatalogIndex) -> None:
    """Step hours sum to the total; at 10 h/week, 70 hours take 49 days."""
    plan = plan_for(catalog, Standing("E"), hours=10)
    assert sum(s.effort_hours for s in plan.steps) == plan.total_hours
    first = plan.steps[0]
    assert first.start == START
    assert (first.end - START).days == -(-first.effort_hours * 7 // 10)
    for a, b in zip(plan.steps, plan.steps[1:], strict=False):
        assert a.end == b.start
    assert plan.complete_on == plan.steps[-1].end


def test_target_date_reachable_or_hours_needed(catalog: CatalogIndex) -> None:
    """An unreachable target date says how many weekly hours would make it, and they do."""
    standing = Standing("S", skills={"python": 3, "statistics": 2})
    plan = plan_for(catalog, standing, hours=5, target=START + dt.timedelta(days=365))
    assert plan.target_reachable is False
    assert plan.hours_per_week_needed is not None
    faster = plan_for(
        catalog, standing, hours=plan.hours_per_week_needed, target=START + dt.timedelta(days=365)
    )
    assert faster.target_reachable is True
    assert "would make it" in plan.summary


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(ROLE_IDS),
    st.dictionaries(
        st.sampled_from(
            [
                "python",
                "pytorch",
                "statistics",
                "sql",
                "model-development",
                "model-deployment",
                "tensorflow",
                "r",
                "java",
                "tfx",
            ]
        ),
        st.integers(min_value=0, max_value=5),
    ),
    st.floats(min_value=1, max_value=40),
)
def test_following_the_plan_makes_you_ready(
    catalog: CatalogIndex, role: str, skills: dict[str, int], hours: float
) -> None:
    """Property: prerequisites first, hours add up, and the plan applied scores 100 and ready."""
    standing = Standing("H", skills=skills)
    plan = plan_for(catalog, standing, role=role, hours=hours)
    assert_prerequisites_first(plan, catalog, standing)
    assert abs(sum(s.effort_hours for s in plan.steps) - plan.total_hours) < 1e-9
    after = engine.assess(apply_plan(standing, plan), catalog.role(role), catalog)
    assert (after.score, after.readiness) == (100.0, "ready")
    if plan.steps:
        assert plan.steps[-1].score_after == 100.0
        scores = [s.score_after for s in plan.steps]
        assert scores == sorted(scores)


def test_plan_command_json_and_reproducible(run: Run) -> None:
    """The plan command's JSON records the start date and hours; same inputs, same bytes."""
    args = ("plan", PROFILES / "student.yaml", "-f", "json", "--start-date", "2026-12-01")
    first = run(*args)
    assert first.exit_code == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["plan"]["start_date"] == "2026-12-01"
    assert data["plan"]["hours_per_week"] == 12
    assert data["plan"]["hours_per_week_from"] == "profile"
    assert run(*args).stdout == first.stdout
    faster = json.loads(run(*args, "--hours-per-week", "20").stdout)["plan"]
    assert faster["hours_per_week_from"] == "option"
    assert faster["complete_on"] < data["plan"]["complete_on"]


def test_assess_shows_plan_under_the_report(run: Run) -> None:
    """The assess report prints the gap report and then the plan; --no-plan leaves it out."""
    out = run("assess", PROFILES / "newcomer.yaml", "--start-date", "2026-12-01").stdout
    assert out.index("Blockers") < out.index("Learning plan")
    assert "from 2026-12-01, 6 h/week (the profile)" in out
    assert "Learning plan" not in run("assess", PROFILES / "newcomer.yaml", "--no-plan").stdout


def test_bad_start_date_is_usage_error(run: Run) -> None:
    """--start-date that is not a date exits 2 and says the format."""
    result = run("plan", PROFILES / "student.yaml", "--start-date", "2026-13-01")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_prerequisite_cycle_in_catalog_is_refused(tmp_path: Path, run: Run) -> None:
    """A catalog with a prerequisite cycle is refused with its position, never an endless loop."""
    from test_catalog import HEAD, ROLE

    text = HEAD.replace("category: prog}", "category: prog, prerequisites: [pytorch]}") + ROLE
    (tmp_path / "c.yaml").write_text(text)
    result = run("plan", PROFILES / "student.yaml", "--catalog", tmp_path / "c.yaml", "-r", "r")
    assert result.exit_code == 3
    assert f"{tmp_path / 'c.yaml'}:11:63: error: prerequisite cycle" in result.stderr
