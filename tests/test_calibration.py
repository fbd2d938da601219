"""The calibration suite: realistic profiles get the verdict a hiring manager would give.

Each profile in ``tests/calibration/profiles/`` is run through ``skillgap match`` and
checked against ``tests/calibration/expectations.yaml`` (written before the tool's
answers were looked at): the first role of the ranking, and the readiness per role.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROLE_IDS, Run

HERE = Path(__file__).resolve().parent / "calibration"
PROFILES = HERE / "profiles"
EXPECTATIONS: dict[str, dict[str, Any]] = yaml.safe_load(
    (HERE / "expectations.yaml").read_text(encoding="utf-8")
)
START = ("--start-date", "2026-12-01", "--as-of", "2026-12-01")


def verdicts(run: Run, name: str) -> tuple[str, dict[str, str]]:
    """The first role of ``match`` and each role's readiness, for one calibration profile."""
    result = run("match", PROFILES / f"{name}.yaml", "--format", "json", *START)
    assert result.exit_code == 0, result.stderr
    ranking = json.loads(result.stdout)["ranking"]
    return ranking[0]["role"]["id"], {e["role"]["id"]: e["readiness"] for e in ranking}


def test_every_profile_has_an_expectation() -> None:
    """No profile is left unjudged and no expectation names a missing profile or role."""
    assert sorted(p.stem for p in PROFILES.glob("*.yaml")) == sorted(EXPECTATIONS)
    assert len(EXPECTATIONS) >= 12
    for expected in EXPECTATIONS.values():
        named = [*expected["first"], *expected.get("ready", [])]
        if expected.get("not_ready") != "all":
            named += expected.get("not_ready", [])
        assert set(named) <= set(ROLE_IDS)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_profile_gets_the_hiring_managers_verdict(name: str, run: Run) -> None:
    """The first role and the readiness match what a hiring manager would say."""
    expected = EXPECTATIONS[name]
    first, readiness = verdicts(run, name)
    assert first in expected["first"], (first, readiness)
    for role in expected.get("ready", []):
        assert readiness[role] == "ready", (role, readiness)
    not_ready = expected.get("not_ready", [])
    for role in ROLE_IDS if not_ready == "all" else not_ready:
        assert readiness[role] != "ready", (role, readiness)


# What each blind set agreed on, as floors that only go up (never an expectation edited to
# pass). blind-2026-12: 13 and 7 when written (2026-12-07, before any change it was written
# for), 16 and 12 after implied levels by tools and work, 16 and 14 after catalog 2.3's ML
# developer, data-scientist statistics and one ready bar. holdout-2026-12: held out during
# session 3 and measured twice (16/7 before, 16/11 after); a development set since (catalog
# 2.3: 16 and 14). Both own-role floors raised to 15 when degrees, product work, engineering
# years and model servers showed implied levels (session 4). holdout-2026-12b and -12c:
# held out in session 4, each measured once by the lead (12b before the session's changes
# 15/13, after 15/15; 12c, written after them, 15/16): their floors hold what they agreed.
BLIND_FLOORS = {
    "blind-2026-12": {"best_match": 16, "own_role": 15},
    "holdout-2026-12": {"best_match": 16, "own_role": 15},
    "holdout-2026-12b": {"best_match": 15, "own_role": 15},
    "holdout-2026-12c": {"best_match": 15, "own_role": 16},
}


@pytest.mark.parametrize("folder", sorted(BLIND_FLOORS))
def test_blind_set_agrees_no_worse_than_its_recorded_floor(folder: str) -> None:
    """People written by hiring managers who never saw the catalog keep their agreement."""
    import sys

    sys.path.insert(0, str(HERE.parents[1] / "bench"))
    from blind_agreement import judge

    floor = BLIND_FLOORS[folder]
    verdicts = judge(HERE / folder)
    assert len(verdicts) >= 15
    assert sum(v.first_ok for v in verdicts) >= floor["best_match"], verdicts
    assert sum(v.own_ok for v in verdicts) >= floor["own_role"], verdicts


LEVELS = HERE / "levels-2026-12"
# What the blind levels set agreed on (bench/level_agreement.py): 6/30 exact, 22/30 within one
# level, 30/30 no "never" level called ready, 7/8 "nearly" kept when the rule was first written;
# raised when the level rule changed (senior by the lead role held, junior learning the
# professional skills and foundations on the job: 11 and 25), and again when tools and work
# showed implied levels (15 and 29), with catalog 2.3's roles (16 and 29), and when degrees
# and engineering years showed implied levels (17 and 30). A floor that only goes up.
LEVELS_FLOOR = {"exact": 17, "within_one": 30, "never": 30, "nearly": 7}


def test_levels_set_agrees_no_worse_than_its_recorded_floor() -> None:
    """The level each of 30 blindly written people is ready for keeps its agreement."""
    import sys

    sys.path.insert(0, str(HERE.parents[1] / "bench"))
    from level_agreement import judge

    verdicts = judge(LEVELS)
    assert len(verdicts) == 30
    assert sum(v.exact for v in verdicts) >= LEVELS_FLOOR["exact"], verdicts
    assert sum(v.within_one for v in verdicts) >= LEVELS_FLOOR["within_one"], verdicts
    assert sum(v.never_kept for v in verdicts) >= LEVELS_FLOOR["never"], verdicts
    assert sum(bool(v.nearly_kept) for v in verdicts) >= LEVELS_FLOOR["nearly"], verdicts
