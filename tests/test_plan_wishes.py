"""Constraints people have: no degree, no full-time step, skipping whole kinds of step."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import PROFILES, Run

ARGS = ("plan", PROFILES / "newcomer.yaml", "-f", "json", "--start-date", "2026-12-07")


def plan_with(run: Run, *options: str) -> dict[str, Any]:
    result = run(*ARGS, *options)
    assert result.exit_code == 0, result.stderr
    plan: dict[str, Any] = json.loads(result.stdout)["plan"]
    return plan


@pytest.mark.parametrize(
    ("options", "gone"),
    [
        (("--no-degree",), {"degree"}),
        (("--skip", "degree"), {"degree"}),
        (("--no-full-time",), {"degree", "full_time"}),
        (("--skip", "full-time"), {"degree", "full_time"}),
        (("--skip", "internship", "--skip", "job"), {"full_time"}),
    ],
)
def test_whole_kinds_of_long_step_can_be_left_out(
    run: Run, options: tuple[str, ...], gone: set[str]
) -> None:
    """--no-degree, --no-full-time and --skip KIND leave every such step out, and say so."""
    plan = plan_with(run, *options)
    assert not {s["track"] for s in plan["steps"]} & gone
    assert plan["skipped"]
    assert all(s["why"] == "skipped at your wish" for s in plan["skipped"][:1])
    assert "Every gap closed" not in plan["summary"]
    assert "Left open: " in plan["summary"]


def test_the_profile_can_say_the_same(run: Run, write: Any) -> None:
    """plan: skip: [full-time] in the profile works as --no-full-time does."""
    text = (PROFILES / "newcomer.yaml").read_text(encoding="utf-8")
    path = write("n.yaml", text + "plan:\n  skip: [full-time]\n")
    result = run("plan", path, "-f", "json", "--start-date", "2026-12-07")
    assert result.exit_code == 0, result.stderr
    plan = json.loads(result.stdout)["plan"]
    assert plan == plan_with(run, "--no-full-time")


def test_a_degree_in_progress_survives_no_degree(run: Run) -> None:
    """--no-degree means no new degree: the student still finishes the master's he is taking."""
    result = run(
        "plan", PROFILES / "student.yaml", "-f", "json", "--start-date", "2026-12-07", "--no-degree"
    )
    assert result.exit_code == 0, result.stderr
    steps = json.loads(result.stdout)["plan"]["steps"]
    assert steps[0]["title"].startswith("Finish your Master's")


def test_match_shows_the_ready_date_beside_the_score(run: Run) -> None:
    """Match rows carry the ready date and months; the terminal shows the date."""
    result = run("match", PROFILES / "student.yaml", "-f", "json", "--start-date", "2026-12-01")
    assert result.exit_code == 0, result.stderr
    ranking = json.loads(result.stdout)["ranking"]
    assert all(r["months_to_ready"] is not None for r in ranking if r["ready_on"])
    shown = run("match", PROFILES / "student.yaml", "--start-date", "2026-12-01").stdout
    assert all(r["ready_on"] in shown for r in ranking if r["ready_on"])
