"""The plan's search at scale: generated catalogs no plan of which may take more than 1 s.

Two families, each role planned for a person with nothing, in CPU time:

* **ladders**: a role with K internship requirements of rising months, important or
  useful (so none is forced), plus five study skills: K full-time steps, whose sets grow
  as 2**K;
* **knapsack roles**: N skills of near-equal score per hour (hours 10-200, levels 1-4,
  mixed importances) that the branch and bound has to tell apart.

    python bench/bench_plan_scale.py [--max-tracks 20] [--skills 60] [--seed 7]

Prints each case's CPU time, whether the route is exact, and the worst; exits 1 when
any plan takes more than 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from typing import Any

from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import Catalog
from skillgap.plan import build_plan
from skillgap.plan.ledger import _Frame, _Ledger, _Model
from skillgap.plan.options import Constraints
from skillgap.plan.route import _route, _track_choices
from skillgap.plan.steps import _steps
from skillgap.scoring.standing import Standing

START = dt.date(2026, 12, 1)
LIMIT_S = 1.0
SCALE = [
    {"level": i, "name": n, "description": "x"}
    for i, n in enumerate(["none", "awareness", "novice", "intermediate", "advanced", "expert"])
]
IMPORTANCE = ("essential", "important", "useful")


def catalog_of(skills: list[dict[str, Any]], role: dict[str, Any]) -> CatalogIndex:
    data = {
        "scale": SCALE,
        "degrees": [{"id": "bachelor", "name": "Bachelor"}],
        "skills": skills,
        "roles": [{"id": "r", "name": "R", **role}],
    }
    return CatalogIndex(Catalog.model_validate(data))


def ladder(k: int, rng: random.Random) -> CatalogIndex:
    """K full-time requirements (each its own step) and five study skills."""
    skills = [
        {"id": f"s{i}", "name": f"S{i}", "category": "c", "effort_hours": rng.randint(10, 80)}
        for i in range(5)
    ]
    # Rising months: each requirement's step is the months the ones before it left open.
    months = sorted(rng.sample(range(2, 6 * k + 2), k))
    experience = [
        {
            "id": f"x{i}",
            "kinds": ["internship"],
            "min_months": m,
            "importance": rng.choice(IMPORTANCE[1:]),
        }
        for i, m in enumerate(months)
    ]
    reqs = [{"skill": s["id"], "level": 2, "importance": "important"} for s in skills]
    return catalog_of(skills, {"requirements": {"skills": reqs, "experience": experience}})


def knapsack(n: int, rng: random.Random) -> CatalogIndex:
    """N skills whose score per hour differs by little: the bound prunes least here."""
    skills = [
        {"id": f"s{i}", "name": f"S{i}", "category": "c", "effort_hours": rng.randint(10, 50)}
        for i in range(n)
    ]
    reqs = [
        {"skill": s["id"], "level": rng.randint(1, 4), "importance": rng.choice(IMPORTANCE)}
        for s in skills
    ]
    return catalog_of(skills, {"requirements": {"skills": reqs}, "ready_score": 70})


def timed(catalog: CatalogIndex, target: dt.date | None = None) -> tuple[float, bool]:
    """CPU seconds of one plan (a target date: with the hours it needs), and if exact."""
    started = time.process_time()
    build_plan(
        Standing("N"),
        catalog.role("r"),
        catalog,
        start_date=START,
        hours_per_week=10,
        target_date=target,
    )
    spent = time.process_time() - started
    frame = _Frame(catalog.role("r"), catalog)
    ledger = _Ledger.start(Standing("N"), frame)
    model = _Model(ledger, _steps(ledger, catalog.role("r"), Constraints(), START, 10))
    allowed = (1 << len(model.steps)) - 1
    exact = _track_choices(model, 0, allowed, START)[1]
    if exact:
        route = _route(model, 0, allowed, START, 10)
        exact = route is None or route.exact
    return spent, exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-tracks", type=int, default=20)
    parser.add_argument("--skills", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--target-days",
        type=int,
        default=None,
        help="a target date this many days after the start (an unreachable one is advised on)",
    )
    args = parser.parse_args()
    target = None if args.target_days is None else START + dt.timedelta(days=args.target_days)
    rng = random.Random(args.seed)
    worst = 0.0
    for k in range(2, args.max_tracks + 1, 2):
        spent, exact = timed(ladder(k, rng), target)
        worst = max(worst, spent)
        print(f"ladder   {k:3} full-time steps  {spent * 1000:7.1f} ms  exact {exact}")
    for n in (10, 20, 40, args.skills):
        for _ in range(3):
            spent, exact = timed(knapsack(n, rng), target)
            worst = max(worst, spent)
            print(f"knapsack {n:3} skills           {spent * 1000:7.1f} ms  exact {exact}")
    print(f"worst: {worst * 1000:.1f} ms (limit {LIMIT_S * 1000:.0f} ms)")
    sys.exit(1 if worst > LIMIT_S else 0)


if __name__ == "__main__":
    main()
