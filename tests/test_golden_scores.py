"""Scoring goldens: the example profiles' numbers, one line each, in small tables.

tests/golden/scores.tsv holds, for every example profile against every shipped role, what a
reviewer of a scoring change wants to see move: the score, the evidenced score, the
readiness, each category's points, the blockers, and the plan's ready date and hours.
requirements.tsv and steps.tsv hold, for each profile against its own target role, each
requirement's points and each plan step. A change to the rule shows as a few changed
numbers in a diff; the renderers' goldens (test_golden_renderers) do not move. Regenerate
with ``pytest --update-golden`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import pytest

from conftest import GOLDEN, PROFILES, Golden
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.common import Category
from skillgap.models.result import Assessment
from skillgap.plan import PlanOptions

SCORES = GOLDEN / "scores.tsv"
REQUIREMENTS = GOLDEN / "requirements.tsv"
STEPS = GOLDEN / "steps.tsv"
#: The day every profile is judged at and every plan starts (the end-to-end goldens' day).
DAY = dt.date(2026, 12, 1)
CATEGORIES: tuple[Category, ...] = ("skills", "education", "certifications", "experience")
HEADER = (
    "profile",
    "role",
    "score",
    "evidenced",
    "readiness",
    *CATEGORIES,
    "blockers",
    "ready_on",
    "hours_to_ready",
    "total_hours",
)


def number(x: float | None) -> str:
    """A number as the result holds it, without a trailing ``.0``; ``-`` for none."""
    return "-" if x is None else str(x).removesuffix(".0")


def row(profile: str, result: Assessment) -> tuple[str, ...]:
    """One assessment as a line of the table: the numbers a scoring change moves."""
    points = {c.category: f"{number(c.points)}/{number(c.max_points)}" for c in result.categories}
    plan = result.plan
    assert plan is not None
    return (
        profile,
        result.role.id,
        number(result.score),
        number(result.evidenced_score),
        result.readiness,
        *(points.get(c, "-") for c in CATEGORIES),
        ",".join(result.blockers) or "-",
        plan.ready_on.isoformat() if plan.ready_on else "never",
        number(plan.hours_to_ready),
        number(plan.total_hours),
    )


Assessed = dict[tuple[str, str], Assessment]


@pytest.fixture(scope="module")
def assessed(catalog: CatalogIndex) -> tuple[Assessed, dict[str, str]]:
    """Every example profile against every role, with a plan; and each profile's target role."""
    results: Assessed = {}
    targets: dict[str, str] = {}
    roles = [str(r["id"]) for r in api.role_list(catalog)]
    for path in sorted(PROFILES.glob("*.yaml")):
        profile, document = api.load_profile(path)
        targets[path.stem] = profile.target_role or "ml-engineer"
        for role in roles:
            results[path.stem, role] = api.assess(
                profile, catalog, role, document=document, plan=PlanOptions(DAY), as_of=DAY
            )
    return results, targets


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Tab-separated lines under a header line."""
    return "".join("\t".join(line) + "\n" for line in [header, *rows])


def score_table(results: Assessed) -> str:
    """Every example profile × every role of the shipped catalog, one line each."""
    return table(HEADER, (row(profile, r) for (profile, _), r in results.items()))


REQUIREMENT_HEADER = ("profile", "role", "requirement", "status", "points", "blocker", "level")


def requirement_table(results: Assessed, targets: dict[str, str]) -> str:
    """Each requirement of each profile's target role: status, points, blocker, level counted."""
    return table(
        REQUIREMENT_HEADER,
        (
            (
                profile,
                role,
                q.id,
                q.status,
                f"{number(q.points)}/{number(q.max_points)}",
                "blocker" if q.blocker else "-",
                number(q.current_level),
            )
            for profile, role in targets.items()
            for q in results[profile, role].requirements
        ),
    )


STEP_HEADER = (
    "profile",
    "role",
    "step",
    "target",
    "levels",
    "hours",
    "gain",
    "score_after",
    "start",
    "end",
    "after",
)


def step_table(results: Assessed, targets: dict[str, str]) -> str:
    """Each step of each profile's plan for its target role: what, effort, gain and dates."""
    rows: list[tuple[str, ...]] = []
    for profile, role in targets.items():
        plan = results[profile, role].plan
        assert plan is not None
        for step in plan.steps:
            levels = "-" if step.level_to is None else f"{number(step.level_from)}>{step.level_to}"
            rows.append(
                (
                    profile,
                    role,
                    str(step.number),
                    f"{step.kind}:{step.target}",
                    levels,
                    number(step.effort_hours),
                    number(step.score_gain),
                    number(step.score_after),
                    step.start.isoformat(),
                    step.end.isoformat(),
                    ",".join(map(str, step.after)) or "-",
                )
            )
    return table(STEP_HEADER, rows)


def test_scores_match_their_golden(
    assessed: tuple[Assessed, dict[str, str]], golden: Golden
) -> None:
    """Each example profile scores, per role, exactly the numbers tests/golden/scores.tsv holds."""
    golden(SCORES, score_table(assessed[0]))


def test_requirement_points_match_their_golden(
    assessed: tuple[Assessed, dict[str, str]], golden: Golden
) -> None:
    """Each requirement of a profile's target role earns the points requirements.tsv holds."""
    golden(REQUIREMENTS, requirement_table(*assessed))


def test_plan_steps_match_their_golden(
    assessed: tuple[Assessed, dict[str, str]], golden: Golden
) -> None:
    """Each profile's plan for its target role has the steps, hours and dates steps.tsv holds."""
    golden(STEPS, step_table(*assessed))


def test_score_golden_covers_every_profile_and_role(catalog: CatalogIndex) -> None:
    """The scoring golden has one line per example profile and shipped role, none left out."""
    lines = SCORES.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(HEADER)
    pairs = {tuple(line.split("\t")[:2]) for line in lines[1:]}
    profiles = {p.stem for p in PROFILES.glob("*.yaml")}
    roles = set(catalog.roles)
    assert pairs == {(p, r) for p in profiles for r in roles}
    assert len(lines) - 1 == len(pairs)
