"""Implied levels shown by tools, by years of a field's work and by the words of a description.

The rules are ``catalog/46-implies.yaml``'s; each test below names one and fails without
it. Work that ended long ago fades as a claimed level does (``catalog/45-recency.yaml``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import Run
from skillgap import api
from skillgap.catalog.index import CatalogIndex
from skillgap.models.result import Assessment, RequirementResult

AS_OF = dt.date(2026, 12, 1)

#: A six-year ML engineer whose CV names tools and jobs only: no statistics, no
#: communication, no deployment written down.
TOOLS_ONLY = """\
name: Six-year ML engineer, tools only
skills:
  Python: 5
  PyTorch: 4
  scikit-learn: 4
  LightGBM: 4
  SQL: 4
  PySpark: 3
  Docker: 4
  Kubernetes: 3
  AWS SageMaker: 4
  AWS: 3
  Airflow: 3
  MLflow: 3
  FastAPI: 3
  Git: 4
education:
  - {degree: MSc, field: Computer Science, status: completed}
experience:
  - {kind: job, title: Machine Learning Engineer, months: 31, end: 2023-05,
     skills: [Python, LightGBM, scikit-learn, PySpark, AWS SageMaker]}
  - {kind: job, title: Senior Machine Learning Engineer, months: 42,
     skills: [PyTorch, LightGBM, Kubernetes, Docker, AWS SageMaker, MLflow]}
"""


def assessed(text: str, catalog: CatalogIndex, role: str = "ml-engineer") -> Assessment:
    return api.assess_text(text, catalog, role, as_of=AS_OF)


def row(result: Assessment, req_id: str) -> RequirementResult:
    return next(r for r in result.requirements if r.id == req_id)


def level(text: str, catalog: CatalogIndex, req_id: str, role: str = "ml-engineer") -> int:
    counted = row(assessed(text, catalog, role), req_id).current_level
    assert counted is not None, req_id
    return counted


def job(title: str, months: int, *, skills: str = "[]", more: str = "") -> str:
    return (
        "name: T\nexperience:\n"
        f"  - {{kind: job, title: '{title}', months: {months}, skills: {skills}{more}}}\n"
    )


def test_a_six_year_ml_engineer_whose_cv_names_only_tools_is_ready(
    catalog: CatalogIndex,
) -> None:
    """No statistics written: six years of ML jobs show it at 3, and he is ready."""
    result = assessed(TOOLS_ONLY, catalog)
    assert result.readiness == "ready", result.blockers
    stats = row(result, "statistics")
    assert (stats.status, stats.current_level, stats.confidence) == ("met", 3, "inferred")
    assert "shown by job: Machine Learning Engineer and 1 more (73 months)" in (
        stats.level_explanation or ""
    )
    assert row(result, "model-deployment").current_level == 4  # SageMaker in both jobs


def test_every_level_shown_by_work_says_what_showed_it(catalog: CatalogIndex) -> None:
    """Each inferred row of the tools-only engineer names the tool, job or phrase."""
    result = assessed(TOOLS_ONLY, catalog)
    inferred = [r for r in result.requirements if r.confidence == "inferred"]
    assert len(inferred) >= 5
    for r in inferred:
        assert ", shown by " in (r.level_explanation or ""), r


def test_kubernetes_shows_containers(catalog: CatalogIndex) -> None:
    """orchestration-shows-containers: Kubernetes 5 (or Helm) shows Docker 4."""
    result = assessed("name: T\nskills:\n  Helm: 5\n", catalog, "mlops-engineer")
    docker = row(result, "docker")
    assert (docker.current_level, docker.confidence) == (4, "inferred")
    assert "shown by Kubernetes 5" in (docker.level_explanation or "")
    assert level("name: T\nskills:\n  Kubernetes: 2\n", catalog, "docker", "mlops-engineer") == 1


def test_modelling_libraries_and_statistical_packages_show_statistics(
    catalog: CatalogIndex,
) -> None:
    """ml-libraries-show-statistics caps at 2; stats-software-shows-statistics at 3."""
    assert level("name: T\nskills:\n  scikit-learn: 5\n", catalog, "statistics") == 2
    assert level("name: T\nskills:\n  SAS: 5\n", catalog, "statistics") == 3
    assert level("name: T\nskills:\n  PyTorch: 5\n", catalog, "statistics") == 0


def test_monitoring_tools_show_model_monitoring_at_two(catalog: CatalogIndex) -> None:
    """monitoring-shows-model-monitoring: Prometheus 5 shows performance monitoring 2."""
    text = "name: T\nskills:\n  Prometheus: 5\n"
    assert level(text, catalog, "performance-monitoring", "mlops-engineer") == 2


def test_years_of_data_science_show_communication_and_framing(catalog: CatalogIndex) -> None:
    """ds-work-shows-communication: 12 months show 2, 36 show 3; an ML engineer's job not."""
    for months, expected in ((6, 0), (12, 2), (40, 3)):
        text = job("Data Scientist", months)
        result = assessed(text, catalog, "data-scientist")
        assert row(result, "communication").current_level == expected, months
        assert row(result, "problem-framing").current_level == expected, months
    assert level(job("Machine Learning Engineer", 40), catalog, "communication") == 0


def test_years_of_ml_work_show_statistics_and_data_preparation(catalog: CatalogIndex) -> None:
    """ml-work-shows-statistics: 12 months show 2, 36 show 3; a postdoc's years show none."""
    assert level(job("ML Engineer", 12), catalog, "statistics") == 2
    assert level(job("ML Engineer", 40), catalog, "statistics") == 3
    assert level(job("ML Engineer", 40), catalog, "data-preprocessing") == 3
    assert level(job("ML Engineer", 40), catalog, "feature-engineering") == 3
    assert level(job("Postdoc in machine learning", 40), catalog, "statistics") == 0
    assert level(job("Customer success manager", 48), catalog, "statistics") == 0


def test_ml_work_with_a_serving_tool_shows_deployment(catalog: CatalogIndex) -> None:
    """mlops-years-show-deployment: 36 months listing KServe show deployment 4; PyTorch not."""
    served = job("MLOps Engineer", 40, skills="[KServe]")
    result = assessed(served, catalog, "mlops-engineer")
    assert row(result, "model-deployment").current_level == 4
    assert row(result, "performance-monitoring").current_level == 3
    assert level(job("ML Engineer", 14, skills="[SageMaker]"), catalog, "model-deployment") == 2
    plain = job("ML Engineer", 40, skills="[PyTorch]")
    assert level(plain, catalog, "model-deployment", "mlops-engineer") == 0


def test_engineering_work_shows_git(catalog: CatalogIndex) -> None:
    """engineering-work-shows-git: a year as a software engineer shows Git 3; sales not."""
    assert level(job("Backend Developer", 12), catalog, "git") == 3
    assert level(job("Sales Manager", 60), catalog, "git") == 0


def test_years_of_client_advisory_show_communication(catalog: CatalogIndex) -> None:
    """consulting-*: 12 months of consulting show 2, 36 show 4 (business acumen 3)."""
    role = "ai-consultant"
    assert level(job("Management Consultant", 12), catalog, "communication", role) == 2
    assert level(job("Management Consultant", 40), catalog, "communication", role) == 4
    assert level(job("Management Consultant", 40), catalog, "business-acumen", role) == 3
    assert level(job("Customer Success Manager", 60), catalog, "communication", role) == 0


def test_ai_advisory_work_shows_ai_strategy(catalog: CatalogIndex) -> None:
    """ai-advisory-*: consulting about AI shows AI strategy (12: 2, 36: 3); other consulting not."""
    role = "ai-consultant"
    assert level(job("Consultant, Data & AI", 15), catalog, "ai-strategy", role) == 2
    assert level(job("Principal AI Consultant", 41), catalog, "ai-strategy", role) == 3
    cost = job("Consultant", 40, more=", description: 'Cost programmes for banks.'")
    assert level(cost, catalog, "ai-strategy", role) == 0
    genai = job("Consultant", 40, more=", description: 'Leads GenAI discovery workshops.'")
    assert level(genai, catalog, "ai-strategy", role) == 3


def test_described_online_tests_show_experiments_and_statistics(catalog: CatalogIndex) -> None:
    """described-experiments-show-statistics: the phrase that showed it is on the line."""
    text = job("Analyst", 6, more=", description: 'Lifted add-to-cart 4% in online tests.'")
    result = assessed(text, catalog, "data-scientist")
    stats = row(result, "statistics")
    assert (stats.current_level, stats.confidence) == (2, "inferred")
    assert "shown by job: Analyst ('online tests')" in (stats.level_explanation or "")
    assert row(result, "experimentation").current_level == 2
    quiet = job("Analyst", 6, more=", description: 'Weekly sales reports.'")
    assert level(quiet, catalog, "statistics", "data-scientist") == 0


def test_described_presenting_shows_communication(catalog: CatalogIndex) -> None:
    """described-presenting-shows-communication: 'presents results to leadership' shows 2."""
    text = job("Analyst", 6, more=", description: 'Presents results to product leadership.'")
    assert level(text, catalog, "communication", "data-scientist") == 2


def test_work_that_ended_long_ago_fades(catalog: CatalogIndex) -> None:
    """A level shown by work fades one per fade_years since it ended (never below 1)."""
    old = job("ML Engineer", 40, more=", end: 2020-06")  # six full years before AS_OF
    stats = row(assessed(old, catalog), "statistics")  # mathematics: one level per 5 years
    assert stats.current_level == 2
    assert "ended 6 years ago: 3 faded to 2" in (stats.level_explanation or "")
    # Git (software engineering, 3 years a level) fades twice; recent work does not fade.
    assert level(old, catalog, "git") == 1
    assert level(job("ML Engineer", 40, more=", end: 2026-06"), catalog, "statistics") == 3


def test_practical_ml_experience_counts_only_ml_work(catalog: CatalogIndex) -> None:
    """Two web projects are not practical ML experience; two ML projects are."""
    web = (
        "name: T\nexperience:\n"
        "  - {kind: project, title: Recipe website, skills: [React]}\n"
        "  - {kind: project, title: Todo app, skills: [TypeScript]}\n"
    )
    ml = (
        "name: T\nexperience:\n"
        "  - {kind: project, title: Churn model, skills: [scikit-learn]}\n"
        "  - {kind: competition, title: Kaggle image classification, skills: [PyTorch]}\n"
    )
    assert row(assessed(web, catalog), "projects").status == "missing"
    assert row(assessed(ml, catalog), "projects").status == "met"


def test_an_implication_naming_an_unknown_field_is_refused(tmp_path: Path, run: Run) -> None:
    """A catalog whose implication's by_field names no field of work fails validate."""
    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "c.yaml").write_text(
        "skills:\n  - {id: python, name: Python, category: programming}\n"
        "  - {id: git, name: Git, category: programming}\n"
        "roles:\n  - id: r\n    name: R\n    requirements:\n      skills:\n"
        "        - {skill: python, level: 3, importance: essential}\n"
        "implies:\n  - {id: x, by_work: [job], by_field: nowhere, shows: [git], cap: 3,"
        " source: s}\n",
        encoding="utf-8",
    )
    result = run("validate", folder)
    assert result.exit_code == 3
    assert "unknown field of work 'nowhere'" in result.stdout + result.stderr


def test_the_aws_devops_professional_counts_for_mlops_for_three_years(
    catalog: CatalogIndex,
) -> None:
    """DOP-C02 meets the MLOps certification requirement; three years after, it has expired."""
    text = "name: T\ncertifications:\n  - {name: AWS Certified DevOps Engineer - Professional, "
    fresh = assessed(f"{text}earned: 2024-09-03}}\n", catalog, "mlops-engineer")
    assert row(fresh, "ml-certification").status == "met"
    old = assessed(f"{text}earned: 2023-11-01}}\n", catalog, "mlops-engineer")
    assert row(old, "ml-certification").status != "met"


def test_deploying_models_is_not_modelling_work(catalog: CatalogIndex) -> None:
    """A platform job listing Docker and model deployment shows no statistics."""
    text = job("Platform engineer", 48, skills="[docker, model deployment]")
    assert level(text, catalog, "statistics") == 0
    assert level(job("Analyst", 48, skills="[scikit-learn]"), catalog, "statistics") == 3


def test_experimentation_platforms_show_experiments_and_statistics(
    catalog: CatalogIndex,
) -> None:
    """Statsig 4 is A/B testing 4 (an experimentation platform), which shows statistics 3."""
    result = assessed("name: T\nskills:\n  Statsig: 4\n", catalog, "data-scientist")
    assert row(result, "experimentation").current_level == 4
    stats = row(result, "statistics")
    assert (stats.current_level, stats.confidence) == (3, "inferred")
