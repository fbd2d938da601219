"""Small numeric goldens: every number recomputed by hand from docs/internals.md's rounding.

Each comment shows the hand computation; assess and the batch scorer must both give it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import Catalog
from skillgap.models.result import Assessment
from skillgap.scoring import engine, quick, rule
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing

AS_OF = dt.date(2026, 12, 1)


def sevenths(weights: dict[str, float] | None = None) -> CatalogIndex:
    """A role weighted 2 : 1 : 4 (skills, education, experience): shares of 100/7 percent."""
    role: dict[str, Any] = {
        "id": "sevenths",
        "name": "Sevenths",
        "ready_score": 60,
        "weights": weights or {"skills": 2, "education": 1, "certifications": 0, "experience": 4},
        "requirements": {
            "skills": [
                {"skill": "python", "level": 3, "importance": "essential"},
                {"skill": "sql", "level": 3, "importance": "useful"},
            ],
            "education": [{"level": "master", "importance": "important"}],
            "experience": [
                {"id": "projects", "kinds": ["project"], "min_count": 3, "importance": "important"}
            ],
        },
    }
    data = {
        "scale": [{"level": i, "name": f"l{i}", "description": "x"} for i in range(6)],
        "degrees": [{"id": d, "name": d.title()} for d in ("bachelor", "master")],
        "fields": [{"id": "statistics", "name": "Statistics"}],
        "skills": [{"id": s, "name": s.title(), "category": "x"} for s in ("python", "sql")],
        "roles": [role],
    }
    return CatalogIndex(Catalog.model_validate(data))


def standing(python: int, sql: int, degree: str | None, projects: int) -> Standing:
    return Standing(
        "x",
        {"python": python, "sql": sql},
        (DegreeHeld(degree, None, None, True),) if degree else (),
        (),
        tuple(ExperienceHeld("project", str(i), 1) for i in range(projects)),
        AS_OF,
    )


def scored(index: CatalogIndex, s: Standing) -> Assessment:
    """The assessment, after checking the batch scorer gives the same numbers."""
    role = index.role("sevenths")
    result = engine.assess(s, role, index)
    (fast,) = quick.QuickScorer([role], index).score(s)
    assert fast.score == result.score
    assert dict(fast.categories) == {c.category: c.score for c in result.categories}
    return result


def test_shares_that_are_not_whole_percents_are_rounded_to_a_tenth() -> None:
    """Weights 2 : 1 : 4 show as 28.6 / 14.3 / 57.1 %, and the overall score uses those."""
    result = scored(sevenths(), standing(python=3, sql=2, degree="master", projects=0))
    # 200/7 = 28.57 -> 28.6, 100/7 = 14.29 -> 14.3, 400/7 = 57.14 -> 57.1 (certifications
    # weigh 0 and have no requirement: not used).
    assert [(c.category, c.weight) for c in result.categories] == [
        ("skills", 28.6),
        ("education", 14.3),
        ("experience", 57.1),
    ]
    # skills: python 2 × 3 = 6 of 6, sql (useful, 0.5 a level) 0.5 × 2 = 1 of 1.5:
    # 100 × 7 / 7.5 = 93.33 -> 93.3; education 100; experience 0.
    assert [c.score for c in result.categories] == [93.3, 100.0, 0.0]
    # (93.3 × 28.6 + 100 × 14.3 + 0 × 57.1) / 100 = 40.98 -> 41.0 (the unrounded weights
    # 2 : 1 : 4 would give 40.94 -> 40.9).
    assert result.score == 41.0
    # Ready score 60: nearly ready reaches down to 40.
    assert result.readiness == "nearly_ready"


def test_points_are_rounded_once_then_the_category_then_the_overall() -> None:
    """1 of 3 projects earns 1.33 points, 33.2 %; the overall is taken from that 33.2."""
    result = scored(sevenths(), standing(python=3, sql=3, degree="master", projects=1))
    projects = next(r for r in result.requirements if r.id == "projects")
    # important: 4 × 1 = 4 points; 1/3 of them = 1.333 -> 1.33.
    assert (projects.points, projects.max_points, projects.status) == (1.33, 4.0, "partial")
    # 100 × 1.33 / 4 = 33.25 in decimals, 33.2499... in binary floating point -> 33.2.
    assert [c.score for c in result.categories] == [100.0, 100.0, 33.2]
    # (100 × 28.6 + 100 × 14.3 + 33.2 × 57.1) / 100 = 61.857 -> 61.9.
    assert result.score == 61.9


def test_a_lower_degree_earns_its_rung_ratio() -> None:
    """A bachelor's for a master's, on a two-rung ladder: 1/2 of 4 points; in progress, 1/4."""
    index = sevenths()
    done = scored(index, standing(3, 3, "bachelor", 3))
    degree = next(r for r in done.requirements if r.id == "degree")
    assert (degree.points, degree.status) == (2.0, "partial")
    role = index.role("sevenths")
    (req,) = role.requirements.education
    held = DegreeHeld("bachelor", "statistics", None, completed=False)
    assert rule.credit_points(req, rule.degree_credit(req, held, index)) == 1.0


def test_a_role_whose_weights_are_all_zero_scores_zero() -> None:
    """Nothing weighs: the overall score is 0, whatever the categories say."""
    zero: dict[str, float] = {"skills": 0, "education": 0, "certifications": 0, "experience": 0}
    result = scored(sevenths(zero), standing(3, 3, "master", 3))
    assert [c.score for c in result.categories] == [100.0, 100.0, 100.0]
    assert [c.weight for c in result.categories] == [0.0, 0.0, 0.0]
    assert result.score == 0.0


@pytest.mark.parametrize(
    ("score", "blockers", "verdict"),
    [
        (60.0, [], "ready"),  # at the ready score exactly
        (59.9, [], "nearly_ready"),
        (100.0, ["python"], "nearly_ready"),  # a blocker caps readiness
        (40.0, [], "nearly_ready"),  # 20 below the ready score exactly
        (39.9, [], "not_ready"),
    ],
)
def test_readiness_is_decided_on_the_rounded_score(
    score: float, blockers: list[str], verdict: str
) -> None:
    """Ready at the ready score itself; nearly ready down to exactly 20 below it."""
    assert rule.readiness(score, blockers, 60.0) == verdict


def test_a_useful_level_is_half_a_point_and_a_nothing_category_is_full() -> None:
    """Useful weighs 0.5 a level (2, 1 for essential, important); no points possible is 100."""
    assert rule.WEIGHT == {"essential": 2.0, "important": 1.0, "useful": 0.5}
    assert rule.category_score(0.0, 0.0) == 100.0
    assert str(rule.round_points(-0.0)) == "0.0"  # never "-0.0" in a report


def test_the_shipped_role_shares_on_a_report() -> None:
    """The shipped roles weigh 62/15/3/20: a report shows exactly those shares."""
    result = api.assess_text("name: T\nskills: {python: 3}\n", role="ml-engineer", as_of=AS_OF)
    assert [c.weight for c in result.categories] == [62.0, 15.0, 3.0, 20.0]
