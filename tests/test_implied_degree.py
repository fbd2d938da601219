"""Implied levels shown by a completed degree, by product work and by engineering years.

The rules are ``catalog/46-implies.yaml``'s (``by_degree`` and the product-management,
engineering and serving entries); each test names what it holds and fails without it.
A degree shows the foundations its required courses teach, never above 3 for a first
degree; a doctorate shows 4; a statistics degree with three years of data-science work
shows advanced statistics. Nothing here makes a person without the work ready.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from conftest import Run
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.inputs.loader import parse_data
from skillgap.models.catalog_rules import Implication
from skillgap.models.profile import Profile
from skillgap.scoring.implied import Inferred, with_implied
from skillgap.scoring.standing import resolve

AS_OF = dt.date(2026, 12, 1)


def shown(text: str, catalog: CatalogIndex) -> dict[str, Inferred]:
    """Every level the profile's evidence implies above what it counts, by skill id."""
    profile = Profile.model_validate(parse_data(text, "p.yaml"))
    standing, _ = resolve(profile, catalog, as_of=AS_OF)
    return with_implied(standing, catalog)[1]


def degree(rung: str, field: str, status: str = "completed") -> str:
    return f"name: T\neducation:\n  - {{degree: {rung}, field: {field}, status: {status}}}\n"


def test_a_quantitative_degree_shows_statistics_and_the_line_names_it(
    catalog: CatalogIndex,
) -> None:
    """BSc Actuarial Science: statistics 3, linear algebra 3, each saying the degree showed it."""
    found = shown(degree("BSc", "Actuarial Science"), catalog)
    assert found["statistics"].level == 3
    assert found["statistics"].shown_by == "Bachelor's degree in Actuarial Science"
    assert (found["linear-algebra"].level, found["calculus"].level) == (3, 3)
    result = api.assess_text(
        degree("BSc", "Actuarial Science"), catalog, "data-scientist", as_of=AS_OF
    )
    stats = next(r for r in result.requirements if r.id == "statistics")
    assert stats.confidence == "inferred"
    assert stats.level_explanation == (
        "Statistics and probability 3, shown by Bachelor's degree in Actuarial Science"
    )
    # A degree is a fact of the CV, not a self-rating: the evidenced view counts it too.
    # (Computer Science earns the same education points and shows no statistics.)
    cs = api.assess_text(degree("BSc", "Computer Science"), catalog, "data-scientist", as_of=AS_OF)
    assert [c.score for c in result.categories if c.category == "education"] == [
        c.score for c in cs.categories if c.category == "education"
    ]
    assert (result.evidenced_score or 0) > (cs.evidenced_score or 0)


def test_a_degree_shows_nothing_unfinished_or_outside_its_fields(catalog: CatalogIndex) -> None:
    """An unfinished statistics degree and a history degree show no statistics."""
    assert "statistics" not in shown(degree("BSc", "Statistics", "in_progress"), catalog)
    assert "statistics" not in shown(degree("BA", "History"), catalog)
    # A physics degree teaches statistics as one course among many: basic (2).
    assert shown(degree("BSc", "Physics"), catalog)["statistics"].level == 2


def test_a_degree_never_replaces_a_higher_stated_level(catalog: CatalogIndex) -> None:
    """Statistics 5 written down stays 5: the degree's 3 is not counted over it."""
    text = degree("BSc", "Statistics") + "skills:\n  Statistics: 5\n"
    assert "statistics" not in shown(text, catalog)
    result = api.assess_text(text, catalog, "data-scientist", as_of=AS_OF)
    stats = next(r for r in result.requirements if r.id == "statistics")
    assert (stats.current_level, stats.confidence) == (5, "self")


def test_a_higher_rung_counts_for_a_lower_one(catalog: CatalogIndex) -> None:
    """An MSc in Statistics is at least a bachelor's: it shows statistics 3 (not 4)."""
    found = shown(degree("MSc", "Statistics"), catalog)
    assert found["statistics"].level == 3
    assert found["statistics"].shown_by == "Master's degree in Statistics"


DS_JOB = "experience:\n  - {{kind: job, title: Data Scientist, months: {months}}}\n"


@pytest.mark.parametrize(
    ("field", "months", "expected"),
    [
        ("Statistics", 36, 4),  # the degree and three years of practice: advanced
        ("Statistics", 24, 3),  # the degree alone (two years of practice show 2)
        ("History", 36, 3),  # three years of practice alone
    ],
)
def test_a_statistics_degree_and_three_years_of_data_science_show_advanced_statistics(
    catalog: CatalogIndex, field: str, months: int, expected: int
) -> None:
    """Degree 3 + 36 months of data-science work = 4; either alone stays at 3."""
    found = shown(degree("BSc", field) + DS_JOB.format(months=months), catalog)
    assert found["statistics"].level == expected
    if expected == 4:
        assert found["statistics"].shown_by == (
            "Bachelor's degree in Statistics and job: Data Scientist (36 months)"
        )


def test_a_doctorate_in_ml_shows_the_maths_and_research_of_its_years(
    catalog: CatalogIndex,
) -> None:
    """Ph.D. in Machine Learning: maths and statistics at 4, research 3; any Ph.D.: research."""
    found = shown(degree("PhD", "Machine Learning"), catalog)
    assert {s: found[s].level for s in ("linear-algebra", "calculus", "statistics")} == {
        "linear-algebra": 4,
        "calculus": 4,
        "statistics": 4,
    }
    assert found["research"].level == 3
    assert found["research"].shown_by == "Ph.D. in Machine Learning"
    history = shown(degree("PhD", "History"), catalog)
    assert history["research"].level == 3
    assert "linear-algebra" not in history
    assert "statistics" not in history


def test_a_new_graduate_with_a_statistics_degree_is_not_ready(catalog: CatalogIndex) -> None:
    """The degree shows statistics; without two years of work nobody is ready at mid level."""
    text = degree("MSc", "Statistics") + "skills:\n  Python: 4\n  scikit-learn: 3\n  SQL: 3\n"
    for role in ("data-scientist", "ml-engineer"):
        assert api.assess_text(text, catalog, role, as_of=AS_OF).readiness != "ready"


def job(title: str, months: int, *, skills: str = "[]", description: str = "") -> str:
    more = f", description: '{description}'" if description else ""
    return (
        "name: T\nexperience:\n"
        f"  - {{kind: job, title: '{title}', months: {months}, skills: {skills}{more}}}\n"
    )


def test_product_work_shows_business_acumen_and_an_ai_product_ai_strategy(
    catalog: CatalogIndex,
) -> None:
    """43 months as an AI product manager: AI strategy 3, business acumen 3, communication 4."""
    ai = shown(
        job("Senior Product Manager, AI", 43, description="GenAI extraction features"), catalog
    )
    assert {s: ai[s].level for s in ("ai-strategy", "business-acumen", "communication")} == {
        "ai-strategy": 3,
        "business-acumen": 3,
        "communication": 4,
    }
    assert ai["ai-strategy"].shown_by == "job: Senior Product Manager, AI ('AI') (43 months)"
    payments = shown(job("Product Manager", 43, description="Payments checkout"), catalog)
    assert payments["business-acumen"].level == 3
    assert "ai-strategy" not in payments
    assert "business-acumen" not in shown(job("Product Manager", 6), catalog)  # under a year


@pytest.mark.parametrize(
    ("months", "dsa", "ci"),
    [(40, 3, 3), (12, None, 2), (6, None, None)],
)
def test_engineering_years_show_algorithms_and_ci(
    catalog: CatalogIndex, months: int, dsa: int | None, ci: int | None
) -> None:
    """A year of engineering work shows CI/CD at 2; three years show it and DSA at 3."""
    found = shown(job("Software Engineer", months), catalog)
    assert (found["dsa"].level if "dsa" in found else None) == dsa
    assert (found["ci-cd"].level if "ci-cd" in found else None) == ci


def test_running_a_model_server_shows_apis(catalog: CatalogIndex) -> None:
    """A year of a job listing a model server: APIs 2 (its HTTP/gRPC endpoints), never more."""
    assert shown(job("ML Engineer", 12, skills="[KServe]"), catalog)["apis"].level == 2
    assert (
        shown(job("ML Engineer", 40, skills="[Triton Inference Server]"), catalog)["apis"].level
        == 2
    )
    assert "apis" not in shown(job("ML Engineer", 6, skills="[KServe]"), catalog)


def test_a_dl_framework_shows_numpy_and_described_ci_shows_ci_cd(catalog: CatalogIndex) -> None:
    """PyTorch 4 shows NumPy 3; a project described as building CI shows CI/CD 2."""
    assert shown("name: T\nskills:\n  PyTorch: 4\n", catalog)["numpy"].level == 3
    text = (
        "name: T\nexperience:\n  - {kind: project, title: Robot perception, months: 3,"
        " description: 'Docker-based CI for the perception packages'}\n"
    )
    found = shown(text, catalog)
    assert found["ci-cd"].level == 2
    assert found["ci-cd"].shown_by == "project: Robot perception ('CI for')"
    stats = "name: T\nexperience:\n  - {kind: project, title: Survey, description: 'a 95% CI'}\n"
    assert "ci-cd" not in shown(stats, catalog)  # a confidence interval is not CI/CD


def test_by_degree_with_listed_skills_needs_work() -> None:
    """'by_degree' with 'by_skills' (what an item lists) and no 'by_work' is refused."""
    with pytest.raises(ValidationError, match="needs 'by_work'"):
        Implication.model_validate(
            {
                "id": "x",
                "by_degree": {"level": "bachelor", "fields": ["statistics"]},
                "by_skills": ["python"],
                "shows": ["git"],
                "cap": 3,
                "source": "s",
            }
        )


def test_an_implication_naming_an_unknown_degree_field_is_refused(tmp_path: Path, run: Run) -> None:
    """A 'by_degree' naming a field of study the catalog lacks fails validate at file:line."""
    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "c.yaml").write_text(
        "degrees:\n  - {id: bachelor, name: Bachelor's degree}\n"
        "fields:\n  - {id: statistics, name: Statistics}\n"
        "skills:\n  - {id: python, name: Python, category: programming}\n"
        "  - {id: git, name: Git, category: programming}\n"
        "roles:\n  - id: r\n    name: R\n    requirements:\n      skills:\n"
        "        - {skill: python, level: 3, importance: essential}\n"
        "implies:\n  - {id: x, by_degree: {level: bachelor, fields: [statistcs]},"
        " shows: [git], cap: 3, source: s}\n",
        encoding="utf-8",
    )
    result = run("validate", folder)
    assert result.exit_code == 3
    said = result.stdout + result.stderr
    assert "c.yaml:15:" in said
    assert "statistcs" in said


def test_work_described_by_its_statistical_methods_shows_statistics(
    catalog: CatalogIndex,
) -> None:
    """'pricing GLM refresh' in a description shows statistics 2 and names the phrase."""
    found = shown(job("Analyst", 12, description="Home insurance pricing GLM refresh"), catalog)
    assert found["statistics"].level == 2
    assert found["statistics"].shown_by == "job: Analyst ('GLM')"
    assert "statistics" not in shown(job("Analyst", 12, description="Monthly reports"), catalog)


def test_cv_names_for_presenting_and_googles_credential_names_resolve(
    catalog: CatalogIndex,
) -> None:
    """'Public speaking' is communication; Google's 'Google Cloud Certified ...' names count."""
    assert catalog.find_skill("Public speaking") == "communication"
    assert catalog.find_skill("generalized linear models") == "statistics"
    assert (
        catalog.find_certification("Google Cloud Certified Generative AI Leader")
        == "google-genai-leader"
    )
    assert (
        catalog.find_certification(
            "Google Cloud Certified - Professional Machine Learning Engineer"
        )
        == "google-pmle"
    )
