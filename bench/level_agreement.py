"""How often skillgap's levels agree with a hiring manager who never saw the tool.

A levels set is a folder with ``profiles/ROLE--KIND.yaml`` and ``expectations.yaml``,
written before any tool existed (see its ``LEVELS.md``). For each person it holds ``role``,
``ready`` (the highest level, none|junior|mid|senior, the manager would hire at), ``never``
(levels they must never be called ready for), optionally ``nearly`` (a level they are close
to) and ``next_level_months`` (months until the next level up). The tool's level is the
highest level at which ``assess --role ROLE --level L`` says "ready".

Figures, overall and per kind of person (new grad, one-year junior, four-year mid,
seven-year senior, career changer): the level exactly; within one level; "never" kept
(no level in ``never`` called ready); ``nearly`` kept (at that level the tool says ready or
nearly ready); and the months to the next level against the plan's ready date there.

    python bench/level_agreement.py tests/calibration/levels-2026-12 [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

import yaml

from skillgap import api
from skillgap.plan import PlanOptions

AS_OF = dt.date(2026, 12, 7)
LADDER = ("none", "junior", "mid", "senior")
KINDS = {
    "new-grad": "new grad",
    "junior-1y": "junior",
    "mid-4y": "mid",
    "senior-7y": "senior",
    "career-changer": "career changer",
}


@dataclass(frozen=True)
class Verdict:
    """One person: the level expected and the tool's, and the other checks."""

    name: str
    kind: str
    expected: str
    tool: str
    never_kept: bool
    nearly_kept: bool | None  # None: no 'nearly' expected
    months_expected: int | None
    months_tool: float | None  # None: no plan date (not reachable) or nothing above
    unknown: int  # names of the profile the catalog does not know (skills, certificates, ...)
    blockers: tuple[str, ...]  # at the manager's level (mid for those expected at none)

    @property
    def exact(self) -> bool:
        """The tool names the manager's level."""
        return self.tool == self.expected

    @property
    def within_one(self) -> bool:
        """The tool's level is at most one rung from the manager's."""
        return abs(LADDER.index(self.tool) - LADDER.index(self.expected)) <= 1


def _months(start: dt.date, end: dt.date) -> float:
    return (end - start).days / (365.25 / 12)


def judge(folder: Path) -> list[Verdict]:
    """Every person of the set, assessed at every level of their role."""
    catalog = api.load_catalog()
    expectations: dict[str, dict[str, Any]] = yaml.safe_load(
        (folder / "expectations.yaml").read_text(encoding="utf-8")
    )
    verdicts = []
    for name, expected in sorted(expectations.items()):
        profile, doc = api.load_profile(folder / "profiles" / f"{name}.yaml")
        role = expected["role"]
        results = {
            level: api.assess(
                profile,
                catalog,
                role,
                document=doc,
                as_of=AS_OF,
                plan=PlanOptions(AS_OF),
                level=level,
            )
            for level in LADDER[1:]
        }
        ready = [lv for lv in LADDER[1:] if results[lv].readiness == "ready"]
        tool = ready[-1] if ready else "none"
        never = expected.get("never") or []
        nearly = expected.get("nearly")
        above = LADDER.index(expected["ready"]) + 1
        months_tool = None
        if above < len(LADDER):
            plan = results[LADDER[above]].plan
            if plan is not None and plan.ready_on is not None:
                months_tool = _months(AS_OF, plan.ready_on)
        verdicts.append(
            Verdict(
                name=name,
                kind=KINDS.get(name.split("--", 1)[-1], "other"),
                expected=expected["ready"],
                tool=tool,
                never_kept=not any(results[lv].readiness == "ready" for lv in never),
                nearly_kept=None
                if nearly is None
                else results[nearly].readiness in ("ready", "nearly_ready"),
                months_expected=expected.get("next_level_months"),
                months_tool=months_tool,
                unknown=sum(w.code.startswith("unknown-") for w in results["mid"].warnings),
                blockers=tuple(
                    results[expected["ready"] if expected["ready"] != "none" else "junior"].blockers
                ),
            )
        )
    return verdicts


def _share(hits: int, total: int) -> str:
    return f"{hits}/{total}" if total else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    verdicts = judge(args.folder)
    if args.verbose:
        for v in verdicts:
            months = (
                f"{v.months_expected} vs {v.months_tool:.0f}"
                if v.months_expected is not None and v.months_tool is not None
                else f"{v.months_expected} vs -"
            )
            print(
                f"{v.name:38} expected {v.expected:7} tool {v.tool:7} "
                f"{'ok' if v.exact else 'NO':3} never {'ok' if v.never_kept else 'NO':3} "
                f"months {months}"
            )
    groups: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        groups[v.kind].append(v)
    print(f"{args.folder.name}: level agreement by kind of person")
    print(f"{'kind':16} {'exact':>7} {'±1':>7} {'never':>7} {'nearly':>7}")
    for kind in [*KINDS.values(), "all"]:
        vs = verdicts if kind == "all" else groups.get(kind, [])
        nearly = [v for v in vs if v.nearly_kept is not None]
        print(
            f"{kind:16} {_share(sum(v.exact for v in vs), len(vs)):>7} "
            f"{_share(sum(v.within_one for v in vs), len(vs)):>7} "
            f"{_share(sum(v.never_kept for v in vs), len(vs)):>7} "
            f"{_share(sum(bool(v.nearly_kept) for v in nearly), len(nearly)):>7}"
        )
    blocking: dict[str, int] = defaultdict(int)
    for v in verdicts:
        for b in v.blockers:
            blocking[b] += 1
    common = sorted(blocking.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(
        f"unknown names per profile: median {median(v.unknown for v in verdicts):g}; "
        "most common blockers at the manager's level (junior for 'none'): "
        + ", ".join(f"{b} {n}" for b, n in common)
    )
    paired = [
        (v.months_expected, v.months_tool)
        for v in verdicts
        if v.months_expected is not None and v.months_tool is not None
    ]
    asked = sum(v.months_expected is not None for v in verdicts)
    if paired:
        errors = [abs(t - e) for e, t in paired]
        within = sum(e / 2 <= t <= e * 2 for e, t in paired if e > 0)
        print(
            f"months to the next level: {len(paired)} of {asked} dated; median error "
            f"{median(errors):.0f} months; within a factor of two {within}/{len(paired)}"
        )


if __name__ == "__main__":
    main()
