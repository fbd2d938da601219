"""Cost of the learning plan, as a ratio to the assessment it extends.

Planning each example profile (or those named) against each role of the shipped catalog,
in-process:
``plan time / assess time without plan``. Medians of many repetitions, in CPU time of
this process (steadier than wall time on a shared machine).

    python bench/bench_plan.py [--repeat 50] [--profile profiles/newcomer.yaml ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from skillgap import api
from skillgap.catalog.index import CatalogIndex, ResolvedRole
from skillgap.plan import build_plan
from skillgap.scoring.standing import resolve

ROOT = Path(__file__).resolve().parents[1]


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    """Median CPU time of ``fn`` in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument(
        "--profile", nargs="+", default=sorted(str(p) for p in (ROOT / "profiles").glob("*.yaml"))
    )
    args = parser.parse_args()

    catalog = api.load_catalog()
    print(f"cores: {os.cpu_count()}  repeat: {args.repeat}")
    worst: list[float] = []
    for path in args.profile:
        worst.append(bench_profile(catalog, Path(path), args.repeat))
    print(f"longest plan: {max(worst):.2f} ms")


def bench_profile(catalog: CatalogIndex, path: Path, repeat: int) -> float:
    """Print each role's figures for one profile; the longest plan's time."""
    profile, doc = api.load_profile(path)
    standing, _ = resolve(profile, catalog, doc, as_of=dt.date(2026, 12, 1))
    longest = 0.0
    for role_id in sorted(catalog.roles):
        role = catalog.role(role_id)

        def assess(role_id: str = role_id) -> object:
            return api.assess(profile, catalog, role_id, document=doc)

        def plan(role: ResolvedRole = role) -> object:
            return build_plan(
                standing, role, catalog, start_date=dt.date(2026, 12, 1), hours_per_week=8
            )

        a, p = median_ms(assess, repeat), median_ms(plan, repeat)
        longest = max(longest, p)
        steps = len(
            build_plan(
                standing, role, catalog, start_date=dt.date(2026, 12, 1), hours_per_week=8
            ).steps
        )
        print(
            f"{path.stem:18} {role_id:24} assess {a:6.2f} ms  plan {p:6.2f} ms ({steps:2} steps)  "
            f"ratio {p / a:5.2f}"
        )
    return longest


if __name__ == "__main__":
    main()
