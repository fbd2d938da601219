"""ready_figures (what match prints of a plan) and the route search's kept answers.

Both are shortcuts: ``ready_figures`` gives a plan's hours to ready, total hours, ready
date and months without writing the plan out; a search kept on the model answers again for
another cap. Each is held here to the long way round.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PROFILES, ROLE_IDS
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.levels import at_level
from skillgap.plan import Constraints, ReadyFigures, build_plan, ready_figures
from skillgap.plan.ledger import _Frame, _Ledger, _Model
from skillgap.plan.route import _by_rate, _least_hours, _study
from skillgap.plan.steps import _steps
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing, resolve
from test_plan import SKILL_NAMES, small_roles

START = dt.date(2026, 12, 7)
CATALOG = api.load_catalog()
LEVELS = {level: at_level(CATALOG, level) for level in ("junior", "mid", "senior")}

degrees = st.lists(
    st.builds(
        DegreeHeld,
        st.sampled_from(["associate", "bachelor", "master", "phd"]),
        st.sampled_from([None, "computer-science", "business"]),
        st.none(),
        st.booleans(),
        st.sampled_from([None, dt.date(2027, 6, 30), dt.date(2029, 1, 31)]),
    ),
    max_size=2,
).filter(lambda ds: all(d.completed or d.expected_end for d in ds))
experience = st.lists(
    st.builds(
        ExperienceHeld,
        st.sampled_from(["job", "internship", "project", "research"]),
        st.just("x"),
        st.sampled_from([1.0, 6.0, 14.0, 40.0]),
    ),
    max_size=2,
)
standings = st.builds(
    Standing,
    st.just("P"),
    st.dictionaries(st.sampled_from(SKILL_NAMES), st.integers(min_value=0, max_value=5)),
    degrees.map(tuple),
    st.just(()),
    experience.map(tuple),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    standings,
    st.sampled_from(ROLE_IDS),
    st.sampled_from(sorted(LEVELS)),
    st.sampled_from([1.0, 4.0, 10.0, 25.5]),
    st.booleans(),
    st.sampled_from([frozenset(), frozenset({"kind:degree"}), frozenset({"kind:full_time"})]),
)
def test_ready_figures_are_the_plans(
    standing: Standing,
    role: str,
    level: str,
    hours: float,
    employed: bool,
    skip: frozenset[str],
) -> None:
    """Property: hours to ready, total hours, ready date and months are the full plan's."""
    index = LEVELS[level]
    constraints = Constraints(skip=skip, employed=employed)
    args = (standing, index.role(role), index)
    plan = build_plan(*args, start_date=START, hours_per_week=hours, constraints=constraints)
    figures = ready_figures(*args, start_date=START, hours_per_week=hours, constraints=constraints)
    assert figures == ReadyFigures(
        plan.hours_to_ready, plan.total_hours, plan.ready_on, plan.months_to_ready
    )


def test_ready_figures_of_a_person_ready_already_and_of_one_who_cannot_be() -> None:
    """Ready already: no hours, today, 0 months; a ready rule no step can meet: no date."""
    profile, document = api.load_profile(PROFILES / "platform-engineer.yaml")
    ready, _ = resolve(profile, CATALOG, document, as_of=START)
    role = CATALOG.role("mlops-engineer")
    plan = build_plan(ready, role, CATALOG, start_date=START, hours_per_week=10)
    assert plan.ready_after_step == 0
    figures = ready_figures(ready, role, CATALOG, start_date=START, hours_per_week=10)
    assert figures == ReadyFigures(0.0, plan.total_hours, START, 0.0)
    newcomer = Standing("N", {"python": 1})
    role = CATALOG.role("ml-engineer")
    stuck = Constraints(skip=frozenset({"skill:python", "skill:pytorch", "skill:statistics"}))
    plan = build_plan(
        newcomer, role, CATALOG, start_date=START, hours_per_week=10, constraints=stuck
    )
    figures = ready_figures(
        newcomer, role, CATALOG, start_date=START, hours_per_week=10, constraints=stuck
    )
    assert plan.ready_on is None
    assert figures == ReadyFigures(None, plan.total_hours, None, None)


def model_of(catalog: CatalogIndex, standing: Standing) -> _Model:
    frame = _Frame(catalog.role("r"), catalog)
    ledger = _Ledger.start(standing, frame)
    return _Model(ledger.copy(), _steps(ledger, frame.role, Constraints(), START, 10.0))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_roles(), st.lists(st.floats(min_value=0, max_value=400), min_size=1, max_size=4))
def test_a_kept_search_answers_as_a_new_one(
    case: tuple[CatalogIndex, Standing], caps: list[float]
) -> None:
    """Property: for any cap, the answer kept on the model is the one a new search gives."""
    catalog, standing = case
    kept = model_of(catalog, standing)
    order = _by_rate(kept, 0, _study(kept, -1))
    first = _least_hours(kept, 0, order)
    for cap in [*caps, math.inf]:
        fresh = model_of(catalog, standing)
        assert _least_hours(kept, 0, order, cap) == _least_hours(fresh, 0, order, cap)
    if first is not None:
        assert _least_hours(kept, 0, order, first[0] + 1) == first


@pytest.mark.parametrize("builder", ["build_plan", "ready_figures"])
def test_a_plan_past_the_calendar_is_the_users_error_in_assess_and_match(
    builder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dates past 9999-12-31 (a plan or match's figures) end as the same user error, exit 2."""
    from skillgap.assessing import constraints
    from skillgap.errors import UsageError
    from skillgap.plan import PlanOptions, Undatable

    def past(*_: object, **__: object) -> None:
        raise Undatable("past 9999-12-31")

    monkeypatch.setattr(constraints, builder, past)
    profile, _ = api.load_profile(PROFILES / "student.yaml")
    options = PlanOptions(dt.date(2026, 12, 7), hours_per_week=1)
    catalog, day = api.load_catalog(), dt.date(2026, 12, 7)

    def run() -> object:
        if builder == "build_plan":
            return api.assess(profile, catalog, plan=options, as_of=day)
        return api.match(profile, catalog, options, as_of=day)

    with pytest.raises(UsageError, match="does not fit in the calendar"):
        run()
