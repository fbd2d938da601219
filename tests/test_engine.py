"""The scoring rule, on models built in Python: points, partial credit, blockers, properties."""

from __future__ import annotations

from typing import Any, Final

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from skillgap.catalog.index import CatalogIndex
from skillgap.models.catalog import Catalog
from skillgap.models.common import MAX_LEVEL, ExperienceKind
from skillgap.models.result import Assessment, RequirementResult
from skillgap.scoring import engine, quick
from skillgap.scoring.standing import DegreeHeld, ExperienceHeld, Standing
from test_rule import EDGE

SCALE = [
    {"level": i, "name": n, "description": n}
    for i, n in enumerate(["none", "awareness", "novice", "intermediate", "advanced", "expert"])
]


def small_catalog() -> CatalogIndex:
    """A role with one of each kind of requirement."""
    return CatalogIndex(
        Catalog.model_validate(
            {
                "scale": SCALE,
                "degrees": [
                    {"id": "bachelor", "name": "Bachelor"},
                    {"id": "master", "name": "Master"},
                    {"id": "phd", "name": "PhD"},
                ],
                "fields": [{"id": "cs", "name": "Computer Science"}, {"id": "art", "name": "Art"}],
                "skills": [
                    {"id": s, "name": s.title(), "category": "x"}
                    for s in ("python", "pytorch", "tensorflow", "sql", "jax")
                ],
                "certifications": [
                    {"id": "aws", "name": "AWS ML"},
                    {"id": "gcp", "name": "GCP ML"},
                ],
                "roles": [
                    {
                        "id": "mle",
                        "name": "ML Engineer",
                        "requirements": {
                            "skills": [
                                {"skill": "python", "level": 4, "importance": "essential"},
                                {
                                    "id": "dl",
                                    "any_of": ["pytorch", "tensorflow"],
                                    "level": 3,
                                    "importance": "important",
                                },
                                {"skill": "sql", "level": 2, "importance": "useful"},
                            ],
                            "education": [
                                {"level": "master", "fields": ["cs"], "importance": "important"}
                            ],
                            "certifications": [
                                {"id": "cert", "any_of": ["aws", "gcp"], "importance": "useful"}
                            ],
                            "experience": [
                                {
                                    "id": "projects",
                                    "kinds": ["project"],
                                    "min_count": 2,
                                    "importance": "essential",
                                }
                            ],
                        },
                    },
                    {
                        "id": "mle-k",
                        "name": "ML Engineer, two frameworks",
                        "extends": "mle",
                        "exclude": ["dl"],
                        "requirements": {
                            "skills": [
                                {
                                    "id": "dl2",
                                    "any_of": ["pytorch", "tensorflow", "jax"],
                                    "at_least": 2,
                                    "level": 3,
                                    "importance": "essential",
                                }
                            ]
                        },
                    },
                ],
            }
        )
    )


INDEX = small_catalog()
ROLE = INDEX.role("mle")


def score(standing: Standing) -> Assessment:
    return engine.assess(standing, ROLE, INDEX)


def by_id(result: Assessment, rid: str) -> RequirementResult:
    return next(r for r in result.requirements if r.id == rid)


def test_partial_level_earns_partial_points_and_explains_them() -> None:
    """Python at 2 of 4, essential: 4.0 of 8.0 points, said in words."""
    r = by_id(score(Standing("A", skills={"python": 2})), "python")
    assert (r.points, r.max_points, r.status, r.blocker) == (4.0, 8.0, "partial", True)
    assert r.explanation == (
        "Python: you are at 2 (novice), the role needs 4 (advanced) → essential, 4.0 of 8.0 points"
    )


def test_above_target_does_not_compensate_another_gap() -> None:
    """Expert Python earns no more than the target; the SQL gap still costs."""
    at_target = score(Standing("A", skills={"python": 4}))
    above = score(Standing("A", skills={"python": 5}))
    assert by_id(above, "python").points == by_id(at_target, "python").points == 8.0
    assert above.score == at_target.score


def test_any_of_group_takes_the_best_member() -> None:
    """TensorFlow at 3 meets the group even with PyTorch at 1."""
    r = by_id(score(Standing("A", skills={"pytorch": 1, "tensorflow": 3})), "dl")
    assert r.status == "met"
    assert r.have == "Tensorflow at 3 (intermediate)"


def test_higher_degree_satisfies_lower() -> None:
    """A PhD in CS meets a master's requirement in CS."""
    r = by_id(score(Standing("A", degrees=(DegreeHeld("phd", "cs", "CS", True),))), "degree")
    assert r.status == "met"


def test_degree_credit_for_lower_rung_other_field_in_progress() -> None:
    """Bachelor (rung 1 of 2) in art (half) in progress (half): 1/8 of 4 points."""
    held = DegreeHeld("bachelor", "art", "Art", False)
    r = by_id(score(Standing("A", degrees=(held,))), "degree")
    assert (r.points, r.max_points, r.status) == (0.5, 4.0, "partial")


def test_certification_any_of() -> None:
    """Holding any certification of the group meets it."""
    assert by_id(score(Standing("A", certifications=("gcp",))), "cert").status == "met"


def test_experience_count_partial() -> None:
    """One project of two is half the points and a blocker (essential)."""
    r = by_id(score(Standing("A", experience=(ExperienceHeld("project", "P", 3),))), "projects")
    assert (r.points, r.max_points, r.blocker) == (4.0, 8.0, True)


def test_blocker_caps_readiness() -> None:
    """A high score with an unmet essential is nearly ready, never ready."""
    standing = Standing(
        "A",
        skills={"python": 3, "pytorch": 3, "sql": 2},
        degrees=(DegreeHeld("master", "cs", "CS", True),),
        certifications=("aws",),
        experience=(ExperienceHeld("project", "P", 3), ExperienceHeld("project", "Q", 3)),
    )
    result = score(standing)
    assert result.score >= 80
    assert result.blockers == ["python"]
    assert result.readiness == "nearly_ready"


EVERYTHING = Standing(
    "Full",
    skills={"python": 4, "pytorch": 3, "sql": 2},
    degrees=(DegreeHeld("master", "cs", "CS", True),),
    certifications=("aws",),
    experience=(ExperienceHeld("project", "P", 1), ExperienceHeld("project", "Q", 1)),
)


def test_empty_profile_scores_zero() -> None:
    """Nothing in the profile: score 0, not ready, every essential a blocker."""
    result = score(Standing("Empty"))
    assert result.score == 0.0
    assert result.readiness == "not_ready"
    assert result.blockers == ["python", "projects"]


def test_meeting_everything_scores_100_and_ready() -> None:
    """Every requirement met: 100 and ready."""
    result = score(EVERYTHING)
    assert result.score == 100.0
    assert result.readiness == "ready"
    assert all(c.score == 100.0 for c in result.categories)


levels = st.integers(min_value=0, max_value=MAX_LEVEL)
skill_ids = st.sampled_from(["python", "pytorch", "tensorflow", "sql", "jax"])
standings = st.builds(
    lambda skills, n_projects, deg: Standing(
        "H",
        skills=skills,
        experience=tuple(ExperienceHeld("project", f"p{i}", 1) for i in range(n_projects)),
        degrees=deg,
    ),
    st.dictionaries(skill_ids, levels),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(
        [(), (DegreeHeld("bachelor", "cs", "CS", True),), (DegreeHeld("phd", "art", "Art", False),)]
    ),
)


@pytest.mark.parametrize("role_id", ["mle", "mle-k"])
@settings(max_examples=200, deadline=None)
@given(standings, skill_ids, levels)
def test_raising_a_level_never_lowers_the_score(
    role_id: str, s: Standing, skill: str, bump: int
) -> None:
    """Property: raising any one skill level never lowers the score, a category or a row.

    For a plain any-of group and for a k-of-n one (two of three frameworks, its best two
    counting as their mean), nor does it undo a requirement met.
    """
    role = INDEX.role(role_id)
    before = engine.assess(s, role, INDEX)
    raised = dict(s.skills)
    raised[skill] = max(raised.get(skill, 0), bump)
    after = engine.assess(
        Standing(s.name, raised, s.degrees, s.certifications, s.experience), role, INDEX
    )
    assert after.score >= before.score
    for b, a in zip(before.categories, after.categories, strict=True):
        assert a.score >= b.score
    for b_row, a_row in zip(before.requirements, after.requirements, strict=True):
        assert a_row.points >= b_row.points
        assert b_row.status != "met" or a_row.status == "met"


@settings(max_examples=100, deadline=None)
@given(standings)
def test_score_is_bounded_and_deterministic(s: Standing) -> None:
    """Property: 0 ≤ score ≤ 100 and the same input gives byte-identical JSON."""
    first = score(s).model_dump_json()
    assert first == score(s).model_dump_json()
    assert 0 <= score(s).score <= 100


def test_every_shipped_role_is_reachable(catalog: CatalogIndex) -> None:
    """For each shipped role, a profile meeting every requirement scores 100 and is ready."""
    for role_id in catalog.roles:
        role = catalog.role(role_id)
        reqs = role.requirements
        skills: dict[str, int] = {}
        for r in reqs.skills:  # a skill may serve several requirements: the highest target
            for s in r.any_of or [r.skill or ""]:
                skills[s] = max(skills.get(s, 0), r.level)
        degrees = tuple(
            DegreeHeld(d.level, d.fields[0] if d.fields else None, None, True)
            for d in reqs.education
        )
        certs = tuple(c.any_of[0] for c in reqs.certifications)
        experience = tuple(
            ExperienceHeld(e.kinds[0], f"{e.id} {i}", e.min_months or 1)
            for e in reqs.experience
            for i in range(e.min_count or 1)
        )
        result = engine.assess(Standing("All", skills, degrees, certs, experience), role, catalog)
        assert (result.score, result.readiness, result.blockers) == (100.0, "ready", []), role_id
        assert engine.assess(Standing("None"), role, catalog).score == 0.0


degree_ids = st.sampled_from(["associate", "bachelor", "master", "phd"])
field_ids = st.sampled_from([None, "computer-science", "statistics", "business"])
kinds = st.sampled_from(["project", "internship", "open_source", "job", "competition"])
real_standings = st.builds(
    lambda skills, degrees, certs, exp: Standing("R", skills, degrees, certs, exp),
    st.dictionaries(
        st.sampled_from(
            [
                "python",
                "pytorch",
                "tensorflow",
                "statistics",
                "sql",
                "model-development",
                "model-deployment",
                "java",
                "r",
                "containers",
                "communication",
            ]
        ),
        levels,
    ),
    st.lists(
        st.builds(DegreeHeld, degree_ids, field_ids, st.none(), st.booleans()), max_size=2
    ).map(tuple),
    st.lists(st.sampled_from(["aws-mls", "google-pmle", "iapp-aigp"]), max_size=2, unique=True).map(
        lambda c: tuple(sorted(c))
    ),
    st.lists(
        st.builds(ExperienceHeld, kinds, st.just("x"), st.floats(min_value=0, max_value=60)),
        max_size=5,
    ).map(tuple),
)


def _exp(*items: tuple[ExperienceKind, float]) -> tuple[ExperienceHeld, ...]:
    return tuple(
        ExperienceHeld(kind, f"{kind} {n}", months) for n, (kind, months) in enumerate(items)
    )


def _deg(*held: tuple[str, str | None, bool]) -> tuple[DegreeHeld, ...]:
    return tuple(DegreeHeld(d, f, None, done) for d, f, done in held)


#: Standings at the edges of the rule, one or more for each kind of requirement: sums of
#: months a hair off 24 in floating point (0.2 + 19.9 + 3.9 = 23.999999999999996) or
#: rounding to the worth, skill levels at, above and below targets with any-of ties,
#: degree credits that are not exact (2/3, 1/3 × 0.5 × 0.5), certifications by any member,
#: counts of experience exactly met by several kinds.
BOUNDARY: Final = [
    # experience by months: the edge catalog's 3 months of internship, 0.3 of job and 1.1
    # of competitions; the shipped one's 24 months of job or internship
    Standing("R", {}, (), (), _exp(("internship", 0.3), ("internship", 2.3), ("internship", 0.4))),
    Standing("R", {}, (), (), _exp(("job", 0.1), ("job", 0.2), ("competition", 0.7))),
    Standing("R", {}, (), (), _exp(("competition", 0.7), ("competition", 0.4), ("job", 0.29))),
    Standing("R", {}, (), (), _exp(("internship", 0.2), ("job", 19.9), ("internship", 3.9))),
    Standing(
        "R",
        {"python": 3},
        (),
        (),
        _exp(("internship", 0.3), ("internship", 2.3), ("internship", 0.4), ("job", 21.0)),
    ),
    Standing("R", {}, (), (), _exp(("job", 0.1), ("job", 20.1), ("internship", 3.8))),
    Standing("R", {}, (), (), _exp(("job", 20.0), ("internship", 3.985))),
    Standing("R", {}, (), (), _exp(("job", 20.0), ("internship", 3.97))),
    Standing("R", {}, (), (), _exp(("job", 23.999999999), ("project", 0.1))),
    # experience by count: exactly met, by several kinds, and one short
    Standing("R", {}, (), (), _exp(("project", 0.0), ("competition", 0.0))),
    Standing("R", {}, (), (), _exp(("publication", 1), ("publication", 2), ("open_source", 3))),
    Standing("R", {}, (), (), _exp(("publication", 1), ("publication", 2))),
    # skills: at, above and one below targets; any-of ties and a later member counting
    Standing("R", {"python": 4, "statistics": 3, "sql": 3, "pandas": 2}),
    Standing("R", {"python": 5, "pytorch": 3, "tensorflow": 3, "keras": 4, "jax": 4}),
    Standing("R", {"jax": 5, "lightgbm": 1, "catboost": 1, "model-development": 4}),
    Standing("R", {"llms": 2, "rag": 2, "nlp": 1, "computer-vision": 1, "spark": 3}),
    # degrees: a lower rung (2/3), another field, in progress, and the best of several
    Standing("R", degrees=_deg(("bachelor", "computer-science", True))),
    Standing("R", degrees=_deg(("associate", "business", False))),
    Standing("R", degrees=_deg(("master", "business", True), ("master", None, False))),
    Standing("R", degrees=_deg(("phd", "statistics", False), ("bachelor", "statistics", True))),
    # certifications: the last member of a group, an unrelated one, several
    Standing("R", certifications=("databricks-ml-professional",)),
    Standing("R", certifications=("iapp-aigp",)),
    Standing("R", certifications=("aws-mls", "google-pmle", "iapp-aigp")),
]


def _with_boundary_examples(test: Any) -> Any:
    for standing in reversed(BOUNDARY):
        test = example(standing)(test)
    return test


@pytest.mark.parametrize("which", ["shipped", "edge"])
@settings(max_examples=150, deadline=None)
@given(real_standings)
@_with_boundary_examples
def test_quick_score_equals_the_full_assessment(
    catalog: CatalogIndex, which: str, s: Standing
) -> None:
    """Property: batch's quick score gives exactly the report's numbers, for every role.

    Scored all together (requirements the roles share scored once) and one role at a time,
    against the shipped catalog and one whose requirements sit where floating point bites;
    the examples at the rule's edges (:data:`BOUNDARY`) run every time.
    """
    index = EDGE if which == "edge" else catalog
    role_ids = sorted(index.roles)
    together = quick.scorer(index, role_ids).score(s)
    for role_id, numbers in zip(role_ids, together, strict=True):
        role = index.role(role_id)
        full = engine.assess(s, role, index)
        assert quick.scorer(index, [role_id]).score(s) == [numbers]
        assert numbers.score == full.score
        assert numbers.readiness == full.readiness
        assert list(numbers.blockers) == full.blockers
        assert numbers.categories == tuple((c.category, c.score) for c in full.categories)
        assert list(numbers.unmet) == [r.id for r in full.requirements if r.status != "met"]


def test_library_front_door(catalog: CatalogIndex) -> None:
    """api.assess_text and api.assess_file give the same numbers for the same profile."""
    from conftest import PROFILES
    from skillgap import api

    path = PROFILES / "student.yaml"
    from_file = api.assess_file(path, catalog)
    from_text = api.assess_text(path.read_text(encoding="utf-8"), catalog, source=str(path))
    assert from_file.score == from_text.score
    assert from_file.inputs == from_text.inputs
    assert from_file.role.id == "ml-engineer"


@pytest.mark.parametrize("name", ["student.yaml", "switcher.yaml", "researcher.yaml"])
def test_library_takes_data_and_gives_the_same_result(catalog: CatalogIndex, name: str) -> None:
    """api.assess_data on a profile's data gives assess_text's numbers; score_text agrees."""
    import copy

    import yaml

    from conftest import PROFILES
    from skillgap import api

    text = (PROFILES / name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    before = copy.deepcopy(data)
    from_data = api.assess_data(data, catalog, source="row-7")
    from_text = api.assess_text(text, catalog)
    assert data == before, "the caller's data is not changed"
    assert from_data.model_dump(exclude={"inputs"}) == from_text.model_dump(exclude={"inputs"})
    assert (from_data.inputs[0].kind, from_data.inputs[0].path) == ("profile", "row-7")
    record = api.score_text(text, catalog)
    (entry,) = record["results"]
    assert (entry["role"], entry["score"], entry["readiness"]) == (
        from_text.role.id,
        from_text.score,
        from_text.readiness,
    )
    assert entry["blockers"] == from_text.blockers


def test_library_data_errors_name_the_field_and_source(catalog: CatalogIndex) -> None:
    """Bad data raises InputError naming the source and the field, with no made-up line."""
    from skillgap import api
    from skillgap.errors import InputError

    with pytest.raises(InputError) as caught:
        api.assess_data({"name": "Ada", "skills": {"python": 9}}, catalog, source="row-3")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == ("row-3", 0, 0)
    assert "skills.python" in problem.message
    assert "outside the scale" in problem.message
    broken = api.score_text("name: Ada\nskills: {python: 9}\n", catalog, source="a.yaml")
    assert broken["error"]["line"] == 2
    assert broken["results"] == []


def test_library_data_with_odd_keys_is_an_input_error(catalog: CatalogIndex) -> None:
    """Keys that are not text are refused as input, not with a TypeError."""
    from skillgap import api
    from skillgap.errors import InputError

    with pytest.raises(InputError):
        api.assess_data({"name": "Ada", 3: "x"}, catalog)  # type: ignore[dict-item]


@pytest.mark.parametrize(
    "items",
    [
        [("internship", 0.2), ("job", 19.9), ("internship", 3.9)],  # 23.999999999999996
        [("job", 0.1), ("job", 20.1), ("internship", 3.8)],  # 24.000000000000004
    ],
    ids=["hair-short", "hair-over"],
)
def test_a_sum_short_by_a_float_hair_is_met_everywhere(write, run, items) -> None:  # type: ignore[no-untyped-def]
    """Months a float hair off 24 meet them in assess, the plan, batch and the cohort alike."""
    import json

    profile = write(
        "p.yaml",
        "name: Hair\ntarget_role: ml-engineer\nexperience:\n"
        + "".join(
            f"  - {{kind: {k}, title: ML engineer {n}, months: {m}}}\n"
            for n, (k, m) in enumerate(items)
        ),
    )
    result = json.loads(run("assess", profile, "-f", "json", "--start-date", "2026-12-01").stdout)
    industry = next(r for r in result["requirements"] if r["id"] == "industry")
    assert industry["status"] == "met"
    assert "industry" not in result["blockers"]
    assert not [s for s in result["plan"]["steps"] if s.get("track") == "full_time"]
    record = json.loads(run("batch", profile, "-f", "jsonl").stdout)
    assert "industry" not in record["results"][0]["blockers"]
    cohort = run("batch", profile, "-f", "markdown").stdout
    assert "Industry experience" not in cohort
