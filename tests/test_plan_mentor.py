"""Plans a mentor would sign: a life changed only when it pays, importance first, one framework."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import PROFILES
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.result import Plan
from skillgap.plan import PlanOptions, build_plan
from skillgap.scoring.standing import Standing

START = dt.date(2026, 12, 7)
MENTOR = Path(__file__).parent / "calibration" / "mentor-2026-12" / "profiles"


def plan_of(path: Path, role: str, level: str | None = None, hours: float | None = None) -> Plan:
    catalog = api.load_catalog()
    profile, doc = api.load_profile(path)
    result = api.assess(
        profile,
        catalog,
        role,
        document=doc,
        plan=PlanOptions(START, hours),
        as_of=START,
        level=level,
    )
    assert result.plan is not None
    return result.plan


def test_the_newcomer_is_not_sent_to_a_masters_or_an_internship(catalog: CatalogIndex) -> None:
    """No master's and no internship for the newcomer: study alone makes him a junior.

    Study alone is ready by mid-2029; a master's and an internship (two years of
    full-time life) would move ready by six months: no mentor gives them.
    """
    plan = plan_of(PROFILES / "newcomer.yaml", "ml-engineer", "junior")
    assert not [s.title for s in plan.steps if s.long_term]
    assert plan.ready_on is not None
    assert dt.date(2028, 9, 1) <= plan.ready_on <= dt.date(2030, 6, 30)
    left = {s.target for s in plan.skipped}
    assert {"master", "ml-internship"} <= left
    assert "Left open: " in plan.summary
    first = " ".join(s.target for s in plan.steps[:3])
    assert any(topic in first for topic in ("python", "pandas", "statistics", "scikit-learn"))


def test_a_full_time_step_a_role_cannot_do_without_is_still_given(catalog: CatalogIndex) -> None:
    """A full-time step that closes a blocker stays, whatever its months.

    Mid-level ML engineering asks for two years of work: the newcomer's plan keeps the
    internship, since no amount of study replaces it.
    """
    plan = plan_of(PROFILES / "newcomer.yaml", "ml-engineer")
    long = [s for s in plan.steps if s.long_term]
    assert [s.experience_kind for s in long] == ["internship"]
    assert not any(s.kind == "degree" for s in plan.steps)


def test_an_any_of_member_already_started_is_the_one_built(catalog: CatalogIndex) -> None:
    """PyTorch at 1: the plan raises PyTorch to the framework level, never starts Keras.

    Keras from 0 is fewer catalog hours than PyTorch from 1; a mentor still has you build
    the framework you know.
    """
    for role in ("ml-engineer", "ai-research-scientist"):
        plan = build_plan(
            Standing("P", skills={"pytorch": 1, "python": 3}),
            catalog.role(role),
            catalog,
            start_date=START,
            hours_per_week=10,
        )
        frameworks = {s.target for s in plan.steps} & {"pytorch", "keras", "tensorflow", "jax"}
        assert frameworks == {"pytorch"}, role
        # Of two started, the furthest along.
        plan = build_plan(
            Standing("P", skills={"pytorch": 1, "tensorflow": 2, "python": 3}),
            catalog.role(role),
            catalog,
            start_date=START,
            hours_per_week=10,
        )
        frameworks = {s.target for s in plan.steps} & {"pytorch", "keras", "tensorflow", "jax"}
        assert frameworks == {"tensorflow"}, role
