"""One resolution of a person's levels: names, two entries of one skill, recency, evidence.

``assess``, ``batch`` and the library all count the same level for each skill, and raising
a level never lowers a score (docs/profiles.md promises both).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.result import Assessment, RequirementResult

AS_OF = dt.date(2026, 12, 1)


def assessed(text: str, catalog: CatalogIndex, role: str, as_of: dt.date = AS_OF) -> Assessment:
    return api.assess_text(text, catalog, role, as_of=as_of)


def batch_score(text: str, catalog: CatalogIndex, role: str, as_of: dt.date = AS_OF) -> float:
    record = api.score_text(text, catalog, [role], as_of=as_of)
    assert record["error"] is None, record["error"]
    score: float = record["results"][0]["score"]
    return score


def requirement(result: Assessment, req_id: str) -> RequirementResult:
    return next(r for r in result.requirements if r.id == req_id)


def test_raising_a_stale_aliases_level_never_lowers_the_score(catalog: CatalogIndex) -> None:
    """Python 3 beside py 4 last used 2014: the fresh 3 counts, as it does with py at 3."""
    profile = "name: T\nskills:\n  python: 3\n  py: {{level: {}, last_used: 2014-01}}\n"
    low, high = (assessed(profile.format(n), catalog, "ml-engineer") for n in (3, 4))
    # The stale alias adds nothing: both score what Python 3 alone scores (3.7 of catalog
    # 2.1's 99.5 skill points, the figure; 3.8 of catalog 2.2's 98.5).
    alone = assessed("name: T\nskills:\n  python: 3\n", catalog, "ml-engineer").score
    assert alone > 0
    assert (low.score, high.score) == (alone, alone)
    assert requirement(high, "python").current_level == 3
    assert batch_score(profile.format(4), catalog, "ml-engineer") == alone
    (warning,) = high.warnings
    assert "'python' at 3 (intermediate), counts" in warning.message
    assert "py: 4 (last used 2014-01: counted as 1)" in warning.message


def test_batch_and_assess_count_the_same_entry_of_one_skill(catalog: CatalogIndex) -> None:
    """Linux 3 beside the same skill at 3 last used 2018: both scorers count the current 3."""
    text = 'name: T\nskills:\n  linux: 3\n  "Linux and the shell": {level: 3, last_used: 2018-08}\n'
    result = assessed(text, catalog, "mlops-engineer")
    # What Linux 3 alone scores (2.0 with catalog 2.1, the figure; 1.9 with 2.2).
    alone = assessed("name: T\nskills:\n  linux: 3\n", catalog, "mlops-engineer").score
    assert alone > 0
    assert result.score == alone
    assert batch_score(text, catalog, "mlops-engineer") == alone
    assert requirement(result, "linux").current_level == 3


def test_evidence_under_either_name_backs_the_skill(catalog: CatalogIndex) -> None:
    """A link written under the name that does not count still makes the skill evidenced."""
    text = (
        "name: T\nskills:\n  py: {level: 2, evidence: ['https://example.org/repo']}\n  python: 4\n"
    )
    result = assessed(text, catalog, "ml-engineer")
    row = requirement(result, "python")
    assert (row.current_level, row.confidence) == (4, "evidenced")
    assert row.evidence == ["https://example.org/repo"]
    assert result.evidenced_score == result.claimed_score


def test_a_group_names_its_highest_member_and_that_members_confidence(
    catalog: CatalogIndex,
) -> None:
    """{aws: 1, gcp: 4} against "one at 1": Google Cloud at 4, with Google Cloud's evidence."""
    text = "name: T\nskills:\n  aws: 1\n  gcp: {level: 4, evidence: ['https://example.org/g']}\n"
    row = requirement(assessed(text, catalog, "data-scientist"), "cloud")
    assert row.member == "gcp"
    assert row.have.startswith("Google Cloud at 4")
    assert "your best is Google Cloud at 4" in row.explanation
    assert (row.confidence, row.evidence) == ("evidenced", ["https://example.org/g"])


def test_a_group_tie_goes_to_the_first_listed_member(catalog: CatalogIndex) -> None:
    """Two members at one level: the group names the first the catalog lists (AWS)."""
    text = "name: T\nskills:\n  gcp: 2\n  aws: 2\n"
    assert requirement(assessed(text, catalog, "data-scientist"), "cloud").member == "aws"


# --- properties ------------------------------------------------------------------------------

#: Pairs of names for one catalog skill, and one name for a skill alone; each one is required
#: by the roles below (python, linux, sql directly; aws and gcp in the cloud group; pytorch in
#: the framework group).
NAMES = [
    ("python", "py"),
    ("linux", "Linux and the shell"),
    ("sql", "PostgreSQL"),
    ("aws", "Amazon Web Services"),
    ("gcp", "Google Cloud Platform"),
    ("pytorch", "torch"),
    # Sources and targets of the catalog's implications (catalog/46-implies.yaml).
    ("scikit-learn", "sklearn"),
    ("model development", "Model Development"),
    ("git", "Git/GitHub"),
    ("GitLab CI", "Jenkins"),
    ("KServe", "vLLM"),
    ("A/B testing", "experimentation"),
    ("Triton Inference Server", "NVIDIA Triton"),
    ("Statistics", "probability"),
]
#: Degrees some implications read (by rung and field), and some they do not.
DEGREES = [
    {"degree": "BSc", "field": "Actuarial Science", "status": "completed"},
    {"degree": "MSc", "field": "Statistics", "status": "completed"},
    {"degree": "PhD", "field": "Machine Learning", "status": "completed"},
    {"degree": "BSc", "field": "Physics", "status": "in_progress"},
    {"degree": "BA", "field": "History", "status": "completed"},
]
ROLES = [
    "ml-engineer",
    "mlops-engineer",
    "data-scientist",
    "ai-research-scientist",
    "ai-consultant",
    "ml-developer",
]

months = st.dates(min_value=dt.date(2010, 1, 1), max_value=AS_OF).map(
    lambda d: f"{d.year:04d}-{d.month:02d}"
)
days = st.dates(min_value=dt.date(2010, 1, 1), max_value=AS_OF)
#: Around the boundaries: on the day judged at, and whole years before it (the evidence
#: window of 2-5 years, the fade of 2-5 years), a day either side.
edges = st.sampled_from(
    [
        AS_OF.replace(year=AS_OF.year - y) + dt.timedelta(days=d)
        for y in range(6)
        for d in (-1, 0, 1)
        if AS_OF.replace(year=AS_OF.year - y) + dt.timedelta(days=d) <= AS_OF
    ]
)
last_used = st.one_of(st.none(), months, days, edges)


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    """One skill entry: a level, maybe a date, maybe a link."""
    entry: dict[str, Any] = {"level": draw(st.integers(0, 5))}
    when = draw(last_used)
    if when is not None:
        entry["last_used"] = when
    if draw(st.booleans()):
        entry["evidence"] = ["https://example.org/x"]
    return entry


@st.composite
def profiles(draw: st.DrawFn) -> dict[str, Any]:
    """A profile naming some skills once or twice, with dated work, papers and certificates.

    Its names include sources and targets of implied levels, and its work may be long
    enough (40 months) to show model development by years.
    """
    skills: dict[str, Any] = {}
    for pair in draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True)):
        for name in draw(st.sampled_from([pair[:1], pair[1:], pair, pair[::-1]])):
            skills[name] = draw(entries())
    experience = [
        {"kind": kind, "title": f"{title} {i}", "months": n, "skills": [skill], "end": end}
        for i, (skill, end, kind, n, title) in enumerate(
            draw(
                st.lists(
                    st.tuples(
                        st.sampled_from([p[0] for p in NAMES]),
                        st.one_of(months, edges),
                        st.sampled_from(["job", "internship", "publication"]),
                        st.sampled_from([6, 12, 40]),
                        # A field of work in full, a neighbouring one, none (relevance).
                        st.sampled_from(
                            [
                                "ML engineer",
                                "Software engineer",
                                "Sales",
                                "(ICML)",
                                "Data scientist",
                                "Product manager, AI",
                            ]
                        ),
                    ),
                    max_size=3,
                )
            )
        )
    ]
    certifications = [
        {"name": "google-pmle", "earned": earned}
        for earned in draw(st.lists(st.one_of(days, edges), max_size=1))
    ]
    return {
        "name": "P",
        "skills": skills,
        "education": draw(st.lists(st.sampled_from(DEGREES), max_size=2, unique_by=str)),
        "experience": experience,
        "certifications": certifications,
    }


def _text(profile: dict[str, Any]) -> str:
    return yaml.safe_dump(profile, sort_keys=False)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(profiles(), st.sampled_from(ROLES))
def test_batch_scores_what_assess_scores(
    catalog: CatalogIndex, profile: dict[str, Any], role: str
) -> None:
    """Two names for one skill, dated differently, any-of ties: batch = assess, to the tenth."""
    text = _text(profile)
    result = assessed(text, catalog, role)
    record = api.score_text(text, catalog, [role], as_of=AS_OF)
    (mine,) = record["results"]
    assert mine["score"] == result.score
    assert mine["blockers"] == result.blockers
    assert mine["categories"] == {c.category: c.score for c in result.categories}


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(profiles(), st.sampled_from(ROLES), st.data())
def test_raising_any_level_never_lowers_any_score(
    catalog: CatalogIndex, profile: dict[str, Any], role: str, data: st.DataObject
) -> None:
    """Raise one entry's level: the claimed, evidenced and batch scores never fall."""
    before = assessed(_text(profile), catalog, role)
    name = data.draw(st.sampled_from(sorted(profile["skills"])))
    entry = profile["skills"][name]
    entry["level"] = data.draw(st.integers(entry["level"], 5))
    text = _text(profile)
    after = assessed(text, catalog, role)
    assert after.score >= before.score
    assert (after.claimed_score or 0) >= (before.claimed_score or 0)
    assert (after.evidenced_score or 0) >= (before.evidenced_score or 0)
    assert batch_score(text, catalog, role) == after.score


@pytest.mark.parametrize(
    ("earned", "counts"),
    [("2024-12-01", True), ("2024-11-30", False)],
)
def test_a_certificate_counts_through_its_expiry_day(
    catalog: CatalogIndex, earned: str, counts: bool
) -> None:
    """Earned 2024-12-01, valid 2 years: it still counts on 2026-12-01, not a day later."""
    text = f"name: T\ncertifications:\n  - {{name: google-pmle, earned: {earned}}}\n"
    result = assessed(text, catalog, "ml-engineer")
    row = requirement(result, "ml-certification")
    assert (row.status == "met") is counts
    assert batch_score(text, catalog, "ml-engineer") == result.score


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(profiles(), st.sampled_from(ROLES), st.sampled_from(DEGREES))
def test_adding_a_degree_never_lowers_any_score(
    catalog: CatalogIndex, profile: dict[str, Any], role: str, more: dict[str, str]
) -> None:
    """A degree shows levels (catalog/46-implies.yaml, by_degree): one more never costs points."""
    before = assessed(_text(profile), catalog, role)
    profile["education"] = [*profile["education"], more]
    after = assessed(_text(profile), catalog, role)
    assert after.score >= before.score
    assert (after.evidenced_score or 0) >= (before.evidenced_score or 0)
    for b, a in zip(before.categories, after.categories, strict=True):
        assert a.score >= b.score
