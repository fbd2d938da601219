"""How often skillgap agrees with hiring managers who never saw its catalog.

A blind set is a folder with ``profiles/NAME.yaml`` and ``expectations.yaml``, written by
someone who had not seen the catalog or the tool's answers (see its ``SOURCES.md``). For
each person it holds ``first`` (acceptable best matches), ``own_role``, ``ready_mid`` and
``not_ready_mid`` (roles that must, or must not, be called ready at the mid level, or
``all``) and ``level`` (the highest level, none|junior|mid|senior, per role).

Two figures per person, as the issue asks: the best match (``match``'s first role is in
``first``) and own-role readiness (``assess`` says "ready" for ``own_role`` exactly when a
hiring manager would hire at mid level or above).

    python bench/blind_agreement.py tests/calibration/blind-2026-12 [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from skillgap import api
from skillgap.plan import PlanOptions

AS_OF = dt.date(2026, 12, 7)
HIRED_AT_MID = {"mid", "senior"}


@dataclass(frozen=True)
class Verdict:
    """One person's agreement: the best match and the own-role readiness."""

    name: str
    first: str
    first_ok: bool
    own_role: str
    readiness: str
    own_ok: bool


def expected_ready(expected: dict[str, Any], role: str) -> bool | None:
    """Whether a hiring manager calls this person ready for ``role`` at mid level."""
    if role in expected.get("ready_mid", []):
        return True
    not_ready = expected.get("not_ready_mid", [])
    if not_ready == "all" or role in not_ready:
        return False
    level = expected.get("level", {}).get(role)
    return None if level is None else level in HIRED_AT_MID


def judge(folder: Path) -> list[Verdict]:
    """Every person of a blind set, run through ``match``, against the expectations."""
    catalog = api.load_catalog()
    expectations: dict[str, dict[str, Any]] = yaml.safe_load(
        (folder / "expectations.yaml").read_text(encoding="utf-8")
    )
    verdicts = []
    for name, expected in sorted(expectations.items()):
        profile, _ = api.load_profile(folder / "profiles" / f"{name}.yaml")
        report = api.match(profile, catalog, PlanOptions(AS_OF), as_of=AS_OF)
        ranking = {entry.role.id: entry.readiness for entry in report.ranking}
        first = report.ranking[0].role.id
        own = expected["own_role"]
        readiness = str(ranking[own])
        verdicts.append(
            Verdict(
                name=name,
                first=first,
                first_ok=first in expected["first"],
                own_role=own,
                readiness=readiness,
                own_ok=(readiness == "ready") == expected_ready(expected, own),
            )
        )
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    verdicts = judge(args.folder)
    if args.verbose:
        for v in verdicts:
            print(
                f"{v.name:24} first {v.first:22} {'ok' if v.first_ok else 'NO':3}"
                f"  {v.own_role:22} {v.readiness:13} {'ok' if v.own_ok else 'NO'}"
            )
    n = len(verdicts)
    both = sum(v.first_ok and v.own_ok for v in verdicts)
    print(
        f"{args.folder.name}: best match {sum(v.first_ok for v in verdicts)}/{n}, "
        f"own-role readiness {sum(v.own_ok for v in verdicts)}/{n}, both {both}/{n}"
    )


if __name__ == "__main__":
    main()
