"""One numeric core: assess, the plan, the batch scorer and compare decide alike."""

from __future__ import annotations

import datetime as dt
from typing import Final

import pytest

from skillgap import api
from skillgap import plan as planning
from skillgap.catalog.index import CatalogIndex
from skillgap.compare import compare, point_values
from skillgap.models.catalog import Catalog, all_requirements
from skillgap.models.common import Category, ExperienceKind
from skillgap.models.result import Assessment
from skillgap.plan.ledger import _Frame
from skillgap.scoring import engine, quick, rule
from skillgap.scoring.standing import ExperienceHeld, Standing

START = dt.date(2026, 12, 1)
ROLE = "ml-engineer"  # its "industry" requirement: 24 months of job or internship, essential


def edge_catalog() -> CatalogIndex:
    """A role whose requirements sit where floating point bites: 3 months, 0.3, 1.1 ...

    It uses the shipped catalog's ids for skills, degrees, fields and certifications, so
    the same generated standings score against both.
    """
    skills = ["python", "pytorch", "tensorflow", "statistics", "sql"]
    requirements = {
        "skills": [
            {"skill": "python", "level": 3, "importance": "essential"},
            {
                "id": "dl",
                "any_of": ["pytorch", "tensorflow"],
                "level": 2,
                "importance": "important",
            },
            {"skill": "statistics", "level": 1, "importance": "useful"},
        ],
        "education": [
            {
                "level": "master",
                "fields": ["computer-science", "statistics"],
                "importance": "important",
            },
            {"id": "any-degree", "level": "bachelor", "importance": "useful"},
        ],
        "certifications": [
            {"id": "ml-cert", "any_of": ["aws-mls", "google-pmle"], "importance": "essential"},
            {"id": "governance", "any_of": ["iapp-aigp"], "importance": "useful"},
        ],
        "experience": [
            {
                "id": "internship",
                "name": "Machine learning internship",
                "kinds": ["internship"],
                "min_months": 3,
                "importance": "essential",
            },
            {
                "id": "projects",
                "kinds": ["project", "open_source"],
                "min_count": 2,
                "importance": "important",
            },
            {"id": "job", "kinds": ["job"], "min_months": 0.3, "importance": "essential"},
            {
                "id": "competitions",
                "kinds": ["competition"],
                "min_months": 1.1,
                "importance": "essential",
            },
        ],
    }
    data = {
        "scale": [{"level": i, "name": f"l{i}", "description": "x"} for i in range(6)],
        "degrees": [
            {"id": d, "name": d.title()} for d in ("associate", "bachelor", "master", "phd")
        ],
        "fields": [
            {"id": f, "name": f.title()} for f in ("computer-science", "statistics", "business")
        ],
        "skills": [{"id": s, "name": s.title(), "category": "x"} for s in skills],
        "certifications": [
            {"id": c, "name": c.upper()} for c in ("aws-mls", "google-pmle", "iapp-aigp")
        ],
        "roles": [
            {"id": "edge", "name": "Edge", "requirements": requirements},
            # k of n: the best k members count, as their mean (2 of 2 at 2; 3 of 4 at 3)
            {
                "id": "edge-k",
                "name": "Edge, k of n",
                "extends": "edge",
                "exclude": ["dl"],
                "requirements": {
                    "skills": [
                        {
                            "id": "dl-both",
                            "any_of": ["pytorch", "tensorflow"],
                            "at_least": 2,
                            "level": 2,
                            "importance": "important",
                        },
                        {
                            "id": "three-of-four",
                            "any_of": ["python", "sql", "statistics", "pytorch"],
                            "at_least": 3,
                            "level": 3,
                            "importance": "essential",
                        },
                    ]
                },
            },
        ],
    }
    return CatalogIndex(Catalog.model_validate(data))


EDGE = edge_catalog()


def test_status_is_decided_on_the_points_as_reported() -> None:
    """A hair short of the worth in floating point is met; a hundredth short is partial."""
    assert rule.status_of(8 * 23.999999999999996 / 24, 8.0) == "met"
    assert rule.status_of(7.996, 8.0) == "met"  # reported as 8.0
    assert rule.status_of(7.994, 8.0) == "partial"  # reported as 7.99
    assert rule.status_of(0.004, 8.0) == "missing"  # reported as 0.0


def _months(standing: Standing, *months: tuple[ExperienceKind, float]) -> Standing:
    items = tuple(ExperienceHeld(kind, f"{kind} {n}", m) for n, (kind, m) in enumerate(months))
    return Standing(standing.name, standing.skills, standing.degrees, experience=items)


def _yaml(role: str, months: tuple[tuple[str, float], ...]) -> str:
    lines = ["name: Edge", f"target_role: {role}", "experience:"]
    lines += [
        f"  - {{kind: {k}, title: ML engineer {n}, months: {m!r}}}"
        for n, (k, m) in enumerate(months)
    ]
    return "\n".join(lines) + "\n"


def _status(result: Assessment, rid: str) -> str:
    return next(r.status for r in result.requirements if r.id == rid)


# Sums of months a hair off a requirement in floating point, sums that round up to its
# worth and sums that do not: (catalog, role, requirement, months, status).
BOUNDARY = {
    "0.3+2.3+0.4 of 3": ("edge", "edge", "internship", (0.3, 2.3, 0.4), "met"),
    "2.9 of 3": ("edge", "edge", "internship", (2.9,), "partial"),
    "0.1+0.2 of 0.3": ("edge", "edge", "job", (0.1, 0.2), "met"),
    "0.7+0.4 of 1.1": ("edge", "edge", "competitions", (0.7, 0.4), "met"),
    "0.2+19.9+3.9 of 24": ("shipped", "ml-engineer", "industry", (0.2, 19.9, 3.9), "met"),
    "0.1+20.1+3.8 of 24": ("shipped", "ml-engineer", "industry", (0.1, 20.1, 3.8), "met"),
    "20+3.985 of 24": ("shipped", "ml-engineer", "industry", (20.0, 3.985), "met"),
    "20+3.97 of 24": ("shipped", "ml-engineer", "industry", (20.0, 3.97), "partial"),
    "20+3.9 of 24": ("shipped", "ml-engineer", "industry", (20.0, 3.9), "partial"),
}
KIND: Final[dict[str, ExperienceKind]] = {
    "internship": "internship",
    "job": "job",
    "competitions": "competition",
}


@pytest.mark.parametrize(
    ("which", "role_id", "rid", "months", "status"), list(BOUNDARY.values()), ids=list(BOUNDARY)
)
def test_the_same_status_in_assess_plan_batch_and_compare(
    catalog: CatalogIndex,
    which: str,
    role_id: str,
    rid: str,
    months: tuple[float, ...],
    status: str,
) -> None:
    """Sums of months at the float boundary: one status in assess, the plan, batch, compare."""
    index = EDGE if which == "edge" else catalog
    role = index.role(role_id)
    items = tuple((KIND.get(rid, "internship"), m) for m in months)
    # Every skill at its target: the plan (kept small and quick) is about experience only.
    before = Standing(
        "Edge", {m: r.level for r in role.requirements.skills for m in r.any_of or [r.skill or ""]}
    )
    after = _months(before, *items)
    result = engine.assess(after, role, index)
    assert _status(result, rid) == status
    # The batch scorer, and a batch record (what the cohort counts), read the same.
    (numbers,) = quick.scorer(index, [role_id]).score(after)
    assert (rid in numbers.unmet) == (status != "met")
    record = api.score_text(_yaml(role_id, items), index, [role_id])
    assert (rid in record["results"][0]["blockers"]) == (status != "met")  # all essential
    # The plan adds no step for a met requirement; a partial one gets a step that meets it.
    plan = planning.build_plan(after, role, index, start_date=START, hours_per_week=10)
    steps = [s for s in plan.steps if rid in s.serves]
    if status == "met":
        assert steps == []
    else:
        (step,) = steps
        assert step.experience_kind is not None
        assert step.months is not None
        done = _months(before, *items, (step.experience_kind, step.months))
        assert _status(engine.assess(done, role, index), rid) == "met"
    # compare reads the statuses the rule decided: met now, so the gap is closed.
    cmp = compare(engine.assess(before, role, index), result, old_source="a", new_source="b")
    name = next(r.name for r in result.requirements if r.id == rid)
    assert (name in cmp.gaps_closed) == (status == "met")


def test_compare_and_the_plan_weigh_with_the_rules_point_values(catalog: CatalogIndex) -> None:
    """Overall-score points per requirement point: compare's and the plan's are the rule's."""
    for role_id in sorted(catalog.roles):
        role = catalog.role(role_id)
        reqs = all_requirements(role.requirements)
        worths: dict[Category, float] = {}
        for r in reqs:
            cat = rule.CATEGORY_OF[type(r)]
            worths[cat] = worths.get(cat, 0.0) + rule.max_points(r)
        expected = rule.point_values(rule.shares(role.weights, worths), worths)
        assert point_values(engine.assess(Standing("x"), role, catalog)) == expected, role_id
        frame = _Frame(role, catalog)  # the plan's own weighing, as its search uses it
        assert frame.value == {r.key: expected[rule.CATEGORY_OF[type(r)]] for r in reqs}, role_id


def test_point_values_add_up_to_the_overall_score(catalog: CatalogIndex) -> None:
    """Each requirement's points times its point value sum to the overall score.

    Up to the rounding of the category scores and of the overall score: 0.05 each.
    """
    role = catalog.role(ROLE)
    standing = Standing("x", {"python": 3, "sql": 2}, experience=(ExperienceHeld("job", "j", 7),))
    result = engine.assess(standing, role, catalog)
    values = point_values(result)
    total = sum(r.points * values[r.category] for r in result.requirements)
    assert abs(total - result.score) <= 0.1 + 1e-9


def test_roles_show_names_requirements_as_reports_do() -> None:
    """`roles show` and a report give an unnamed requirement the same display name."""
    useful = {"importance": "useful"}
    requirements = {
        "skills": [
            {"skill": "a", "level": 2, **useful},
            {"id": "g", "any_of": ["a", "b"], "level": 3, **useful},
        ],
        "education": [{"level": "bachelor", **useful}],
        "certifications": [{"id": "c", "any_of": ["c1", "c2"], **useful}],
        "experience": [
            {"id": "e", "kinds": ["project", "open_source"], "min_count": 2, **useful},
            {"id": "m", "kinds": ["job"], "min_months": 6, **useful},
        ],
    }
    data = {
        "scale": [{"level": i, "name": f"l{i}", "description": "x"} for i in range(6)],
        "degrees": [{"id": "bachelor", "name": "Bachelor"}],
        "skills": [{"id": s, "name": s.title(), "category": "x"} for s in ("a", "b")],
        "certifications": [{"id": "c1", "name": "C1"}, {"id": "c2", "name": "C2"}],
        "roles": [{"id": "r", "name": "R", "requirements": requirements}],
    }
    catalog = CatalogIndex(Catalog.model_validate(data))
    shown = {r.id: r.name for r in api.role_view(catalog, "r").requirements}
    result = engine.assess(Standing("x"), catalog.role("r"), catalog)
    assert shown == {r.id: r.name for r in result.requirements}
    assert shown["e"] == "Experience: project or open-source"
    assert (shown["g"], shown["c"], shown["degree"]) == ("A or B", "C1 or C2", "Bachelor or higher")


def test_a_group_counts_its_best_member_up_to_the_target() -> None:
    """A group names its highest member (ties: first listed) and counts it up to the target."""
    (req,) = [r for r in EDGE.role("edge").requirements.skills if r.key == "dl"]  # level 2
    assert rule.best_member(req, {"tensorflow": 1, "pytorch": 1}) == "pytorch"
    # Both reach the target 2: the group names the higher one, as the report says it.
    assert rule.best_member(req, {"tensorflow": 5, "pytorch": 2}) == "tensorflow"
    assert rule.best_member(req, {"tensorflow": 2, "pytorch": 1}) == "tensorflow"
    assert rule.counted_level(req, {"tensorflow": 5}) == 2
    assert rule.counted_level(req, {}) == 0
    assert rule.skill_points(req, {"tensorflow": 1}) == 1.0  # important: 1 point a level


def test_the_plan_asks_the_rule_for_a_category_worth_and_a_weighted_gain() -> None:
    """The plan's sums are the rule's: a category's worth, a gain weighted by point values."""
    worths = rule.category_worths([("skills", 2.0), ("experience", 4.0), ("skills", 0.5)])
    assert worths == {"skills": 2.5, "experience": 4.0}
    assert list(worths) == ["skills", "experience"]  # in the order first seen
    values = rule.point_values({"skills": 60.0, "experience": 40.0}, worths)
    # Raising a skill from 1 to 2.5 points of 2.5 earns the whole skills share: 60 points.
    assert rule.weighted_gain([(1.0, 2.5, values["skills"])]) == pytest.approx(36.0)
    assert rule.weighted_gain([(2.0, 2.0, values["skills"])]) == 0.0
    full = rule.weighted_points([(2.5, values["skills"]), (4.0, values["experience"])])
    assert full == pytest.approx(100.0)
