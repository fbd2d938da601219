"""How often the learning plan is one a mentor would sign.

A mentor set is a folder with ``profiles/NAME.yaml`` and ``expectations.yaml``, written
by a mentor who had not seen the plan's code or output (``tests/calibration/mentor-*``).
For each person it holds a ``target`` (role, level), ``first_steps_topics`` (words of which
at least one must name one of the plan's first three steps), ``ready_between`` (YYYY-MM,
YYYY-MM) and ``never`` (step kinds the mentor would never give this person).

Four checks per plan, each counted, and "signed" when all four hold:

* **one life**: no two full-time or degree steps overlap on the calendar;
* **never**: no step of a kind the mentor refuses (internship, job, bachelor, master,
  phd, certification, ``any full-time``; finishing a degree in progress, or staying in
  the job one has, is not new);
* **first steps**: one of the first three steps names one of the mentor's topics;
* **date**: the plan's ready date falls in the mentor's window.

    python bench/mentor_agreement.py tests/calibration/mentor-2026-12 [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from skillgap import api
from skillgap.models.result import Assessment, PlanStep
from skillgap.plan import PlanOptions

START = dt.date(2026, 12, 7)
CHECKS = ("one_life", "never", "first_steps", "date")


@dataclass(frozen=True)
class Signed:
    """One plan against one mentor's expectations."""

    name: str
    ready_on: dt.date | None
    failed: tuple[str, ...]


def _full_time(step: PlanStep) -> bool:
    return step.track in {"full_time", "degree"}


def _overlap(steps: list[PlanStep]) -> bool:
    spans = sorted((s.start, s.end) for s in steps if _full_time(s))
    busy_until = dt.date.min
    for start, end in spans:
        if start < busy_until:
            return True
        busy_until = max(busy_until, end)
    return False


def _kinds(step: PlanStep) -> set[str]:
    """The mentor's words for a step: internship, job, bachelor, ..., any full-time."""
    kinds: set[str] = set()
    # Finishing a degree in progress, or staying in the job one has, is not new.
    finishing = step.underway or (step.kind == "degree" and step.title.lower().startswith("finish"))
    if _full_time(step) and not finishing:
        kinds.add("any full-time")
    if step.kind == "experience" and step.experience_kind in {"internship", "job"}:
        kinds.add(step.experience_kind)
    if step.kind == "degree" and not finishing:
        kinds.update(k for k in ("bachelor", "master", "phd") if k in step.target.lower())
    if step.kind == "certification":
        kinds.add("certification")
    return kinds


def _month(text: str, *, end: bool) -> dt.date:
    year, month = (int(part) for part in str(text).split("-")[:2])
    if not end:
        return dt.date(year, month, 1)
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _plan(profile_path: Path, expected: dict[str, Any]) -> Assessment:
    catalog = api.load_catalog()
    profile, document = api.load_profile(profile_path)
    target = expected["target"]
    options = PlanOptions(START, hours_per_week=expected.get("hours_per_week"))
    kwargs: dict[str, Any] = {}
    if "level" in inspect.signature(api.assess).parameters:  # seniority, once it exists
        kwargs["level"] = target.get("level")
    return api.assess(
        profile,
        catalog,
        target["role"],
        document=document,
        plan=options,
        as_of=START,
        **kwargs,
    )


def judge(folder: Path) -> list[Signed]:
    """Every person of a mentor set, planned, against the mentor's expectations."""
    expectations: dict[str, dict[str, Any]] = yaml.safe_load(
        (folder / "expectations.yaml").read_text(encoding="utf-8")
    )
    results = []
    for name, expected in sorted(expectations.items()):
        result = _plan(folder / "profiles" / f"{name}.yaml", expected)
        plan = result.plan
        assert plan is not None
        steps = list(plan.steps)
        failed = []
        if _overlap(steps):
            failed.append("one_life")
        refused = set(expected.get("never", []))
        if any(_kinds(step) & refused for step in steps):
            failed.append("never")
        topics = [t.lower() for t in expected.get("first_steps_topics", [])]
        named = " ".join(f"{s.title} {s.target}".lower() for s in steps[:3])
        if topics and not any(topic in named for topic in topics):
            failed.append("first_steps")
        low, high = expected["ready_between"]
        ready_on = plan.ready_on
        if ready_on is None or not (_month(low, end=False) <= ready_on <= _month(high, end=True)):
            failed.append("date")
        results.append(Signed(name, ready_on, tuple(failed)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    results = judge(args.folder)
    if args.verbose:
        for r in results:
            print(f"{r.name:20} ready {r.ready_on!s:10}  failed: {', '.join(r.failed) or '-'}")
    n = len(results)
    counts = ", ".join(
        f"{check} {sum(check not in r.failed for r in results)}/{n}" for check in CHECKS
    )
    print(f"{args.folder.name}: signed {sum(not r.failed for r in results)}/{n} ({counts})")


if __name__ == "__main__":
    main()
