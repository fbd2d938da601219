"""How quick the plan's route to ready is: against the least from its own steps, and greedy.

For every example profile and every role of the shipped catalog:

* ``route/least``: the plan's hours to ready (every hour: study, full-time work, degrees)
  over the least hours any set of the plan's own steps needs to be ready by the same date,
  the honest objective (the steps are rebuilt from the plan's output, so this checks the
  route the plan prints, not the planner's internals);
* ``greedy``: when the old order (score per hour only, nothing first) is ready, and
  after how many study hours.

    python bench/bench_route.py [--hours-per-week 10] [--level junior]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from greedy import greedy_ready
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.catalog.levels import at_level
from skillgap.models.result import Plan
from skillgap.plan.ledger import _Frame, _Ledger, _Model, _Step
from skillgap.plan.route import _route
from skillgap.scoring.evidence import judge
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing, resolve

ROOT = Path(__file__).resolve().parents[1]
START = dt.date(2026, 12, 1)


def least(standing: Standing, role_id: str, catalog: CatalogIndex, plan: Plan) -> float | None:
    """The least study hours of a set of the plan's steps ready by the plan's ready date."""
    if plan.ready_after_step == 0:  # ready already: no step is needed (a degree under way
        return 0.0  # would be, in every route, but it is not what makes ready)
    frame = _Frame(catalog.role(role_id), catalog)
    ledger = _Ledger.start(standing, frame)
    keys = {s.number: f"s{s.number}" for s in plan.steps}
    steps = []
    for s in plan.steps:
        steps.append(
            _Step(
                key=keys[s.number],
                kind=s.kind,
                title=s.title,
                target=s.target,
                hours=s.effort_hours,
                note="",
                deps=tuple(keys[a] for a in s.after),
                level_from=s.level_from,
                level_to=s.level_to,
                track=s.track,
                months=s.months,
                fixed_end=s.end if s.underway else None,
                experience=ExperienceHeld(s.experience_kind, s.title, s.months or 1.0)
                if s.experience_kind
                else None,
                degree=DegreeHeld(s.target, s.field, s.field, True) if s.kind == "degree" else None,
            )
        )
    model = _Model(ledger, steps)
    # A degree being finished is the person's life: in every route, as in the plan.
    kept = model.closure(j for j, s in enumerate(plan.steps) if s.underway and s.kind == "degree")
    route = _route(model, kept, (1 << len(steps)) - 1, plan.start_date, plan.hours_per_week)
    if route is None:
        return None
    assert plan.ready_on is not None
    assert route.ready_on <= plan.ready_on
    return route.rank[2]  # (date with commitments, date, every hour, long steps)


def hours_to_ready(plan: Plan) -> float | None:
    """Every hour of the plan's steps up to ready: study, full-time work and degrees."""
    if plan.ready_after_step is None:
        return None
    return sum(s.effort_hours for s in plan.steps[: plan.ready_after_step])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours-per-week", type=float, default=None)
    parser.add_argument("--level", choices=["junior", "mid", "senior"], default=None)
    args = parser.parse_args()
    catalog = api.load_catalog()
    if args.level:  # every role at that level, for the plan and for the oracle alike
        catalog = at_level(catalog, args.level)
    ratios = []
    greedy_ratios = []
    for path in sorted((ROOT / "profiles").glob("*.yaml")):
        profile, doc = api.load_profile(path)
        resolved, _ = resolve(profile, catalog, doc, as_of=START)
        # The levels the plan starts from: recency, implied levels and relevance applied.
        standing = judge(profile, resolved, catalog, START, doc).standing
        options = api.PlanOptions(START, hours_per_week=args.hours_per_week)
        for role_id in sorted(catalog.roles):
            result = api.assess(
                profile, catalog, role_id, document=doc, plan=options, level=args.level
            )
            plan = result.plan
            assert plan is not None
            best = least(standing, role_id, catalog, plan)
            greedy = greedy_ready(
                standing,
                catalog.role(role_id),
                catalog,
                start_date=START,
                hours_per_week=plan.hours_per_week,
            )
            have = hours_to_ready(plan)
            ratio = (have / best if best else 1.0) if have is not None else float("nan")
            ratios.append(ratio)
            line = f"{path.stem:18} {role_id:22} steps {len(plan.steps):2}  "
            line += f"ready {plan.ready_on} after {have} h  least {best} h  route/least {ratio:.2f}"
            if greedy is not None:
                study = plan.hours_to_ready
                g_ratio = greedy[1] / study if study else 1.0
                greedy_ratios.append(g_ratio)
                line += f"  greedy {greedy[0]} after {greedy[1]:g} h"
            print(line)
    print(f"route/least: {min(ratios):.2f}-{max(ratios):.2f}")
    print(f"greedy hours / route hours: {min(greedy_ratios):.2f}-{max(greedy_ratios):.2f}")


if __name__ == "__main__":
    main()
