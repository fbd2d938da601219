"""Every output a change to the plan could move, as one digest a case: compare two trees.

Runs the command line in-process over the example profiles and the development sets'
profiles (``tests/calibration/*/profiles``, the mentor set's included) and writes one line
a case: the case, the exit code and a SHA-256 of stdout and stderr. Run it with each
tree's own interpreter, from that tree, and ``diff`` the two files:

* ``plan -f json``: every example and mentor profile, every shipped role, at levels
  junior, mid and senior; at 10 h/week (or the profile's), 4 and 20; and with target dates
  from two months to four years away (the profile read from stdin with its
  ``target_date`` replaced), which is where the weekly hours a date needs are searched;
* ``match -f json``: every profile above and every development set's, at its own level,
  at each level and with ``--all-levels``; and, with ``--catalog``, over a generated
  catalog (``bench/big_catalog.py``) for a part of them.

    python bench/same_output.py OUT [--catalog GENERATED] [--only plan|match]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from typer.testing import CliRunner

from skillgap.cli import app

DAY = ["--as-of", "2026-12-07", "--start-date", "2026-12-07"]
LEVELS = ["junior", "mid", "senior"]
TARGETS = ["2027-02-07", "2027-06-30", "2027-12-31", "2028-09-30", "2030-12-31"]


def plan_cases(roles: list[str]) -> Iterator[tuple[str, list[str], str | None]]:
    profiles = sorted(Path("profiles").glob("*.yaml"))
    profiles += sorted(Path("tests/calibration/mentor-2026-12/profiles").glob("*.yaml"))
    for path in profiles:
        text = path.read_text(encoding="utf-8")
        for role in roles:
            for level in LEVELS:
                base = ["plan", "-f", "json", *DAY, "-r", role, "-l", level]
                for hours in (None, "4", "20"):
                    extra = ["--hours-per-week", hours] if hours else []
                    yield f"{path} {role} {level} h={hours}", [*base, *extra, str(path)], None
                for target in TARGETS:
                    dated = re.sub(r"(?m)^target_date:.*\n", "", text)
                    dated = f"{dated.rstrip()}\ntarget_date: {target}\n"
                    for hours in (None, "6"):
                        extra = ["--hours-per-week", hours] if hours else []
                        yield (
                            f"{path} {role} {level} t={target} h={hours}",
                            [*base, *extra, "-"],
                            dated,
                        )


def match_cases(catalog: str | None) -> Iterator[tuple[str, list[str], str | None]]:
    profiles = sorted(Path("profiles").glob("*.yaml"))
    profiles += sorted(Path("tests/calibration").glob("*/profiles/*.yaml"))
    for n, path in enumerate(profiles):
        base = ["match", "-f", "json", *DAY, str(path)]
        yield f"{path} own", base, None
        yield f"{path} all-levels", [*base, "--all-levels"], None
        for level in LEVELS:
            yield f"{path} {level}", [*base, "-l", level], None
        yield (
            f"{path} evidenced h=6",
            [*base, "--trust", "evidenced", "--hours-per-week", "6"],
            None,
        )
        if catalog and n % 4 == 0:
            yield f"{path} generated", [*base, "-c", catalog], None
            yield f"{path} generated all-levels", [*base, "-c", catalog, "--all-levels"], None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--catalog", help="a generated catalog folder, for match")
    parser.add_argument("--only", choices=["plan", "match"])
    args = parser.parse_args()
    runner = CliRunner()
    roles = ["ai-consultant", "ai-research-scientist", "data-scientist", "ml-engineer"]
    roles += ["ml-developer", "mlops-engineer"]
    cases: list[Iterator[tuple[str, list[str], str | None]]] = []
    if args.only in (None, "plan"):
        cases.append(plan_cases(roles))
    if args.only in (None, "match"):
        cases.append(match_cases(args.catalog))
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for group in cases:
            for name, argv, stdin in group:
                got = runner.invoke(app, argv, input=stdin, catch_exceptions=False)
                digest = hashlib.sha256(f"{got.stdout}\0{got.stderr}".encode()).hexdigest()
                out.write(f"{name}\t{got.exit_code}\t{digest[:20]}\n")
                count += 1
    print(f"{count} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
