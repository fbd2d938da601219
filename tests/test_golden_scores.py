"""Scoring goldens: every example profile against every shipped role, one line of numbers each.

tests/golden/scores.tsv holds what a reviewer of a scoring change wants to see move: the
score, the evidenced score, the readiness, each category's points, the blockers, and the
plan's ready date and hours. A change to the rule shows as a few changed numbers in a diff;
the renderers' goldens (test_golden_renderers) do not move. Regenerate with
``pytest --update-golden`` and review the diff.
"""

from __future__ import annotations

import datetime as dt

from conftest import GOLDEN, PROFILES, Golden
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.common import Category
from skillgap.models.result import Assessment
from skillgap.plan import PlanOptions

SCORES = GOLDEN / "scores.tsv"
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


def score_table(catalog: CatalogIndex) -> str:
    """Every example profile × every role of the shipped catalog, as tab-separated lines."""
    lines = ["\t".join(HEADER)]
    roles = [str(r["id"]) for r in api.role_list(catalog)]
    for path in sorted(PROFILES.glob("*.yaml")):
        profile, document = api.load_profile(path)
        for role in roles:
            result = api.assess(
                profile, catalog, role, document=document, plan=PlanOptions(DAY), as_of=DAY
            )
            lines.append("\t".join(row(path.stem, result)))
    return "\n".join(lines) + "\n"


def test_scores_match_their_golden(catalog: CatalogIndex, golden: Golden) -> None:
    """Each example profile scores, per role, exactly the numbers tests/golden/scores.tsv holds."""
    golden(SCORES, score_table(catalog))


def test_score_golden_covers_every_profile_and_role(catalog: CatalogIndex) -> None:
    """The scoring golden has one line per example profile and shipped role, none left out."""
    lines = SCORES.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(HEADER)
    pairs = {tuple(line.split("\t")[:2]) for line in lines[1:]}
    profiles = {p.stem for p in PROFILES.glob("*.yaml")}
    roles = set(catalog.roles)
    assert pairs == {(p, r) for p in profiles for r in roles}
    assert len(lines) - 1 == len(pairs)
